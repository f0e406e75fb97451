"""One sync: take the profile lock, push the outbox, pull every system's feed, then move files.

The one entry point the UI worker and the CLI call; depends on the other sync modules and the
store's services (outbox, sync state, meta).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.outbox.requeue import Requeued
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.attachments import TransferPolicy, TransferResult, transfer_files
from bigcust_desktop.sync.auth import Authenticator, Secrets
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.errors import AccountDisabled, SyncError
from bigcust_desktop.sync.http import CallStats, SystemClient
from bigcust_desktop.sync.lock import SyncLock
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress, ignore_progress
from bigcust_desktop.sync.pull import PullResult, pull_system
from bigcust_desktop.sync.push import PushResult, push_outbox

log = logging.getLogger(__name__)

SYSTEMS = ("crm", "boss", "city")  # pulled in this order: customers before their bills


@dataclass
class SyncReport:
    """What a finished sync did: the UI's change notice and the CLI's summary."""

    push: PushResult = field(default_factory=PushResult)
    pulls: dict[str, PullResult] = field(default_factory=dict)
    files: TransferResult = field(default_factory=TransferResult)
    requests: int = 0
    retries: int = 0
    requeued: Requeued | None = None  # edits kept from a damaged cache, queued again

    def summary(self) -> dict[str, Any]:
        """The figures the CLI prints and the sync panel's log shows."""
        return {
            "pushed": self.push.sent,
            "applied": self.push.applied,
            "merged": self.push.merged,
            "conflicts": self.push.conflicts,
            "rejected": self.push.rejected,
            "pulled": {s: p.records for s, p in self.pulls.items()},
            "deleted": sum(p.deleted for p in self.pulls.values()),
            "revoked": sum(p.revoked for p in self.pulls.values()),
            "quarantined": sum(p.quarantined for p in self.pulls.values()),
            "files": self.files.summary(),
            "requests": self.requests,
            "retries": self.retries,
        }

    @property
    def changed_entities(self) -> set[str]:
        changed = set(self.push.changed_entities)
        for pull in self.pulls.values():
            changed |= pull.changed_entities
        if self.files.uploaded or self.files.downloaded or self.files.bytes_received:
            changed.add("contract_attachment")  # its files' states
        return changed


class SyncSession:
    """The clients of one sync run: one `requests.Session` per system, one authenticator."""

    def __init__(
        self,
        endpoints: Endpoints,
        secrets: Secrets,
        *,
        cancel: threading.Event | None = None,
        files: TransferPolicy | None = None,
    ) -> None:
        self.cancel = cancel or threading.Event()
        self.compression = endpoints.compression
        self.files = files or TransferPolicy()
        self.stats = CallStats()
        self.auth = Authenticator(endpoints, secrets, cancel=self.cancel, stats=self.stats)
        self.clients = {
            system: SystemClient(
                system, endpoints.url_of(system), endpoints, cancel=self.cancel, stats=self.stats
            )
            for system in SYSTEMS
        }

    def close(self) -> None:
        self.auth.close()
        for client in self.clients.values():
            client.close()

    def __enter__(self) -> SyncSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_sync(
    profile: Profile,
    store: Store,
    session: SyncSession,
    *,
    progress: ProgressCallback = ignore_progress,
    pause: Callable[[], None] = lambda: None,
) -> SyncReport:
    """Push, then pull crm, boss and city. Raises `SyncError` subclasses for expected failures.
    ``pause`` is called on the pull's worker thread before each page is checked (the window
    yields there to a page a user switched to, as its ``progress`` does between pages).

    Every step commits as it goes (an entry's result, a page with its cursor), so whatever
    stops a sync — an error, a cancel, a kill — leaves a consistent cache the next sync resumes.
    """
    report = SyncReport()
    with SyncLock(profile.lock_path):
        try:
            session.auth.token()
            if session.auth.user is not None:
                store.meta.remember_user(session.auth.user)
            report.push = push_outbox(store, session.auth, session.clients, progress=progress)
            for system in SYSTEMS:
                report.pulls[system] = pull_system(
                    store,
                    session.auth,
                    session.clients[system],
                    progress=progress,
                    compression=session.compression,
                    pause=pause,
                )
                store.sync_state.feed_read(system)
            # A rebuilt cache has its data again: the edits kept from the damaged one return.
            report.requeued = store.outbox.requeue_kept()
            store.sync_state.refresh_summaries(session.auth.user)
            report.files = _move_files(store, session, report, progress)
            if report.push.failure is not None:
                raise report.push.failure  # the pull ran; the sync still did not finish
        except AccountDisabled:
            raise
        except SyncError as exc:
            # Every sync, finished or not, leaves a line in the sync log (the sync panel's).
            store.sync_state.stopped(_user_id(session), exc.code, exc.message)
            raise
        report.requests = session.stats.requests
        report.retries = session.stats.retries
        store.sync_state.finished(_user_id(session), report.summary())
    progress(
        SyncProgress("done", "", report.push.sent + sum(p.records for p in report.pulls.values()))
    )
    return report


def _move_files(
    store: Store, session: SyncSession, report: SyncReport, progress: ProgressCallback
) -> TransferResult:
    """Attachment files, after every record is in: none of them waits behind a large file."""
    user = session.auth.user
    files = transfer_files(
        store,
        session.auth,
        session.clients["city"],
        manager_id=user.id if user else None,
        progress=progress,
        policy=session.files,
    )
    if files.uploaded:
        # A completed upload made its record `available` on the server: bring that version now
        # rather than at the next sync (one more page of the city feed).
        city = pull_system(
            store, session.auth, session.clients["city"], progress=progress,
            compression=session.compression,
        )  # fmt: skip
        report.pulls["city"].records += city.records
        report.pulls["city"].changed_entities |= city.changed_entities
    return files


def _user_id(session: SyncSession) -> str | None:
    return session.auth.user.id if session.auth.user else None
