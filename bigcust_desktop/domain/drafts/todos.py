"""Rules of visit plans and to-dos (拜访计划 / 待办): a new to-do, a follow-up task from a
source, closing it by a logged visit, the week a plan covers, what is due or overdue, and which
reminders are still to show.

Weeks and days are the province's calendar (Asia/Shanghai), Monday first. Depends on the domain's
record schema and time formats only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab_city import Priority, TodoKind, TodoStatus

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Kinds that are planned at a time (a plan's week view and its calendar file show them).
PLANNED_KINDS = frozenset({TodoKind.VISIT, TodoKind.CALL, TodoKind.MEETING})
# A reminder missed by more than this (the laptop was off, the cache just filled) is not shown:
# the to-do is overdue by then, and the 待办 page and the dashboard say so.
REMINDER_WINDOW = dt.timedelta(hours=12)
# When a to-do the client makes falls due on its day (a care date, a follow-up), in the province.
MADE_DUE_AT = dt.time(9, 0)


class Due(StrEnum):
    """Where an open to-do stands against today (the dashboard card and the 待办 page)."""

    OVERDUE = "overdue"
    TODAY = "today"
    LATER = "later"


def _aware(value: dt.datetime | None, field: str, errors: list[ValidationError]) -> bool:
    if value is not None and value.utcoffset() is None:
        errors.append(ValidationError(field, "instant.naive", "A time must carry its time zone."))
        return False
    return True


def _instant(value: dt.datetime | None) -> str | None:
    return None if value is None else format_instant(value)


def new_todo(
    *,
    customer_id: str,
    owner_id: str,
    kind: str,
    title: str,
    now: dt.datetime,
    starts_at: dt.datetime | None = None,
    ends_at: dt.datetime | None = None,
    due_at: dt.datetime | None = None,
    remind_at: dt.datetime | None = None,
    all_day: bool = False,
    priority: str = Priority.NORMAL,
    contact_id: str | None = None,
    location: str | None = None,
    notes: str | None = None,
    source_entity: str | None = None,
    source_id: str | None = None,
) -> dict[str, Any]:
    """The fields of a new open to-do in wire form (without id/version/updated_at).

    A planned item (visit, call, meeting) needs its start; a task its start or its due time
    (``todo.when``). Raises `ValidationErrors` naming every bad field at once.
    """
    errors: list[ValidationError] = []
    for field, value in (("starts_at", starts_at), ("ends_at", ends_at), ("due_at", due_at),
                         ("remind_at", remind_at)):  # fmt: skip
        _aware(value, field, errors)
    if errors:
        raise ValidationErrors(errors)
    if kind in PLANNED_KINDS and starts_at is None:
        errors.append(
            ValidationError(
                "starts_at", "todo.planned_time", "A planned visit or call needs a time."
            )
        )
    fields: dict[str, Any] = {
        "customer_id": customer_id,
        "owner_id": owner_id,
        "created_by": owner_id,  # the server sets its own; the record must be whole meanwhile
        "kind": kind,
        "title": (title or "").strip(),
        "notes": (notes or "").strip() or None,
        "contact_id": contact_id or None,
        "location": (location or "").strip() or None,
        "starts_at": _instant(starts_at),
        "ends_at": _instant(ends_at),
        "due_at": _instant(due_at),
        "all_day": all_day,
        "remind_at": _instant(remind_at),
        "priority": priority,
        "status": TodoStatus.OPEN.value,
        "done_at": None,
        "checked_in_at": None,
        "closed_by_activity_id": None,
        "source_entity": source_entity,
        "source_id": source_id,
        "created_at": format_instant(now),
    }
    try:
        checked = validate_record("todo", fields, from_feed=False)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = fields
    if not fields["title"] and not any(e.field == "title" for e in errors):
        errors.append(ValidationError("title", "field.required", "This field is required."))
    if errors:
        raise ValidationErrors(errors)
    return checked


def closed_by_visit(
    activity_id: str, checked_in_at: dt.datetime, now: dt.datetime
) -> dict[str, Any]:
    """The changes that close a planned item by the activity that logged it (打卡: the
    check-in time at the customer's site)."""
    errors: list[ValidationError] = []
    _aware(checked_in_at, "checked_in_at", errors)
    _aware(now, "done_at", errors)
    if errors:
        raise ValidationErrors(errors)
    return {
        "status": TodoStatus.DONE.value,
        "done_at": format_instant(now),
        "checked_in_at": format_instant(checked_in_at),
        "closed_by_activity_id": activity_id,
    }


def marked_done(now: dt.datetime) -> dict[str, Any]:
    """The changes of a to-do ticked off by hand."""
    return {"status": TodoStatus.DONE.value, "done_at": format_instant(now)}


def reopened() -> dict[str, Any]:
    return {"status": TodoStatus.OPEN.value, "done_at": None}


def when_of(todo: Mapping[str, Any]) -> dt.datetime | None:
    """The time a to-do is for: its due time, else its planned start."""
    return todo.get("due_at") or todo.get("starts_at")


def day_end(now: dt.datetime) -> dt.datetime:
    """The end of ``now``'s day in the province (the next midnight there), as UTC."""
    local = now.astimezone(SHANGHAI).date() + dt.timedelta(days=1)
    return dt.datetime.combine(local, dt.time(), SHANGHAI).astimezone(dt.UTC)


def due_state(when: dt.datetime, now: dt.datetime) -> Due:
    """Overdue before now; today until the end of today in the province; later after that."""
    if when < now:
        return Due.OVERDUE
    if when.astimezone(SHANGHAI).date() == now.astimezone(SHANGHAI).date():
        return Due.TODAY
    return Due.LATER


@dataclass(frozen=True)
class Week:
    """A plan's week: Monday 00:00 to the next Monday 00:00 in the province, as instants."""

    monday: dt.date

    @classmethod
    def of(cls, when: dt.datetime | dt.date) -> Week:
        day = when.astimezone(SHANGHAI).date() if isinstance(when, dt.datetime) else when
        return cls(day - dt.timedelta(days=day.weekday()))

    @property
    def days(self) -> list[dt.date]:
        return [self.monday + dt.timedelta(days=i) for i in range(7)]

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.monday, dt.time(), SHANGHAI).astimezone(dt.UTC)

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(days=7)

    def shifted(self, weeks: int) -> Week:
        return Week(self.monday + dt.timedelta(weeks=weeks))


