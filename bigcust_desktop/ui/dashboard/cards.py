"""The four cards of the dashboard: pipeline, billing, open faults, contact coverage.

Each card draws its figures and asks for a filtered list through `navigate_requested`; clicking a
bar or pressing its button does the same. Depends on `ui.qt`, `ui.labels` and `ui.widgets`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from bigcust_desktop.store.queries.dashboard import (
    ContactBucket,
    MonthFigure,
    SeverityFigure,
    StageFigure,
    StaleCustomer,
)
from bigcust_desktop.ui.labels import (
    date_text,
    label,
    money_short,
    money_text,
    money_tip,
    month_short_text,
)
from bigcust_desktop.ui.qt import (
    QBarSeries,
    QBarSet,
    QCursor,
    QHBoxLayout,
    QHeaderView,
    QHorizontalStackedBarSeries,
    QLabel,
    QPushButton,
    QStackedBarSeries,
    QTableView,
    QToolTip,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.charts import (
    AMBER,
    BLUE,
    GREEN,
    GREY,
    LIGHT_BLUE,
    RED,
    Card,
    bar_axes,
    chart_view,
    color,
    new_chart,
    wan,
)
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

Filter = dict[str, Any]


def _chip(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setFlat(False)
    button.setAutoDefault(False)
    return button


def _bar_set(name: str, values: list[float], hue: str) -> QBarSet:
    bars = QBarSet(name)
    bars.append(values)
    bars.setColor(color(hue))
    bars.setBorderColor(color(hue))
    return bars


class _ChartCard(Card):
    navigate_requested = Signal(str, object)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(title, name, parent)
        self.chart = new_chart()
        self.view = chart_view(self.chart, f"{name}Chart", self)
        self.body.addWidget(self.view, 1)
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}Caption")
        self.caption.setWordWrap(True)
        self.body.addWidget(self.caption)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.body.addLayout(self.chips)

    def _reset_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)

    def _tip(self, text: str) -> None:
        QToolTip.showText(QCursor.pos(), text, self.view)


class PipelineCard(_ChartCard):
    """Open opportunities by stage: amount and weighted value (万元), count on each label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Pipeline by stage"), "pipelineCard", parent)
        self._figures: list[StageFigure] = []
        self._buttons: list[QPushButton] = []
        self.amount_set: QBarSet | None = None
        self.weighted_set: QBarSet | None = None

    def update_figures(self, figures: list[StageFigure]) -> None:
        self._figures = figures
        self._reset_chart()
        names = [label("stage", f.stage) for f in figures]
        self.amount_set = _bar_set(
            self.tr("Amount (¥10k)"), [wan(f.amount) for f in figures], LIGHT_BLUE
        )
        self.weighted_set = _bar_set(
            self.tr("Weighted (¥10k)"), [wan(f.weighted) for f in figures], BLUE
        )
        series = QBarSeries()
        series.append(self.amount_set)
        series.append(self.weighted_set)
        self.chart.addSeries(series)
        bar_axes(self.chart, [series], names, max((wan(f.amount) for f in figures), default=0))
        for bars in (self.amount_set, self.weighted_set):
            bars.clicked.connect(self._open_stage)
            bars.hovered.connect(self._hover)
        count = sum(f.count for f in figures)
        weighted = sum((f.weighted for f in figures), Decimal(0))
        amount = sum((f.amount for f in figures), Decimal(0))
        self.caption.setText(
            self.tr("%n open opportunities worth %1, weighted %2.", "", count)
            .replace("%1", money_short(amount))
            .replace("%2", money_short(weighted))
        )
        self.caption.setToolTip(money_tip(amount, weighted))
        self._rebuild_chips(names)

    def _rebuild_chips(self, names: list[str]) -> None:
        for button in self._buttons:
            self.chips.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for at, (name, figure) in enumerate(zip(names, self._figures, strict=True)):
            button = _chip(self, f"pipelineStage_{figure.stage}")
            button.setText(self.tr("%1: %2").replace("%1", name).replace("%2", str(figure.count)))
            button.setToolTip(self.tr("Show the opportunities at this stage"))
            button.clicked.connect(lambda _=False, i=at: self._open_stage(i))
            self.chips.addWidget(button)
            self._buttons.append(button)
        self.chips.addStretch(1)

    def _open_stage(self, index: int) -> None:
        if 0 <= index < len(self._figures):
            self.navigate_requested.emit("opportunities", {"stage": self._figures[index].stage})

    def _hover(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self._figures):
            f = self._figures[index]
            self._tip(
                self.tr("%1: %2 opportunities, %3, weighted %4")
                .replace("%1", label("stage", f.stage))
                .replace("%2", str(f.count))
                .replace("%3", money_text(f.amount))
                .replace("%4", money_text(f.weighted))
            )


