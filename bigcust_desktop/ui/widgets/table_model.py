"""Table models over store rows: a small in-memory list, or ids with rows loaded page by page.

Columns are declared once (`Column`); models never query by themselves except through the
loader a page hands them. Depends on `ui.qt` and `ui.labels`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.pinyin import sort_key as pinyin_key
from bigcust_desktop.ui.labels import money_text
from bigcust_desktop.ui.plain_text import plain_tip
from bigcust_desktop.ui.qt import (
    QAbstractTableModel,
    QColor,
    QModelIndex,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # data(index, ROW_ROLE) gives the row object itself
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column: header, how a row reads in it, and optional sort key, colour and tooltip."""

    header: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = _LEFT
    sort_key: Callable[[Any], Any] | None = None
    color: Callable[[Any], str | None] | None = None
    tooltip: Callable[[Any], str] | None = None


def money_column(header: str, amount: Callable[[Any], Decimal | None]) -> Column:
    """A right-aligned ``¥12,800.00`` column that sorts by amount."""
    return Column(
        header,
        lambda row: money_text(amount(row)),
        _RIGHT,
        sort_key=lambda row: amount(row) or Decimal(0),
    )


def number_column(header: str, value: Callable[[Any], Any]) -> Column:
    return Column(header, lambda row: str(value(row)), _RIGHT, sort_key=value)


class _ColumnsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_at(self, row: int) -> Any:
        raise NotImplementedError

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        return self._value(item, self.columns[index.column()], role)

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:
        """Every role a view asks of a cell (text, alignment, colour… seven to draw it) in one
        call: Qt's delegates ask through `multiData`, whose default calls `data` once a role.
        Each call from Qt into Python takes the GIL, and beside a sync decoding records in
        Python each take can wait for it: one a cell, not seven, keeps a page switch quick."""
        item = self.row_at(index.row()) if index.isValid() else None
        column = self.columns[index.column()] if item is not None else None
        for role_data in roles:
            role = role_data.role()
            role_data.setData(None if column is None else self._value(item, column, role))

    def _value(self, item: Any, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            color = column.color(item)
            return None if color is None else QColor(color)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return plain_tip(column.tooltip(item))
        if role == ROW_ROLE:
            return item
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None


class RowsModel(_ColumnsModel):
    """A short list held in memory (one customer's opportunities, a dashboard's worklist)."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        # Text sorts as Chinese lists do: by pinyin (上城, 临平, 中国 by code point).
        key = spec.sort_key or (lambda row: pinyin_key(spec.text(row)))
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()


class LazyRowsModel(_ColumnsModel):
    """Ids of a whole list, rows loaded a page at a time when the view first draws them.

    ``loader(ids)`` returns ``{id: row}`` for the ids asked (a store query run by the page's
    callable); rows announce themselves to the view in pages through `fetchMore`.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        loader: Callable[[Sequence[str]], dict[str, Any]],
        parent: QObject | None = None,
        *,
        page: int = 200,
    ) -> None:
        super().__init__(columns, parent)
        self._loader = loader
        self._page = page
        self._ids: list[str] = []
        self._loaded = 0
        self._cache: dict[str, Any] = {}

    @property
    def page_size(self) -> int:
        return self._page

    def set_ids(self, ids: Sequence[str], rows: dict[str, Any] | None = None) -> None:
        """The list's ids; ``rows``, the first page's rows when they were read with them (in
        the background), so that drawing them reads nothing on the GUI thread."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        if rows:
            self._cache.update(rows)
        self._loaded = min(self._page, len(self._ids))
        self.endResetModel()

    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> str:
        return self._ids[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._loaded < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        more = min(self._page, len(self._ids) - self._loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + more - 1)
        self._loaded += more
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        record_id = self._ids[row]
        if record_id not in self._cache:
            start = (row // self._page) * self._page
            self._cache.update(self._loader(self._ids[start : start + self._page]))
        return self._cache.get(record_id)
