"""Fetching one attachment file on request (下载 of a file above the prefetch size): in the sync
lane, under the profile's sync lock, with progress per chunk and a cancel that stops the request
in flight (what came is kept, and the next try resumes it); then an owner-only copy to open.

Depends on `ui.qt`, `ui.tasks` and the app context; the sync engine and the keyring are loaded
in the sync lane, as the window's sync loads them.
"""

from __future__ import annotations

import threading
from pathlib import Path

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QObject, Signal
from bigcust_desktop.ui.tasks import Lane


class FileFetch(QObject):
    """One file at a time: `progressed` (done, size) while it comes, then `fetched` with the
    copy to open (None: the server has no whole file yet), or `failed` with the exception."""

    progressed = Signal(int, int)  # from the sync lane (queued to the GUI thread)
    fetched = Signal(object)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._cancel = threading.Event()
        self.attachment_id: str | None = None  # the file on its way, if one is

    @property
    def running(self) -> bool:
        return self.attachment_id is not None

    def start(self, attachment_id: str) -> bool:
        """Fetch the file unless one is on its way; False when no server is set up."""
        if self.running:
            return False
        from bigcust_desktop.sync.config import load_endpoints  # settings file only: cheap

        endpoints = load_endpoints(self.ctx.profile.settings_path)
        if endpoints is None:
            return False
        self.attachment_id = attachment_id
        self._cancel.clear()
        # Plain values only: what runs in the lane touches no QObject.
        profile, store, cancel = self.ctx.profile, self.ctx.store, self._cancel
        tell = self.progressed.emit

        def work() -> Path | None:
            from bigcust_desktop.store.secrets import ProfileSecrets
            from bigcust_desktop.sync.attachments import fetch_file
            from bigcust_desktop.sync.engine import SyncSession
            from bigcust_desktop.sync.lock import SyncLock

            with (
                SyncLock(profile.lock_path),
                SyncSession(endpoints, ProfileSecrets(profile), cancel=cancel) as session,
            ):
                fetch_file(
                    store,
                    session.auth,
                    session.clients["city"],
                    attachment_id,
                    progress=lambda p: tell(p.done, p.total or 0),
                )
            return store.attachments.open_copy(attachment_id)

        self.ctx.tasks.run(work, self._fetched, self._failed, lane=Lane.SYNC, owner=self)
        return True

    def cancel(self) -> None:
        """Stop the download (the request in flight too); the bytes that came are kept."""
        if self.running:
            self._cancel.set()

    def _fetched(self, path: Path | None) -> None:
        self.attachment_id = None
        self.ctx.notify(("contract_attachment",))
        self.fetched.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self.attachment_id = None
        self.ctx.notify(("contract_attachment",))
        self.failed.emit(exc)
