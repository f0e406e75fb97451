"""Saved tariff rehearsals (资费预演): the list, open one, compare two side by side, delete one
after a confirmation. Depends on `ui.qt`, the app context and `store.rehearsals`.
"""

from __future__ import annotations

import html
from typing import Any

from bigcust_desktop.store.services.rehearsals import RehearsalComparison, SavedRehearsalRow
from bigcust_desktop.ui.analytics.texts import yuan, yuan_exact
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import local_time_text
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
GAIN, LOSS = "#1e8449", "#c0392b"  # the customer pays less / more


def change_colour(fen: int | None) -> str | None:
    return None if not fen else LOSS if fen > 0 else GAIN


def signed(fen: int | None) -> str:
    return "" if fen is None else ("+" if fen > 0 else "") + yuan(fen)


def money(header: str, fen: Any, coloured: bool = False) -> Column:
    """A right-aligned 元/万元 column of integer fen, exact in its tooltip."""
    return Column(
        header,
        lambda r: (signed if coloured else yuan)(fen(r)),
        _RIGHT,
        sort_key=lambda r: fen(r) or 0,
        color=(lambda r: change_colour(fen(r))) if coloured else None,
        tooltip=lambda r: yuan_exact(fen(r)),
    )


class SavedRehearsals(QWidget):
    """The saved rehearsals of this computer's profile; `opened` hands one to the result view."""

    opened = Signal(object)  # SavedRehearsalRow
    compared = Signal(object)  # RehearsalComparison, once drawn
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.names: dict[str, str] = {}
        self.list = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Saved"), lambda r: local_time_text(r.created_at),
                       sort_key=lambda r: r.created_at),
                Column(self.tr("Lines"), lambda r: str(r.totals["lines"]), _RIGHT,
                       sort_key=lambda r: r.totals["lines"]),
                money(self.tr("Change (3 months)"), lambda r: r.totals["change_fen"], True),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self, self.list, "savedRehearsals", self.tr("Saved rehearsals"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.open_button = QPushButton(self.tr("V&iew"), self)
        self.open_button.setObjectName("savedOpen")
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button = QPushButton(self.tr("Compare t&he two selected"), self)
        self.compare_button.setObjectName("savedCompare")
        self.compare_button.clicked.connect(self.compare_selected)
        self.delete_button = QPushButton(self.tr("D&elete…"), self)
        self.delete_button.setObjectName("savedDelete")
        self.delete_button.clicked.connect(self.ask_delete)
        self.empty = QLabel(self.tr("No saved rehearsal yet: rehearse, name it and save it."), self)
        self.empty.setObjectName("savedEmpty")
        self.side = QLabel(self)
        self.side.setObjectName("comparisonSummary")
        self.side.setTextFormat(Qt.TextFormat.RichText)
        self.side.setWordWrap(True)
        self.pairs = RowsModel(
            [
                Column(self.tr("Customer"), lambda c: self.names.get(c.customer_id, c.customer_id)),
                money(self.tr("Change, first"), lambda c: c.first_change_fen, True),
                money(self.tr("Change, second"), lambda c: c.second_change_fen, True),
                money(self.tr("Difference"), self._difference, True),
            ],
            self,
        )
        self.pair_table = record_table(
            self, self.pairs, "comparedCustomers", self.tr("Customers in both rehearsals")
        )
        self.pair_table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top = QWidget(self)
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addWidget(self.empty)
        upper.addWidget(self.table)
        upper.addLayout(buttons)
        bottom = QWidget(self)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.side)
        lower.addWidget(self.pair_table)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        QVBoxLayout(self).addWidget(split)
        self._enable()

    @staticmethod
    def _difference(c: Any) -> int | None:
        if c.first_change_fen is None or c.second_change_fen is None:
            return None
        return c.second_change_fen - c.first_change_fen

    def _selected(self) -> list[SavedRehearsalRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.list.row_at(r) for r in rows]

    def _enable(self) -> None:
        chosen = len(self._selected())
        self.open_button.setEnabled(chosen == 1)
        self.delete_button.setEnabled(chosen == 1)
        self.compare_button.setEnabled(chosen == 2)
        self.empty.setVisible(self.list.rowCount() == 0)

    def reload(self) -> None:
        self.ctx.read(self.ctx.store.rehearsals.saved, self._listed, self._failed, owner=self)

    def _listed(self, rows: list[SavedRehearsalRow]) -> None:
        self.list.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._enable()
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc, doing="reading saved rehearsals")

    def open_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) == 1:
            self.opened.emit(chosen[0])

    def compare_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) != 2:
            return
        # Older first: the difference reads as what the newer proposal changes.
        first, second = sorted(chosen, key=lambda r: r.created_at)
        store = self.ctx.store

        def work() -> tuple[RehearsalComparison, dict[str, str]]:
            comparison = store.rehearsals.compare(first.id, second.id)
            return comparison, store.customers.names(c.customer_id for c in comparison.customers)

        self.ctx.read(work, self._show_comparison, self._failed, owner=self)

    def _show_comparison(self, result: tuple[RehearsalComparison, dict[str, str]]) -> None:
        comparison, self.names = result
        rows = [
            (self.tr("Proposal"), comparison.first.proposal.name, comparison.second.proposal.name),
            *(
                (label, str(comparison.first.totals[key]), str(comparison.second.totals[key]))
                for label, key in (
                    (self.tr("Lines"), "lines"),
                    (self.tr("Customers"), "customers"),
                    (self.tr("Customers paying more"), "paying_more"),
                    (self.tr("Customers paying less"), "paying_less"),
                    (self.tr("Lines over the new allowances"), "lines_over_allowance"),
                )
            ),
            *(
                (label, yuan(comparison.first.totals[key]), yuan(comparison.second.totals[key]))
                for label, key in (
                    (self.tr("Last three months"), "before_fen"),
                    (self.tr("Under the proposal"), "after_fen"),
                )
            ),
            (
                self.tr("Change"),
                signed(comparison.first.totals["change_fen"]),
                signed(comparison.second.totals["change_fen"]),
            ),
        ]
        cells = "".join(
            f"<tr><th align='left'>{label}</th><td>{_html(a)}</td><td>{_html(b)}</td></tr>"
            for label, a, b in rows
        )
        first, second = _html(comparison.first.name), _html(comparison.second.name)
        head = f"<tr><th></th><th>{first}</th><th>{second}</th></tr>"
        self.side.setText(f"<table cellspacing='6'>{head}{cells}</table>")
        self.pairs.set_rows(comparison.customers)
        self.pair_table.resizeColumnsToContents()
        self.compared.emit(comparison)

    def ask_delete(self) -> QMessageBox | None:
        chosen = self._selected()
        if len(chosen) != 1:
            return None
        row = chosen[0]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete the rehearsal"),
            self.tr("Delete the saved rehearsal “%1”? This cannot be undone.").replace(
                "%1", row.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmDeleteRehearsal")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        store = self.ctx.store

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.ctx.write(
                    lambda: store.rehearsals.delete(row.id),
                    set(),
                    lambda _r: self.reload(),
                    self._failed,
                )

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box
        return box


def _html(text: str) -> str:
    return html.escape(text, quote=False)
