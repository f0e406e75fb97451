"""The one way a page, or the status bar, loads what it shows: its query runs in the read lane
(beside a sync, never behind it), the newest request wins, and it refreshes on a change notice
naming what it shows (or when next shown, if hidden). Plus what list pages share: the record
table, keeping a selection across reloads.

Depends on `ui.qt`, `ui.context` and `ui.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import QEvent, QObject, QTimer, QWidget, Signal

if TYPE_CHECKING:
    from bigcust_desktop.ui.qt import QAbstractItemModel, QTableView
    from bigcust_desktop.ui.widgets.sorted_model import SortableLazyModel

Query = Callable[[], Callable[[], Any]]


class PageLoader(QObject):
    """Reloads what ``owner`` shows.

    ``query()`` is called on the GUI thread (it reads the filters) and returns the work to run in
    the read lane; ``loaded(result)`` gets the result on the GUI thread, only if no newer
    refresh was asked for meanwhile. One load at a time: a refresh asked for while one runs is
    made once it ends, with the filters of that moment (typing fast costs one load, not one a
    key). ``watched`` names the entities whose change notice refreshes (None: any change).
    While ``owner`` is hidden a notice only marks it stale; it loads when shown again. A load
    on show (a user's switch to the page) holds the foreground (`TaskManager.foreground`): a
    running sync pauses between its pages until the result is drawn. A loader made with
    ``follows`` (a second part of the page, read beside the first in the read lane) neither
    watches the page nor the notices: it loads each time the followed loader starts one, just
    after it, so the page's main read is always asked for first.
    """

    started = Signal()  # a load was asked of the read lane

    def __init__(
        self,
        owner: QWidget,
        ctx: AppContext,
        watched: frozenset[str] | None,
        query: Query,
        loaded: Callable[[Any], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
        follows: PageLoader | None = None,
    ) -> None:
        super().__init__(owner)
        self._owner, self._ctx, self._watched = owner, ctx, watched
        self._query, self._loaded = query, loaded
        self._failed = failed or (lambda exc: show_failure(owner, exc))
        self._running = False
        self._again = False
        self._stale = True  # nothing drawn yet: the first show loads
        self._release: Callable[[], None] | None = None  # the foreground, held by a load on show
        if follows is not None:
            follows.started.connect(self.refresh)
            return
        ctx.changed.connect(self._on_changed)
        owner.installEventFilter(self)

    @property
    def loading(self) -> bool:
        return self._running

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._owner and event.type() == QEvent.Type.Show and self._stale:
            self.refresh(shown=True)
        return False

    def _on_changed(self, entities: set[str]) -> None:
        if self._watched is None or entities & self._watched:
            if self._owner.isVisible():
                self.refresh()
            else:
                self._stale = True  # redrawn when shown again

    def invalidate(self) -> None:
        """What is shown is out of date (another record to show): load now if shown, else
        when next shown."""
        if self._owner.isVisible():
            self.refresh()
        else:
            self._stale = True

    def refresh(self, *, shown: bool = False) -> None:
        """Load again in the read lane; a newer refresh wins over an older one. ``shown``: the
        page was just switched to, and the sync waits until its rows are drawn."""
        if not self._ctx.is_open:
            self._stale = True  # loads as soon as the window has opened the store
            return
        self._stale = False
        if self._running:
            self._again = True
            return
        self._running = True
        if shown and self._release is None:
            self._release = self._ctx.tasks.foreground()
        self._ctx.read(self._query(), self._done, self._error, owner=self._owner)
        self.started.emit()

    def _finished(self) -> bool:
        """True when the result is the newest; else the next load starts now."""
        self._running = False
        if self._release is not None:  # once the result is drawn (the next turn of the loop)
            QTimer.singleShot(0, self._release)
            self._release = None
        if self._again:
            self._again = False
            self.refresh()
            return False
        return True

    def _done(self, result: Any) -> None:
        if self._finished():
            self._loaded(result)

    def _error(self, exc: BaseException) -> None:
        if self._finished():
            self._failed(exc)


def record_table(
    parent: QWidget, model: QAbstractItemModel, object_name: str, accessible_name: str
) -> QTableView:
    """A sortable table of whole rows, one selected at a time (over a lazy model, mostly)."""
    # Loaded here, not with the module: the status bar's loader comes with the window's shell.
    from bigcust_desktop.ui.qt import QAbstractItemView, QTableView

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
    table: QTableView,
    model: SortableLazyModel,
    ids: Sequence[str],
    *,
    fetch: bool = False,
    rows: dict[str, Any] | None = None,
) -> None:
    """Put ``ids`` in the model (with the first page's ``rows`` when read with them), keeping
    the selected record selected if it is still loaded; with ``fetch``, load further pages
    until it is (when it is still in the list at all)."""
    selected = selected_id(table, model)
    model.set_ids(ids, rows)
    row = model.row_of(selected) if selected else -1
    while fetch and row >= model.rowCount() and model.canFetchMore(table.rootIndex()):
        model.fetchMore(table.rootIndex())
    if 0 <= row < model.rowCount():
        table.selectRow(row)
