"""The sync panel's two tabs of local changes: what waits to be sent, and what the server refused
(with its reason, to fix or to discard).

Depends on `ui.qt`, `ui.labels`, the table model and `store.edits` (discard) through `ctx.write`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bigcust_desktop.store.queries.sync_panel import LocalChange
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget
from bigcust_desktop.ui.sync_panel.unsent_dialogs import (
    RefusedCopyDialog,
    confirm_discard,
    loss_text,
)
from bigcust_desktop.ui.widgets.messages import rejection_details, rejection_text
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.outbox.export import UnsentEdit

# What the Fix button can open an editor for (the others are fixed by discarding).
EDITABLE = frozenset({"opportunity", "quote", "activity", "fault_ticket", "change_request"})


def panel_table(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    """A read-only list of whole rows, one selected at a time."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAlternatingRowColors(True)
    return view


def reasons_text(errors: list[dict[str, Any]]) -> str:
    return rejection_text(errors).replace("\n", " ")


class _ChangesTab(QWidget):
    """What both lists of local changes share: the selected change, opening it, and
    discarding it alone after a confirmation that names what is lost."""

    ctx: AppContext
    model: RowsModel
    view: QTableView

    def _selected(self) -> LocalChange | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open(self) -> None:
        """Open the record's editor; a record that left the cache opens as a read-only copy."""
        change = self._selected()
        if change is None:
            return
        store = self.ctx.store

        def opened(edit: UnsentEdit | None) -> None:
            if edit is not None and edit.left_cache:
                RefusedCopyDialog(self.ctx, edit, self).open()
            elif change.entity in EDITABLE:
                self.ctx.edit_record.emit(change.entity, change.record_id)

        self.ctx.read(
            lambda: store.outbox.unsent_edit(change.entity, change.record_id),
            opened,
            lambda e: show_failure(self, e),
            owner=self,
        )

    def _discard(self) -> None:
        change = self._selected()
        if change is None:
            return
        store = self.ctx.store

        def work() -> None:
            store.outbox.discard(change.entity, change.record_id)

        def discard() -> None:
            self.ctx.write(work, {change.entity}, lambda _: None, lambda e: show_failure(self, e))

        text = loss_text(change.entity, change.title, change.kind, change.fields)
        confirm_discard(self, text, discard)


class PendingTab(_ChangesTab):
    """待发送: local changes waiting for the next sync, oldest first; each opens, and is
    discarded on its own after a confirmation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Changed at"), lambda r: local_time_text(r.created_at)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
                Column(self.tr("Change"), lambda r: self._kind_text(r.kind)),
                Column(self.tr("Attempts"), lambda r: str(r.attempts)),
            ],
            self,
        )
        self.view = panel_table("pendingTable", self.model, self)
        self.open_button = QPushButton(self.tr("&Open…"), self)
        self.open_button.setObjectName("openPending")
        self.open_button.clicked.connect(self._open)
        self.discard_button = QPushButton(self.tr("Discard &change…"), self)
        self.discard_button.setObjectName("discardPending")
        self.discard_button.clicked.connect(self._discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.discard_button)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addLayout(buttons)

    def _kind_text(self, kind: str) -> str:
        return {
            "create": self.tr("New"),
            "update": self.tr("Changed"),
            "delete": self.tr("Deleted"),
        }.get(kind, kind)

    def show_rows(self, rows: list[LocalChange]) -> None:
        self.model.set_rows(rows)
        self.open_button.setEnabled(bool(rows))
        self.discard_button.setEnabled(bool(rows))
        if rows and not self.view.currentIndex().isValid():
            self.view.selectRow(0)


class RejectedTab(_ChangesTab):
    """被拒: changes the server refused, with its reason; Fix opens the record (a read-only
    copy when it left the cache), Discard drops the edit, after asking, and takes the server's
    copy back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel(
            [
                Column(self.tr("Changed at"), lambda r: local_time_text(r.created_at)),
                Column(self.tr("Record"), lambda r: label("entity", r.entity)),
                Column(self.tr("Title"), lambda r: r.title),
                Column(
                    self.tr("Server's reason"),
                    lambda r: reasons_text(r.errors),
                    tooltip=lambda r: rejection_details(r.errors),  # the server's own words
                ),
            ],
            self,
        )
        self.view = panel_table("rejectedTable", self.model, self)
        self.fix_button = QPushButton(self.tr("&Fix…"), self)
        self.fix_button.setObjectName("fixRejected")
        self.fix_button.clicked.connect(self._open)
        self.discard_button = QPushButton(self.tr("&Discard edit…"), self)
        self.discard_button.setObjectName("discardRejected")
        self.discard_button.clicked.connect(self._discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.discard_button)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addLayout(buttons)

    def show_rows(self, rows: list[LocalChange]) -> None:
        self.model.set_rows(rows)
        self.fix_button.setEnabled(bool(rows))
        self.discard_button.setEnabled(bool(rows))
        if rows:
            self.view.selectRow(0)
