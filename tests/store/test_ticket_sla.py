"""A fault reported on a circuit that a contract in force covers is due by the contracted restore
time (its service level), not by the severity's; elsewhere by the severity's (issue 17)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bigcust_desktop.domain.drafts.contracts import new_contract
from bigcust_desktop.domain.drafts.tickets import new_fault_ticket
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.store.bulk import load_dataset

from .records import book

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
ME = "U-0001"
COVERED, OTHER = "SUB-00000101", "SUB-00000102"  # the first customer's two lines


def _report(store, subscriber_id: str, severity: str) -> dict:
    record = new_fault_ticket(
        customer_id="CUS-000001", subscriber_id=subscriber_id, reported_by=ME,
        severity=severity, title="专线中断", description="客户报专线中断", now=NOW,
    )  # fmt: skip
    return store.tickets.report(record)


def test_a_contracted_circuit_is_due_by_its_restore_time(store):
    load_dataset(store, book(customers=1))
    contract = new_contract(
        customer_id="CUS-000001", owner_id=ME, number="HT-2026-017", title="专线服务合同",
        kind="service", starts_on=NOW.date() - dt.timedelta(days=30),
        ends_on=NOW.date() + dt.timedelta(days=300), amount=Decimal("120000.00"), now=NOW,
        circuits=[{"subscriber_id": COVERED, "sla_level": "gold", "restore_hours": 2,
                   "availability_pct": "99.99"}],
    )  # fmt: skip
    contract_id = store.contracts.create(contract)["id"]

    covered = _report(store, COVERED, "minor")  # 24 hours by severity
    assert parse_instant(covered["due_at"]) - NOW == dt.timedelta(hours=2)
    elsewhere = _report(store, OTHER, "minor")
    assert parse_instant(elsewhere["due_at"]) - NOW == dt.timedelta(hours=24)
    # The contract no longer in force: the severity's time again.
    store.contracts.update(contract_id, {"ends_on": str(NOW.date() - dt.timedelta(days=1))})
    assert parse_instant(_report(store, COVERED, "minor")["due_at"]) - NOW == dt.timedelta(hours=24)
