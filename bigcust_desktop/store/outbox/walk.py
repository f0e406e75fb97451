"""One push's walk through the outbox: batches in push order, by keyset over `seq`.

Each open entry is read once per walk, whatever the outbox holds: the walk keeps a cursor (the
last `seq` read) and the few entries it had to hold back, instead of re-reading every open entry
for every batch. A batch is frozen (state `sending`, base version fixed) in the transaction that
picks it, so that a resend after any interruption sends the same bytes. Depends on SQLAlchemy
Core, the store's engine and models, and the rest of the outbox package.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection

from bigcust_desktop.store.models import ENTITY_TABLES
from bigcust_desktop.store.outbox.entries import (
    ENTRY_COLUMNS,
    SENDABLE_STATES,
    WAITING_STATES,
    Entry,
    EntryState,
    OpKind,
    RecordKey,
    entry_from_row,
)
from bigcust_desktop.store.outbox.merge_base import base_versions
from bigcust_desktop.store.outbox.settle import Outcome, Settled, settle

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store

BATCH_OPS = 100
# Bytes of operations per batch: a quarter of the contract's 4 MiB body, so that a few hundred
# quote lines per operation never make a request the server refuses (docs/sync-protocol.md).
BATCH_BYTES = 1024 * 1024
# Light rows (no fields) read ahead per statement.
READ_AHEAD = 1000

_SENDABLE = ", ".join(f"'{s}'" for s in SENDABLE_STATES)
_WAITING = ", ".join(f"'{s}'" for s in WAITING_STATES)
_FIRST_SENDABLE = f"SELECT min(seq) FROM outbox WHERE state IN ({_SENDABLE})"
# `+state`: walk the primary key in order and stop at the limit, rather than gather every open
# entry from the state index and sort them all for each read.
_AHEAD = (
    "SELECT seq, system, entity, record_id FROM outbox "
    f"WHERE seq > ? AND seq <= ? AND +state IN ({_SENDABLE}) ORDER BY seq LIMIT ?"
)
_BLOCKED = f"SELECT DISTINCT entity, record_id FROM outbox WHERE state IN ({_WAITING})"
_BY_SEQ = (
    f"SELECT {ENTRY_COLUMNS} FROM outbox "
    f"WHERE seq IN (SELECT value FROM json_each(?)) AND state IN ({_SENDABLE})"
)
_FREEZE = (
    "UPDATE outbox SET state = 'sending', base_version = ?, attempts = attempts + 1 WHERE seq = ?"
)
_RECORD_VERSIONS = {
    entity: f'SELECT id, version FROM "{table.name}" WHERE id IN (SELECT value FROM json_each(?))'
    for entity, table in ENTITY_TABLES.items()
}
_NO_LIMIT = 2**62


class _Ahead(NamedTuple):
    """An entry read ahead: enough to plan a batch; its fields are read when it is frozen."""

    seq: int
    system: str
    entity: str
    record_id: str

    @property
    def key(self) -> RecordKey:
        return (self.entity, self.record_id)


@dataclass(frozen=True)
class Batch:
    """Entries of one system, at most one per record, frozen: ready to be sent (and resent)."""

    system: str
    entries: tuple[Entry, ...]

    def operations(self) -> list[dict[str, object]]:
        return [e.operation() for e in self.entries]

    def __len__(self) -> int:
        return len(self.entries)


class OutboxWalk:
    """Batches of the outbox in push order for one push; settle each batch before the next.

    An entry waits while an earlier entry of its record is in conflict or rejected (its base
    would be unclear until the user has decided), and while another entry of its record is in
    the batch being built (one operation per record per batch). ``upto`` bounds the walk to the
    entries queued up to that `seq`.
    """

    def __init__(
        self,
        store: Store,
        *,
        upto: int | None = None,
        batch_ops: int = BATCH_OPS,
        batch_bytes: int = BATCH_BYTES,
    ) -> None:
        self._store = store
        self._upto = _NO_LIMIT if upto is None else upto
        self._batch_ops = batch_ops
        self._batch_bytes = batch_bytes
        self._cursor: int | None = None  # last seq read ahead; None before the first read
        self._exhausted = False
        self._ahead: list[_Ahead] = []  # read ahead or held back, in seq order
        self._blocked: set[RecordKey] = set()

    def next_batch(self) -> Batch | None:
        """The next batch, frozen in its own transaction; None when nothing is left to send."""
        with self._store.begin(write=True) as conn:
            if self._cursor is None:
                self._start(conn)
            while planned := self._plan(conn):
                batch, later = _freeze(conn, planned, self._batch_bytes)
                for item in later:
                    bisect.insort(self._ahead, item)  # past the byte cap: a later batch
                if batch is not None:
                    return batch
            return None

    def settle(self, batch: Batch, outcomes: Sequence[Outcome]) -> Settled:
        """Record the server's answers to `batch` in one transaction (see `settle.settle`)."""
        with self._store.begin(write=True) as conn:
            settled = settle(conn, batch.entries, outcomes)
        for entry in settled.waiting:
            self._blocked.add(entry.key)
        for entry in settled.again:
            bisect.insort(self._ahead, _Ahead(entry.seq, entry.system, *entry.key))
        return settled

    def _start(self, conn: Connection) -> None:
        first = conn.exec_driver_sql(_FIRST_SENDABLE).scalar()
        self._cursor = (first or 1) - 1
        self._blocked = {(e, r) for e, r in conn.exec_driver_sql(_BLOCKED)}

    def _read_ahead(self, conn: Connection) -> bool:
        if self._exhausted:
            return False
        rows = conn.exec_driver_sql(_AHEAD, (self._cursor, self._upto, READ_AHEAD)).all()
        if len(rows) < READ_AHEAD:
            self._exhausted = True
        if not rows:
            return False
        self._ahead.extend(_Ahead(*r) for r in rows)
        self._cursor = rows[-1][0]
        return True

    def _plan(self, conn: Connection) -> list[_Ahead]:
        """Pick the batch from the entries ahead, reading further while it is not full."""
        picked: list[_Ahead] = []
        keys: set[RecordKey] = set()
        system: str | None = None
        kept: list[_Ahead] = []
        index = 0
        while len(picked) < self._batch_ops:
            if index == len(self._ahead):
                # Every entry ahead is picked, held back or waiting: read further.
                self._ahead, index = [], 0
                if not self._read_ahead(conn):
                    break
                continue
            item = self._ahead[index]
            if item.key in self._blocked:
                index += 1  # waits for the user; not sent in this push
                continue
            if item.key in keys:
                kept.append(item)  # its record already has an entry in this batch
                index += 1
                continue
            if system is not None and item.system != system:
                kept.append(item)  # a batch goes to one system; the other's go in its own
                index += 1
                continue
            system = item.system
            keys.add(item.key)
            picked.append(item)
            index += 1
        kept.extend(self._ahead[index:])
        self._ahead = kept
        return picked


