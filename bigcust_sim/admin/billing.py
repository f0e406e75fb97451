"""BOSS's month-end on demand: a new month of bills for every active account, most paid at once.

Deterministic for a given period (its own random stream). Depends on storage and the domain.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.money import money_str, to_money
from bigcust_sim.admin.operations import IdMaker, next_id
from bigcust_sim.context import SimContext
from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Owner, Stored, utc_now, wire_instant
from bigcust_sim.storage.schema import records


def _month_after(period: str) -> str:
    year, month = int(period[:4]), int(period[5:7])
    year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return f"{year:04d}-{month:02d}"


def _latest_bills(conn: Connection, customer_id: str | None) -> dict[str, dict[str, Any]]:
    query = select(records.c.data, records.c.customer_id).where(
        records.c.entity == "bill", ~records.c.deleted
    )
    if customer_id is not None:
        query = query.where(records.c.customer_id == customer_id)
    latest: dict[str, dict[str, Any]] = {}
    for raw, _customer in conn.execute(query):
        bill = json.loads(raw)
        seen = latest.get(bill["account_id"])
        if seen is None or bill["period"] > seen["period"]:
            latest[bill["account_id"]] = bill
    return latest


def post_month(ctx: SimContext, customer_id: str | None = None) -> dict[str, Any]:
    """Bill the month after the latest billed one; 80 % of new bills are paid straight away."""
    with ctx.db.write() as conn:
        latest = _latest_bills(conn, customer_id)
        if not latest:
            raise ApiProblem(404, "not_found", "No billed accounts to post a month for.")
        period = _month_after(max(b["period"] for b in latest.values()))
        rng = random.Random(f"post-month:{period}:{customer_id}")
        now = utc_now()
        due = dt.date(int(_month_after(period)[:4]), int(_month_after(period)[5:7]), 15)
        bills = payments = 0
        bill_ids, payment_ids = IdMaker(conn, "bill"), IdMaker(conn, "payment")
        for account_id in sorted(latest):
            last = latest[account_id]
            account = ctx.db.load(conn, "billing_account", account_id)
            if account is None or account.deleted or account.data["status"] == "closed":
                continue
            owner = account.owner
            factor = Decimal(str(round(rng.uniform(0.92, 1.08), 4)))
            # Next month's charges follow this month's before any refund (冲正/退费) in it.
            charges = to_money(last["amount"], allow_negative=True) - to_money(
                last.get("adjustment") or "0.00", allow_negative=True
            )
            amount = to_money(max(charges, Decimal("1.00")) * factor)
            paid = rng.random() < 0.8
            bill = {
                "id": bill_ids(),
                "account_id": account_id,
                "customer_id": last["customer_id"],
                "period": period,
                "amount": money_str(amount),
                "paid_amount": money_str(amount if paid else Decimal(0)),
                "adjustment": "0.00",
                "adjustment_note": None,
                "due_date": due.isoformat(),
                "status": "paid" if paid else "unpaid",
            }
            ctx.db.insert(conn, "bill", "boss", owner, bill)
            bills += 1
            if paid:
                _pay(ctx, conn, owner, account, bill, amount, now, payment_ids())
                payments += 1
    return {"period": period, "bills": bills, "payments": payments}


def _pay(
    ctx: SimContext,
    conn: Connection,
    owner: Owner,
    account: Stored,
    bill: dict[str, Any],
    amount: Decimal,
    now: dt.datetime,
    payment_id: str,
) -> None:
    payment = {
        "id": payment_id,
        "account_id": account.id,
        "bill_id": bill["id"],
        "paid_at": wire_instant(now),
        "amount": money_str(amount),
        "method": account.data["pay_method"],
    }
    ctx.db.insert(conn, "payment", "boss", owner, payment)


def pay_bill(ctx: SimContext, conn: Connection, bill: Stored) -> dict[str, Any] | None:
    """Settle what is still owed on a bill (churn); None when nothing is owed."""
    owed = to_money(bill.data["amount"], allow_negative=True) - to_money(bill.data["paid_amount"])
    if owed <= 0:
        return None
    account = ctx.db.load(conn, "billing_account", bill.data["account_id"])
    if account is None:
        return None
    _pay(ctx, conn, bill.owner, account, bill.data, owed, utc_now(), next_id(conn, "payment"))
    record = {**bill.data, "paid_amount": bill.data["amount"], "status": "paid"}
    return ctx.db.replace(conn, bill, record)
