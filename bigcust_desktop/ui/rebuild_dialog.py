"""A damaged cache in the window (issue 18): offered to be rebuilt, then rebuilt with progress,
saying how many unsent changes were kept and where; and the background check of a whole cache.

Depends on `ui.qt`, `ui.tasks` and `ui.errors`; `store.integrity` and `sync.rebuild` run in the
sync lane. Called from `ui.startup` in two lines: an open that failed as damaged, and after the
window has its first rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.errors import failure_text, message_box
from bigcust_desktop.ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QObject,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane, TaskManager

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.store.salvage import Salvage
    from bigcust_desktop.sync.rebuild import Rebuilt

log = logging.getLogger(__name__)


def is_damaged(exc: BaseException) -> bool:
    """A cache that opened damaged or failed its check: the rebuild can save it."""
    return getattr(exc, "code", None) == "store.corrupt"


class _Relay(QObject):
    """Carries what the lane learns (kept edits, records pulled) to the dialog."""

    kept = Signal(object)  # Salvage
    pulled = Signal(int)


class RebuildDialog(QDialog):
    """Keeps the unsent changes, downloads the data again and queues them again, showing each
    step; ``finished`` with the new store (accepted) or without (rejected: the app ends)."""

    def __init__(self, profile: Profile, tasks: TaskManager, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("rebuildDialog")
        self.setWindowTitle(self.tr("Rebuilding the local data"))
        self.setModal(True)
        self._profile, self._tasks = profile, tasks
        self.store: Store | None = None
        self.rebuilt: Rebuilt | None = None
        self.text = QLabel(self.tr("Keeping the changes not yet sent…"))
        self.text.setObjectName("rebuildText")
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the server does not say how much is coming
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.bar, self.buttons):
            layout.addWidget(widget)
        self.resize(520, 180)
        self._relay = _Relay(self)
        self._relay.kept.connect(self._kept)
        self._relay.pulled.connect(self._pulled)
        self._saved = ""
        self._pulled_records = 0

    def start(self, close: Callable[[], None]) -> None:
        """Rebuild in the sync lane; ``close`` closes the damaged cache's connections first."""
        from bigcust_desktop.store.keys import load_or_create_key
        from bigcust_desktop.store.secrets import ProfileSecrets
        from bigcust_desktop.sync.config import load_endpoints
        from bigcust_desktop.sync.engine import SyncSession
        from bigcust_desktop.sync.rebuild import rebuild_cache

        profile, relay = self._profile, self._relay
        counted = [0]

        def progress(event: Any) -> None:
            if event.phase == "pull":
                counted[0] += 1
                relay.pulled.emit(counted[0])

        def work() -> Rebuilt:
            endpoints = load_endpoints(profile.settings_path)
            if endpoints is None:
                from bigcust_desktop.sync.errors import AuthRequired

                raise AuthRequired("not signed in")
            key = load_or_create_key(profile).secret
            with SyncSession(endpoints, ProfileSecrets(profile)) as session:
                return rebuild_cache(
                    profile, key, close, session, progress=progress, kept=relay.kept.emit
                )

        self._tasks.run(work, self._done, self._failed, lane=Lane.SYNC, owner=self)

    def _kept(self, saved: Salvage) -> None:
        if saved.edits is None:
            self._saved = self.tr(
                "The changes not yet sent could not be read from the damaged file; it is kept "
                "as %1 for support to recover them."
            ).replace("%1", str(saved.kept_aside))
        elif saved.count:
            self._saved = self.tr(
                "%n change(s) not yet sent were kept in %1.", "", saved.count
            ).replace("%1", str(saved.export_path))
        else:
            self._saved = self.tr("There were no changes waiting to be sent.")
        self.text.setText(
            f"{self._saved}\n{self.tr('Downloading the data again from the server…')}"
        )

    def _pulled(self, pages: int) -> None:
        self.bar.setFormat(self.tr("%n page(s) downloaded", "", pages))
        self.bar.setTextVisible(True)

    def _done(self, rebuilt: Rebuilt) -> None:
        self.rebuilt, self.store = rebuilt, rebuilt.store
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        lines = [self._saved]
        if rebuilt.error is not None:
            lines.append(
                self.tr(
                    "The download stopped: %1 It goes on at the next sync; the kept changes are "
                    "queued again then."
                ).replace("%1", failure_text(rebuilt.error, "rebuilding the cache"))
            )
        else:
            lines.append(
                self.tr(
                    "The local data was rebuilt from the server. %n change(s) are queued again "
                    "and are sent at the next sync.",
                    "",
                    rebuilt.requeued,
                )
            )
        if rebuilt.file_only:
            lines.append(
                self.tr(
                    "%n change(s) could not be queued again because their records are no longer "
                    "in your book; they stay in the file.",
                    "",
                    len(rebuilt.file_only),
                )
            )
        self.text.setText("\n".join(line for line in lines if line))
        self.buttons.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.text.setText(
            "\n".join(
                line
                for line in (
                    self._saved,
                    self.tr("The local data could not be rebuilt: %1").replace(
                        "%1", failure_text(exc, "rebuilding the cache")
                    ),
                )
                if line
            )
        )
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(True)


