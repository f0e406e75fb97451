"""Sync scenarios of DESIGN §4-§5 against the real simulator: visibility, offline edits reaching
the server exactly once, conflicts, rejected edits, revocation, sign-in rules.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Customer, FaultTicket, Opportunity
from bigcust_desktop.sync.errors import AccountDisabled, AuthRequired, SyncBusy
from bigcust_desktop.sync.lock import SyncLock
from bigcust_sim.launcher import SimulatorProcess

ZHANGWEI, LINA, WANGFANG = "U-0002", "U-0003", "U-0001"


def server_record(server: SimulatorProcess, entity: str, record_id: str) -> dict[str, Any]:
    body = server.admin("GET", f"/records/{entity}/{record_id}")
    return body.get("record", body)


def new_opportunity(customer_id: str, title: str, owner: str = ZHANGWEI) -> dict[str, Any]:
    return {
        "customer_id": customer_id,
        "owner_id": owner,
        "title": title,
        "stage": "lead",
        "product_category": "leased_line",
        "amount": "120000.00",
        "probability": 10,
        "expected_close": "2027-03-31",
        "lost_reason": None,
        "notes": "recorded offline",
        "created_at": "2026-11-27T02:00:00Z",
    }


def first_id(laptop: Any, column: Any, *where: Any) -> str:
    return laptop.read(lambda conn: conn.execute(select(column).where(*where).limit(1)).scalar())


def test_each_user_sees_exactly_what_the_server_lets_him_see(laptop_factory, small_dataset):
    customers = small_dataset.records["customer"]
    zhangwei, lina, wangfang = (laptop_factory(u) for u in ("zhangwei", "lina", "wangfang"))
    for laptop in (zhangwei, lina, wangfang):
        laptop.sync()
    own = {c["id"] for c in customers if c["manager_id"] == ZHANGWEI}
    assert zhangwei.ids("customer") == own
    assert lina.ids("customer") == {c["id"] for c in customers if c["manager_id"] == LINA}
    team = {c["id"] for c in customers if c["team_id"] == "T-HZ-1"}
    assert wangfang.ids("customer") == team
    assert own and own < team and not (zhangwei.ids("customer") & lina.ids("customer"))
    # What hangs from the customers comes along, and nothing else.
    subscribers = small_dataset.records["subscriber"]
    assert zhangwei.ids("subscriber") == {s["id"] for s in subscribers if s["customer_id"] in own}
    tickets = small_dataset.records["fault_ticket"]
    assert wangfang.ids("fault_ticket") == {t["id"] for t in tickets if t["customer_id"] in team}
    for laptop in (zhangwei, lina, wangfang):
        assert laptop.integrity() == "ok"


def test_no_op_sync_costs_one_request_per_system(laptop_factory):
    laptop = laptop_factory("zhangwei")
    with laptop.session() as session:
        laptop.sync(session)
        before = session.stats.requests
        report = laptop.sync(session)
    assert session.stats.requests - before == 3
    assert report.changed_entities == set()


def test_reassignment_removes_the_customer_and_its_data_from_the_old_owner(laptop_factory, server):
    lina, zhangwei = laptop_factory("lina"), laptop_factory("zhangwei")
    lina.sync()
    zhangwei.sync()
    customer = first_id(lina, Customer.id, Customer.manager_id == LINA)
    subscribers = lina.read(
        lambda conn: {
            r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM subscriber WHERE customer_id = ?", (customer,)
            )
        }
    )  # fmt: skip
    assert subscribers
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": ZHANGWEI})
    report = lina.sync()
    zhangwei.sync()
    assert report.pulls["crm"].revoked == 1
    assert customer not in lina.ids("customer")
    assert not subscribers & lina.ids("subscriber")
    assert customer in zhangwei.ids("customer")
    assert subscribers <= zhangwei.ids("subscriber")


def test_offline_edits_reach_the_server_exactly_once(laptop_factory, server, tmp_path):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    customer = first_id(laptop, Customer.id)
    opportunity = first_id(laptop, Opportunity.id, Opportunity.stage == "qualified")
    server.stop()  # the laptop is offline: edits go to the outbox only
    created = laptop.edit(
        lambda conn: [
            edits.create_record(conn, "opportunity", new_opportunity(customer, f"离线商机 {i}"))
            for i in range(5)
        ]
    )
    laptop.edit(
        lambda conn: edits.update_record(
            conn, "opportunity", opportunity, {"notes": "客户同意下周演示", "amount": "88000.00"}
        )
    )
    with pytest.raises(Exception) as failed:
        laptop.sync()
    assert getattr(failed.value, "code", "").startswith("sync.")
    assert {e["state"] for e in laptop.outbox()} <= {"pending", "sending"}
    server.start()  # same data directory, new port
    laptop.point_at(server.base_url)
    report = laptop.sync()
    assert report.push.applied == 6
    for record in created:
        stored = server_record(server, "opportunity", record["id"])
        assert stored["title"] == record["title"] and stored["owner_id"] == ZHANGWEI
    updated = server_record(server, "opportunity", opportunity)
    assert updated["notes"] == "客户同意下周演示" and updated["amount"] == "88000.00"
    for entry in laptop.outbox():
        assert entry["state"] == "applied"
        assert server.admin("GET", f"/operations/{entry['op_id']}")["times_applied"] == 1
    # Replaying a sync sends nothing again.
    assert laptop.sync().push.sent == 0


def _ticket(laptop: Any) -> str:
    return first_id(laptop, FaultTicket.id, FaultTicket.status.in_(("new", "accepted")))


def test_operations_centre_and_manager_change_different_fields_merge(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    ticket = _ticket(laptop)
    server.admin("PATCH", f"/records/fault_ticket/{ticket}", {"fields": {"title": "NOC: 光缆中断"}})
    laptop.edit(
        lambda conn: edits.update_record(conn, "fault_ticket", ticket, {"severity": "critical"})
    )
    report = laptop.sync()
    assert report.push.merged == 1 and report.push.conflicts == 0
    stored = server_record(server, "fault_ticket", ticket)
    assert stored["title"] == "NOC: 光缆中断" and stored["severity"] == "critical"
    local = laptop.read(lambda conn: edits.read_wire(conn, "fault_ticket", ticket))
    assert local["title"] == "NOC: 光缆中断" and local["severity"] == "critical"
    assert local["version"] == stored["version"]
    assert not laptop.conflicts()


def test_same_field_changed_on_both_sides_waits_for_the_user(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    ticket = _ticket(laptop)
    server.admin(
        "PATCH",
        f"/records/fault_ticket/{ticket}",
        {"fields": {"description": "NOC: 机房断电", "title": "NOC 标题"}},
    )
    laptop.edit(
        lambda conn: edits.update_record(
            conn,
            "fault_ticket",
            ticket,
            {"description": "经理: 客户第三次报障", "severity": "major"},
        )
    )
    report = laptop.sync()
    assert report.push.conflicts == 1
    (conflict,) = laptop.conflicts()
    assert conflict["fields"] == ["description"]
    assert conflict["mine"] == {"description": "经理: 客户第三次报障"}
    assert conflict["theirs"] == {"description": "NOC: 机房断电"}
    # Nothing was overwritten on the server.
    assert server_record(server, "fault_ticket", ticket)["description"] == "NOC: 机房断电"
    laptop.store.outbox.resolve(conflict["id"], {"description": "mine"})
    laptop.sync()
    stored = server_record(server, "fault_ticket", ticket)
    assert stored["description"] == "经理: 客户第三次报障"
    assert stored["title"] == "NOC 标题" and stored["severity"] == "major"
    assert not laptop.conflicts()
    assert (
        laptop.read(
            lambda conn: conn.execute(
                select(FaultTicket.sync_state).where(FaultTicket.id == ticket)
            )
        ).scalar()
        == "synced"
    )


def test_choosing_theirs_keeps_the_server_value(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity = first_id(laptop, Opportunity.id, Opportunity.stage == "proposal")
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "城市侧"}})
    laptop.edit(
        lambda conn: edits.update_record(conn, "opportunity", opportunity, {"notes": "经理侧"})
    )
    laptop.sync()
    (conflict,) = laptop.conflicts()
    laptop.store.outbox.resolve(conflict["id"], {"notes": "theirs"})
    assert laptop.sync().push.sent == 0
    local = laptop.read(lambda conn: edits.read_wire(conn, "opportunity", opportunity))
    assert local["notes"] == "城市侧"
    assert server_record(server, "opportunity", opportunity)["notes"] == "城市侧"


def test_delete_meeting_a_server_edit_is_a_conflict(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    opportunity = first_id(laptop, Opportunity.id, Opportunity.stage == "lead")
    server.admin("PATCH", f"/records/opportunity/{opportunity}", {"fields": {"notes": "仍在跟进"}})
    laptop.edit(lambda conn: edits.delete_record(conn, "opportunity", opportunity))
    laptop.sync()
    (conflict,) = laptop.conflicts()
    assert not conflict["deleted_on_server"]
    assert server_record(server, "opportunity", opportunity)["notes"] == "仍在跟进"
    laptop.store.outbox.resolve(conflict["id"], {"*": "theirs"})
    laptop.sync()
    assert opportunity in laptop.ids("opportunity")


def test_edit_of_a_customer_that_left_the_book_stays_as_rejected(laptop_factory, server):
    laptop = laptop_factory("lina")
    laptop.sync()
    opportunity, customer = laptop.read(
        lambda conn: conn.execute(
            select(Opportunity.id, Opportunity.customer_id).where(Opportunity.owner_id == LINA)
        ).first()
    )
    laptop.edit(
        lambda conn: edits.update_record(conn, "opportunity", opportunity, {"notes": "离线备注"})
    )
    server.admin("POST", f"/customers/{customer}/reassign", {"manager_id": "U-0002"})
    report = laptop.sync()
    assert report.push.rejected == 1
    assert customer not in laptop.ids("customer")
    (entry,) = [e for e in laptop.outbox() if e["record_id"] == opportunity]
    assert entry["state"] == "rejected"
    assert entry["fields"] == {"notes": "离线备注"}
    assert entry["last_error"]["errors"][0]["code"] == "not_visible"
    # The next sync does not lose or resend it; discarding it is the user's choice.
    assert laptop.sync().push.sent == 0
    laptop.store.outbox.discard("opportunity", opportunity)
    assert not [e for e in laptop.outbox() if e["state"] == "rejected"]


def test_invalid_edit_is_refused_locally_and_nothing_is_queued(laptop_factory):
    laptop = laptop_factory("zhangwei", login=False)
    from bigcust_desktop.domain.errors import ValidationErrors

    with pytest.raises(ValidationErrors) as bad:
        laptop.edit(
            lambda conn: edits.create_record(
                conn, "opportunity", {**new_opportunity("CUS-1", "x"), "amount": "-5"}
            )
        )
    assert [e.field for e in bad.value.errors] == ["amount"]
    assert laptop.outbox() == [] and laptop.counts()["opportunity"] == 0


def test_one_sync_at_a_time_per_profile(laptop_factory):
    laptop = laptop_factory("zhangwei")
    with SyncLock(laptop.profile.lock_path), pytest.raises(SyncBusy):
        laptop.sync()
    laptop.sync()  # the lock went with its holder


def test_dead_refresh_token_asks_for_sign_in_and_keeps_pending_work(laptop_factory):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    customer = first_id(laptop, Customer.id)
    draft = new_opportunity(customer, "t")
    laptop.edit(lambda conn: edits.create_record(conn, "opportunity", draft))
    laptop.secrets.set("refresh-token", "not-a-valid-token")
    with pytest.raises(AuthRequired):
        laptop.sync()
    assert [e["state"] for e in laptop.outbox()] == ["pending"]
    laptop.login()
    assert laptop.sync().push.applied == 1


def test_disabled_account_is_reported(laptop_factory, server):
    laptop = laptop_factory("tangming")
    laptop.sync()
    user_id = next(u for u in server.admin("GET", "/users") if u["username"] == "tangming")["id"]
    server.admin("POST", f"/users/{user_id}/disable")
    try:
        with pytest.raises(AccountDisabled):
            laptop.sync()
    finally:
        server.admin("POST", f"/users/{user_id}/enable")


def test_records_set_aside_come_back_when_the_feed_is_downloaded_again(laptop_factory, server):
    laptop = laptop_factory("lina")
    server.set_faults(malformed_records=2)
    try:
        report = laptop.sync()
    finally:
        server.set_faults()
    assert sum(p.quarantined for p in report.pulls.values()) == 2
    held = laptop.read(
        lambda conn: conn.exec_driver_sql(
            "SELECT system, entity, record_id FROM quarantined_record"
        ).all()
    )
    assert len(held) == 2
    laptop.store.sync_state.restart_feeds({row[0] for row in held})
    laptop.sync()
    for _system, entity, record_id in held:
        assert record_id in laptop.ids(entity)
    assert (
        laptop.read(
            lambda conn: conn.exec_driver_sql("SELECT count(*) FROM quarantined_record").scalar()
        )
        == 0
    )
