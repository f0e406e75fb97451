"""The rules of visit plans and to-dos: the province's week and day, a reminder once per time."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.drafts.todos import (
    Due,
    Week,
    closed_by_visit,
    day_end,
    due_state,
    new_todo,
    reminders_due,
)
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.timefmt import format_instant

UTC = dt.UTC


def test_a_week_starts_on_monday_midnight_in_the_province():
    # Sunday 2026-12-06 20:00 UTC is Monday 04:00 in Shanghai: the next week already.
    week = Week.of(dt.datetime(2026, 12, 6, 20, 0, tzinfo=UTC))
    assert week.monday == dt.date(2026, 12, 7)
    assert week.start == dt.datetime(2026, 12, 6, 16, 0, tzinfo=UTC)
    assert week.end - week.start == dt.timedelta(days=7)
    assert week.shifted(-1).monday == dt.date(2026, 11, 30)
    assert day_end(dt.datetime(2026, 12, 6, 15, 59, tzinfo=UTC)) == week.start


def test_due_state_by_the_provinces_calendar():
    now = dt.datetime(2026, 12, 6, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
    assert due_state(now - dt.timedelta(minutes=1), now) is Due.OVERDUE
    assert due_state(dt.datetime(2026, 12, 6, 15, 59, tzinfo=UTC), now) is Due.TODAY
    assert due_state(dt.datetime(2026, 12, 6, 16, 0, tzinfo=UTC), now) is Due.LATER


def test_a_reminder_is_due_once_per_time_and_not_when_long_missed():
    now = dt.datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    soon, later = now - dt.timedelta(minutes=5), now + dt.timedelta(minutes=5)
    stale = now - dt.timedelta(days=2)
    items = [("a", soon), ("b", later), ("c", stale)]
    assert reminders_due(items, now, {}) == ["a"]
    assert reminders_due(items, now, {"a": format_instant(soon)}) == []
    assert reminders_due(items, now, {"a": format_instant(soon - dt.timedelta(hours=1))}) == ["a"]


def test_a_planned_visit_needs_its_time_and_a_title():
    now = dt.datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    with pytest.raises(ValidationErrors) as caught:
        new_todo(customer_id="CUS-000001", owner_id="U-0002", kind="visit", title=" ", now=now)
    assert {e.code for e in caught.value.errors} >= {"todo.planned_time"}
    assert "title" in {e.field for e in caught.value.errors}
    task = new_todo(customer_id="CUS-000001", owner_id="U-0002", kind="task", title="催办",
                    now=now, due_at=now)  # fmt: skip
    assert task["status"] == "open" and task["due_at"] == format_instant(now)


def test_closing_by_a_visit_records_check_in_and_activity():
    now = dt.datetime(2026, 12, 6, 2, 0, tzinfo=UTC)
    changes = closed_by_visit("ACT-1", now - dt.timedelta(hours=1), now)
    assert changes == {
        "status": "done",
        "done_at": "2026-12-06T02:00:00Z",
        "checked_in_at": "2026-12-06T01:00:00Z",
        "closed_by_activity_id": "ACT-1",
    }