def _freeze(
    conn: Connection, planned: list[_Ahead], batch_bytes: int
) -> tuple[Batch | None, list[_Ahead]]:
    """Read the planned entries whole, fix each base version and mark them sending; returns
    the batch and the planned entries left for a later one (past `batch_bytes`; the first
    entry always goes, however big).

    Read again here, not when read ahead: an edit made since (a change folded into an unsent
    create, a discard) is what goes, or nothing.
    """
    seqs = json.dumps([p.seq for p in planned])
    entries = sorted(
        (entry_from_row(r) for r in conn.exec_driver_sql(_BY_SEQ, (seqs,))), key=lambda e: e.seq
    )
    if not entries:
        return None, []  # all of them discarded or settled meanwhile
    size = 0
    for count, entry in enumerate(entries):
        size += len(json.dumps(entry.operation(), ensure_ascii=False).encode("utf-8"))
        if count and size > batch_bytes:
            cut = {e.seq for e in entries[count:]}
            entries = entries[:count]
            later = [p for p in planned if p.seq in cut]
            break
    else:
        later = []
    versions = _base_versions(conn, [e for e in entries if e.state is EntryState.PENDING])
    # A pending entry takes its base now; a sending one goes again exactly as it went.
    frozen = [
        e.sent(versions.get(e.key) if e.state is EntryState.PENDING else e.base_version)
        for e in entries
    ]
    conn.exec_driver_sql(_FREEZE, [(e.base_version, e.seq) for e in frozen])
    return Batch(frozen[0].system, tuple(frozen)), later


def _base_versions(conn: Connection, entries: Iterable[Entry]) -> dict[RecordKey, int | None]:
    """The version each pending update or delete is based on: its merge base's, or the stored
    record's when it has none; creates have none."""
    keys = {e.key for e in entries if e.kind is not OpKind.CREATE}
    versions: dict[RecordKey, int | None] = dict(base_versions(conn, keys))
    missing: dict[str, list[str]] = {}
    for entity, record_id in keys - versions.keys():
        missing.setdefault(entity, []).append(record_id)
    for entity, ids in missing.items():
        rows = conn.exec_driver_sql(_RECORD_VERSIONS[entity], (json.dumps(ids),)).all()
        versions.update({(entity, record_id): version for record_id, version in rows})
    return versions
