"""The quotes page (报价): the book's quotes, filtered by status and text, opened in the editor.

A `ListPage`: the ids are read in the read lane, rows load lazily. Depends on `ui.qt`, the list
page, `store.quotes` and the editor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.store.queries.quotes import (
    QuoteFilter,
)
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import date_text, label, local_time_text
from bigcust_desktop.ui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QPushButton,
    QShortcut,
    Qt,
    QWidget,
)
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.export import QuoteExporter
from bigcust_desktop.ui.quotes.number import row_number_text
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox
from bigcust_desktop.ui.widgets.list_page import ListPage
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column, money_column

WATCHED = frozenset({"quote", "customer", "user"})
_STATUS_COLORS = {"pending_approval": "#d35400", "rejected": "#c0392b", "approved": "#27ae60"}


def quote_columns() -> tuple[list[Column], list[str | None]]:
    columns = [
        Column(QCoreApplication.translate("QuoteTable", "No."), row_number_text),
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
        "number",
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


class QuotesPage(ListPage):
    """报价: every quote of the book, newest first; Enter opens it, Ctrl+N starts one."""

    PAGE_NAME = "quotes"
    WATCHED = WATCHED
    SERVICE = "quotes"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, order=("created_at", True))
        self.setObjectName("quotesPage")
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
        self.search = self.search_box(
            "quoteSearch", self.tr("Search quotes"), self.tr("Title or customer")
        )
        self.status_filter = CodeComboBox(
            "quote_status", "statusFilter", self, empty_text=self.tr("All statuses")
        )
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.currentIndexChanged.connect(lambda _: self.refresh())
        self.customer_chip.clicked.connect(lambda: self.apply_filter({}))
        bar = QHBoxLayout()
        for widget in (self.new_button, self.export_button):
            bar.addWidget(widget)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.customer_chip)
        bar.addStretch(1)

        columns, orders = quote_columns()
        self.build_list(columns, orders, "quoteTable", self.tr("Quotes"))
        self.table.horizontalHeader().setSortIndicator(8, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        widths = ((0, 150), (2, 150), (3, 100), (4, 130), (5, 70), (6, 100), (7, 80), (8, 130))
        for column, width in widths:
            header.resizeSection(column, width)
        header.setSectionResizeMode(9, QHeaderView.ResizeMode.ResizeToContents)  # blank if synced
        self.table.activated.connect(lambda index: self.open_quote(self.model.id_at(index.row())))
        self.lay_out(bar, self.table, "quoteSummary")

        self.exporter = QuoteExporter(ctx, self)
        self.exporter.exported.connect(
            lambda path: self.message.setText(self.tr("Exported to %1").replace("%1", path))
        )

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
        self.set_customer(filter.get("customer_id"))
        self.refresh()

    def list_work(
        self, order: tuple[str, bool], first: int
    ) -> Callable[[], tuple[list[str], dict[str, Any]]]:
        flt, store = self.current_filter(), self.ctx.store

        def work() -> tuple[list[str], dict[str, Any]]:
            return store.quotes.listed(flt, *order, first)

        return work

    def summary_text(self, count: int) -> str:
        return self.tr("%n quotes", "", count)

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
        self.editor = editor
        self.open_dialog(editor)
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
