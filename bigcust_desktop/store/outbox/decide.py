"""The user's decisions on edits: resolve a conflict, discard an edit, take back an unsent one.

Depends on SQLAlchemy Core, the store's models, local edits and the rest of the outbox package.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, delete, select

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.store import bulk, edits
from bigcust_desktop.store.models import Conflict, OutboxEntry
from bigcust_desktop.store.outbox.entries import (
    ENTRY_FIELDS,
    OPEN_STATES,
    Entry,
    EntryState,
    OpKind,
    drop_entry,
    drop_record_entries,
    entry_from_row,
    entry_of_op,
    mark_synced_if_clear,
    open_entries,
    send_again,
    set_state,
)
from bigcust_desktop.store.outbox.held import settled_copy
from bigcust_desktop.store.outbox.merge_base import forget_server_copy, server_copy
from bigcust_desktop.store.wire import read_wire, write_local

MINE, THEIRS, WHOLE_RECORD = "mine", "theirs", "*"


def discard_local_changes(conn: Connection, entity: str, record_id: str) -> None:
    """Drop every unsent, rejected or conflicting edit of a record and go back to the server's."""
    drop_record_entries(conn, entity, record_id, OPEN_STATES)
    conn.execute(delete(Conflict).where(Conflict.entity == entity, Conflict.record_id == record_id))
    theirs = _server_record(conn, entity, record_id)
    bulk.delete_records(conn, entity, [record_id], force=True)
    if theirs is not None:
        write_local(conn, entity, theirs, "synced")
    forget_server_copy(conn, entity, record_id)


def _server_record(conn: Connection, entity: str, record_id: str) -> dict[str, Any] | None:
    """The server's newest record as this cache knows it: the row itself when a pull has
    written it since (synced), else the newest held-back or merge-base copy; None when the
    record was deleted on the server, left the book, or never reached the server."""
    if bulk.is_synced(conn, entity, record_id):
        return read_wire(conn, entity, record_id)
    return settled_copy(conn, entity, record_id)


class AlreadySent(ValidationError):
    """The entry has left for the server (or settled): it can no longer be taken back."""

    def __init__(self) -> None:
        super().__init__(
            "outbox", "outbox.already_sent", "This change has already been sent to the server."
        )


def withdraw_entry(conn: Connection, seq: int) -> None:
    """Take back one edit that has not left yet: its entry is removed and its record goes back to
    the server's copy with the record's other open edits laid over it, in their order.

    An unsent create takes its record with it. Raises `AlreadySent` once the push has taken the
    entry (``sending``) or the server answered it.
    """
    row = conn.execute(
        select(*(OutboxEntry.__table__.c[n] for n in ENTRY_FIELDS)).where(OutboxEntry.seq == seq)
    ).first()
    entry = None if row is None else entry_from_row(row)
    if entry is None or entry.state is not EntryState.PENDING:
        raise AlreadySent()
    entity, record_id = entry.key
    if entry.kind is OpKind.CREATE:
        drop_record_entries(conn, entity, record_id)
        bulk.delete_records(conn, entity, [record_id], force=True)
        return
    drop_entry(conn, seq)
    base = server_copy(conn, entity, record_id)
    if base is None:
        return  # nothing to go back to (never pushed, or the record left the cache)
    record = dict(base)
    for other in open_entries(conn, entity, record_id):
        if other.kind is OpKind.UPDATE:
            record.update(other.fields)
    bulk.delete_records(conn, entity, [record_id], force=True)
    write_local(conn, entity, record, "pending")
    mark_synced_if_clear(conn, entity, record_id)


def resolve_conflict(conn: Connection, conflict_id: int, choices: Mapping[str, str]) -> None:
    """Settle a conflict: for each conflicting field, ``"mine"`` or ``"theirs"``.

    Fields only the user changed go to the server again with the user's choices, based on the
    server's version the conflict showed; a record deleted on the server is either let go
    (``theirs``) or kept as a new record (``mine``); a delete meeting a server change is either
    sent again (``mine``) or dropped (``theirs``). The choice for a whole-record conflict is
    given under the key ``"*"``.
    """
    conflict = conn.execute(select(Conflict.__table__).where(Conflict.id == conflict_id)).first()
    if conflict is None:
        raise LookupError(f"conflict {conflict_id} is gone")
    entry = entry_of_op(conn, conflict.op_id)
    if conflict.deleted_on_server or (entry is not None and entry.kind is OpKind.DELETE):
        _resolve_whole(conn, conflict, entry, choices.get(WHOLE_RECORD, THEIRS))
    else:
        _resolve_fields(conn, conflict, entry, choices)
    conn.execute(delete(Conflict).where(Conflict.id == conflict_id))


def _resolve_fields(
    conn: Connection, conflict: Any, entry: Entry | None, choices: Mapping[str, str]
) -> None:
    entity, record_id = conflict.entity, conflict.record_id
    bad = [f for f in conflict.fields if choices.get(f) not in (MINE, THEIRS)]
    if bad:
        raise ValidationErrors(
            [ValidationError(f, "conflict.choice", "Choose mine or theirs.") for f in bad]
        )
    newest = _server_record(conn, entity, record_id)
    theirs = newest or server_copy(conn, entity, record_id) or {}
    mine = dict(entry.fields) if entry is not None else {}
    keep = {
        name: value
        for name, value in mine.items()
        if (name not in conflict.fields or choices[name] == MINE) and theirs.get(name) != value
    }
    if newest is not None:
        write_local(conn, entity, {**theirs, **keep}, "pending" if keep else "synced")
    # else the record left the book: what is kept goes again (and is refused, for the panel)
    if entry is not None:
        if keep:
            send_again(conn, entry, keep)
        else:
            set_state(conn, entry.seq, EntryState.APPLIED)
    mark_synced_if_clear(conn, entity, record_id)


def _resolve_whole(conn: Connection, conflict: Any, entry: Entry | None, choice: str) -> None:
    entity, record_id = conflict.entity, conflict.record_id
    if choice not in (MINE, THEIRS):
        raise ValidationErrors(
            [ValidationError(WHOLE_RECORD, "conflict.choice", "Choose mine or theirs.")]
        )
    if conflict.deleted_on_server:
        local = read_wire(conn, entity, record_id)
        drop_record_entries(conn, entity, record_id)
        bulk.delete_records(conn, entity, [record_id], force=True)
        forget_server_copy(conn, entity, record_id)
        if choice == MINE and local is not None:
            fields = {k: v for k, v in local.items() if k not in ("id", "version", "updated_at")}
            edits.create_record(conn, entity, fields)
        return
    assert entry is not None  # a local delete that met a server change
    if choice == MINE:
        send_again(conn, entry)
        return
    drop_entry(conn, entry.seq)
    theirs = _server_record(conn, entity, record_id)
    if theirs is not None:
        write_local(conn, entity, theirs, "synced")
    else:
        bulk.delete_records(conn, entity, [record_id], force=True)
    mark_synced_if_clear(conn, entity, record_id)
