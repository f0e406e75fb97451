"""The sync panel's tabs about the feeds and the syncs themselves: conflicts to settle side by side,
records set aside (quarantined) with why, and the log of every sync.

Depends on `ui.qt`, `ui.labels`, the conflict view, the table model, and `store.edits` and
`sync.pull` (resolve, download again) through the write lane.
"""

from __future__ import annotations

from bigcust_desktop.store.queries.sync_panel import ConflictRow, QuarantineRow, SyncLogRow
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure, sync_code_message
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import QHBoxLayout, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget
from bigcust_desktop.ui.sync_panel.changes_tabs import panel_table, reasons_text
from bigcust_desktop.ui.sync_panel.conflict_view import ConflictView
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel


class ConflictsTab(QSplitter):
    """冲突: the list on the left, the chosen conflict side by side on the right, Resolve."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
            ],
            self,
        )
        self.view = panel_table("conflictTable", self.model, self)
        right = QWidget(self)
        self.conflict_view = ConflictView(right)
        self.resolve_button = QPushButton(self.tr("&Resolve"), right)
        self.resolve_button.setObjectName("resolveConflict")
        self.resolve_button.setEnabled(False)
        self.resolve_button.clicked.connect(self._resolve)
        self.conflict_view.choice_changed.connect(
            lambda: self.resolve_button.setEnabled(self.conflict_view.choices() is not None)
        )
        right_box = QVBoxLayout(right)
        right_box.addWidget(self.conflict_view, 1)
        right_box.addWidget(self.resolve_button, 0, Qt.AlignmentFlag.AlignRight)
        self.addWidget(self.view)
        self.addWidget(right)
        self.setStretchFactor(1, 2)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)

    def show_rows(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        self.conflict_view.show_conflict(None)
        self.resolve_button.setEnabled(False)

    def _chosen(self) -> None:
        index = self.view.currentIndex()
        conflict = self.model.row_at(index.row()) if index.isValid() else None
        self.conflict_view.show_conflict(conflict)
        self.resolve_button.setEnabled(False)

    def _resolve(self) -> None:
        conflict, choices = self.conflict_view.conflict, self.conflict_view.choices()
        if conflict is None or choices is None:
            return
        store = self.ctx.store

        def work() -> None:
            store.outbox.resolve(conflict.id, choices)

        self.ctx.write(work, {conflict.entity}, lambda _: None, lambda e: show_failure(self, e))


class QuarantineTab(QWidget):
    """已隔离: feed records that broke the contract, kept raw with the reasons; Download again
    restarts those systems' feeds."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Received"), lambda r: local_time_text(r.received_at)),
                Column(self.tr("System"), lambda r: label("system", r.system)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity or "")),
                Column(self.tr("Id"), lambda r: r.record_id or ""),
                Column(self.tr("Why it was set aside"), lambda r: reasons_text(r.reasons)),
            ],
            self,
        )
        self.view = panel_table("quarantineTable", self.model, self)
        self.refetch_button = QPushButton(self.tr("Download &again"), self)
        self.refetch_button.setObjectName("refetchQuarantined")
        self.refetch_button.setToolTip(
            self.tr(
                "Download these systems' data again from the start; records that are correct "
                "on the server now replace the ones set aside."
            )
        )
        self.refetch_button.clicked.connect(self._refetch)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.refetch_button)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addLayout(buttons)

    def show_rows(self, rows: list[QuarantineRow]) -> None:
        self.model.set_rows(rows)
        self.refetch_button.setEnabled(bool(rows))

    def _refetch(self) -> None:
        systems = {row.system for row in self.model.rows()}
        store = self.ctx.store

        def work() -> None:
            store.sync_state.restart_feeds(systems)

        def done(_: object) -> None:
            self.ctx.sync_requested.emit()

        self.ctx.tasks.run(work, done, lambda e: show_failure(self, e), lane=Lane.WRITE)


class LogTab(QWidget):
    """日志: every sync, finished or stopped, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(
            [
                Column(self.tr("When"), lambda r: local_time_text(r.at)),
                Column(self.tr("Result"), self._text),
            ],
            self,
        )
        self.view = panel_table("syncLogTable", self.model, self)
        QVBoxLayout(self).addWidget(self.view)

    def show_rows(self, rows: list[SyncLogRow]) -> None:
        self.model.set_rows(rows)

    def _text(self, row: SyncLogRow) -> str:
        details = row.details
        if "error" in details:
            # By its code: the message kept in the log is the engine's English.
            reason = sync_code_message(str(details["error"]))
            return self.tr("Stopped: %1").replace("%1", reason)
        pulled = sum((details.get("pulled") or {}).values())
        text = (
            self.tr("Sent %1, received %2, conflicts %3, refused %4")
            .replace("%1", str(details.get("pushed", 0)))
            .replace("%2", str(pulled))
            .replace("%3", str(details.get("conflicts", 0)))
            .replace("%4", str(details.get("rejected", 0)))
        )
        files = details.get("files") or {}
        if any(files.get(k) for k in ("uploaded", "downloaded", "failed", "waiting")):
            # Attachment files move after the records; one that failed waits for the next sync.
            text += (
                self.tr("; files sent %1, received %2, not moved %3")
                .replace("%1", str(files.get("uploaded", 0)))
                .replace("%2", str(files.get("downloaded", 0)))
                .replace("%3", str(files.get("failed", 0) + files.get("waiting", 0)))
            )
        return text
