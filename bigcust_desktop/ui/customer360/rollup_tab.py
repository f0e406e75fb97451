"""The 360's group totals tab (集团汇总): a 集团 parent's revenue, lines, arrears, open business
and faults summed over all its branches at every level, each branch listed with its own subtree's
figures and openable (Enter).

Depends on `ui.qt`, the 360's insight tab base, the analytics texts and `store.insights`.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.domain.analytics.group import RolledUp, Totals
from bigcust_desktop.ui.analytics.texts import yuan, yuan_exact
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.insight_tab import InsightTab, caption
from bigcust_desktop.ui.qt import (
    QHeaderView,
    QModelIndex,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RollUpTab(InsightTab):
    """集团汇总: the group and each branch with the totals of everything below it."""

    WATCHED = frozenset(
        {"customer", "bill", "payment", "subscriber", "opportunity", "fault_ticket"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("rollUpTab")
        self.rows: list[RolledUp] = []
        self.headline = caption("", self, "rollUpHeadline")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Customer and branches"),
                self.tr("Billed, last 3 months"),
                self.tr("Lines (active)"),
                self.tr("Overdue"),
                self.tr("Open opportunities"),
                self.tr("Open faults (past SLA)"),
            ]
        )
        self.tree = QTreeView(self)
        self.tree.setObjectName("rollUpTree")
        self.tree.setAccessibleName(self.tr("Group totals"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.activated.connect(self._open)
        box = QVBoxLayout(self)
        box.addWidget(self.headline)
        box.addWidget(self.tree, 1)
        box.addWidget(
            caption(self.tr("Each row sums the customer and every branch below it. Enter opens "
                            "a branch."), self, "rollUpCaption")
        )  # fmt: skip

    def work(self, store: Any, customer_id: str) -> list[RolledUp]:
        return store.insights.group(customer_id)

    def _cells(self, rolled: RolledUp) -> list[QStandardItem]:
        t: Totals = rolled.subtree
        texts = [
            (rolled.member.name, ""),
            (yuan(t.billed_fen), yuan_exact(t.billed_fen)),
            (f"{t.lines}（{t.active_lines}）", ""),
            (yuan(t.owed_overdue_fen), yuan_exact(t.owed_overdue_fen)),
            (f"{t.open_opportunities} · {yuan(t.pipeline_fen)}", yuan_exact(t.pipeline_fen)),
            (f"{t.open_faults}（{t.breached_faults}）", ""),
        ]
        items = []
        for column, (text, tip) in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setData(rolled.member.customer_id, ID_ROLE)
            if tip:
                item.setToolTip(tip)
            if column:
                item.setTextAlignment(_RIGHT)
            items.append(item)
        return items

    def show_result(self, rows: list[RolledUp]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        parents: list[QStandardItem] = []
        for rolled in rows:
            cells = self._cells(rolled)
            del parents[rolled.depth :]
            (parents[-1] if parents else self.model.invisibleRootItem()).appendRow(cells)
            parents.append(cells[0])
        self.tree.expandAll()
        for column in range(1, self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        if not rows:
            self.headline.setText(self.tr("This customer is not in your cache."))
            return
        top = rows[0].subtree
        branches = len(rows) - 1
        if not branches:
            self.headline.setText(self.tr("This customer has no branches: its own figures."))
            return
        self.headline.setText(
            self.tr(
                "<b>%1 branches</b>: billed %2 in the last three months, %3 active lines, "
                "%4 overdue, %5 open opportunities worth %6, %7 open faults."
            )
            .replace("%1", str(branches))
            .replace("%2", yuan(top.billed_fen))
            .replace("%3", str(top.active_lines))
            .replace("%4", yuan(top.owed_overdue_fen))
            .replace("%5", str(top.open_opportunities))
            .replace("%6", yuan(top.pipeline_fen))
            .replace("%7", str(top.open_faults))
        )

    def _open(self, index: QModelIndex) -> None:
        customer_id = index.data(ID_ROLE)
        if customer_id and customer_id != self.customer_id:
            self.ctx.open_customer.emit(customer_id)
