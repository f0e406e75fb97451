"""Churn: a background thread that makes server-side changes at a steady rate, so a demo looks
alive (tickets advance, bills get paid, customer figures move, call-centre contacts arrive).

Deterministic sequence of choices for a seed; errors are logged, never fatal. Depends on `admin`.
"""

from __future__ import annotations

import logging
import random
import threading
from decimal import Decimal

from sqlalchemy import func, select

from bigcust_desktop.domain.value import value_tier
from bigcust_sim.admin import operations as admin_ops
from bigcust_sim.admin.billing import pay_bill
from bigcust_sim.context import SimContext
from bigcust_sim.storage.database import utc_now, wire_instant
from bigcust_sim.storage.schema import records

log = logging.getLogger("bigcust_sim.churn")

_TOPICS = ("5G专网推介", "宽带提速回访", "满意度调查", "云主机优惠活动", "专线续约提醒")


class Churn:
    """Makes `rate` changes per second until stopped; the rate can change at run time."""

    def __init__(self, ctx: SimContext, rate: float, seed: int = 0) -> None:
        self.ctx = ctx
        self.rate = rate
        self.changes = 0
        self._rng = random.Random(seed)
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._stepping = threading.Lock()  # held during a step: `set_rate(0)` waits for it
        self._thread = threading.Thread(target=self._run, name="bigcust-churn", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout=5)

    def set_rate(self, rate: float) -> None:
        """Change the rate; a rate of 0 returns once a step in progress has committed, so that
        nothing churns after the call (tests compare states right after it)."""
        self.rate = rate
        self._wake.set()
        if rate <= 0:
            with self._stepping:
                pass

    def _run(self) -> None:
        while not self._stop.is_set():
            rate = self.rate
            if rate <= 0:
                self._wake.wait()
                self._wake.clear()
                continue
            if self._wake.wait(1.0 / rate):
                self._wake.clear()
                continue
            with self._stepping:
                if self.rate <= 0:
                    continue
                try:
                    self.step()
                except Exception:  # a failed change must not stop the demo
                    log.exception("churn step failed")

    def _pick(self, entity: str) -> str | None:
        with self.ctx.db.read() as conn:
            count = conn.execute(
                select(func.count()).where(records.c.entity == entity, ~records.c.deleted)
            ).scalar()
            if not count:
                return None
            return conn.execute(
                select(records.c.id)
                .where(records.c.entity == entity, ~records.c.deleted)
                .order_by(records.c.id)
                .offset(self._rng.randrange(count))
                .limit(1)
            ).scalar()

    def step(self) -> None:
        """One change, chosen at random among the four kinds."""
        kind = self._rng.choice(("ticket", "payment", "customer", "activity"))
        getattr(self, f"_{kind}")()
        self.changes += 1

    def _ticket(self) -> None:
        ticket_id = self._pick("fault_ticket")
        if ticket_id is None:
            return
        ticket = admin_ops.get_record(self.ctx, "fault_ticket", ticket_id)["record"]
        if ticket["status"] in ("new", "accepted", "in_progress"):
            resolution = (
                "线路已恢复，经客户确认业务正常。" if ticket["status"] == "in_progress" else None
            )
            admin_ops.advance_ticket(self.ctx, ticket_id, resolution=resolution)
        else:
            self._activity()

    def _payment(self) -> None:
        bill_id = self._pick("bill")
        if bill_id is None:
            return
        with self.ctx.db.write() as conn:
            bill = self.ctx.db.load(conn, "bill", bill_id)
            if bill is not None and pay_bill(self.ctx, conn, bill) is not None:
                return
        self._activity()

    def _customer(self) -> None:
        customer_id = self._pick("customer")
        if customer_id is None:
            return
        customer = admin_ops.get_record(self.ctx, "customer", customer_id)["record"]
        score = Decimal(customer["value_score"]) + Decimal(self._rng.randint(-150, 150)) / 100
        score = min(max(score, Decimal("0.00")), Decimal("100.00")).quantize(Decimal("0.01"))
        admin_ops.edit_record(
            self.ctx,
            "customer",
            customer_id,
            {"value_score": str(score), "value_tier": str(value_tier(score))},
        )

    def _activity(self) -> None:
        customer_id = self._pick("customer")
        if customer_id is None:
            return
        customer = admin_ops.get_record(self.ctx, "customer", customer_id)["record"]
        admin_ops.create_record(
            self.ctx,
            "activity",
            {
                "customer_id": customer_id,
                "opportunity_id": None,
                "contact_id": None,
                "owner_id": customer["manager_id"],
                "channel": self._rng.choice(("campaign", "sms", "phone")),
                "topic": self._rng.choice(_TOPICS),
                "outcome": self._rng.choice(("positive", "neutral", "negative", "no_answer")),
                "occurred_at": wire_instant(utc_now()),
                "notes": "呼叫中心",
            },
        )