def offer_rebuild(
    parent: QWidget,
    profile: Profile,
    tasks: TaskManager,
    close: Callable[[], None],
    done: Callable[[Store | None], None],
) -> None:
    """Say the local data is damaged and offer to rebuild it (退出 leaves everything as it is);
    ``done`` gets the rebuilt store, or None when the user quit or the rebuild failed."""
    box = message_box(
        parent,
        QCoreApplication.translate("RebuildDialog", "Local data damaged"),
        QCoreApplication.translate(
            "RebuildDialog",
            "The local data file is damaged. The changes not yet sent are first saved to a "
            "file, then the data is downloaded again from the server and the saved changes "
            "are queued again. Nothing is removed before the changes are saved.",
        ),
        QMessageBox.Icon.Warning,
    )
    box.setObjectName("damagedCache")
    rebuild = box.addButton(
        QCoreApplication.translate("RebuildDialog", "&Rebuild the local data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    rebuild.setObjectName("rebuildButton")
    export = box.addButton(
        QCoreApplication.translate("RebuildDialog", "&Export unsent changes…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    export.setObjectName("exportDamagedButton")
    quit_button: QPushButton = box.addButton(
        QCoreApplication.translate("RebuildDialog", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)

    def chosen(_result: int) -> None:
        if box.clickedButton() is export:
            _export_damaged(
                parent,
                profile,
                tasks,
                close,
                lambda: offer_rebuild(parent, profile, tasks, close, done),
            )
            return
        if box.clickedButton() is not rebuild:
            done(None)
            return
        dialog = RebuildDialog(profile, tasks, parent)
        dialog.finished.connect(lambda accepted: done(dialog.store if accepted else None))
        dialog.open()
        dialog.start(close)

    box.finished.connect(chosen)
    box.open()


def _export_damaged(
    parent: QWidget,
    profile: Profile,
    tasks: TaskManager,
    close: Callable[[], None],
    then: Callable[[], None],
) -> None:
    """Before deciding: what can be read of the damaged cache's unsent changes, to a JSON file
    the user chooses (the cache unchanged); then the question again."""
    from pathlib import Path

    from bigcust_desktop.ui.qt import QFileDialog

    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("RebuildDialog", "Export unsent changes"),
        str(profile.root.parent / "unsent-changes.json"),
        QCoreApplication.translate(
            "RebuildDialog", "JSON file, for support and re-import (*.json)"
        ),
    )
    if not path:
        then()
        return

    def work() -> int | None:
        from bigcust_desktop.store.keys import load_or_create_key
        from bigcust_desktop.store.salvage import export_damaged

        close()  # its connections met bad pages; the export reads on its own
        return export_damaged(profile, load_or_create_key(profile).secret, Path(path))

    def shown(count: int | None) -> None:
        text = (
            QCoreApplication.translate(
                "RebuildDialog", "The changes not yet sent could not be read from the damaged file."
            )
            if count is None
            else QCoreApplication.translate(
                "RebuildDialog", "%n change(s) written to %1.", "", count
            ).replace("%1", path)
        )
        box = message_box(
            parent, QCoreApplication.translate("RebuildDialog", "Export unsent changes"), text
        )
        box.finished.connect(lambda _r: then())
        box.open()

    def failed(exc: BaseException) -> None:
        box = message_box(
            parent,
            QCoreApplication.translate("RebuildDialog", "Export unsent changes"),
            failure_text(exc),
        )
        box.finished.connect(lambda _r: then())
        box.open()

    tasks.run(work, shown, failed, lane=Lane.SYNC)


def check_in_background(
    parent: QWidget, tasks: TaskManager, store: Store, profile: Profile
) -> None:
    """The quick check of a cache that closed cleanly last time, behind the window's first
    rows (a large cache takes seconds: docs/benchmarks.md). Damage found now is flagged for
    the next start, which checks before showing anything and offers the rebuild."""
    from bigcust_desktop.store import integrity

    def found(report: integrity.IntegrityReport) -> None:
        if report.ok:
            return
        integrity.flag_damaged(profile.db_path)
        box = message_box(
            parent,
            QCoreApplication.translate("RebuildDialog", "Local data damaged"),
            QCoreApplication.translate(
                "RebuildDialog",
                "The local data file is damaged. Quit and start the program again: it first "
                "saves the changes not yet sent to a file, then downloads the data again from "
                "the server and queues the saved changes again.",
            ),
        )
        box.setObjectName("damagedInUse")
        box.open()

    tasks.run(
        lambda: integrity.quick_check(store),
        found,
        lambda exc: log.warning("integrity check not run: %s", type(exc).__name__),
        # A read on its own connection, queued behind the first page's loads (one lane) and
        # never behind a sync (another), which may take minutes.
        lane=Lane.READ,
        owner=parent,
    )
