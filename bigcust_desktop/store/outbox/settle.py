"""What a push answer does to the cache: applied, conflict (merged or waiting), rejected.

Applied answers — nearly all of them — are recorded set-wise, a handful of statements per batch
whatever its size; a conflict is merged field by field against the merge base (DESIGN §5):
disjoint fields go again automatically, overlapping ones wait in the conflict table. Depends on
SQLAlchemy Core, the store's models, bulk writer and wire records, and `domain.merge`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, update

from bigcust_desktop.domain.merge import three_way_merge
from bigcust_desktop.store import bulk
from bigcust_desktop.store.models import ENTITY_TABLES, Conflict, OutboxEntry
from bigcust_desktop.store.outbox import held
from bigcust_desktop.store.outbox.entries import (
    OPEN_STATES,
    Entry,
    EntryState,
    OpKind,
    RecordKey,
    mark_synced_if_clear,
    send_again,
    set_state,
)
from bigcust_desktop.store.outbox.merge_base import (
    forget_server_copies,
    server_copy,
    set_server_copies,
    set_server_copy,
)
from bigcust_desktop.store.wire import read_wire, set_sync_state


@dataclass(frozen=True)
class Applied:
    """The server applied the operation; `record` is its record now (None after a delete)."""

    op_id: str
    record: Mapping[str, Any] | None


@dataclass(frozen=True)
class Conflicted:
    """The server's version moved past the base; `theirs` is its record (None: deleted there)."""

    op_id: str
    theirs: Mapping[str, Any] | None


@dataclass(frozen=True)
class Rejected:
    """The server refused the operation; `errors` are its field errors."""

    op_id: str
    errors: list[dict[str, Any]]


Outcome = Applied | Conflicted | Rejected


@dataclass
class Settled:
    """What the answers to a batch did, for the push's report and its walk."""

    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    changed_entities: set[str] = field(default_factory=set)
    again: list[Entry] = field(default_factory=list)  # merged cleanly: to send again (new op_id)
    waiting: list[Entry] = field(default_factory=list)  # now waiting for the user


_OPEN = ", ".join(f"'{s}'" for s in OPEN_STATES)
_MARK_APPLIED = "UPDATE outbox SET state = 'applied', last_error = NULL WHERE seq = ?"
_OPEN_OF = (
    "SELECT record_id, seq FROM outbox "
    f"WHERE entity = ? AND record_id IN (SELECT value FROM json_each(?)) AND state IN ({_OPEN})"
)
_SET_VERSION = {
    e: f'UPDATE "{t.name}" SET version = ? WHERE id = ?' for e, t in ENTITY_TABLES.items()
}
_SET_SYNCED = {
    e: f"UPDATE \"{t.name}\" SET sync_state = 'synced' WHERE id = ?"
    for e, t in ENTITY_TABLES.items()
}


def settle(conn: Connection, entries: Sequence[Entry], outcomes: Sequence[Outcome]) -> Settled:
    """Record each entry's outcome (`outcomes[i]` answers `entries[i]`, matching op_ids)."""
    settled = Settled()
    applied: list[tuple[Entry, Mapping[str, Any] | None]] = []
    for entry, outcome in zip(entries, outcomes, strict=True):
        if outcome.op_id != entry.op_id:
            raise ValueError(f"outcome {outcome.op_id} does not answer operation {entry.op_id}")
        settled.changed_entities.add(entry.entity)
        if isinstance(outcome, Applied):
            applied.append((entry, outcome.record))
        elif isinstance(outcome, Conflicted):
            _conflict(conn, entry, outcome.theirs, settled)
        else:
            _rejected(conn, entry, outcome.errors, settled)
    if applied:
        _applied(conn, applied)
        settled.applied += len(applied)
    return settled


