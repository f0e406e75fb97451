"""The customer list page: type-ahead search and filters over a lazily loaded table.

The search and the filters' choices are read in the background through the page loader (never on
the GUI thread, where only the lazy row pages are read). At start-up the page may show the first
page read before the store opened (`show_first_rows`), then the list as the store reads it, in
the same order, with the selection kept. Depends on `ui.qt`, the list model, the page loader and
`store.customers` (whose modules load with the store, not with the page); Enter or a
double-click opens the customer's 360 view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.domain.permissions import may_choose_manager
from bigcust_desktop.domain.pinyin import sort_key, warm_up
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customers.list_model import CustomerListModel, find_ids
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.after_paint import AfterPaint
from bigcust_desktop.ui.widgets.page_loader import PageLoader

if TYPE_CHECKING:
    from bigcust_desktop.store.first_page import FirstPage
    from bigcust_desktop.store.queries.customers import CustomerFilter

_FILTER_KINDS = (("industry", "industry"), ("value_tier", "value_tier"), ("city", None))
WATCHED = frozenset({"customer", "subscriber", "user", "activity"})
CHOICES_WATCHED = frozenset({"customer", "user"})


class CustomerListPage(QWidget):
    """客户: search by a name fragment, credit code or part of a service number; filter."""

    PAGE_NAME = "customers"
    loaded = Signal(int)  # number of customers listed (tests and the benchmark wait for it)
    first_rows = Signal(int)  # the first page read before the store opened is shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerListPage")
        self.ctx = ctx
        self.search = QLineEdit(self)
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(
            self.tr("Search name, credit code or service number (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Customer search"))

        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for field, text in (
            ("industry", self.tr("All industries")),
            ("value_tier", self.tr("All tiers")),
            ("city", self.tr("All cities")),
            ("manager_id", self.tr("All managers")),
        ):
            combo = QComboBox(self)
            combo.setObjectName(f"{field}Filter")
            combo.setAccessibleName(text)
            combo.addItem(text, None)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
            self.filters[field] = combo
            bar.addWidget(combo, 1)
        user = ctx.user
        self.filters["manager_id"].setVisible(may_choose_manager(user))
        self.stale_days = QSpinBox(self)
        self.stale_days.setObjectName("notContactedDays")
        self.stale_days.setRange(0, 365)
        self.stale_days.setSpecialValueText(self.tr("any last contact"))
        self.stale_days.setPrefix(self.tr("not contacted "))
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setAccessibleName(self.tr("Not contacted in days"))
        self.stale_days.valueChanged.connect(lambda _v: self._debounce.start())
        bar.addWidget(self.stale_days, 1)
        clear = QPushButton(self.tr("Clear filters"), self)
        clear.setObjectName("clearFilters")
        clear.clicked.connect(self.clear_filters)
        bar.addWidget(clear)

        self.model = CustomerListModel(ctx)
        self.table = QTableView(self)
        self.table.setObjectName("customerTable")
        self.table.setAccessibleName(self.tr("Customers"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open)  # Enter or double-click
        self.count_label = QLabel(self)
        self.count_label.setObjectName("customerCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # Type-ahead: search when typing pauses, not on every key.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        self._open_when_loaded = False
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)
        # The filters' values load once the first rows are drawn (`_loaded`): they need the
        # pinyin tables (half a second of Python), which must not hold up the rows.
        self.choices_loader: PageLoader | None = None

    def _choices_query(self) -> Callable[[], tuple[dict[str, list[str]], dict[str, str]]]:
        store = self.ctx.store

        def work() -> tuple[dict[str, list[str]], dict[str, str]]:
            warm_up()  # here, not on the GUI thread at the first sort of `_fill_choices`
            return store.customers.filter_choices(), store.staff.names()

        return work

    def _fill_choices(self, loaded: tuple[dict[str, list[str]], dict[str, str]]) -> None:
        choices, names = loaded
        self.model.manager_names = names
        for field, combo in self.filters.items():
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            items = []
            for value in choices.get(field, []):
                if field in ("industry", "value_tier"):
                    text = label(field, value)
                elif field == "manager_id":
                    text = names.get(value, value)
                else:
                    text = value
                items.append((text, value))
            if field != "value_tier":  # tiers keep their rank; the rest read in pinyin order
                items.sort(key=lambda item: sort_key(item[0]))
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def current_filter(self) -> CustomerFilter:
        from bigcust_desktop.store.queries.customers import CustomerFilter  # with the store

        values: dict[str, Any] = {f: c.currentData() for f, c in self.filters.items()}
        days = self.stale_days.value()
        return CustomerFilter(**values, not_contacted_days=days or None)

    def refresh(self) -> None:
        self._debounce.stop()
        self.loader.refresh()

    def _query(self) -> Callable[[], tuple[list[str], dict[str, Any]]]:
        store, text, wanted = self.ctx.store, self.search.text(), self.current_filter()
        return lambda: find_ids(store, text, wanted)

    def show_first_rows(self, first: FirstPage) -> None:
        """The first page read from the file before the store opened (`store.first_page`):
        drawn now; the whole list follows once the store is open (`loader`)."""
        self.filters["manager_id"].setVisible(may_choose_manager(first.user))
        self.model.manager_names = dict(first.manager_names)
        self.model.set_ids(first.ids, first.rows)
        self.count_label.setText(self.tr("%n customers", "", first.total))
        self._handing_over = True
        self.first_rows.emit(len(first.ids))

    _handing_over = False  # the first page is shown; the list read from the store replaces it

    def _loaded(self, loaded: tuple[list[str], dict[str, Any]]) -> None:
        ids, rows = loaded
        current = self.table.currentIndex()
        kept = self.model.customer_id(current.row()) if current.isValid() else None
        scrolled = self.table.verticalScrollBar().value()
        self.model.set_ids(ids, rows)
        if kept is not None and kept in rows:  # the selection stays on its customer
            self.table.setCurrentIndex(self.model.index(ids.index(kept), current.column()))
        if self._handing_over:  # the same rows as the first page's: nothing moves
            self._handing_over = False
            self.filters["manager_id"].setVisible(may_choose_manager(self.ctx.user))
            self.table.verticalScrollBar().setValue(scrolled)
        self.count_label.setText(self.tr("%n customers", "", len(ids)))
        self.loaded.emit(len(ids))
        if self.choices_loader is None:
            self.choices_loader = PageLoader(
                self, self.ctx, CHOICES_WATCHED, self._choices_query, self._fill_choices
            )
            AfterPaint(self.table.viewport(), self.choices_loader.refresh)
        if self._open_when_loaded:
            self._open_when_loaded = False
            self._open_first()

    def apply_filter(self, wanted: dict[str, Any]) -> None:
        """Open the list filtered (dashboard click-through): any CustomerFilter field."""
        self.clear_filters(refresh=False)
        for field, combo in self.filters.items():
            if field in wanted:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(0, combo.findData(wanted[field])))
                combo.blockSignals(False)
        self.stale_days.blockSignals(True)
        self.stale_days.setValue(int(wanted.get("not_contacted_days") or 0))
        self.stale_days.blockSignals(False)
        self.refresh()

    def clear_filters(self, refresh: bool = True) -> None:
        for combo in self.filters.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.stale_days.blockSignals(True)
        self.stale_days.setValue(0)
        self.stale_days.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        if refresh:
            self.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.open_customer.emit(self.model.customer_id(index.row()))

    def _open_first(self) -> None:
        if self._debounce.isActive() or self.loader.loading:
            self._open_when_loaded = True  # Enter typed before the hits arrived: the first hit
            self.refresh()
            return
        if self.model.rowCount() > 0:
            self.table.setFocus()
            self.table.selectRow(0)
            self._open(self.model.index(0, 0))

    def keyPressEvent(self, event: Any) -> None:
        # Down arrow from the search box goes to the results, as in a browser's address bar.
        if event.key() == Qt.Key.Key_Down and self.search.hasFocus():
            self.table.setFocus()
            self.table.selectRow(0)
            return
        super().keyPressEvent(event)
