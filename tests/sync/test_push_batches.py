"""Pushes never wedge: byte-capped batches, a batch refused whole is split, one batch per system
for interleaved edits, a push bounded to what was queued when it began, and the pull runs
whatever the push met (issue 18). Against the real simulator over loopback.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Customer, Opportunity, Product
from bigcust_desktop.store.outbox import walk
from bigcust_desktop.sync.engine import run_sync
from bigcust_desktop.sync.progress import SyncProgress

from .consistency import activity_fields
from .test_sync_e2e import ZHANGWEI, first_id, server_record

NOW = "2026-11-27T02:00:00Z"


def _quote(customer_id: str, products: list[str], lines: int) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "opportunity_id": None,
        "owner_id": ZHANGWEI,
        "title": "大报价",
        "status": "draft",
        "term_months": 12,
        "valid_until": "2027-06-30",
        "notes": None,
        "approved_by": None,
        "approval_note": None,
        "total": "0.00",
        "created_at": NOW,
        "number": None,
        "revision_of": None,
        "revision_no": 1,
        "superseded_by": None,
        "approval_reason": None,
        "approval_level": None,
        "one_time_total": "0.00",
        "lines": [
            {
                "id": f"00000000-0000-4000-8000-{n:012d}",
                "product_id": products[n % len(products)],
                "quantity": 1 + n % 7,
                "unit_price": "0.00",
                "discount_pct": "0.00",
                "net_unit_price": "0.00",
                "line_total": "0.00",
                "customer_id": None,
                "charge_type": "monthly",
                "vat_category": "basic_telecom",
            }
            for n in range(lines)
        ],
    }


def _notes(laptop: Any, record_id: str, notes: str) -> None:
    laptop.edit(lambda conn: edits.update_record(conn, "opportunity", record_id, {"notes": notes}))


@pytest.mark.slow  # about 6 MB of quotes pushed: tests/store/test_outbox.py checks the cap cheaply
@pytest.mark.timeout(600)
def test_an_outbox_too_big_for_one_request_goes_in_pieces_and_the_pull_runs(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    customer = first_id(laptop, Customer.id, Customer.manager_id == ZHANGWEI)
    products = laptop.read(
        lambda conn: list(
            conn.execute(
                select(Product.id).where(Product.active.is_(True), Product.min_term_months <= 12)
            ).scalars()
        )
    )
    # The repro of issue 18: 60 quotes of 450 lines each, about 6 MB in one batch of 100.
    laptop.edit(
        lambda conn: [
            edits.create_record(conn, "quote", _quote(customer, products, 450)) for _ in range(60)
        ]
    )
    opportunity = first_id(laptop, Opportunity.id, Opportunity.stage == "lead")
    _notes(laptop, opportunity, "大报价之后的修改")
    other = first_id(laptop, Opportunity.id, Opportunity.id != opportunity)
    server.admin("PATCH", f"/records/opportunity/{other}", {"fields": {"notes": "服务器侧"}})
    report = laptop.sync()
    assert report.push.applied == 61 and report.push.rejected == 0
    assert all(e["state"] == "applied" for e in laptop.outbox())
    assert server_record(server, "opportunity", opportunity)["notes"] == "大报价之后的修改"
    local = laptop.read(lambda conn: edits.read_wire(conn, "opportunity", other))
    assert local["notes"] == "服务器侧"


def test_a_batch_the_server_refuses_whole_is_split_and_the_rest_goes(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    first, second, third = laptop.read(
        lambda conn: list(conn.execute(select(Opportunity.id).limit(3)).scalars())
    )
    for record_id in (first, second, third):
        _notes(laptop, record_id, f"修改 {record_id}")
    # A broken operation (its op_id is no UUID): the server refuses the whole request, always.
    laptop.edit(
        lambda conn: conn.exec_driver_sql(
            "UPDATE outbox SET op_id = 'not-a-uuid' WHERE record_id = ?", (second,)
        )
    )
    changed = first_id(laptop, Opportunity.id, Opportunity.id.not_in((first, second, third)))
    server.admin("PATCH", f"/records/opportunity/{changed}", {"fields": {"notes": "服务器侧"}})
    report = laptop.sync()
    assert report.push.applied == 2 and report.push.rejected == 1
    (refused,) = laptop.store.outbox.rejected()
    assert refused.record_id == second and refused.errors
    assert server_record(server, "opportunity", third)["notes"] == f"修改 {third}"
    local = laptop.read(lambda conn: edits.read_wire(conn, "opportunity", changed))
    assert local["notes"] == "服务器侧"


def _change_request(customer_id: str, n: int) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "target_entity": "customer",
        "target_id": customer_id,
        "changes": {"address": f"杭州市西湖区文三路 {n} 号"},
        "reason": "客户搬迁",
        "status": "pending",
        "reviewer_note": None,
        "requested_by": ZHANGWEI,
        "requested_at": format_instant(dt.datetime.now(dt.UTC)),
        "decided_at": None,
    }


def test_interleaved_city_edits_and_change_requests_go_one_batch_per_system(laptop_factory):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    customer = first_id(laptop, Customer.id, Customer.manager_id == ZHANGWEI)
    opportunities = laptop.read(
        lambda conn: list(conn.execute(select(Opportunity.id).limit(10)).scalars())
    )
    for n, record_id in enumerate(opportunities):
        _notes(laptop, record_id, f"交替 {n}")
        laptop.edit(
            lambda conn, n=n: edits.create_record(
                conn, "change_request", _change_request(customer, n)
            )
        )
    report = laptop.sync()
    assert report.push.sent == 20 and report.push.applied == 20
    assert report.push.batches == 2


def test_a_push_sends_only_what_was_queued_when_it_began(laptop_factory, monkeypatch):
    monkeypatch.setattr(walk, "READ_AHEAD", 10)  # read the outbox a few entries at a time
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    customer = first_id(laptop, Customer.id, Customer.manager_id == ZHANGWEI)

    def log_contacts(count: int) -> None:
        laptop.edit(
            lambda conn: [
                edits.create_record(conn, "activity", activity_fields(customer, ZHANGWEI, "拜访"))
                for _ in range(count)
            ]
        )

    log_contacts(walk.BATCH_OPS + 1)  # two batches

    def keep_editing(event: SyncProgress) -> None:
        if event.phase == "push":
            log_contacts(1)  # the user goes on working while the push runs

    with laptop.session() as session:
        report = run_sync(laptop.profile, laptop.store, session, progress=keep_editing)
    assert report.push.sent == walk.BATCH_OPS + 1
    assert len([e for e in laptop.outbox() if e["state"] == "pending"]) == 2