class RevenueCard(_ChartCard):
    """Six months of billing of the book: billed and collected per month (万元)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Billed revenue, last six months"), "revenueCard", parent)
        self._months: list[MonthFigure] = []
        self.billed_set: QBarSet | None = None

    def update_figures(self, months: list[MonthFigure]) -> None:
        self._months = months
        self._reset_chart()
        self.billed_set = _bar_set(self.tr("Billed (¥10k)"), [wan(m.billed) for m in months], BLUE)
        paid = _bar_set(self.tr("Paid (¥10k)"), [wan(m.paid) for m in months], GREEN)
        series = QBarSeries()
        series.append(self.billed_set)
        series.append(paid)
        self.chart.addSeries(series)
        top = max((wan(m.billed) for m in months), default=0)
        bar_axes(self.chart, [series], [month_short_text(m.period) for m in months], top)
        for bars in (self.billed_set, paid):
            bars.hovered.connect(self._hover)
        self.caption.setText(self._summary(months))
        self.caption.setToolTip(
            money_tip(sum((m.billed for m in months), Decimal(0)), *(m.billed for m in months[-1:]))
        )

    def _summary(self, months: list[MonthFigure]) -> str:
        if not months:
            return ""
        total = sum((m.billed for m in months), Decimal(0))
        text = (
            self.tr("%1 billed in six months; %2 in %3.")
            .replace("%1", money_short(total))
            .replace("%2", money_short(months[-1].billed))
            .replace("%3", months[-1].period)
        )
        if len(months) > 1 and months[-2].billed:
            change = (months[-1].billed - months[-2].billed) * 100 / months[-2].billed
            text += " " + self.tr("%1% against the month before.").replace("%1", f"{change:+.1f}")
        return text

    def _hover(self, status: bool, index: int) -> None:
        if status and 0 <= index < len(self._months):
            m = self._months[index]
            self._tip(
                self.tr("%1: billed %2, paid %3")
                .replace("%1", m.period)
                .replace("%2", money_text(m.billed))
                .replace("%3", money_text(m.paid))
            )


class TicketsCard(_ChartCard):
    """Open fault tickets per severity, split into within SLA and breached."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open fault tickets by severity"), "ticketsCard", parent)
        self._figures: list[SeverityFigure] = []
        self._buttons: list[QPushButton] = []
        self.within_set: QBarSet | None = None
        self.breached_set: QBarSet | None = None

    def update_figures(self, figures: list[SeverityFigure]) -> None:
        self._figures = figures
        self._reset_chart()
        # Drawn bottom-up by Qt: reverse so that "critical" is the top bar.
        shown = figures[::-1]
        self.within_set = _bar_set(
            self.tr("Within SLA"), [f.open - f.breached for f in shown], AMBER
        )
        self.breached_set = _bar_set(self.tr("SLA breached"), [f.breached for f in shown], RED)
        series = QHorizontalStackedBarSeries()
        series.append(self.within_set)
        series.append(self.breached_set)
        self.chart.addSeries(series)
        top = max((f.open for f in figures), default=0)
        bar_axes(
            self.chart,
            [series],
            [label("severity", f.severity) for f in shown],
            top,
            horizontal=True,
            whole=True,
        )
        self.within_set.clicked.connect(lambda i: self._open(len(shown) - 1 - i, False))
        self.breached_set.clicked.connect(lambda i: self._open(len(shown) - 1 - i, True))
        total = sum(f.open for f in figures)
        breached = sum(f.breached for f in figures)
        self.caption.setText(
            self.tr("%n open tickets, %1 past their SLA.", "", total).replace("%1", str(breached))
        )
        self._rebuild_chips()

    def _rebuild_chips(self) -> None:
        for button in self._buttons:
            self.chips.removeWidget(button)
            button.deleteLater()
        self._buttons = []
        for at, figure in enumerate(self._figures):
            button = _chip(self, f"ticketsSeverity_{figure.severity}")
            text = self.tr("%1: %2").replace("%1", label("severity", figure.severity))
            text = text.replace("%2", str(figure.open))
            if figure.breached:
                text += " " + self.tr("(%1 breached)").replace("%1", str(figure.breached))
                button.setStyleSheet(f"color: {RED};")
            button.setText(text)
            button.setToolTip(self.tr("Show the open tickets of this severity"))
            button.clicked.connect(lambda _=False, i=at: self._open(i, False))
            self.chips.addWidget(button)
            self._buttons.append(button)
        self.chips.addStretch(1)

    def _open(self, index: int, breached: bool) -> None:
        if 0 <= index < len(self._figures):
            wanted: Filter = {"severity": self._figures[index].severity, "open": True}
            if breached:
                wanted["breached"] = True
            self.navigate_requested.emit("tickets", wanted)


