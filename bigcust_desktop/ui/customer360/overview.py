"""Panels of the 360 overview: the profile with who owns each field, key contacts, and billing
(six months of bills and the arrears). Depends on `ui.qt`, `ui.labels` and `ui.widgets`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bigcust_desktop.store.queries.customer360 import Arrears, CustomerProfile
from bigcust_desktop.store.queries.dashboard import MonthFigure
from bigcust_desktop.ui.customer360.ownership import field_note, owner_text
from bigcust_desktop.ui.labels import (
    date_text,
    field_label,
    label,
    money_short,
    money_tip,
    month_short_text,
)
from bigcust_desktop.ui.qt import (
    QBarSeries,
    QBarSet,
    QFormLayout,
    QHeaderView,
    QLabel,
    Qt,
    QTableView,
    QWidget,
)
from bigcust_desktop.ui.widgets.charts import (
    BLUE,
    GREEN,
    RED,
    Card,
    bar_axes,
    chart_view,
    color,
    new_chart,
    wan,
)
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column

CAPTION_STYLE = "color: #7b8794;"
_WAN_FROM = Decimal(20_000)  # monthly bills from ¥20,000 up are charted in 万元
# The profile's rows: (field, how to show its value from the customer record).
_PROFILE_FIELDS = (
    "name",
    "short_name",
    "uscc",
    "industry",
    "city",
    "district",
    "address",
    "parent_id",
    "manager_id",
    "team_id",
    "value_tier",
    "status",
    "created_on",
)


def caption(text: str, parent: QWidget, name: str) -> QLabel:
    label_ = QLabel(text, parent)
    label_.setObjectName(name)
    label_.setStyleSheet(CAPTION_STYLE)
    label_.setWordWrap(True)
    return label_


def table(
    parent: QWidget, name: str, accessible: str, model: Any, *, stretch: int = 0
) -> QTableView:
    """A read-only, row-selecting table whose column ``stretch`` takes the spare width."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_rows(view: QTableView, rows: int, most: int) -> None:
    """Make a short table as tall as its rows (at most ``most``, then it scrolls)."""
    shown = max(1, min(rows, most))
    height = view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth()
    view.setFixedHeight(height + shown * view.verticalHeader().defaultSectionSize())


class ProfilePanel(Card):
    """Master data of the customer, each field saying who keeps it (tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Profile"), "profilePanel", parent)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        for name in _PROFILE_FIELDS:
            value = QLabel(self)
            value.setObjectName(f"profile_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setToolTip(field_note("customer", name))
            title = QLabel(field_label("customer", name), self)
            title.setToolTip(value.toolTip())
            self.form.addRow(title, value)
            self.values[name] = value
        self.factors = QLabel(self)
        self.factors.setObjectName("valueFactors")
        self.factors.setWordWrap(True)
        self.form.addRow(QLabel(self.tr("Value factors"), self), self.factors)
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        self.owner = caption(owner_text("customer"), self, "profileOwner")
        self.body.addWidget(self.owner)

    def show_profile(self, profile: CustomerProfile) -> None:
        r = profile.record
        shown = {
            "name": r["name"],
            "short_name": r["short_name"],
            "uscc": r["uscc"],
            "industry": label("industry", r["industry"]),
            "city": r["city"],
            "district": r["district"],
            "address": r["address"],
            "parent_id": profile.parent_name or r["parent_id"] or self.tr("— (top of its group)"),
            "manager_id": profile.manager_name or r["manager_id"],
            "team_id": profile.team_name or r["team_id"],
            "value_tier": self.tr("%1 · score %2")
            .replace("%1", label("value_tier", r["value_tier"]))
            .replace("%2", str(r["value_score"])),
            "status": label("customer_status", r["status"]),
            "created_on": date_text(r["created_on"]),
        }
        for name, text in shown.items():
            self.values[name].setText(str(text))
        factors = r.get("value_factors") or {}
        parts = [
            self.tr("%1 %2").replace("%1", label("value_factor", k)).replace("%2", str(v))
            for k, v in factors.items()
        ]
        self.factors.setText(" · ".join(parts))


class ContactsPanel(Card):
    """Key contacts (关键人), decision makers first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Key contacts"), "contactsPanel", parent)
        self.model = RowsModel(
            [
                Column(self.tr("Name"), lambda c: ("★ " if c["is_key"] else "") + c["name"]),
                Column(self.tr("Title"), lambda c: c["title"]),
                Column(self.tr("Mobile"), lambda c: c["mobile"]),
                Column(self.tr("E-mail"), lambda c: c["email"] or ""),
            ],
            self,
        )
        self.table = table(self, "contactsTable", self.tr("Key contacts"), self.model, stretch=3)
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.body.addWidget(
            caption(
                self.tr("★ key decision maker. ") + owner_text("contact"), self, "contactsOwner"
            )
        )

    def show_contacts(self, contacts: list[dict[str, Any]]) -> None:
        self.model.set_rows(contacts)
        self.table.resizeColumnsToContents()
        fit_rows(self.table, len(contacts), 6)


