"""The sync panel page: what waits, what the server refused and why, conflicts, quarantine, log.

Depends on `ui.qt`, the sync-panel queries and `store.edits` (discard, resolve) through ctx.write.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.store import edits
from bigcust_desktop.store.queries import sync_panel as queries
from bigcust_desktop.sync.pull import restart_feed
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.sync_panel.conflict_view import ConflictView
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

_EDITABLE = {"opportunity", "quote", "activity", "fault_ticket", "change_request"}


def _table(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def _reasons(errors: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{e.get('field', '')}: {e.get('message') or e.get('code', '')}".strip(": ") for e in errors
    )


class SyncPanelPage(QWidget):
    """同步: the state of every local change and of the feeds."""

    PAGE_NAME = "sync"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncPanelPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")

        self.pending_model = RowsModel(
            [
                Column(self.tr("Changed at"), lambda r: local_time_text(r.created_at)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Change"), lambda r: self._kind_text(r.kind)),
                Column(self.tr("Attempts"), lambda r: str(r.attempts)),
            ],
            self,
        )
        self.pending_view = _table("pendingTable", self.pending_model, self)
        self.tabs.addTab(self.pending_view, self.tr("Waiting to send"))

        rejected = QWidget(self)
        self.rejected_model = RowsModel(
            [
                Column(self.tr("Changed at"), lambda r: local_time_text(r.created_at)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Server's reason"), lambda r: _reasons(r.errors)),
            ],
            self,
        )
        self.rejected_view = _table("rejectedTable", self.rejected_model, rejected)
        self.fix_button = QPushButton(self.tr("&Fix…"), rejected)
        self.fix_button.setObjectName("fixRejected")
        self.fix_button.clicked.connect(self._fix)
        self.discard_button = QPushButton(self.tr("&Discard edit"), rejected)
        self.discard_button.setObjectName("discardRejected")
        self.discard_button.clicked.connect(self._discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.discard_button)
        box = QVBoxLayout(rejected)
        box.addWidget(self.rejected_view)
        box.addLayout(buttons)
        self.tabs.addTab(rejected, self.tr("Refused by the server"))

        conflicts = QSplitter(Qt.Orientation.Horizontal, self)
        self.conflict_model = RowsModel(
            [
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
            ],
            self,
        )
        self.conflict_list = _table("conflictTable", self.conflict_model, conflicts)
        right = QWidget(conflicts)
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
        conflicts.addWidget(self.conflict_list)
        conflicts.addWidget(right)
        conflicts.setStretchFactor(1, 2)
        self.conflict_list.selectionModel().currentRowChanged.connect(self._conflict_chosen)
        self.tabs.addTab(conflicts, self.tr("Conflicts"))

        self.quarantine_model = RowsModel(
            [
                Column(self.tr("Received"), lambda r: local_time_text(r.received_at)),
                Column(self.tr("System"), lambda r: label("system", r.system)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity or "")),
                Column(self.tr("Id"), lambda r: r.record_id or ""),
                Column(self.tr("Why it was set aside"), lambda r: _reasons(r.reasons)),
            ],
            self,
        )
        set_aside = QWidget(self)
        self.quarantine_view = _table("quarantineTable", self.quarantine_model, set_aside)
        self.refetch_button = QPushButton(self.tr("Download &again"), set_aside)
        self.refetch_button.setObjectName("refetchQuarantined")
        self.refetch_button.setToolTip(
            self.tr(
                "Download these systems' data again from the start; records that are correct "
                "on the server now replace the ones set aside."
            )
        )
        self.refetch_button.clicked.connect(self._refetch)
        aside_buttons = QHBoxLayout()
        aside_buttons.addStretch(1)
        aside_buttons.addWidget(self.refetch_button)
        aside_box = QVBoxLayout(set_aside)
        aside_box.addWidget(self.quarantine_view)
        aside_box.addLayout(aside_buttons)
        self.tabs.addTab(set_aside, self.tr("Set aside"))

        self.log_model = RowsModel(
            [
                Column(self.tr("When"), lambda r: local_time_text(r.at)),
                Column(self.tr("Result"), self._log_text),
            ],
            self,
        )
        self.log_view = _table("syncLogTable", self.log_model, self)
        self.tabs.addTab(self.log_view, self.tr("Log"))

        self.summary = QLabel(self)
        self.summary.setObjectName("syncSummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._changed)
        self.refresh()

    def _kind_text(self, kind: str) -> str:
        return {
            "create": self.tr("New"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
        }.get(kind, kind)

    def _log_text(self, row: queries.SyncLogRow) -> str:
        details = row.details
        if "error" in details:
            return self.tr("Stopped: %1").replace("%1", str(details.get("message", "")))
        pulled = sum((details.get("pulled") or {}).values())
        return (
            self.tr("Sent %1, received %2, conflicts %3, refused %4")
            .replace("%1", str(details.get("pushed", 0)))
            .replace("%2", str(pulled))
            .replace("%3", str(details.get("conflicts", 0)))
            .replace("%4", str(details.get("rejected", 0)))
        )

    def _changed(self, entities: set[str]) -> None:
        # Any edit or sync may change what waits; the lists are short, so reading them is cheap.
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.store.begin() as conn:
            pending = queries.local_changes(conn, ("pending", "sending"))
            rejected = queries.local_changes(conn, ("rejected",))
            conflicts = queries.conflicts(conn)
            quarantined = queries.quarantined(conn)
            log = queries.sync_log(conn)
        self.pending_model.set_rows(pending)
        self.rejected_model.set_rows(rejected)
        self.conflict_model.set_rows(conflicts)
        self.quarantine_model.set_rows(quarantined)
        self.log_model.set_rows(log)
        self.conflict_view.show_conflict(None)
        self.resolve_button.setEnabled(False)
        self.refetch_button.setEnabled(bool(quarantined))
        has_rejected = bool(rejected)
        self.fix_button.setEnabled(has_rejected)
        self.discard_button.setEnabled(has_rejected)
        if has_rejected:
            self.rejected_view.selectRow(0)
        self.summary.setText(
            self.tr("Waiting: %1 · Refused: %2 · Conflicts: %3 · Set aside: %4")
            .replace("%1", str(len(pending)))
            .replace("%2", str(len(rejected)))
            .replace("%3", str(len(conflicts)))
            .replace("%4", str(len(quarantined)))
        )
        for index, count in ((1, len(rejected)), (2, len(conflicts)), (3, len(quarantined))):
            base = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{base} ({count})" if count else base)

    def _selected_rejected(self) -> queries.LocalChange | None:
        index = self.rejected_view.currentIndex()
        return self.rejected_model.row_at(index.row()) if index.isValid() else None

    def _fix(self) -> None:
        change = self._selected_rejected()
        if change is not None and change.entity in _EDITABLE:
            self.ctx.edit_record.emit(change.entity, change.record_id)

    def _discard(self) -> None:
        change = self._selected_rejected()
        if change is None:
            return
        store = self.ctx.store

        def work() -> None:
            with store.begin(write=True) as conn:
                edits.discard_local_changes(conn, change.entity, change.record_id)

        self.ctx.write(work, {change.entity}, lambda _: None, lambda e: show_failure(self, e))

    def _refetch(self) -> None:
        systems = {row.system for row in self.quarantine_model.rows()}
        store = self.ctx.store

        def work() -> None:
            with store.begin(write=True) as conn:
                for system in systems:
                    restart_feed(conn, system)

        def done(_: object) -> None:
            self.ctx.sync_requested.emit()

        self.ctx.tasks.run(work, done, lambda e: show_failure(self, e), lane=Lane.WRITE)

    def _conflict_chosen(self) -> None:
        index = self.conflict_list.currentIndex()
        conflict = self.conflict_model.row_at(index.row()) if index.isValid() else None
        self.conflict_view.show_conflict(conflict)
        self.resolve_button.setEnabled(False)

    def _resolve(self) -> None:
        conflict, choices = self.conflict_view.conflict, self.conflict_view.choices()
        if conflict is None or choices is None:
            return
        store = self.ctx.store

        def work() -> None:
            with store.begin(write=True) as conn:
                edits.resolve_conflict(conn, conflict.id, choices)

        self.ctx.write(work, {conflict.entity}, lambda _: None, lambda e: show_failure(self, e))