class ContactCard(_ChartCard):
    """Customers not contacted in N days, per value tier, and the most valuable of them."""

    open_customer_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customers by days since the last contact"), "contactCard", parent)
        self._days = 60
        self._buckets: list[ContactBucket] = []
        self.view.setMinimumHeight(170)
        self.stale_sets: list[QBarSet] = []
        self.worklist = RowsModel(
            [
                Column(self.tr("Customer"), lambda r: r.name),
                Column(self.tr("Tier"), lambda r: label("value_tier", r.value_tier)),
                Column(
                    self.tr("Last contact"),
                    lambda r: date_text(r.last_contact) or self.tr("never"),
                ),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("staleCustomers")
        self.table.setAccessibleName(self.tr("Most valuable customers not contacted"))
        self.table.setModel(self.worklist)
        self.table.verticalHeader().hide()
        # Compact rows: four customers fit under the chart without scrolling.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.activated.connect(self._open_customer)
        self.body.insertWidget(2, self.table)
        self.all_button = _chip(self, "notContactedList")
        self.all_button.clicked.connect(self._open_list)
        self.chips.addWidget(self.all_button)
        self.chips.addStretch(1)

    def _bucket_name(self, bucket: ContactBucket) -> str:
        if bucket.low is None:
            return self.tr("Never")
        if bucket.high is None:
            return self.tr("> %1").replace("%1", str(bucket.low - 1))
        return self.tr("%1–%2").replace("%1", str(bucket.low)).replace("%2", str(bucket.high))

    def update_figures(
        self, days: int, buckets: list[ContactBucket], stale: list[StaleCustomer]
    ) -> None:
        self._days = days
        self._buckets = buckets
        self._reset_chart()
        # One set per band, each with a value in its own column only, so each band has a colour.
        series = QStackedBarSeries()
        hues = [GREEN, GREY, AMBER, RED, RED]
        self.stale_sets = []
        for at, bucket in enumerate(buckets):
            values = [0.0] * len(buckets)
            values[at] = bucket.customers
            bars = _bar_set(self._bucket_name(bucket), values, hues[at % len(hues)])
            bars.setLabel("")
            series.append(bars)
            if bucket.stale:
                self.stale_sets.append(bars)
                bars.clicked.connect(lambda _i: self._open_list())
        series.setBarWidth(0.6)
        self.chart.addSeries(series)
        self.chart.legend().hide()
        top = max((b.customers for b in buckets), default=0)
        bar_axes(
            self.chart,
            [series],
            [self._bucket_name(b) for b in buckets],
            top,
            whole=True,
            max_ticks=3,  # a short chart above the worklist
        )
        total = sum(b.customers for b in buckets)
        count = sum(b.customers for b in buckets if b.stale)
        self.caption.setText(
            self.tr("%1 of %2 customers have had no contact in %3 days.")
            .replace("%1", str(count))
            .replace("%2", str(total))
            .replace("%3", str(days))
        )
        self.all_button.setText(self.tr("Show all %1 not contacted").replace("%1", str(count)))
        self.worklist.set_rows(stale)

    def _open_list(self) -> None:
        self.navigate_requested.emit("customers", {"not_contacted_days": self._days})

    def _open_customer(self, index: Any) -> None:
        row = self.worklist.row_at(index.row())
        if row is not None:
            self.open_customer_requested.emit(row.id)
