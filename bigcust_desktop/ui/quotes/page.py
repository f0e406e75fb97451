"""The quotes page (报价): the book's quotes, filtered by status and text, opened in the editor.

Queries run through the task runner; rows load lazily. Depends on `ui.qt`, `store.quotes`, the
editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from bigcust_desktop.store.queries.quotes import (
    QuoteFilter,
    QuoteRow,
)
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import date_text, label, local_time_text
from bigcust_desktop.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.export import QuoteExporter
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table, selected_id, show_ids
from bigcust_desktop.ui.widgets.sorted_model import SortableLazyModel
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column, money_column

WATCHED = frozenset({"quote", "customer", "user"})
_STATUS_COLORS = {"pending_approval": "#d35400", "rejected": "#c0392b", "approved": "#27ae60"}


def quote_columns() -> tuple[list[Column], list[str | None]]:
    columns = [
        Column(QCoreApplication.translate("QuoteTable", "Quote"), lambda r: r.title),
        Column(QCoreApplication.translate("QuoteTable", "Customer"), lambda r: r.customer_name),
        Column(
            QCoreApplication.translate("QuoteTable", "Status"),
            lambda r: label("quote_status", r.status),
            color=lambda r: _STATUS_COLORS.get(r.status),
        ),
        money_column(QCoreApplication.translate("QuoteTable", "Total"), lambda r: r.total),
        Column(
            QCoreApplication.translate("QuoteTable", "Term"),
            lambda r: QCoreApplication.translate("QuoteTable", "%1 mo.").replace(
                "%1", str(r.term_months)
            ),
        ),
        Column(
            QCoreApplication.translate("QuoteTable", "Valid until"),
            lambda r: date_text(r.valid_until),
        ),
        Column(QCoreApplication.translate("QuoteTable", "Owner"), lambda r: r.owner_name),
        Column(
            QCoreApplication.translate("QuoteTable", "Created"),
            lambda r: local_time_text(r.created_at),
        ),
        sync_state_column(QCoreApplication.translate("QuoteTable", "Sync"), lambda r: r.sync_state),
    ]
    orders = [
        "title",
        "customer_name",
        "status",
        "total",
        None,
        "valid_until",
        None,
        "created_at",
        None,
    ]
    return columns, orders


class QuotesPage(QWidget):
    """报价: every quote of the book, newest first; Enter opens it, Ctrl+N starts one."""

    PAGE_NAME = "quotes"
    loaded = Signal()  # after each refresh has drawn its rows

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotesPage")
        self.ctx = ctx
        self._order: tuple[str, bool] = ("created_at", True)
        self._customer_id: str | None = None
        self.editor: QuoteEditor | None = None

        self.new_button = QPushButton(self.tr("New quote"), self)
        self.new_button.setObjectName("newQuote")
        self.new_button.setToolTip(self.tr("New quote (Ctrl+N)"))
        self.new_button.setEnabled(ctx.user is not None)
        self.new_button.clicked.connect(lambda: self.new_quote())
        QShortcut(QKeySequence.StandardKey.New, self, activated=lambda: self.new_quote())
        self.export_button = QPushButton(self.tr("&Export to Excel"), self)
        self.export_button.setObjectName("exportSelectedQuote")
        self.export_button.setToolTip(
            self.tr("Export the selected quote for the customer (Ctrl+E)")
        )
        self.export_button.clicked.connect(self.export_selected)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_selected)
        self.search = QLineEdit(self)
        self.search.setObjectName("quoteSearch")
        self.search.setAccessibleName(self.tr("Search quotes"))
        self.search.setPlaceholderText(self.tr("Title or customer"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = CodeComboBox(
            "quote_status", "statusFilter", self, empty_text=self.tr("All statuses")
        )
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.customer_chip = QPushButton(self)
        self.customer_chip.setObjectName("customerFilter")
        self.customer_chip.setToolTip(self.tr("Show every customer again"))
        self.customer_chip.hide()
        self.customer_chip.clicked.connect(lambda: self.apply_filter({}))
        bar = QHBoxLayout()
        for widget in (self.new_button, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.customer_chip)
        bar.addStretch(1)

        columns, orders = quote_columns()
        self.model = SortableLazyModel(columns, orders, self._load_rows, self)
        self.table = record_table(self, self.model, "quoteTable", self.tr("Quotes"))
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 100), (3, 130), (4, 70), (5, 100), (6, 80), (7, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.ResizeToContents)  # blank if synced
        self.table.activated.connect(lambda index: self.open_quote(self.model.id_at(index.row())))
        self.summary = QLabel(self)
        self.summary.setObjectName("quoteSummary")
        self.message = QLabel(self)
        self.message.setObjectName("pageMessage")
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.message, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        self.exporter = QuoteExporter(ctx, self)
        self.exporter.exported.connect(
            lambda path: self.message.setText(self.tr("Exported to %1").replace("%1", path))
        )
        self.model.sort_requested.connect(self._sort)
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _: self._debounce.start())

    # -- filters and loading -----------------------------------------------------------------

    def current_filter(self) -> QuoteFilter:
        status = self.status_filter.code()
        return QuoteFilter(
            book=book_of(self.ctx.user),
            customer_id=self._customer_id,
            statuses=(status,) if status else (),
            text=self.search.text(),
        )

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """``status`` (a quote status), ``customer_id``, ``text``."""
        for widget in (self.status_filter, self.search):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        if filter.get("status"):
            self.status_filter.set_code(str(filter["status"]))
        self.search.setText(str(filter.get("text") or ""))
        for widget in (self.status_filter, self.search):
            widget.blockSignals(False)
        self._customer_id = filter.get("customer_id") or None
        if self._customer_id:
            name = self.ctx.store.customers.name(self._customer_id)
            self.customer_chip.setText(self.tr("Customer: %1  ✕").replace("%1", name))
        self.customer_chip.setVisible(self._customer_id is not None)
        self.refresh()

    def _sort(self, order_by: str, descending: bool) -> None:
        self._order = (order_by, descending)
        self.refresh()

    def refresh(self) -> None:
        self.loader.refresh()

    def _query(self) -> Callable[[], list[str]]:
        flt, store, order = self.current_filter(), self.ctx.store, self._order

        def work() -> list[str]:
            return store.quotes.ids(flt, *order)

        return work

    def _loaded(self, ids: list[str]) -> None:
        show_ids(self.table, self.model, ids)
        self.summary.setText(self.tr("%n quotes", "", len(ids)))
        self.loaded.emit()

    def _load_rows(self, ids: Sequence[str]) -> dict[str, QuoteRow]:
        return self.ctx.store.quotes.rows(ids)

    def selected_id(self) -> str | None:
        return selected_id(self.table, self.model)

    # -- actions -----------------------------------------------------------------------------

    def new_quote(
        self, customer_id: str | None = None, opportunity_id: str | None = None
    ) -> QuoteEditor | None:
        if self.ctx.user is None:
            return None
        return self._show_editor(
            QuoteEditor(
                self.ctx,
                customer_id=customer_id or self._customer_id,
                opportunity_id=opportunity_id,
                parent=self,
            )
        )

    def open_quote(self, quote_id: str) -> QuoteEditor:
        return self._show_editor(QuoteEditor(self.ctx, quote_id=quote_id, parent=self))

    def _show_editor(self, editor: QuoteEditor) -> QuoteEditor:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor = editor
        editor.open()
        return editor

    def export_selected(self) -> None:
        quote_id = self.selected_id()
        row = self.model.row_at(self.table.currentIndex().row()) if quote_id else None
        if row is None:
            self.message.setText(self.tr("Select a quote to export."))
            return
        from bigcust_desktop.reports.quote_document import default_quote_file_name

        name = default_quote_file_name(row.customer_name, row.title, dt.datetime.now(dt.UTC))
        self.exporter.ask(row.id, name)
