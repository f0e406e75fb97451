"""Push: send the outbox's batches in order and report the server's answer to each operation.

The outbox (`store.outbox`) decides what goes in which batch and what each answer does to the
cache; this module only sends, checks the answer against the contract and hands it back.
Depends on `store.outbox` and `sync.http`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.outbox import (
    BATCH_OPS,
    Applied,
    Batch,
    Conflicted,
    OutboxWalk,
    Outcome,
    Rejected,
    Settled,
)
from bigcust_desktop.sync.auth import Authenticator
from bigcust_desktop.sync.errors import (
    NetworkError,
    ProtocolError,
    RequestRejected,
    ServerBusy,
    SyncError,
)
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

__all__ = ["BATCH_OPS", "PUSH_PATHS", "PushResult", "push_outbox"]

# Where each system takes its pushes (DESIGN §4).
PUSH_PATHS = {"city": "/city/v1/changes", "crm": "/crm/v1/change-requests"}


# A request refused whole for its body (too big, not what the contract says): split the batch
# until the one operation the server refuses is found, and keep that one as rejected.
_SPLIT_STATUSES = frozenset({400, 413, 422})


@dataclass
class PushResult:
    sent: int = 0
    applied: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    batches: int = 0  # requests that carried operations
    changed_entities: set[str] = field(default_factory=set)
    failure: SyncError | None = None  # what stopped the push (the pull runs all the same)

    def add(self, settled: Settled) -> None:
        self.applied += settled.applied
        self.merged += settled.merged
        self.conflicts += settled.conflicts
        self.rejected += settled.rejected
        self.changed_entities |= settled.changed_entities


def outcomes_of(batch: Batch, body: Any) -> list[Outcome]:
    """The per-operation results of a push answer, typed; a `ProtocolError` when the answer
    does not follow the contract (then nothing of it is recorded, and the batch goes again)."""
    results = body.get("results") if isinstance(body, dict) else None
    if not isinstance(results, list) or len(results) != len(batch):
        raise ProtocolError(f"{batch.system} push answer does not follow the contract")
    outcomes: list[Outcome] = []
    for entry, result in zip(batch.entries, results, strict=True):
        if not isinstance(result, dict) or result.get("op_id") != entry.op_id:
            raise ProtocolError(f"{batch.system} push result does not match its operation")
        status = result.get("status")
        if status == "applied":
            outcomes.append(Applied(entry.op_id, _record(result, batch.system)))
        elif status == "conflict":
            outcomes.append(Conflicted(entry.op_id, _record(result, batch.system)))
        elif status == "rejected":
            outcomes.append(Rejected(entry.op_id, list(result.get("errors") or [])))
        else:
            raise ProtocolError(f"{batch.system} push result has no known status")
    return outcomes


def _record(result: dict[str, Any], system: str) -> dict[str, Any] | None:
    record = result.get("record")
    if record is not None and not isinstance(record, dict):
        raise ProtocolError(f"{system} push result carries no record")
    return record


def push_outbox(
    store: Store,
    auth: Authenticator,
    clients: dict[str, SystemClient],
    *,
    progress: ProgressCallback,
) -> PushResult:
    """Send the entries queued when the push began, batch by batch (edits made meanwhile wait
    for the next sync, so a user at work never keeps a sync from its pull).

    A failure the pull may get past (the server refusing a request, the network after its
    retries) ends the push and is kept in `PushResult.failure`; the caller pulls and then
    reports it. Authentication, a cancel and a busy server are raised at once.
    """
    result = PushResult()
    walk = store.outbox.walk(upto=store.outbox.last_seq())
    try:
        while (batch := walk.next_batch()) is not None:
            _send(batch, walk, auth, clients[batch.system], result)
            progress(SyncProgress("push", batch.system, result.sent))
    except ServerBusy:
        raise
    except (RequestRejected, NetworkError) as exc:
        log.warning("push stopped (%s); pulling all the same", exc.code)
        result.failure = exc
    return result


def _send(
    batch: Batch, walk: OutboxWalk, auth: Authenticator, client: SystemClient, result: PushResult
) -> None:
    """Send one batch and settle its answer; a batch refused whole for its body is halved
    until the operation that cannot go is found, which is kept as rejected with the reason."""
    try:
        body = auth.call(
            client, "POST", PUSH_PATHS[batch.system], json={"operations": batch.operations()}
        )
    except RequestRejected as exc:
        if exc.status not in _SPLIT_STATUSES:
            raise
        if len(batch) > 1:
            half = len(batch) // 2
            log.info(
                "%s refused a batch of %d whole (%s): split", batch.system, len(batch), exc.code
            )
            _send(Batch(batch.system, batch.entries[:half]), walk, auth, client, result)
            _send(Batch(batch.system, batch.entries[half:]), walk, auth, client, result)
            return
        (entry,) = batch.entries
        error = {"field": "*", "code": exc.code, "message": exc.message}
        result.add(walk.settle(batch, [Rejected(entry.op_id, [error])]))
        result.sent += 1
        return
    result.batches += 1
    result.add(walk.settle(batch, outcomes_of(batch, body)))
    result.sent += len(batch)
