"""Visit plans and to-dos in a real store: a reminder shown once (also after the store is opened
again), a planned visit closed by the activity that logged it, to-dos made once from a record."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.domain.drafts.todos import follow_up_todo, new_todo
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store.bulk import upsert_records
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.models import OutboxEntry

from .records import contact, customer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
ME = "U-0002"


def _plan(store, title: str, **when) -> str:
    fields = new_todo(customer_id="CUS-000001", owner_id=ME, kind="visit", title=title, now=NOW,
                      **when)  # fmt: skip
    return str(store.todos.create(fields)["id"])


def _seeded(store) -> None:
    with store.begin(write=True) as conn:
        upsert_records(conn, "customer", [customer(1, manager_id=ME)])


def test_a_reminder_is_shown_once_even_after_the_store_is_opened_again(store, profile):
    _seeded(store)
    soon = _plan(store, "拜访信息中心", starts_at=NOW + dt.timedelta(hours=1),
                 remind_at=NOW - dt.timedelta(minutes=1))  # fmt: skip
    _plan(store, "下周拜访", starts_at=NOW + dt.timedelta(days=7),
          remind_at=NOW + dt.timedelta(days=6))  # fmt: skip
    due = store.todos.reminders(ME, NOW)
    assert [r.id for r in due] == [soon] and due[0].customer_name == "西湖1校"
    store.todos.mark_reminded({r.id: r.remind_at for r in due})
    assert store.todos.reminders(ME, NOW) == []
    store.close()

    again = open_store(profile, load_or_create_key(profile).secret)
    try:
        assert again.todos.reminders(ME, NOW + dt.timedelta(minutes=5)) == []
        # Moved to a new time, it reminds again at that time; one missed by a day does not.
        moved = NOW - dt.timedelta(minutes=10)
        again.todos.update(soon, {"remind_at": format_instant(moved)})
        assert [r.id for r in again.todos.reminders(ME, NOW)] == [soon]
        again.todos.update(soon, {"remind_at": format_instant(NOW - dt.timedelta(days=1))})
        assert again.todos.reminders(ME, NOW) == []
    finally:
        again.close()


def test_logging_the_visit_closes_the_plan_with_its_check_in(store):
    _seeded(store)
    planned = _plan(store, "拜访信息中心", starts_at=NOW - dt.timedelta(hours=1))
    assert store.todos.due_counts(ME, NOW) == (1, 0)
    checked_in = NOW - dt.timedelta(minutes=50)
    activity = new_activity(
        customer_id="CUS-000001", owner_id=ME, channel="visit", topic="专线扩容",
        outcome="positive", occurred_at=checked_in, now=NOW,
    )  # fmt: skip
    activity_id = store.todos.log_visit(planned, activity, checked_in, NOW)
    todo = store.todos.get(planned)
    assert todo["status"] == "done" and todo["closed_by_activity_id"] == activity_id
    assert todo["checked_in_at"] == format_instant(checked_in)
    assert todo["done_at"] == format_instant(NOW)
    assert store.activities.get(activity_id)["topic"] == "专线扩容"
    assert store.todos.due_counts(ME, NOW) == (0, 0)
    with store.begin() as conn:
        entries = conn.execute(
            select(OutboxEntry.entity, OutboxEntry.kind).order_by(OutboxEntry.seq)
        ).all()
    # The plan was never sent: its closing folds into its one create, which names the activity,
    # so it is pushed behind the activity's create (the city CRM refuses an unknown reference).
    assert [tuple(e) for e in entries] == [("activity", "create"), ("todo", "create")]


def test_to_dos_from_records_are_made_once(store):
    _seeded(store)
    draft = new_todo(customer_id="CUS-000001", owner_id=ME, kind="renewal", title="续约：CTR-1",
                     now=NOW, due_at=NOW + dt.timedelta(days=30), source_entity="contract",
                     source_id="CTR-000001")  # fmt: skip
    first = store.todos.create_missing("contract", {"CTR-000001": draft})
    assert len(first) == 1
    store.todos.update(first[0], {"status": "done", "done_at": "2026-01-01T00:00:00Z"})
    assert store.todos.create_missing("contract", {"CTR-000001": draft}) == []


def test_holiday_care_to_dos_are_made_once_per_customer_and_holiday(store):
    with store.begin(write=True) as conn:
        upsert_records(conn, "customer", [customer(1, manager_id=ME), customer(2, manager_id=ME),
                                          customer(3, manager_id="U-0003")])  # fmt: skip
        upsert_records(conn, "contact", [contact(1, "CUS-000001", name="王芳"),
                                         contact(2, "CUS-000001", name="李强"),
                                         contact(3, "CUS-000002", is_key=False),
                                         contact(4, "CUS-000003")])  # fmt: skip
    # 2026-09-12 10:00 in Shanghai: 中秋节 (09-25) is due on 09-18 with a week's notice.
    now = dt.datetime(2026, 9, 12, 2, 0, tzinfo=dt.UTC)
    made = store.decision_chain.make_holiday_todos(ME, now, days_before=7)
    assert len(made) == 1  # the one customer of mine with key contacts
    todo = store.todos.get(made[0])
    assert (todo["customer_id"], todo["owner_id"], todo["source_id"]) == (
        "CUS-000001",
        ME,
        "mid_autumn-2026",
    )
    assert todo["title"] == "中秋节关怀（9月25日）" and todo["notes"] == "关键人：李强、王芳"
    store.todos.update(made[0], {"status": "done", "done_at": format_instant(now)})
    later = now + dt.timedelta(days=4)
    assert store.decision_chain.make_holiday_todos(ME, later, days_before=7) == []
    # 国庆节 comes into its week on 09-17 (due 09-24): a to-do of its own.
    national = store.decision_chain.make_holiday_todos(ME, later + dt.timedelta(days=1))
    assert [store.todos.get(i)["source_id"] for i in national] == ["national_day-2026"]


def test_a_to_do_from_a_source_is_made_once_while_open(store):
    _seeded(store)
    fields = follow_up_todo(customer_id="CUS-000001", owner_id=ME, title="跟进流失预警：欠费增长",
                            now=NOW, days=3, source_entity="signal",
                            source_id="arrears_growing")  # fmt: skip
    first, made = store.todos.add_from_source(fields, ["arrears_growing", "not_contacted"])
    assert made
    # Another click, or the same signals in another order: the open one.
    again = {**fields, "source_id": "not_contacted"}
    assert store.todos.add_from_source(again, ["arrears_growing"]) == (first, False)
    # Closed, the next one is a new to-do; a signal of its own is another to-do.
    store.todos.update(first, {"status": "done", "done_at": format_instant(NOW)})
    second, made = store.todos.add_from_source(fields)
    assert made and second != first
    other = {**fields, "source_id": "repeated_faults"}
    assert store.todos.add_from_source(other)[1]
