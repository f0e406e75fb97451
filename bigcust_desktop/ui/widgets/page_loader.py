"""What every list page does to stay current: run its query off the GUI thread, let a newer run win,
refresh on a change notice naming what it shows (or when next shown, if hidden); keep a selection.

Depends on `ui.qt`, `ui.context` and `ui.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QAbstractItemModel,
    QAbstractItemView,
    QEvent,
    QObject,
    QTableView,
    QWidget,
)
from bigcust_desktop.ui.widgets.sorted_model import SortableLazyModel


class PageLoader(QObject):
    """Reloads ``page``: ``query()`` is called on the GUI thread (it reads the filters) and returns
    the work to run in the background; ``loaded(result)`` gets the newest run's result only."""

    def __init__(
        self,
        page: QWidget,
        ctx: AppContext,
        watched: frozenset[str],
        query: Callable[[], Callable[[], Any]],
        loaded: Callable[[Any], None],
    ) -> None:
        super().__init__(page)
        self._page, self._ctx, self._watched = page, ctx, watched
        self._query, self._loaded = query, loaded
        self._generation = 0
        self._stale = True  # nothing drawn yet: the first show loads
        ctx.changed.connect(self._on_changed)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Show and self._stale:
            self.refresh()
        return False

    def _on_changed(self, entities: set[str]) -> None:
        if entities & self._watched:
            if self._page.isVisible():
                self.refresh()
            else:
                self._stale = True  # redrawn when the page is shown again

    def refresh(self) -> None:
        """Re-run the query off the GUI thread; a newer refresh wins over an older."""
        self._stale = False
        self._generation += 1
        generation = self._generation
        self._ctx.tasks.run(
            self._query(),
            lambda result: self._done(generation, result),
            lambda exc: show_failure(self._page, exc),
        )

    def _done(self, generation: int, result: Any) -> None:
        if generation == self._generation:  # else a newer refresh is on its way
            self._loaded(result)


def record_table(
    parent: QWidget, model: QAbstractItemModel, object_name: str, accessible_name: str
) -> QTableView:
    """A sortable table of whole rows, one selected at a time (over a lazy model, mostly)."""
    table = QTableView(parent)
    table.setObjectName(object_name)
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    return table


def selected_id(table: QTableView, model: SortableLazyModel) -> str | None:
    """The id of the table's current row, None when there is none."""
    index = table.currentIndex()
    return model.id_at(index.row()) if index.isValid() else None


def show_ids(
    table: QTableView, model: SortableLazyModel, ids: Sequence[str], *, fetch: bool = False
) -> None:
    """Put ``ids`` in the model, keeping the selected record selected if it is still loaded;
    with ``fetch``, load further pages until it is (when it is still in the list at all)."""
    selected = selected_id(table, model)
    model.set_ids(ids)
    row = model.row_of(selected) if selected else -1
    while fetch and row >= model.rowCount() and model.canFetchMore(table.rootIndex()):
        model.fetchMore(table.rootIndex())
    if 0 <= row < model.rowCount():
        table.selectRow(row)
