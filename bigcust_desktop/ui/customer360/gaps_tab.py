"""The 360's product gaps tab (交叉销售): the products most customers of its industry and size
hold and it does not, learnt from the cached book, each with how usual it is among its peers and
a "商机" button opening a prefilled opportunity.

Depends on `ui.qt`, the 360's insight tab base, the follow-up dialogs and `store.insights`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.analytics import follow_up
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.insight_tab import InsightTab, caption
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QHBoxLayout, QHeaderView, QPushButton, Qt, QVBoxLayout, QWidget
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.insights import GapEntry

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class GapsTab(InsightTab):
    """交叉销售: leads by industry and size; Enter or 商机 opens an opportunity for one."""

    WATCHED = frozenset({"customer", "subscriber", "service", "product"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("gapsTab")
        self.texts = AnalyticsText(self)
        self.model = RowsModel(
            [
                Column(self.tr("Product"), self.product_text),
                Column(self.tr("Held by peers"),
                       lambda e: f"{e.gap.holders}/{e.gap.peers}（{e.gap.support_pct}%）",
                       _RIGHT, sort_key=lambda e: e.gap.support_pct),
                Column(self.tr("Peers"), self.peers_text),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self, self.model, "gapsTable", self.tr("Product gaps"))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Most usual among its peers first, as the rule ranks them.
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _i: self.new_opportunity())
        self.opportunity_button = QPushButton(self.tr("Open as opportunit&y…"), self)
        self.opportunity_button.setObjectName("gapOpportunity")
        self.opportunity_button.setToolTip(self.tr("Open an opportunity for this product (Enter)"))
        self.opportunity_button.clicked.connect(self.new_opportunity)
        self.note = caption("", self, "gapsNote")
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.opportunity_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self.dialog: QWidget | None = None

    def product_text(self, entry: GapEntry) -> str:
        if entry.product_name:
            return entry.product_name
        return self.texts.product_name(entry.gap.key)

    def peers_text(self, entry: GapEntry) -> str:
        return (
            self.tr("%1 customers with %2 active lines")
            .replace("%1", label("industry", entry.gap.industry))
            .replace("%2", entry.gap.band)
        )

    def work(self, store: Any, customer_id: str) -> list[GapEntry]:
        return store.insights.product_gaps(customer_id)

    def show_result(self, entries: list[GapEntry]) -> None:
        self.model.set_rows(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.opportunity_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)
            self.note.setText(
                self.tr("Products that most of its peers hold and it does not: cross-sell leads.")
            )
        else:
            self.note.setText(
                self.tr(
                    "No gaps: it holds what most customers of its industry and size hold, or "
                    "too few such customers are cached to tell."
                )
            )
        self.table.resizeColumnsToContents()

    def new_opportunity(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.customer_id is None:
            return
        entry: GapEntry = self.model.row_at(index.row())
        title = self.tr("Cross-sell: %1").replace("%1", self.product_text(entry))
        notes = (
            self.tr("%1 of %2 peers (%3) hold it.")
            .replace("%1", str(entry.gap.holders))
            .replace("%2", str(entry.gap.peers))
            .replace("%3", self.peers_text(entry))
        )
        self.dialog = follow_up.new_opportunity(
            self.ctx, self, self.customer_id, title, entry.category, notes
        )