class BillingPanel(Card):
    """Six months of bills of the customer's accounts, and what is overdue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bills and arrears"), "billingPanel", parent)
        self.chart = new_chart()
        self.view = chart_view(self.chart, "billChart", self)
        self.view.setMinimumHeight(190)
        self.body.addWidget(self.view, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("arrearsSummary")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.arrears_model = RowsModel(
            [
                Column(self.tr("Period"), lambda b: b.period),
                Column(self.tr("Account"), lambda b: b.account_id),
                money_column(self.tr("Owed"), lambda b: b.owed),
                Column(self.tr("Due"), lambda b: date_text(b.due_date)),
                Column(
                    self.tr("Days overdue"),
                    lambda b: str(b.days_overdue),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    sort_key=lambda b: b.days_overdue,
                    color=lambda b: RED if b.days_overdue > 90 else None,
                ),
            ],
            self,
        )
        self.arrears_table = table(
            self, "arrearsTable", self.tr("Overdue bills"), self.arrears_model, stretch=1
        )
        self.body.addWidget(self.arrears_table)
        self.body.addWidget(caption(owner_text("bill"), self, "billingOwner"))

    def show_billing(self, months: list[MonthFigure], arrears: Arrears) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # A big customer's bills read in 万元 (as on the dashboard), a small one's in yuan.
        in_wan = max((m.billed for m in months), default=Decimal(0)) >= _WAN_FROM
        scale: Callable[[Decimal], float] = wan if in_wan else float
        billed = QBarSet(self.tr("Billed (¥10k)") if in_wan else self.tr("Billed (¥)"))
        billed.append([scale(m.billed) for m in months])
        billed.setColor(color(BLUE))
        paid = QBarSet(self.tr("Paid (¥10k)") if in_wan else self.tr("Paid (¥)"))
        paid.append([scale(m.paid) for m in months])
        paid.setColor(color(GREEN))
        series = QBarSeries()
        series.append(billed)
        series.append(paid)
        self.chart.addSeries(series)
        top = max((scale(m.billed) for m in months), default=0.0)
        bar_axes(self.chart, [series], [month_short_text(m.period) for m in months], top)
        self.summary.setText(self._summary(months, arrears))
        self.summary.setToolTip(
            money_tip(sum((m.billed for m in months), Decimal(0)), arrears.total)
        )
        self.arrears_model.set_rows(arrears.bills)
        fit_rows(self.arrears_table, len(arrears.bills), 4)
        self.arrears_table.setVisible(bool(arrears.bills))

    def _summary(self, months: list[MonthFigure], arrears: Arrears) -> str:
        billed = sum((m.billed for m in months), Decimal(0))
        text = self.tr("Billed %1 in six months.").replace("%1", money_short(billed))
        if arrears.total:
            text += " " + (
                self.tr("Overdue: %1 on %2 bills, the oldest %3 days past due.")
                .replace("%1", money_short(arrears.total))
                .replace("%2", str(len(arrears.bills)))
                .replace("%3", str(arrears.oldest_days))
            )
        else:
            text += " " + self.tr("Nothing overdue.")
        return text