def _open_seqs(conn: Connection, keys: Iterable[RecordKey]) -> dict[RecordKey, list[int]]:
    """The seqs of the open entries of these records."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in set(keys):
        by_entity[entity].append(record_id)
    found: dict[RecordKey, list[int]] = defaultdict(list)
    for entity, ids in by_entity.items():
        for record_id, seq in conn.exec_driver_sql(_OPEN_OF, (entity, json.dumps(ids))):
            found[(entity, record_id)].append(seq)
    return found


def _applied(conn: Connection, applied: list[tuple[Entry, Mapping[str, Any] | None]]) -> None:
    """The server's record becomes the local one, unless newer edits of it wait in the outbox:
    then only its version and the merge base move on. A record with nothing left open is in step
    with the server: synced, its merge base forgotten."""
    conn.exec_driver_sql(_MARK_APPLIED, [(e.seq,) for e, _ in applied])
    still_open = _open_seqs(conn, (e.key for e, _ in applied))
    upserts: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    versions: dict[str, list[tuple[int, str]]] = defaultdict(list)
    synced: dict[str, list[tuple[str]]] = defaultdict(list)
    new_bases: list[tuple[str, Mapping[str, Any]]] = []
    forget: list[RecordKey] = []
    for entry, record in applied:
        open_seqs = still_open.get(entry.key, [])
        if entry.kind is OpKind.DELETE or record is None:
            forget.append(entry.key)
            if not open_seqs:
                synced[entry.entity].append((entry.record_id,))
            continue
        if any(seq > entry.seq for seq in open_seqs):
            versions[entry.entity].append((int(record["version"]), entry.record_id))
        else:
            # The server's record is now the truth: it carries fields the server computed.
            upserts[entry.entity].append(record)
        if open_seqs:
            new_bases.append((entry.entity, record))
        else:
            forget.append(entry.key)
    for entity, records in upserts.items():
        bulk.upsert_records(conn, entity, records, force=True)
    for entity, rows in versions.items():
        conn.exec_driver_sql(_SET_VERSION[entity], rows)
    for entity, ids in synced.items():
        conn.exec_driver_sql(_SET_SYNCED[entity], ids)
    set_server_copies(conn, new_bases)
    forget_server_copies(conn, forget)
    # The answer is newer than anything an earlier pull held back of these records.
    held.release(conn, [e.key for e, _ in applied])


def _conflict(
    conn: Connection, entry: Entry, theirs: Mapping[str, Any] | None, settled: Settled
) -> None:
    base = server_copy(conn, entry.entity, entry.record_id) or {}
    mine = dict(entry.fields)
    if theirs is None:
        # Deleted on the server while edited here: the user decides (DESIGN §5).
        _record_conflict(conn, entry, base, mine, {}, None, deleted=True)
        settled.conflicts += 1
        settled.waiting.append(entry)
        return
    if entry.kind is OpKind.DELETE:
        # Deleted here while changed there: never a silent win for either side.
        _record_conflict(conn, entry, base, {}, dict(theirs), int(theirs["version"]), deleted=False)
        set_server_copy(conn, entry.entity, theirs)
        settled.conflicts += 1
        settled.waiting.append(entry)
        return
    merge = three_way_merge(base, mine, theirs)
    set_server_copy(conn, entry.entity, theirs)
    if merge.clean:
        if merge.to_push:
            send_again(conn, entry, merge.to_push)
            settled.again.append(entry)
        else:
            set_state(conn, entry.seq, EntryState.APPLIED)
        bulk.upsert_records(conn, entry.entity, [{**theirs, **merge.to_push}], force=True)
        set_sync_state(
            conn, entry.entity, entry.record_id, "pending" if merge.to_push else "synced"
        )
        mark_synced_if_clear(conn, entry.entity, entry.record_id)
        settled.merged += 1
        return
    clashes = {c.field: c for c in merge.conflicts}
    _record_conflict(
        conn,
        entry,
        {f: c.base for f, c in clashes.items()},
        {f: c.mine for f, c in clashes.items()},
        {f: c.theirs for f, c in clashes.items()},
        int(theirs["version"]),
        deleted=False,
    )
    # Fields only the server changed show the server's value now; conflicting ones keep mine.
    mine_kept = {f: c.mine for f, c in clashes.items()}
    bulk.upsert_records(conn, entry.entity, [{**merge.merged, **mine_kept}], force=True)
    set_sync_state(conn, entry.entity, entry.record_id, "conflict")
    settled.conflicts += 1
    settled.waiting.append(entry)


def _record_conflict(
    conn: Connection,
    entry: Entry,
    base: Mapping[str, Any],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    theirs_version: int | None,
    *,
    deleted: bool,
) -> None:
    set_state(conn, entry.seq, EntryState.CONFLICT)
    conn.execute(
        insert(Conflict).values(
            entity=entry.entity,
            record_id=entry.record_id,
            op_id=entry.op_id,
            fields=sorted(set(mine) | set(theirs)) if not deleted else sorted(mine),
            base=dict(base),
            mine=dict(mine),
            theirs=dict(theirs),
            theirs_version=theirs_version,
            deleted_on_server=deleted,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    if not deleted or read_wire(conn, entry.entity, entry.record_id) is not None:
        set_sync_state(conn, entry.entity, entry.record_id, "conflict")


def _rejected(
    conn: Connection, entry: Entry, errors: list[dict[str, Any]], settled: Settled
) -> None:
    conn.execute(
        update(OutboxEntry)
        .where(OutboxEntry.seq == entry.seq)
        .values(state=str(EntryState.REJECTED), last_error={"errors": errors})
    )
    _fold_later_edits(conn, entry)
    set_sync_state(conn, entry.entity, entry.record_id, "rejected")
    settled.rejected += 1
    settled.waiting.append(entry)


_LATER_EDITS = (
    "SELECT seq, fields FROM outbox WHERE entity = ? AND record_id = ? AND seq > ? "
    "AND state = 'pending' AND kind = 'update' ORDER BY seq"
)


def _fold_later_edits(conn: Connection, entry: Entry) -> None:
    """Later unsent changes of a refused record join the refused edit: they would otherwise
    wait behind it forever, counted as pending; its fix or its discard now takes them all."""
    later = conn.exec_driver_sql(_LATER_EDITS, (entry.entity, entry.record_id, entry.seq)).all()
    if not later:
        return
    fields = dict(entry.fields)
    for _, more in later:
        fields.update(json.loads(more) if isinstance(more, str) else more)
    conn.execute(update(OutboxEntry).where(OutboxEntry.seq == entry.seq).values(fields=fields))
    conn.exec_driver_sql("DELETE FROM outbox WHERE seq = ?", [(seq,) for seq, _ in later])
