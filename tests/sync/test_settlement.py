"""Settling a local edit (theirs, discard, fix) leaves the cache equal to the server (issue 18).

Two laptops of one user against the real simulator: the pull skips a record while it has a
local edit, so a settlement must end at the server's newest version, never at the copy the edit
started from, and never bring back a record that left the user's book.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Customer, Opportunity

from .test_sync_e2e import LINA, ZHANGWEI, first_id, new_opportunity, server_record


def local(laptop: Any, entity: str, record_id: str) -> dict[str, Any] | None:
    return laptop.read(lambda conn: edits.read_wire(conn, entity, record_id))


def sync_state(laptop: Any, record_id: str) -> str | None:
    return laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.sync_state).where(Opportunity.id == record_id)
        ).scalar()
    )


def assert_equal_to_server(laptop: Any, server: Any, entity: str, record_id: str) -> None:
    mine, theirs = local(laptop, entity, record_id), server_record(server, entity, record_id)
    assert mine is not None
    assert (mine["version"], mine["amount"], mine["notes"]) == (
        theirs["version"],
        theirs["amount"],
        theirs["notes"],
    )


def update(laptop: Any, record_id: str, changes: dict[str, Any]) -> None:
    laptop.edit(lambda conn: edits.update_record(conn, "opportunity", record_id, changes))


def test_theirs_after_a_skipped_server_change_ends_at_the_server_version(laptop_factory, server):
    a, b = laptop_factory("zhangwei"), laptop_factory("zhangwei")
    a.sync()
    b.sync()
    opportunity = first_id(a, Opportunity.id, Opportunity.stage == "proposal")
    update(a, opportunity, {"notes": "A 的备注"})
    a.sync()
    update(b, opportunity, {"notes": "B 的备注"})
    b.sync()
    (conflict,) = b.conflicts()
    update(a, opportunity, {"amount": "777000.00"})
    a.sync()
    b.sync()  # the pull skips the newer version: the record waits for B's decision
    b.store.outbox.resolve(conflict["id"], {"notes": "theirs"})
    b.sync()
    b.sync()
    assert_equal_to_server(b, server, "opportunity", opportunity)
    assert local(b, "opportunity", opportunity)["amount"] == "777000.00"
    assert sync_state(b, opportunity) == "synced"


def test_discarding_a_rejected_edit_after_a_server_change_ends_at_the_server_version(
    laptop_factory, server
):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.stage == "proposal")
        ).first()
    )
    other = first_id(laptop, Customer.id, Customer.id != customer)
    # A record cannot move to another customer: the server refuses the edit.
    update(laptop, opportunity, {"customer_id": other})
    assert laptop.sync().push.rejected == 1
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "省侧修改"}})
    laptop.sync()
    laptop.store.outbox.discard("opportunity", opportunity)
    assert_equal_to_server(laptop, server, "opportunity", opportunity)
    assert local(laptop, "opportunity", opportunity)["customer_id"] == customer
    laptop.sync()
    assert_equal_to_server(laptop, server, "opportunity", opportunity)


def test_delete_met_by_two_server_changes_resolved_theirs_ends_at_the_newest(
    laptop_factory, server
):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity = first_id(laptop, Opportunity.id, Opportunity.stage == "lead")
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "第一次"}})
    laptop.edit(lambda conn: edits.delete_record(conn, "opportunity", opportunity))
    laptop.sync()
    (conflict,) = laptop.conflicts()
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "第二次"}})
    laptop.sync()
    laptop.store.outbox.resolve(conflict["id"], {"*": "theirs"})
    assert_equal_to_server(laptop, server, "opportunity", opportunity)
    laptop.sync()
    assert_equal_to_server(laptop, server, "opportunity", opportunity)


def test_discarding_an_edit_of_a_revoked_customer_does_not_bring_the_record_back(
    laptop_factory, server
):
    laptop = laptop_factory("lina")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.owner_id == LINA)
        ).first()
    )
    update(laptop, opportunity, {"notes": "离线备注"})
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
    try:
        assert laptop.sync().push.rejected == 1
        assert opportunity not in laptop.ids("opportunity")
        laptop.store.outbox.discard("opportunity", opportunity)
        assert opportunity not in laptop.ids("opportunity")
        laptop.sync()
        assert opportunity not in laptop.ids("opportunity")
        assert not laptop.outbox() or all(e["state"] == "applied" for e in laptop.outbox())
    finally:
        server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": LINA})


def test_a_conflict_of_a_revoked_customer_resolved_theirs_does_not_bring_it_back(
    laptop_factory, server
):
    laptop = laptop_factory("lina")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.owner_id == LINA)
        ).first()
    )
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "城市侧"}})
    update(laptop, opportunity, {"notes": "经理侧"})
    laptop.sync()
    (conflict,) = laptop.conflicts()
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
    try:
        laptop.sync()
        assert opportunity not in laptop.ids("opportunity")
        laptop.store.outbox.resolve(conflict["id"], {"notes": "theirs"})
        assert opportunity not in laptop.ids("opportunity")
        laptop.sync()
        assert opportunity not in laptop.ids("opportunity")
    finally:
        server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": LINA})


def test_an_offline_create_of_a_revoked_customer_can_be_fixed_once_it_is_back(
    laptop_factory, server
):
    laptop = laptop_factory("lina")
    laptop.sync()
    customer = first_id(laptop, Customer.id, Customer.manager_id == LINA)
    created = laptop.edit(
        lambda conn: edits.create_record(
            conn, "opportunity", new_opportunity(customer, "离线新建", owner=LINA)
        )
    )
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
    try:
        assert laptop.sync().push.rejected == 1
    finally:
        server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": LINA})
    laptop.sync()
    assert customer in laptop.ids("customer")
    # The fix works on the only copy there is: the outbox's.
    update(laptop, created["id"], {"title": "离线新建（改）"})
    laptop.sync()
    stored = server_record(server, "opportunity", created["id"])
    assert stored["title"] == "离线新建（改）" and stored["notes"] == "recorded offline"
    assert local(laptop, "opportunity", created["id"])["version"] == stored["version"]


def test_later_edits_of_a_refused_record_go_with_it_not_into_pending(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.stage == "lead")
        ).first()
    )
    other = first_id(laptop, Customer.id, Customer.id != customer)
    update(laptop, opportunity, {"customer_id": other})
    update(laptop, opportunity, {"notes": "之后的修改"})
    assert laptop.sync().push.rejected == 1
    counts = laptop.store.outbox.counts()
    assert (counts.pending, counts.rejected) == (0, 1)
    (refused,) = laptop.store.outbox.rejected()
    # The fix sends both edits as one operation.
    update(laptop, opportunity, {"customer_id": customer})
    laptop.sync()
    assert server_record(server, "opportunity", opportunity)["notes"] == "之后的修改"
    assert laptop.store.outbox.counts() == type(counts)(0, 0, 0)
    assert sync_state(laptop, opportunity) == "synced"
    assert refused.record_id == opportunity
