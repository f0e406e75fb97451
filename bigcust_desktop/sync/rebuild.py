"""A damaged cache rebuilt from the server without losing unsent work (issue 18).

Keep the edits (`store.salvage`: a document in the profile, the damaged file kept aside when
they cannot be read), open a new cache under the same key and profile, prime it with a full
sync, and queue the kept edits again after its pull (`store.outbox.requeue_kept`). The window's
rebuild dialog and the CLI's ``rebuild`` call it; depends on store and the sync engine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.salvage import Salvage, salvage
from bigcust_desktop.sync.engine import SyncReport, SyncSession, run_sync
from bigcust_desktop.sync.errors import AccountDisabled, SyncError
from bigcust_desktop.sync.progress import ProgressCallback, ignore_progress

log = logging.getLogger(__name__)


@dataclass
class Rebuilt:
    """What a rebuild did; `store` is the new cache, open."""

    store: Store
    kept: Salvage
    report: SyncReport | None = None  # None when the download did not finish (`error`)
    error: SyncError | None = None  # the download stopped: it goes on at the next sync
    file_only: list[tuple[str, str]] = field(default_factory=list)

    @property
    def requeued(self) -> int:
        return self.report.requeued.queued if self.report and self.report.requeued else 0

    @property
    def export_path(self) -> Path | None:
        return self.kept.export_path


def rebuild_cache(
    profile: Profile,
    key: bytes,
    close: Callable[[], None],
    session: SyncSession,
    *,
    progress: ProgressCallback = ignore_progress,
    kept: Callable[[Salvage], None] = lambda _salvage: None,
) -> Rebuilt:
    """Rebuild the profile's damaged cache; ``close`` closes every connection to it first.

    The kept edits are in a file before anything is removed. If the download stops (offline),
    the new cache says so and the next sync finishes it, queuing the kept edits then.
    ``kept`` is told what was saved as soon as it is (from the calling thread).
    """
    close()
    saved = salvage(profile, key)
    kept(saved)  # the window says how many were kept before the long download
    store = open_store(profile, key)
    try:
        store.migrate()
        if saved.export_path is not None:
            store.outbox.keep_for_rebuild(saved.export_path)
    except BaseException:
        store.close()
        raise
    rebuilt = Rebuilt(store, saved)
    try:
        rebuilt.report = run_sync(profile, store, session, progress=progress)
    except AccountDisabled:
        store.close()
        raise
    except SyncError as exc:
        log.warning("rebuild: the download stopped (%s); the next sync goes on", exc.code)
        rebuilt.error = exc
        return rebuilt
    if rebuilt.report.requeued is not None:
        rebuilt.file_only = rebuilt.report.requeued.file_only
    return rebuilt
