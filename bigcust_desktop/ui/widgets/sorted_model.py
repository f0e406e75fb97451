"""A lazily loaded table whose header clicks re-query the store in the new order.

Sorting a lazy list in memory would load every row; the page runs the ordered id query instead.
Shared by the opportunity, quote and ticket lists. Depends on `ui.qt` and `table_model`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bigcust_desktop.ui.qt import QObject, Qt, Signal
from bigcust_desktop.ui.widgets.table_model import Column, LazyRowsModel


class SortableLazyModel(LazyRowsModel):
    """``sort_fields[i]`` names the query's order for column i (None: not sortable)."""

    sort_requested = Signal(str, bool)  # (order_by, descending)

    def __init__(
        self,
        columns: Sequence[Column],
        sort_fields: Sequence[str | None],
        loader: Callable[[Sequence[str]], dict[str, Any]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, loader, parent)
        self._sort_fields = list(sort_fields)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = self._sort_fields[column] if 0 <= column < len(self._sort_fields) else None
        if field:
            self.sort_requested.emit(field, order == Qt.SortOrder.DescendingOrder)

    def row_of(self, record_id: str) -> int:
        """The row of an id in the current list, or -1."""
        for row in range(self.total()):
            if self.id_at(row) == record_id:
                return row
        return -1

    def column_changed(self, column: int) -> None:
        """Redraw one column of the loaded rows (a countdown that moves with the clock)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))
