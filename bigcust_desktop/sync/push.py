"""Push: send the outbox in order, then record each result (applied, conflict, rejected).

A conflict is merged field by field against the server copy the edit started from (DESIGN §5):
disjoint fields go again automatically, overlapping ones wait in the conflict table. Depends on
`store` (outbox, edits), `domain.merge` and `sync.http`.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, update

from bigcust_desktop.domain.merge import three_way_merge
from bigcust_desktop.store import bulk, edits
from bigcust_desktop.store.edits import OPEN_STATES
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import Conflict, OutboxEntry
from bigcust_desktop.sync.auth import Authenticator
from bigcust_desktop.sync.errors import ProtocolError
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

BATCH_OPS = 100
# Where each system takes its pushes (DESIGN §4).
PUSH_PATHS = {"city": "/city/v1/changes", "crm": "/crm/v1/change-requests"}


@dataclass
class PushResult:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    changed_entities: set[str] = field(default_factory=set)


def _next_batch(conn: Connection) -> list[Any]:
    """The oldest sendable entries of one system, at most one per record.

    An entry waits while an earlier entry of the same record is in conflict or rejected: its
    base would be unclear until the user has decided.
    """
    rows = conn.execute(
        select(OutboxEntry.__table__)
        .where(OutboxEntry.state.in_(OPEN_STATES))
        .order_by(OutboxEntry.seq)
    ).all()
    seen: set[tuple[str, str]] = set()
    batch: list[Any] = []
    system: str | None = None
    for entry in rows:
        key = (entry.entity, entry.record_id)
        waiting = entry.state in ("conflict", "rejected") or key in seen
        seen.add(key)
        if waiting:
            continue
        system = system or entry.system
        if entry.system != system:
            break
        batch.append(entry)
        if len(batch) >= BATCH_OPS:
            break
    return batch


def _freeze(conn: Connection, batch: list[Any]) -> list[dict[str, Any]]:
    """Fix each entry's base_version and mark it sending, so a retry resends the same bytes."""
    operations = []
    for entry in batch:
        base_version = entry.base_version
        if entry.state == "pending":
            if entry.kind != "create":
                copy = edits.server_copy(conn, entry.entity, entry.record_id)
                current = copy or edits.read_wire(conn, entry.entity, entry.record_id)
                base_version = current["version"] if current else None
            conn.execute(
                update(OutboxEntry)
                .where(OutboxEntry.seq == entry.seq)
                .values(state="sending", base_version=base_version)
            )
        operations.append(
            {
                "op_id": entry.op_id,
                "entity": entry.entity,
                "id": entry.record_id,
                "kind": entry.kind,
                "base_version": base_version,
                "fields": entry.fields,
            }
        )
    return operations


def _set_entry(conn: Connection, seq: int, **values: Any) -> None:
    conn.execute(update(OutboxEntry).where(OutboxEntry.seq == seq).values(**values))


def _applied(conn: Connection, entry: Any, outcome: dict[str, Any], result: PushResult) -> None:
    record = outcome.get("record")
    _set_entry(conn, entry.seq, state="applied", last_error=None)
    if entry.kind == "delete" or record is None:
        edits.forget_server_copy(conn, entry.entity, entry.record_id)
    else:
        edits.set_server_copy(conn, entry.entity, record)
        if not edits.has_later_entries(conn, entry.entity, entry.record_id, entry.seq):
            # The server's record is now the truth: it carries fields the server computed.
            bulk.upsert_records(conn, entry.entity, [record], force=True)
        else:
            edits.set_version(conn, entry.entity, entry.record_id, int(record["version"]))
    edits.mark_synced_if_clear(conn, entry.entity, entry.record_id)
    result.applied += 1