def reminders_due(
    items: Iterable[tuple[str, dt.datetime]],
    now: dt.datetime,
    shown: Mapping[str, str],
) -> list[str]:
    """The ids of to-dos whose reminder time has come (within `REMINDER_WINDOW`) and was not
    shown yet for that time.

    ``items``: (id, remind_at) of open to-dos; ``shown``: id → the remind_at (wire text) a
    reminder was shown for, kept across restarts. A reminder moved to a new time shows again.
    """
    since = now - REMINDER_WINDOW
    return [
        todo_id
        for todo_id, remind_at in items
        if since <= remind_at <= now and shown.get(todo_id) != format_instant(remind_at)
    ]


def morning_of(day: dt.date) -> dt.datetime:
    """`MADE_DUE_AT` in the province on ``day``, in UTC: when a to-do the client makes is due."""
    return dt.datetime.combine(day, MADE_DUE_AT, SHANGHAI).astimezone(dt.UTC)


def follow_up_todo(
    *,
    customer_id: str,
    owner_id: str,
    title: str,
    now: dt.datetime,
    days: int,
    source_entity: str,
    source_id: str,
    notes: str | None = None,
) -> dict[str, Any]:
    """A task to follow something up (an at-risk signal, a campaign task): due at 09:00 in the
    province ``days`` days from today, reminded then, keeping its source."""
    due = morning_of(now.astimezone(SHANGHAI).date() + dt.timedelta(days=max(0, days)))
    return new_todo(
        customer_id=customer_id,
        owner_id=owner_id,
        kind=TodoKind.TASK,
        title=title[:200],
        now=now,
        due_at=due,
        remind_at=due,
        notes=notes,
        source_entity=source_entity,
        source_id=source_id,
    )
