"""Read queries of visit plans and to-dos (拜访计划 / 待办): the list and its rows, a week's
plan, the due and overdue counts, the reminders whose time has come, and the to-do already made
from a record (so that one is never made twice).

Depends on SQLAlchemy Core, the store models and the domain's to-do statuses.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, case, func, or_, select

from bigcust_desktop.domain.vocab_city import TodoStatus
from bigcust_desktop.store.models import Contact, Customer, Todo
from bigcust_desktop.store.pinyin_order import by_pinyin

SORT_COLUMNS = ("title", "customer_name", "kind", "when", "priority", "status")
_OPEN = TodoStatus.OPEN.value
_PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}


@dataclass(frozen=True)
class TodoFilter:
    owner_id: str | None = None  # whose to-dos (None: every cached one)
    customer_id: str | None = None
    status: str | None = _OPEN  # None: any status
    overdue_only: bool = False
    due_before: dt.datetime | None = None  # open and due (or planned) before this instant
    starts_from: dt.datetime | None = None  # planned in [starts_from, starts_until)
    starts_until: dt.datetime | None = None
    text: str = ""


@dataclass(frozen=True)
class TodoRow:
    id: str
    customer_id: str
    customer_name: str
    kind: str
    title: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    due_at: dt.datetime | None
    remind_at: dt.datetime | None
    priority: str
    status: str
    location: str | None
    contact_name: str | None
    source_entity: str | None
    source_id: str | None
    checked_in_at: dt.datetime | None
    sync_state: str

    @property
    def when(self) -> dt.datetime | None:
        return self.due_at or self.starts_at


def _when() -> Any:
    return func.coalesce(Todo.due_at, Todo.starts_at)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _filtered(stmt: Select[Any], flt: TodoFilter, now: dt.datetime) -> Select[Any]:
    if flt.owner_id:
        stmt = stmt.where(Todo.owner_id == flt.owner_id)
    if flt.customer_id:
        stmt = stmt.where(Todo.customer_id == flt.customer_id)
    if flt.status:
        stmt = stmt.where(Todo.status == flt.status)
    if flt.overdue_only:
        stmt = stmt.where(Todo.status == _OPEN, _when() < now)
    if flt.due_before is not None:
        stmt = stmt.where(Todo.status == _OPEN, _when() < flt.due_before)
    if flt.starts_from is not None:
        stmt = stmt.where(Todo.starts_at >= flt.starts_from)
    if flt.starts_until is not None:
        stmt = stmt.where(Todo.starts_at < flt.starts_until)
    text = flt.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                Todo.title.like(pattern, escape="\\"),
                Customer.name.like(pattern, escape="\\"),
                Customer.short_name.like(pattern, escape="\\"),
            )
        )
    return stmt


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (
        stmt.select_from(Todo)
        .outerjoin(Customer, Customer.id == Todo.customer_id)
        .outerjoin(Contact, Contact.id == Todo.contact_id)
    )


def todo_ids(
    conn: Connection,
    flt: TodoFilter,
    now: dt.datetime,
    order_by: str = "",
    descending: bool = False,
) -> list[str]:
    """Matching to-do ids; by default open ones first, soonest first (overdue at the top)."""
    if order_by in SORT_COLUMNS:
        if order_by == "customer_name":
            column: Any = by_pinyin(Customer.short_name)
        elif order_by == "when":
            column = _when()
        elif order_by == "priority":
            column = case(_PRIORITY_RANK, value=Todo.priority, else_=9)
        else:
            column = getattr(Todo, order_by)
        orders = [column.desc() if descending else column.asc()]
    else:
        orders = [case((Todo.status == _OPEN, 0), else_=1), _when().asc()]
    stmt = _filtered(_joined(select(Todo.id)), flt, now).order_by(*orders, Todo.id)
    return [r[0] for r in conn.execute(stmt)]


def todo_rows(conn: Connection, ids: Sequence[str]) -> dict[str, TodoRow]:
    if not ids:
        return {}
    stmt = _joined(
        select(
            Todo.id,
            Todo.customer_id,
            func.coalesce(Customer.short_name, Customer.name, Todo.customer_id),
            Todo.kind,
            Todo.title,
            Todo.starts_at,
            Todo.ends_at,
            Todo.due_at,
            Todo.remind_at,
            Todo.priority,
            Todo.status,
            Todo.location,
            Contact.name,
            Todo.source_entity,
            Todo.source_id,
            Todo.checked_in_at,
            Todo.sync_state,
        )
    ).where(Todo.id.in_(list(ids)))
    return {r[0]: TodoRow(*r) for r in conn.execute(stmt)}


def week_rows(
    conn: Connection, owner_id: str | None, start: dt.datetime, end: dt.datetime
) -> list[TodoRow]:
    """The planned items of a week (any status), in time order."""
    flt = TodoFilter(owner_id=owner_id, status=None, starts_from=start, starts_until=end)
    ids = todo_ids(conn, flt, start, "when")
    rows = todo_rows(conn, ids)
    return [rows[i] for i in ids]


def due_counts(
    conn: Connection, owner_id: str | None, now: dt.datetime, day_end: dt.datetime
) -> tuple[int, int]:
    """(overdue, due later today) among the open to-dos of the owner."""
    when = _when()
    stmt = select(
        func.count().filter(when < now),
        func.count().filter(and_(when >= now, when < day_end)),
    ).where(Todo.status == _OPEN)
    if owner_id:
        stmt = stmt.where(Todo.owner_id == owner_id)
    overdue, today = conn.execute(stmt).one()
    return int(overdue or 0), int(today or 0)


def reminders(
    conn: Connection, owner_id: str | None, until: dt.datetime
) -> list[tuple[str, dt.datetime]]:
    """(id, remind_at) of the open to-dos whose reminder time is not after ``until``."""
    stmt = select(Todo.id, Todo.remind_at).where(
        Todo.status == _OPEN, Todo.remind_at.is_not(None), Todo.remind_at <= until
    )
    if owner_id:
        stmt = stmt.where(Todo.owner_id == owner_id)
    return [(r[0], r[1]) for r in conn.execute(stmt.order_by(Todo.remind_at, Todo.id))]


def from_source(conn: Connection, source_entity: str, source_ids: Sequence[str]) -> set[str]:
    """The source ids of ``source_entity`` that already have a to-do (any status)."""
    if not source_ids:
        return set()
    stmt = select(Todo.source_id).where(
        Todo.source_entity == source_entity, Todo.source_id.in_(list(source_ids))
    )
    return {r[0] for r in conn.execute(stmt)}


def open_from_source(
    conn: Connection, customer_id: str, source_entity: str, source_ids: Sequence[str]
) -> str | None:
    """The id of an open to-do of the customer made from one of ``source_ids`` (the oldest)."""
    if not source_ids:
        return None
    stmt = (
        select(Todo.id)
        .where(
            Todo.customer_id == customer_id,
            Todo.source_entity == source_entity,
            Todo.source_id.in_(list(source_ids)),
            Todo.status == "open",
        )
        .order_by(Todo.created_at)
        .limit(1)
    )
    return conn.execute(stmt).scalar()
