"""The 360's value tab (价值评分解读): the province's tier and score explained factor by factor
with the figures behind each, 公用/私用 lines, and whether average spend undersells the customer.

Depends on `ui.qt`, the 360's insight tab base, the analytics texts and `store.insights`.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.domain.analytics.value_card import ValueCard, under_valued
from bigcust_desktop.ui.analytics.texts import AnalyticsText, ValueText, yuan
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.insight_tab import InsightTab, caption
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QHeaderView, Qt, QVBoxLayout, QWidget
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ValueTab(InsightTab):
    """价值: score, factors with their evidence, who pays the lines."""

    WATCHED = frozenset({"customer", "bill", "payment", "subscriber", "billing_account"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("valueTab")
        self.texts, self.value_text = AnalyticsText(self), ValueText(self)
        self.card: ValueCard | None = None
        self.headline = caption("", self, "valueHeadline")
        self.model = RowsModel(
            [
                Column(self.tr("Factor"), lambda f: self.texts.factor_name(f.name)),
                Column(self.tr("Province's value"), lambda f: str(f.value), _RIGHT,
                       sort_key=lambda f: f.value),
                Column(self.tr("Weight"), lambda f: f"{f.weight * 100:.0f}%", _RIGHT,
                       sort_key=lambda f: f.weight),
                Column(self.tr("Points"), lambda f: str(f.points), _RIGHT,
                       sort_key=lambda f: f.points),
                Column(self.tr("From the cached book"), self.value_text.evidence),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self, self.model, "valueFactors", self.tr("Value factors"))
        self.table.setSortingEnabled(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.payers = caption("", self, "valuePayers")
        self.verdict = caption("", self, "valueVerdict")
        box = QVBoxLayout(self)
        box.addWidget(self.headline)
        box.addWidget(self.table, 1)
        box.addWidget(self.payers)
        box.addWidget(self.verdict)

    def work(self, store: Any, customer_id: str) -> ValueCard | None:
        return store.insights.value_card(customer_id)

    def show_result(self, card: ValueCard | None) -> None:
        self.card = card
        if card is None:
            self.headline.setText(self.tr("This customer is not in your cache."))
            self.model.set_rows([])
            return
        check = (
            self.tr("the published weights give the same")
            if card.consistent
            else self.tr("the published weights give %1").replace("%1", str(card.recomputed))
        )
        self.headline.setText(
            self.tr("Province's value tier <b>%1</b>, score <b>%2</b> (%3).")
            .replace("%1", label("value_tier", card.tier))
            .replace("%2", str(card.score))
            .replace("%3", check)
        )
        self.model.set_rows(card.factors)
        self.table.resizeColumnsToContents()
        p = card.payers
        text = (
            self.tr(
                "Group-paid (公用): %1 lines, %2 a month · member-paid (私用): %3 lines, %4 a month"
            )
            .replace("%1", str(p.group_paid_lines))
            .replace("%2", yuan(p.group_paid_monthly_fen))
            .replace("%3", str(p.member_paid_lines))
            .replace("%4", yuan(p.member_paid_monthly_fen))
        )
        if p.unknown_payer_lines:
            text += self.tr(" · %1 lines paid by accounts not in your cache").replace(
                "%1", str(p.unknown_payer_lines)
            )
        self.payers.setText(text)
        verdict = under_valued(card)
        self.verdict.setText(
            self.tr("<b>Under-valued</b>: modest spend, but %1.").replace(
                "%1", self.value_text.reasons(verdict, self.texts.factor_name)
            )
            if verdict.fired
            else ""
        )