def _conflict(conn: Connection, entry: Any, outcome: dict[str, Any], result: PushResult) -> None:
    theirs = outcome.get("record")
    base = edits.server_copy(conn, entry.entity, entry.record_id) or {}
    mine = dict(entry.fields)
    if theirs is None:
        # Deleted on the server while edited here: the user decides (DESIGN §5).
        _record_conflict(conn, entry, base, mine, {}, None, deleted=True)
        result.conflicts += 1
        return
    if entry.kind == "delete":
        # Deleted here while changed there: never a silent win for either side.
        _record_conflict(conn, entry, base, {}, theirs, int(theirs["version"]), deleted=False)
        edits.set_server_copy(conn, entry.entity, theirs)
        result.conflicts += 1
        return
    merge = three_way_merge(base, mine, theirs)
    edits.set_server_copy(conn, entry.entity, theirs)
    if merge.clean:
        if merge.to_push:
            _set_entry(
                conn,
                entry.seq,
                op_id=str(uuid.uuid4()),
                state="pending",
                base_version=None,
                fields=merge.to_push,
            )
        else:
            _set_entry(conn, entry.seq, state="applied")
        bulk.upsert_records(conn, entry.entity, [{**theirs, **merge.to_push}], force=True)
        edits.set_sync_state(
            conn, entry.entity, entry.record_id, "pending" if merge.to_push else "synced"
        )
        edits.mark_synced_if_clear(conn, entry.entity, entry.record_id)
        result.merged += 1
        return
    fields = {c.field: c for c in merge.conflicts}
    _record_conflict(
        conn,
        entry,
        {f: c.base for f, c in fields.items()},
        {f: c.mine for f, c in fields.items()},
        {f: c.theirs for f, c in fields.items()},
        int(theirs["version"]),
        deleted=False,
    )
    # Fields only the server changed show the server's value now; conflicting ones keep mine.
    mine_kept = {f: c.mine for f, c in fields.items()}
    bulk.upsert_records(conn, entry.entity, [{**merge.merged, **mine_kept}], force=True)
    edits.set_sync_state(conn, entry.entity, entry.record_id, "conflict")
    result.conflicts += 1


def _record_conflict(
    conn: Connection,
    entry: Any,
    base: dict[str, Any],
    mine: dict[str, Any],
    theirs: dict[str, Any],
    theirs_version: int | None,
    *,
    deleted: bool,
) -> None:
    _set_entry(conn, entry.seq, state="conflict")
    conn.execute(
        insert(Conflict).values(
            entity=entry.entity,
            record_id=entry.record_id,
            op_id=entry.op_id,
            fields=sorted(set(mine) | set(theirs)) if not deleted else sorted(mine),
            base=base,
            mine=mine,
            theirs=theirs,
            theirs_version=theirs_version,
            deleted_on_server=deleted,
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    if not deleted or edits.read_wire(conn, entry.entity, entry.record_id) is not None:
        edits.set_sync_state(conn, entry.entity, entry.record_id, "conflict")


def _rejected(conn: Connection, entry: Any, outcome: dict[str, Any], result: PushResult) -> None:
    errors = outcome.get("errors") or []
    _set_entry(conn, entry.seq, state="rejected", last_error={"errors": errors})
    edits.set_sync_state(conn, entry.entity, entry.record_id, "rejected")
    result.rejected += 1


_HANDLERS = {"applied": _applied, "conflict": _conflict, "rejected": _rejected}


def push_outbox(
    store: Store,
    auth: Authenticator,
    clients: dict[str, SystemClient],
    *,
    progress: ProgressCallback,
) -> PushResult:
    """Send every sendable outbox entry, batch by batch, until none is left to send."""
    result = PushResult()
    while True:
        with store.begin(write=True) as conn:
            batch = _next_batch(conn)
            if not batch:
                return result
            operations = _freeze(conn, batch)
            conn.execute(
                update(OutboxEntry)
                .where(OutboxEntry.seq.in_([e.seq for e in batch]))
                .values(attempts=OutboxEntry.attempts + 1)
            )
        system = batch[0].system
        body = auth.call(
            clients[system], "POST", PUSH_PATHS[system], json={"operations": operations}
        )
        outcomes = body.get("results") if isinstance(body, dict) else None
        if not isinstance(outcomes, list) or len(outcomes) != len(batch):
            raise ProtocolError(f"{system} push answer does not follow the contract")
        with store.begin(write=True) as conn:
            for entry, outcome in zip(batch, outcomes, strict=True):
                status = outcome.get("status") if isinstance(outcome, dict) else None
                handler = _HANDLERS.get(str(status))
                if handler is None or outcome.get("op_id") != entry.op_id:
                    raise ProtocolError(f"{system} push result does not match its operation")
                handler(conn, entry, outcome, result)
                result.changed_entities.add(entry.entity)
        result.sent += len(batch)
        progress(SyncProgress("push", system, result.sent))
