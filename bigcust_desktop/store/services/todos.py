"""`store.todos`: visit plans and to-dos (拜访计划 / 待办) — listed, planned by week, counted for
the dashboard, reminded once (also across restarts), closed by the visit logged for them.

Depends on the store's to-do queries, its meta table, the shared record edits and the domain's
to-do rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from bigcust_desktop.domain.drafts.todos import closed_by_visit, day_end, reminders_due
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import OutboxEntry
from bigcust_desktop.store.outbox.entries import unsent_create
from bigcust_desktop.store.queries import todos as q
from bigcust_desktop.store.services.base import CityRecords
from bigcust_desktop.store.services.meta import read_meta, write_meta

# meta key: {todo id: the remind_at (wire text) its reminder was shown for}.
REMINDED_KEY = "todo_reminders_shown"


def _pending_reminders(conn: Connection, owner_id: str | None, now: dt.datetime) -> list[q.TodoRow]:
    shown = read_meta(conn, REMINDED_KEY) or {}
    due = reminders_due(q.reminders(conn, owner_id, now), now, shown)
    rows = q.todo_rows(conn, due)
    return [rows[i] for i in due if i in rows]


def _mark_reminded(conn: Connection, shown: Mapping[str, dt.datetime]) -> None:
    known = dict(read_meta(conn, REMINDED_KEY) or {})
    known.update({todo_id: format_instant(at) for todo_id, at in shown.items()})
    # Keep only reminders of to-dos that may still remind (bounded, whatever the years).
    still = {i for i, _ in q.reminders(conn, None, dt.datetime.max.replace(tzinfo=dt.UTC))}
    write_meta(conn, REMINDED_KEY, {k: v for k, v in known.items() if k in still})


def _log_visit(
    conn: Connection,
    todo_id: str,
    activity: Mapping[str, Any],
    checked_in_at: dt.datetime,
    now: dt.datetime,
) -> str:
    created = edits.create_record(conn, "activity", activity)
    edits.update_record(conn, "todo", todo_id, closed_by_visit(created["id"], checked_in_at, now))
    _behind(conn, "todo", todo_id)
    return str(created["id"])


def _behind(conn: Connection, entity: str, record_id: str) -> None:
    """A plan never sent carries its closing in its create, which names the activity: the city
    CRM refuses a reference to a record it has not got, so the create goes behind the activity's
    (same op_id, a new place in the queue)."""
    entry = unsent_create(conn, entity, record_id)
    if entry is None:
        return
    row = conn.execute(select(OutboxEntry).where(OutboxEntry.seq == entry.seq)).mappings().one()
    conn.execute(delete(OutboxEntry).where(OutboxEntry.seq == entry.seq))
    conn.execute(insert(OutboxEntry).values({k: v for k, v in row.items() if k != "seq"}))


def create_missing(
    conn: Connection, source_entity: str, drafts: Mapping[str, Mapping[str, Any]]
) -> list[str]:
    have = q.from_source(conn, source_entity, list(drafts))
    return [
        str(edits.create_record(conn, "todo", fields)["id"])
        for source_id, fields in drafts.items()
        if source_id not in have
    ]


def add_from_source(
    conn: Connection, fields: Mapping[str, Any], same_sources: Sequence[str]
) -> tuple[str, bool]:
    found = q.open_from_source(
        conn, str(fields["customer_id"]), str(fields["source_entity"]), same_sources
    )
    if found is not None:
        return str(found), False
    return str(edits.create_record(conn, "todo", fields)["id"]), True


class Todos(CityRecords):
    """To-dos and planned visits and calls of the signed-in user (or his team's)."""

    entity = "todo"

    def listed(
        self,
        wanted: q.TodoFilter,
        now: dt.datetime,
        order_by: str = "",
        descending: bool = False,
        first: int = 200,
    ) -> tuple[list[str], dict[str, q.TodoRow]]:
        """The matching ids, with the rows of the ``first`` ones read in the same transaction."""
        return self._listed(q.todo_ids, q.todo_rows, first, wanted, now, order_by, descending)

    def rows(self, ids: Sequence[str]) -> dict[str, q.TodoRow]:
        return self._read(q.todo_rows, ids)

    def week(self, owner_id: str | None, start: dt.datetime, end: dt.datetime) -> list[q.TodoRow]:
        """The planned items of [start, end), in time order."""
        return self._read(q.week_rows, owner_id, start, end)

    def due_counts(self, owner_id: str | None, now: dt.datetime) -> tuple[int, int]:
        """(overdue, due later today) of the owner's open to-dos."""
        return self._read(q.due_counts, owner_id, now, day_end(now))

    def reminders(self, owner_id: str | None, now: dt.datetime) -> list[q.TodoRow]:
        """Open to-dos whose reminder time has come and whose reminder was not shown yet."""
        return self._read(_pending_reminders, owner_id, now)

    def mark_reminded(self, shown: Mapping[str, dt.datetime]) -> None:
        """Remember the reminders shown (id → its remind_at): not shown again after a restart."""
        self._write(_mark_reminded, shown)

    def log_visit(
        self,
        todo_id: str,
        activity: Mapping[str, Any],
        checked_in_at: dt.datetime,
        now: dt.datetime,
    ) -> str:
        """Log the visit (an activity) and close the planned item with its check-in time, in
        one transaction; returns the activity's id."""
        return self._write(_log_visit, todo_id, activity, checked_in_at, now)

    def create_missing(
        self, source_entity: str, drafts: Mapping[str, Mapping[str, Any]]
    ) -> list[str]:
        """Create the to-dos of ``drafts`` (source id → the to-do's fields) whose source has none
        yet (once, whatever the syncs); returns the new ids."""
        return self._write(create_missing, source_entity, drafts)

    def add_from_source(
        self, fields: Mapping[str, Any], same_sources: Sequence[str] = ()
    ) -> tuple[str, bool]:
        """The to-do of ``fields`` (made from a source: an at-risk signal, a campaign task),
        unless the customer has an open one from that source, or from any of ``same_sources``
        of the same kind (the signals that fired together); returns (its id, whether made now).
        One transaction: two clicks make one to-do."""
        sources = {str(fields["source_id"]), *same_sources}
        return self._write(add_from_source, fields, sorted(sources))
