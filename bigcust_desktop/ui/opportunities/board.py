"""The stage board (kanban) of opportunities: one column per stage, cards dragged between stages.

A column accepts a card only when `domain.stages.can_move` allows the move, and says why not
while a refused card hovers over it; the keyboard moves a card with Ctrl+Shift+Left/Right or the
context menu. Depends on `ui.qt`, `ui.labels`, domain.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.stages import Stage, can_move
from bigcust_desktop.store.queries.opportunities import OpportunityRow, StageTotal
from bigcust_desktop.ui.labels import date_text, label, money_short, money_text, money_tip
from bigcust_desktop.ui.plain_text import plain_tip, rich
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QAction,
    QColor,
    QDragLeaveEvent,
    QDragMoveEvent,
    QFont,
    QFontMetrics,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListView,
    QMenu,
    QMimeData,
    QModelIndex,
    QObject,
    QPainter,
    QPen,
    QPersistentModelIndex,
    QRect,
    QScrollArea,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.table_model import ROW_ROLE

MIME_TYPE = "application/x-bigcust-opportunity"
BOARD_STAGES: tuple[str, ...] = tuple(s.value for s in Stage)  # funnel order, lost last
Index = QModelIndex | QPersistentModelIndex
_CARD_HEIGHT = 74
_CARD_MARGIN, _TEXT_LEFT, _TEXT_RIGHT = 4, 10, 8  # card inside the row; text inside the card
_GAP = 8  # between a line's left text and its right-hand tail
# The widest amount a column must show whole (a hundred million yuan less a fen).
_WIDEST_AMOUNT = Decimal("99999999.99")
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ELIDE = Qt.TextElideMode.ElideRight
_STAGE_COLORS = {
    "lead": "#7f8c8d",
    "qualified": "#2980b9",
    "proposal": "#8e44ad",
    "negotiation": "#d35400",
    "won": "#27ae60",
    "lost": "#c0392b",
}


class StageCardsModel(QAbstractListModel):
    """The cards of one stage; a drop asks for a move (the store write refreshes the board)."""

    move_requested = Signal(str, str, str)  # (opportunity id, from stage, to stage)

    def __init__(self, stage: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._rows: list[OpportunityRow] = []

    def set_cards(self, rows: Sequence[OpportunityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def card(self, row: int) -> OpportunityRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, opportunity_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == opportunity_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.card(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.title}, {row.customer_name}, {money_text(row.amount)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                f"{row.title}\n{row.customer_name}\n{money_text(row.amount)} · "
                f"{row.probability}% · {date_text(row.expected_close)} · {row.owner_name}"
            )
        if role == ROW_ROLE:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [self.card(i.row()) for i in indexes if i.isValid()]
        cards = [{"id": r.id, "stage": r.stage} for r in rows if r is not None]
        data.setData(MIME_TYPE, json.dumps(cards[:1]).encode())
        return data

    @staticmethod
    def dragged(data: QMimeData) -> tuple[str, str] | None:
        """(id, stage) of the card in a drag, or None for anything else."""
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            cards = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
            return str(cards[0]["id"]), str(cards[0]["stage"])
        except (ValueError, LookupError, TypeError):
            return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        card = self.dragged(data)
        return card is not None and card[1] != self.stage and can_move(card[1], self.stage)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        card = self.dragged(data)
        assert card is not None
        self.move_requested.emit(card[0], card[1], self.stage)
        # False: the source keeps its card until the stored move refreshes both columns.
        return False


class CardDelegate(QStyledItemDelegate):
    """Draws a card: title, customer, amount and probability, expected close and owner."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else 200
        return QSize(max(width - 2, 120), _CARD_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: OpportunityRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        rect, inner = card_rects(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#2c7be5" if selected else "#c8ced6"), 2 if selected else 1))
        painter.setBrush(QColor("#eaf2fd" if selected else "#ffffff"))
        painter.drawRoundedRect(rect, 5, 5)
        painter.fillRect(
            QRect(rect.left(), rect.top() + 4, 3, rect.height() - 8),
            QColor(_STAGE_COLORS.get(row.stage, "#7f8c8d")),
        )
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        line = QFontMetrics(base).height() + 2
        dark, grey = QColor("#1f2d3d"), QColor("#5a6778")
        for number, (left, right) in enumerate(card_texts(row, base, inner.width())):
            box = QRect(inner.left(), inner.top() + number * line, inner.width(), line)
            painter.setFont(bold if number == 0 else base)
            painter.setPen(grey if number == 1 else dark)
            painter.drawText(box, int(_LEFT_MIDDLE), left)
            painter.setFont(base)
            painter.setPen(grey)
            painter.drawText(box, int(_RIGHT_MIDDLE), right)
        painter.restore()


def card_texts(row: OpportunityRow, font: QFont, width: int) -> list[tuple[str, str]]:
    """The card's three lines as drawn in `width` pixels, each (left, right): the title; the
    customer and the expected close (the date whole, the name shortened); the amount, never
    shortened, then probability and owner in what room is left (the owner goes first)."""
    bold = QFont(font)
    bold.setBold(True)
    plain = QFontMetrics(font)
    date = date_text(row.expected_close)
    if row.sync_state != "synced":
        date = "● " + date  # not yet on the server
    room = width - plain.horizontalAdvance(date) - _GAP
    customer = plain.elidedText(row.customer_name, _ELIDE, room)
    amount = money_text(row.amount)
    room = width - plain.horizontalAdvance(amount) - _GAP
    tails = (f"{row.probability}% · {row.owner_name}", f"{row.probability}%")
    tail = next((t for t in tails if plain.horizontalAdvance(t) <= room), "")
    return [
        (QFontMetrics(bold).elidedText(row.title, _ELIDE, width), ""),
        (customer, date),
        (amount, tail),
    ]


def card_rects(item: QRect) -> tuple[QRect, QRect]:
    """The card inside a list item's rectangle, and the card's text inside the card."""
    card = item.adjusted(_CARD_MARGIN, 3, -_CARD_MARGIN, -3)
    return card, card.adjusted(_TEXT_LEFT, 5, -_TEXT_RIGHT, -5)


def card_min_width(widget: QWidget) -> int:
    """The width a stage column needs to show the widest amount whole on its cards."""
    amount = QFontMetrics(widget.font()).horizontalAdvance(money_text(_WIDEST_AMOUNT))
    scroll_bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    # Card margins and text insets, the card list's scroll bar, the column's frame and margins.
    return amount + 2 * _CARD_MARGIN + _TEXT_LEFT + _TEXT_RIGHT + scroll_bar + 16


class CardListView(QListView):
    """A column's card list: a card held over it that the stage rules refuse is named, so the
    board can say why instead of only showing a forbidden cursor."""

    refused = Signal(str, str)  # (from stage, to stage)

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self._last_refusal: tuple[str, str] | None = None

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        card = StageCardsModel.dragged(event.mimeData())
        if card is None or card[1] == self.stage or event.isAccepted():
            self._last_refusal = None
            return
        if self._last_refusal != (card[1], self.stage):
            self._last_refusal = (card[1], self.stage)
            self.refused.emit(card[1], self.stage)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._last_refusal = None
        super().dragLeaveEvent(event)


class StageColumn(QFrame):
    """One stage: a header with its count and value, and the list of its cards."""

    def __init__(self, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"{stage}Column")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.TextFormat.RichText)  # its data goes through rich()
        self.header.setObjectName(f"{stage}Header")
        self.header.setWordWrap(True)
        self.header.setStyleSheet(
            f"border-top: 3px solid {_STAGE_COLORS.get(stage, '#7f8c8d')}; padding: 4px;"
        )
        self.model = StageCardsModel(stage, self)
        self.view = CardListView(stage, self)
        self.view.setObjectName(f"{stage}Cards")
        self.view.setAccessibleName(label("stage", stage))
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.footer = QLabel(self)
        self.footer.setObjectName(f"{stage}Footer")
        self.footer.setStyleSheet("color: #5a6778;")
        self.setMinimumWidth(card_min_width(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.footer)

    def show_data(self, total: StageTotal | None, cards: Sequence[OpportunityRow]) -> None:
        count = total.count if total else 0
        amount = total.amount if total else Decimal(0)
        weighted = total.weighted if total else Decimal(0)
        self.header.setToolTip(money_tip(amount, weighted))
        self.header.setText(
            rich(
                self.tr("<b>%1</b> (%2)<br>%3<br><small>weighted %4</small>"),
                label("stage", self.stage),
                count,
                money_short(amount),
                money_short(weighted),
            )
        )
        self.model.set_cards(cards)
        shown = len(cards)
        self.footer.setText(
            self.tr("Showing %1 of %2").replace("%1", str(shown)).replace("%2", str(count))
            if shown < count
            else ""
        )
        self.footer.setVisible(shown < count)


class StageBoard(QScrollArea):
    """Six stage columns side by side; emits what the user asks, the page does the writing.

    A column is never narrower than its amounts: a narrow window scrolls the board sideways.
    """

    move_requested = Signal(str, str, str)  # (opportunity id, from stage, to stage)
    move_refused = Signal(str, str)  # (from stage, to stage): a card held over a refusing column
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageBoard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lists scroll
        lane = QWidget(self)
        self.columns: dict[str, StageColumn] = {}
        layout = QHBoxLayout(lane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for stage in BOARD_STAGES:
            column = StageColumn(stage, lane)
            column.model.move_requested.connect(self.move_requested)
            column.view.refused.connect(self.move_refused)
            column.view.activated.connect(lambda index, c=column: self._open(c, index.row()))
            column.view.doubleClicked.connect(lambda index, c=column: self._open(c, index.row()))
            column.view.customContextMenuRequested.connect(
                lambda pos, c=column: self._menu(c, c.view.viewport().mapToGlobal(pos))
            )
            self._add_key_moves(column)
            self.columns[stage] = column
            layout.addWidget(column, 1)
        self.setWidget(lane)

    def _add_key_moves(self, column: StageColumn) -> None:
        for key, step in (("Ctrl+Shift+Right", 1), ("Ctrl+Shift+Left", -1)):
            action = QAction(column.view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, c=column, s=step: self._step(c, s))
            column.view.addAction(action)

    def show_data(
        self, totals: dict[str, StageTotal], cards: dict[str, Sequence[OpportunityRow]]
    ) -> None:
        for stage, column in self.columns.items():
            column.show_data(totals.get(stage), cards.get(stage, ()))

    def card(self, opportunity_id: str) -> OpportunityRow | None:
        """The card of an opportunity shown on the board, if any."""
        for column in self.columns.values():
            row = column.model.row_of(opportunity_id)
            if row >= 0:
                return column.model.card(row)
        return None

    def current(self, column: StageColumn) -> OpportunityRow | None:
        return column.model.card(column.view.currentIndex().row())

    def _open(self, column: StageColumn, row: int) -> None:
        card = column.model.card(row)
        if card is not None:
            self.open_requested.emit(card.id)

    def _step(self, column: StageColumn, step: int) -> None:
        card = self.current(column)
        at = BOARD_STAGES.index(column.stage) + step
        if card is None or not 0 <= at < len(BOARD_STAGES):
            return
        if can_move(card.stage, BOARD_STAGES[at]):
            self.move_requested.emit(card.id, card.stage, BOARD_STAGES[at])
        else:
            self.move_refused.emit(card.stage, BOARD_STAGES[at])

    def _menu(self, column: StageColumn, where: Any) -> None:
        card = self.current(column)
        if card is None:
            return
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.addAction(self.tr("Edit…"), lambda: self.open_requested.emit(card.id))
        moves = menu.addMenu(self.tr("Move to"))
        for stage in BOARD_STAGES:
            if stage != card.stage and can_move(card.stage, stage):
                moves.addAction(
                    label("stage", stage),
                    lambda s=stage: self.move_requested.emit(card.id, card.stage, s),
                )
        menu.popup(where)
