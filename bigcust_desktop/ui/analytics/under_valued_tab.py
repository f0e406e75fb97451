"""The under-valued customers (被低估客户) tab: the book's customers whose modest average spend
undersells them — high loyalty, share or growth, or many members paying privately — with why
each is there, as the last recompute of the analysis kept them. Read in the read lane when first
shown; Enter opens the 360.

Depends on `ui.qt`, the page loader, the analytics texts and `store.insights` (in the lane).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.ui.analytics.texts import AnalyticsText, ValueText
from bigcust_desktop.ui.context import ANALYSIS, AppContext
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.insights import UnderValuedEntry

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
WATCHED = frozenset({"customer", "bill", "payment", "subscriber", "billing_account", ANALYSIS})


class UnderValuedTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("underValuedTab")
        self.ctx = ctx
        self.texts, self.value_text = AnalyticsText(self), ValueText(self)
        self.model = RowsModel(
            [
                Column(self.tr("Customer"), lambda e: e.customer.display_name),
                Column(self.tr("Manager"), lambda e: e.customer.manager_name),
                Column(self.tr("Value tier"),
                       lambda e: label("value_tier", e.customer.value_tier)),
                Column(self.tr("Score"), lambda e: str(e.score), _RIGHT,
                       sort_key=lambda e: e.score),
                Column(self.tr("Why it is worth more"),
                       lambda e: self.value_text.reasons(e.verdict, self.texts.factor_name)),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self, self.model, "underValuedTable", self.tr("Under-valued"))
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Lowest province score first: the customers the ranking undersells most.
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.open_customer())
        self.open_button = QPushButton(self.tr("Open &360 view"), self)
        self.open_button.setObjectName("underValuedOpen")
        self.open_button.clicked.connect(self.open_customer)
        self.summary = QLabel(self)
        self.summary.setObjectName("underValuedSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.progress)
        footer.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(footer)
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)

    def _query(self) -> Callable[[], tuple[list[UnderValuedEntry], bool]]:
        store, book = self.ctx.store, book_of(self.ctx.user)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Reading the value cards…"))

        def work() -> tuple[list[UnderValuedEntry], bool]:
            return store.insights.under_valued(book), store.insights.computed_at() is not None

        return work

    def _loaded(self, result: tuple[list[UnderValuedEntry], bool]) -> None:
        entries, computed = result
        self.progress.hide()
        self.model.set_rows(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        self.open_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)
            self.summary.setText(
                self.tr(
                    "%1 customers spend modestly but are worth more than their spend says: "
                    "high loyalty, share of wallet or growth, or many members paying privately."
                ).replace("%1", str(len(entries)))
            )
        elif not computed:
            self.summary.setText(self.texts.not_computed())
        else:
            self.summary.setText(self.tr("No under-valued customers in your book."))
        self.loaded.emit()

    def selected(self) -> UnderValuedEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_customer(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.ctx.open_customer.emit(entry.customer.id)
