"""The outbox (DESIGN §5): every local edit waiting for its server, one owner of its states.

`entries` queues an edit, `walk` hands the push its batches, `settle` records the server's
answers, `decide` takes the user's decisions; `service.Outbox` (``store.outbox``) is what the
window and the sync engine call. Depends on SQLAlchemy Core, the store and `domain.merge`.
"""

from __future__ import annotations

from bigcust_desktop.store.outbox.entries import (
    OPEN_STATES,
    Entry,
    EntryState,
    OpKind,
)
from bigcust_desktop.store.outbox.settle import Applied, Conflicted, Outcome, Rejected, Settled
from bigcust_desktop.store.outbox.walk import BATCH_OPS, Batch, OutboxWalk

__all__ = [
    "BATCH_OPS",
    "OPEN_STATES",
    "Applied",
    "Batch",
    "Conflicted",
    "Entry",
    "EntryState",
    "OpKind",
    "OutboxWalk",
    "Outcome",
    "Rejected",
    "Settled",
]
