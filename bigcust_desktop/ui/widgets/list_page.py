"""The skeleton every record list page shares (opportunities, quotes, fault tickets, contracts,
to-dos): a filter bar (the page's new-record button on Ctrl+N, its actions, a search, its filters,
the customer chip) above a lazily loaded table whose header clicks re-query in their order, a
summary and a message below, a customer chip that narrows the list to one customer, and the
loading through the one page loader. A page supplies its bar's widgets, its columns, its filter
(`current_filter`, or `list_args` where its service's `listed` takes more) or a list read of its
own (`list_work`: the ids and the first rows, through a store service; what runs in a lane never
touches a widget or a Qt type), and the store service whose `listed` reads the list and whose
`rows(ids)` reads a further page (`SERVICE`).

Depends on `ui.qt`, `ui.context`, `ui.widgets.page_loader` and the sortable lazy model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, ClassVar

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table, selected_id, show_ids
from bigcust_desktop.ui.widgets.sorted_model import SortableLazyModel
from bigcust_desktop.ui.widgets.table_model import Column

SEARCH_PAUSE_MS = 200  # type-ahead: the list is read again when typing pauses this long


class ListPage(QWidget):
    """Subclasses call `build_list`, then `lay_out`, and define `list_work` and `SERVICE`."""

    loaded = Signal()  # after each refresh has drawn its rows (tests wait for it)
    WATCHED: frozenset[str] = frozenset()  # the entities whose change notice reloads the list
    # The store service of the page's records (``store.<SERVICE>``); its ``rows(ids)`` reads a
    # page of rows by primary key.
    SERVICE: ClassVar[str]

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, order: tuple[str, bool]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._order = order
        self._customer_id: str | None = None
        self.dialog: QWidget | None = None  # the last dialog opened from the page
        self.summary = QLabel(self)
        self.message = QLabel(self)
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.customer_chip = QPushButton(self)
        self.customer_chip.setObjectName("customerFilter")
        self.customer_chip.setToolTip(self.tr("Show every customer again"))
        self.customer_chip.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_PAUSE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.loader = PageLoader(self, ctx, self.WATCHED, self._query, self._loaded)

    # -- building ----------------------------------------------------------------------------

    def build_list(
        self,
        columns: Sequence[Column],
        orders: Sequence[str | None],
        name: str,
        accessible_name: str,
        *,
        stretch: int | None = None,
        widths: Iterable[tuple[int, int]] = (),
        sort_indicator: bool = True,
    ) -> QTableView:
        """The table of the page over a lazy model whose header clicks re-query the order;
        ``stretch`` the column that takes the room left, ``widths`` (column, pixels) the others;
        no sort indicator where the page's default order is not a column's."""
        self.model = SortableLazyModel(columns, orders, self.rows_of, self)
        self.table = record_table(self, self.model, name, accessible_name)
        self.model.sort_requested.connect(self._sort)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(sort_indicator)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        for column, width in widths:
            header.resizeSection(column, width)
        return self.table

    def new_record_button(
        self, text: str, name: str, tip: str, slot: Callable[[], object]
    ) -> QPushButton:
        """The page's new-record button, also on Ctrl+N; only for a signed-in user."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setEnabled(self.ctx.user is not None)
        button.clicked.connect(lambda: slot())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: slot())
        return button

    def filter_bar(
        self, actions: Sequence[QWidget], search: QWidget, filters: Sequence[QWidget]
    ) -> QHBoxLayout:
        """The bar above the list: the actions, the search (taking the room), the filters and
        the customer chip, which clears the customer when clicked (`clear_customer`)."""
        self.customer_chip.clicked.connect(self.clear_customer)
        bar = QHBoxLayout()
        for widget in actions:
            bar.addWidget(widget)
        bar.addWidget(search, 2)
        for widget in (*filters, self.customer_chip):
            bar.addWidget(widget)
        bar.addStretch(1)
        return bar

    def search_box(self, name: str, accessible_name: str, placeholder: str) -> QLineEdit:
        """A search field that reloads the list when typing pauses."""
        search = QLineEdit(self)
        search.setObjectName(name)
        search.setAccessibleName(accessible_name)
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        search.textChanged.connect(lambda _: self._debounce.start())
        return search

    def lay_out(self, bar: QLayout, body: QWidget, summary_name: str) -> None:
        """The bar above, the body (the table, or a stack with it) in the middle, the footer."""
        self.summary.setObjectName(summary_name)
        self.footer = QHBoxLayout()
        self.footer.addWidget(self.summary, 1)
        self.footer.addWidget(self.message, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(body, 1)
        layout.addLayout(self.footer)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again in the read lane; a newer refresh wins over an older one."""
        self._debounce.stop()
        self.loader.refresh()

    def _sort(self, order_by: str, descending: bool) -> None:
        self._order = (order_by, descending)
        self.refresh()

    def _query(self) -> Callable[[], tuple[list[str], dict[str, Any]]]:
        return self.list_work(self._order, self.model.page_size)

    def list_work(
        self, order: tuple[str, bool], first: int
    ) -> Callable[[], tuple[list[str], dict[str, Any]]]:
        """The read of the list's ids with the rows of the ``first`` ones (so that the first
        draw reads nothing on the GUI thread). Called on the GUI thread (it reads the
        filters); the function it returns runs in the read lane. By default the `SERVICE`'s
        ``listed(*list_args(), order_by, descending, first)``."""
        service, args = getattr(self.ctx.store, self.SERVICE), self.list_args()

        def work() -> tuple[list[str], dict[str, Any]]:
            return service.listed(*args, *order, first)  # type: ignore[no-any-return]

        return work

    def list_args(self) -> tuple[Any, ...]:
        """What the service's ``listed`` takes before the order: the page's filter."""
        return (self.current_filter(),)

    def current_filter(self) -> Any:
        """The page's filter of the list, read from its widgets (GUI thread)."""
        raise NotImplementedError

    def rows_of(self, ids: Sequence[str]) -> dict[str, Any]:
        """One page of rows by primary key, as the view scrolls (the one read on the GUI
        thread)."""
        return getattr(self.ctx.store, self.SERVICE).rows(ids)

    def _loaded(self, loaded: tuple[list[str], dict[str, Any]]) -> None:
        ids, rows = loaded
        show_ids(self.table, self.model, ids, rows=rows)
        self.summary.setText(self.summary_text(len(ids)))
        self.loaded.emit()

    def summary_text(self, count: int) -> str:
        raise NotImplementedError

    def selected_id(self) -> str | None:
        return selected_id(self.table, self.model)

    # -- one customer ------------------------------------------------------------------------

    def set_customer(self, customer_id: str | None) -> None:
        """Narrow the list to one customer (None: every one); the chip shows his name, read
        in the background, and clears the filter when clicked."""
        self._customer_id = customer_id or None
        self.customer_chip.setVisible(self._customer_id is not None)
        if self._customer_id is None:
            return
        wanted, store = self._customer_id, self.ctx.store
        self.customer_chip.setText(self.tr("Customer: %1  ✕").replace("%1", "…"))

        def work() -> str:
            return store.customers.name(wanted)  # one name by primary key

        def named(name: str) -> None:
            if self._customer_id == wanted:
                self.customer_chip.setText(self.tr("Customer: %1  ✕").replace("%1", name))

        self.ctx.read(work, named, lambda _exc: None, owner=self)  # on failure the chip keeps …

    def clear_customer(self) -> None:
        """Every customer again (the chip's click)."""
        self.set_customer(None)
        self.refresh()

    # -- dialogs -----------------------------------------------------------------------------

    def open_dialog(self, dialog: QWidget) -> QWidget:
        """Open a dialog of the page (window-modal, deleted when closed); kept as `dialog`."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]
        return dialog
