"""Edits kept from a damaged cache, queued again in the rebuilt one (issue 18).

Each edit comes back as it stood: its op_id (the server replays an edit it already applied
instead of applying it twice), the server version it was based on (kept as the merge base,
so a change made meanwhile on the server is still a conflict, never overwritten), its state
(a refusal stays refused, with the server's reasons; a conflict is sent again to be found
anew against the server's record of now). Depends on SQLAlchemy Core, the store's models and
the outbox package.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import Connection, insert

from bigcust_desktop.domain.datahome import home_of
from bigcust_desktop.store import bulk
from bigcust_desktop.store.models import OutboxEntry
from bigcust_desktop.store.outbox.entries import EntryState, OpKind, new_op_id
from bigcust_desktop.store.outbox.export import UnsentEdit
from bigcust_desktop.store.outbox.held import hold_newer
from bigcust_desktop.store.outbox.merge_base import remember_server_copy
from bigcust_desktop.store.wire import read_wire, set_sync_state, write_local

log = logging.getLogger(__name__)

# Where a kept document waits for the rebuilt cache's first complete pull (meta key).
KEPT_FILE_KEY = "rebuild.kept_file"


@dataclass
class Requeued:
    """What queuing the kept edits did."""

    queued: int = 0
    # Edits whose record is not in the rebuilt cache (its customer left the book, a record
    # deleted on the server): they stay in the kept document only, (entity, record id).
    file_only: list[tuple[str, str]] = field(default_factory=list)


def requeue(conn: Connection, edits: Iterable[UnsentEdit]) -> Requeued:
    """Queue the kept edits, oldest first, over a freshly pulled cache: one savepoint per edit,
    so one that cannot be placed leaves the others queued."""
    done = Requeued()
    for edit in edits:
        try:
            with conn.begin_nested():
                placed = _place(conn, edit)
        except Exception as exc:  # a record that no longer fits (a foreign key, a schema)
            log.warning("kept %s %s not queued again: %s", edit.entity, edit.record_id, exc)
            placed = False
        if placed:
            done.queued += 1
        else:
            done.file_only.append((edit.entity, edit.record_id))
    return done


def _place(conn: Connection, edit: UnsentEdit) -> bool:
    kind = OpKind(edit.kind)
    current = read_wire(conn, edit.entity, edit.record_id)
    base = edit.server_record
    if kind is OpKind.CREATE:
        if current is not None and current.get("version", 0) > 0:
            _enqueue(conn, edit)  # the server has it already: the replay settles it
            return True
        record = edit.record or {**edit.fields, "id": edit.record_id, "version": 0}
        write_local(conn, edit.entity, record, _row_state(edit))
    elif current is None:
        return False  # the record is not the user's any more, or was deleted on the server
    else:
        remember_server_copy(conn, edit.entity, base if base is not None else current)
        if base is not None and int(current["version"]) > int(base["version"]):
            hold_newer(conn, edit.entity, [current])  # what a pull would have held back
        if kind is OpKind.DELETE:
            bulk.delete_records(conn, edit.entity, [edit.record_id], force=True)
        else:
            write_local(conn, edit.entity, {**current, **edit.fields}, _row_state(edit))
    _enqueue(conn, edit)
    return True


def _row_state(edit: UnsentEdit) -> str:
    return "rejected" if edit.state == str(EntryState.REJECTED) else "pending"


def _enqueue(conn: Connection, edit: UnsentEdit) -> None:
    state = EntryState(edit.state)
    base_version = edit.base_version
    op_id = edit.op_id or new_op_id()
    if state is EntryState.CONFLICT:
        # Sent again, under a new op_id (the old one would only replay the old answer).
        state, base_version, op_id = EntryState.PENDING, None, new_op_id()
    conn.execute(
        insert(OutboxEntry).values(
            op_id=op_id,
            system=home_of(edit.entity).system,
            entity=edit.entity,
            record_id=edit.record_id,
            kind=edit.kind,
            base_version=base_version if state is EntryState.SENDING else None,
            fields=dict(edit.fields),
            state=str(state),
            attempts=0,
            last_error={"errors": edit.errors} if state is EntryState.REJECTED else None,
            created_at=dt.datetime.fromisoformat(edit.created_at),
        )
    )
    if state is EntryState.REJECTED:
        set_sync_state(conn, edit.entity, edit.record_id, "rejected")
