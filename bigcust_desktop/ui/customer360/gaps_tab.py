"""The 360's cross-sell tab (交叉销售): the products most customers of its industry and size
hold and it does not (kept by the analysis after each sync), each with how usual it is among its
peers; and the customer's lines with other carriers (异网) as win-back leads, with their monthly
spend and the competitor's contract end, the soonest end first. Enter or the button beside each
list opens a prefilled opportunity.

Depends on `ui.qt`, the 360's insight tab base, the follow-up dialogs and `store.insights`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.analytics import follow_up
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.context import ANALYSIS, AppContext
from bigcust_desktop.ui.customer360.insight_tab import InsightTab, caption
from bigcust_desktop.ui.labels import date_text, label, money_text
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column

if TYPE_CHECKING:
    from bigcust_desktop.domain.analytics.win_back import WinBackLead
    from bigcust_desktop.store.services.insights import CrossSell, GapEntry

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class GapsTab(InsightTab):
    """交叉销售: leads by industry and size, and lines to win back from other carriers; Enter or
    the list's button opens an opportunity for one."""

    WATCHED = frozenset({"customer", "subscriber", "service", "product", "competitor_line",
                         ANALYSIS})  # fmt: skip

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
        self._build_win_back()
        win_row = QHBoxLayout()
        win_row.addWidget(self.win_note, 1)
        win_row.addWidget(self.win_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 3)
        box.addLayout(row)
        box.addWidget(self.win_table, 2)
        box.addLayout(win_row)
        self.dialog: QWidget | None = None

    def _build_win_back(self) -> None:
        self.win_model = RowsModel(
            [
                Column(self.tr("Carrier"), lambda w: label("carrier", w.holding.carrier)),
                Column(self.tr("Service"),
                       lambda w: label("competitor_service", w.holding.service)),
                Column(self.tr("Lines"), lambda w: str(w.holding.lines), _RIGHT,
                       sort_key=lambda w: w.holding.lines),
                money_column(self.tr("Monthly spend"), lambda w: w.holding.monthly_spend),
                Column(self.tr("Their contract ends"), self.ends_text,
                       sort_key=lambda w: (w.days_left is None, w.days_left or 0)),
            ],
            self,
        )  # fmt: skip
        self.win_table = record_table(self, self.win_model, "winBackTable",
                                      self.tr("Lines with other carriers to win back"))  # fmt: skip
        header = self.win_table.horizontalHeader()
        for section in range(self.win_model.columnCount()):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The competitor's contract ending soonest first, as the rule ranks them.
        self.win_table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.win_table.activated.connect(lambda _i: self.win_back())
        self.win_button = QPushButton(self.tr("Win back as opportunity…"), self)
        self.win_button.setObjectName("winBackOpportunity")
        self.win_button.setToolTip(self.tr("Open an opportunity to win this line back (Enter)"))
        self.win_button.clicked.connect(self.win_back)
        self.win_note = caption("", self, "winBackNote")

    def ends_text(self, lead: WinBackLead) -> str:
        end = lead.holding.contract_end
        if end is None or lead.days_left is None:
            return self.tr("Not known")
        if lead.days_left < 0:
            return self.tr("%1 (ended: free to move)").replace("%1", date_text(end))
        return (
            self.tr("%1 (in %2 days)")
            .replace("%1", date_text(end))
            .replace("%2", str(lead.days_left))
        )

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

    def work(self, store: Any, customer_id: str) -> CrossSell:
        return store.insights.cross_sell(customer_id)

    def show_result(self, result: CrossSell) -> None:
        self._show_gaps(list(result.gaps), result.computed)
        self._show_win_back(list(result.win_back))

    def _show_win_back(self, leads: list[WinBackLead]) -> None:
        self.win_model.set_rows(leads)
        header = self.win_table.horizontalHeader()
        self.win_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.win_button.setEnabled(bool(leads))
        if leads:
            self.win_table.selectRow(0)
            self.win_note.setText(
                self.tr("Lines it holds with other carriers: win-back leads, the soonest end "
                        "of their contract first.")
            )  # fmt: skip
        else:
            self.win_note.setText(
                self.tr("No lines with other carriers recorded yet (see the Other carriers tab).")
            )

    def _show_gaps(self, entries: list[GapEntry], computed: bool) -> None:
        self.model.set_rows(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.opportunity_button.setEnabled(bool(entries))
        if entries:
            self.table.selectRow(0)
            self.note.setText(
                self.tr("Products that most of its peers hold and it does not: cross-sell leads.")
            )
        elif not computed:
            self.note.setText(self.texts.not_computed())
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

    def win_back(self) -> None:
        """A new opportunity to win the chosen competitor line back, prefilled from it."""
        index = self.win_table.currentIndex()
        if not index.isValid() or self.customer_id is None:
            return
        lead: WinBackLead = self.win_model.row_at(index.row())
        h = lead.holding
        what = f"{label('carrier', h.carrier)} {label('competitor_service', h.service)}"
        title = self.tr("Win back: %1, %2 lines").replace("%1", what).replace("%2", str(h.lines))
        notes = [self.tr("Their contract ends: %1").replace("%1", self.ends_text(lead))]
        if h.monthly_spend is not None:
            notes.append(
                self.tr("Monthly spend with them: %1").replace("%1", money_text(h.monthly_spend))
            )
        self.dialog = follow_up.new_opportunity(
            self.ctx, self, self.customer_id, title, lead.category, "\n".join(notes)
        )
