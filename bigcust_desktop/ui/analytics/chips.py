"""The signal chips of the worklist: each fired signal as a small rounded label in its colour,
drawn by a delegate over the signals column (whose text stays the names, for search and
screen readers). Depends on `ui.qt` and the analytics texts.
"""

from __future__ import annotations

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.qt import (
    QColor,
    QModelIndex,
    QPainter,
    QRect,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
)
from bigcust_desktop.ui.widgets.table_model import ROW_ROLE

# One colour a signal: money signals warm, service signals blue, relationship signals grey-green.
CHIP_COLOURS = {
    SignalCode.REVENUE_FALLING: "#c0392b",
    SignalCode.ARREARS_GROWING: "#d35400",
    SignalCode.REPEATED_FAULTS: "#2471a3",
    SignalCode.LINES_LOST: "#7d3c98",
    SignalCode.TERM_ENDING: "#b7950b",
    SignalCode.NOT_CONTACTED: "#5d6d7e",
    SignalCode.COMPETITOR_OFFER: "#148f77",
}


class ChipDelegate(QStyledItemDelegate):
    """Paints a row's fired signals (`WorklistEntry.codes`) as chips."""

    def __init__(self, texts: AnalyticsText, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._texts = texts

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry = index.data(ROW_ROLE)
        if entry is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None  # type: ignore[union-attr]
        if style is not None:  # the selection background, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 2
        y = option.rect.y() + (option.rect.height() - height) // 2
        for code in entry.codes:
            text = self._texts.signal_short(code)
            width = metrics.horizontalAdvance(text) + 10
            if x + width > option.rect.right():
                break
            rect = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(CHIP_COLOURS[code]))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()
