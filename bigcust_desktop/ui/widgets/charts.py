"""Chart helpers over Qt Charts: a titled card, a quiet chart, bar axes with a readable scale,
and money in 万元 (ten thousand yuan) for axes. Depends on `ui.qt`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

from bigcust_desktop.ui.qt import (
    QAbstractSeries,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QColor,
    QFont,
    QFrame,
    QLabel,
    QMargins,
    QPainter,
    Qt,
    QValueAxis,
    QVBoxLayout,
    QWidget,
)

# A restrained palette: one hue per meaning, the same on every page.
BLUE = "#2f6fb0"
LIGHT_BLUE = "#9cc2e5"
GREEN = "#3c9d6b"
AMBER = "#e0a030"
RED = "#c0392b"
GREY = "#9aa5b1"
_TEN_THOUSAND = Decimal(10_000)


def wan(amount: Decimal) -> float:
    """Yuan as 万元 for a chart axis (display only: never computed with again)."""
    return float(amount / _TEN_THOUSAND)


_STEPS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10)


def nice_max(value: float, *, whole: bool = False) -> float:
    """A round figure at or above ``value`` for the end of an axis (whole: 1, 2 or 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in _STEPS:
        end = step * power
        if whole and (end < 1 or end != int(end)):
            continue  # a count axis ends on a whole number
        if value <= end:
            return end
    return 10 * power  # pragma: no cover - the loop always returns


def whole_ticks(top: float) -> int:
    """A tick count that puts every tick of a 0..top count axis on a whole number."""
    for ticks in (6, 5, 4, 3, 2):
        if top % (ticks - 1) == 0:
            return ticks
    return 2


def round_ticks(top: float, *, whole: bool = False, max_ticks: int = 7) -> tuple[int, int]:
    """Tick count and decimals for a 0..top axis whose every step is 1, 2, 2.5 or 5 × 10ⁿ
    (and a whole number for a count axis).

    (0, 37,500, 75,000 ... reads badly; 0, 50,000, 100,000, 150,000 does not.)
    """
    for ticks in (6, 5, 4, 7, 3):
        if ticks > max_ticks:
            continue
        step = top / (ticks - 1)
        power = 10 ** math.floor(math.log10(step))
        if whole and (step < 1 or step != int(step)):
            continue
        if any(math.isclose(step, m * power) for m in (1, 2, 2.5, 5)):
            decimals = max(0, -math.floor(math.log10(step)) + (1 if step / power == 2.5 else 0))
            return ticks, decimals
    return (whole_ticks(top), 0) if whole else (2, 1)


class Card(QFrame):
    """A titled panel of the dashboard or the 360 view."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title, self)
        self.title.setObjectName(f"{name}Title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(10, 8, 10, 8)
        self.body.setSpacing(6)
        self.body.addWidget(self.title)
        self.setAccessibleName(title)


def new_chart() -> QChart:
    """A chart without animation (instant redraws, steady screenshots) and with tight margins."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def chart_view(chart: QChart, name: str, parent: QWidget | None = None) -> QChartView:
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the buttons under a chart carry the keyboard
    return view


def bar_axes(
    chart: QChart,
    series: Sequence[QAbstractSeries],
    categories: Sequence[str],
    top: float,
    *,
    value_title: str = "",
    horizontal: bool = False,
    whole: bool = False,
    max_ticks: int = 7,
) -> tuple[QBarCategoryAxis, QValueAxis]:
    """Attach a category axis and a value axis from 0 to a round figure above ``top``.

    ``whole`` is for counts: every tick falls on a whole number. A short chart takes fewer
    ticks (``max_ticks``), or Qt elides the labels it cannot fit to "…".
    """
    cat = QBarCategoryAxis()
    cat.append(list(categories))
    val = QValueAxis()
    end = nice_max(top, whole=whole)
    val.setRange(0, end)
    ticks, decimals = round_ticks(end, whole=whole, max_ticks=max_ticks)
    val.setLabelFormat(f"%.{decimals}f")
    # Qt elides axis labels to "…" when a relayout comes late (a chart filled after it was
    # shown); a figure cut to "…" is worse than a label that takes its room.
    val.setTruncateLabels(False)
    cat.setTruncateLabels(False)
    val.setTickCount(ticks)
    if value_title:
        val.setTitleText(value_title)
    cat_side, val_side = (
        (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        if horizontal
        else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
    )
    chart.addAxis(cat, cat_side)
    chart.addAxis(val, val_side)
    for s in series:
        s.attachAxis(cat)
        s.attachAxis(val)
    return cat, val


def color(name: str) -> QColor:
    return QColor(name)
