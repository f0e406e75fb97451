"""`store.outbox`: the outbox as the window and the sync engine call it, one transaction a call.

Depends on the store's engine, the sync panel's queries and the rest of the outbox package.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from bigcust_desktop.store.outbox import decide, entries, export, requeue
from bigcust_desktop.store.outbox.entries import SENDABLE_STATES, EntryState
from bigcust_desktop.store.outbox.walk import OutboxWalk
from bigcust_desktop.store.queries import sync_panel
from bigcust_desktop.store.queries.sync_panel import ConflictRow, LocalChange

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store


@dataclass(frozen=True)
class OutboxCounts:
    """What the status bar shows of the outbox."""

    pending: int  # waiting to be sent (pending or sending)
    rejected: int
    conflicts: int


class Outbox:
    """Edits waiting for the server: listed, walked by the push, settled by the user."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- the sync engine ---------------------------------------------------------------------

    def walk(self, *, upto: int | None = None) -> OutboxWalk:
        """A new walk for one push (entries queued up to `upto` only, when given)."""
        return OutboxWalk(self._store, upto=upto)

    def last_seq(self) -> int:
        """The newest entry's seq (0 for an empty outbox): a bound for a walk."""
        with self._store.begin() as conn:
            return entries.last_seq(conn)

    # -- the window and the command line -----------------------------------------------------

    def pending(self) -> list[LocalChange]:
        """Edits waiting to be sent, oldest first."""
        with self._store.begin() as conn:
            return sync_panel.local_changes(conn, tuple(str(s) for s in SENDABLE_STATES))

    def rejected(self) -> list[LocalChange]:
        """Edits the server refused, with its reasons, until fixed or discarded."""
        with self._store.begin() as conn:
            return sync_panel.local_changes(conn, (str(EntryState.REJECTED),))

    def conflicts(self) -> list[ConflictRow]:
        with self._store.begin() as conn:
            return sync_panel.conflicts(conn)

    def counts(self) -> OutboxCounts:
        with self._store.begin() as conn:
            return outbox_counts(conn)

    @property
    def unsent_total(self) -> int:
        """Edits the server does not have: pending, refused and conflicting (what a wipe loses)."""
        counts = self.counts()
        return counts.pending + counts.rejected + counts.conflicts

    def unsent(self) -> list[export.UnsentEdit]:
        """Every open edit with its record's copies (`export.unsent_edits`)."""
        with self._store.begin() as conn:
            return export.unsent_edits(conn)

    def unsent_edit(self, entity: str, record_id: str) -> export.UnsentEdit | None:
        """One record's open edit with its copies (the first, when several wait)."""
        return next(
            (e for e in self.unsent() if e.entity == entity and e.record_id == record_id), None
        )

    def export_unsent(self, path: Path) -> int:
        """Write every unsent, refused or conflicting edit to `path` (JSON, owner-only);
        returns how many. The user keeps the file: nothing in the cache changes."""
        edits = self.unsent()
        user = self._store.meta.user()
        export.write_document(
            path, edits, None if user is None else asdict(user), dt.datetime.now(dt.UTC)
        )
        return len(edits)

    def keep_for_rebuild(self, path: Path) -> None:
        """Note the document of edits kept from a damaged cache: the first complete pull
        into this (rebuilt) cache queues them again (`requeue_kept`)."""
        from bigcust_desktop.store.services.meta import write_meta

        with self._store.begin(write=True) as conn:
            write_meta(conn, requeue.KEPT_FILE_KEY, str(path))

    def requeue_kept(self) -> requeue.Requeued | None:
        """Queue again the edits kept from a damaged cache, once its data is pulled anew;
        None when none wait. The document stays where it is: the user's copy."""
        from bigcust_desktop.store.services.meta import read_meta, write_meta

        with self._store.begin() as conn:
            kept = read_meta(conn, requeue.KEPT_FILE_KEY)
        if not kept:
            return None
        try:
            edits = export.read_document(Path(kept))
        except (OSError, ValueError) as exc:
            # Removed or replaced by the user meanwhile: nothing left to queue from it.
            log.warning("kept edits not queued again: %s", exc)
            edits = []
        with self._store.begin(write=True) as conn:
            done = requeue.requeue(conn, edits)
            write_meta(conn, requeue.KEPT_FILE_KEY, None)
        return done

    def discard(self, entity: str, record_id: str) -> None:
        """Drop a record's open edits and go back to the server's version of it."""
        with self._store.begin(write=True) as conn:
            decide.discard_local_changes(conn, entity, record_id)

    def withdraw(self, seq: int) -> None:
        """Remove this unsent entry, its record back as it was before that edit
        (`decide.withdraw_entry`; raises `decide.AlreadySent` once the push has taken it)."""
        with self._store.begin(write=True) as conn:
            decide.withdraw_entry(conn, seq)

    def resolve(self, conflict_id: int, choices: Mapping[str, str]) -> None:
        """Settle a conflict with the user's choice per field (`decide.resolve_conflict`)."""
        with self._store.begin(write=True) as conn:
            decide.resolve_conflict(conn, conflict_id, choices)


_SENDABLE = ", ".join(f"'{s}'" for s in SENDABLE_STATES)
_COUNTS = (
    f"SELECT (SELECT count(*) FROM outbox WHERE state IN ({_SENDABLE})), "
    "(SELECT count(*) FROM outbox WHERE state = 'rejected'), "
    "(SELECT count(*) FROM conflict)"
)


def outbox_counts(conn: Connection) -> OutboxCounts:
    """Counted on the (state, seq) index: cheap however long the outbox's history."""
    row = conn.exec_driver_sql(_COUNTS).one()
    return OutboxCounts(pending=int(row[0]), rejected=int(row[1]), conflicts=int(row[2]))
