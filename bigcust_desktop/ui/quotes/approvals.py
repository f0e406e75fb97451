"""The approvals queue (审批) of a regional manager: quotes with lines below the catalogue floor,
their lines side by side with the floor prices, and approve or reject with a note.

The decision is an update of the quote (status, approved_by, approval_note) made by
`domain.drafts.quotes.approval_decision`. Depends on `ui.qt`, `ui.widgets`, `store.quotes` and
the domain's permissions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.quotes import approval_decision, price_quote
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.permissions import may_approve_quotes
from bigcust_desktop.domain.pricing import discount_depth
from bigcust_desktop.store.queries.quotes import ApprovalRow
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import local_time_text, money_text, percent_text
from bigcust_desktop.ui.plain_text import rich
from bigcust_desktop.ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.lines_model import QuoteLinesModel
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column

WATCHED = frozenset({"quote", "product", "user"})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CREATED = 7  # the column the queue is first sorted by


class ApprovalsPage(QWidget):
    """审批: quotes below the floor waiting for the regional manager, oldest first."""

    PAGE_NAME = "approvals"
    loaded = Signal()  # after each refresh has drawn its rows
    detail_loaded = Signal()  # the selected quote's lines drawn (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPage")
        self.ctx = ctx
        self.current: dict[str, Any] | None = None
        self.deciding = may_approve_quotes(ctx.user)
        self.intro = QLabel(self)
        self.intro.setObjectName("approvalsIntro")
        self.intro.setWordWrap(True)
        self.model = RowsModel(
            [
                Column(self.tr("Customer"), lambda r: r.customer_name),
                Column(self.tr("Quote"), lambda r: r.title),
                Column(self.tr("Account manager"), lambda r: r.owner_name),
                money_column(self.tr("Total"), lambda r: r.total),
                money_column(self.tr("At list price"), lambda r: r.list_total),
                Column(
                    self.tr("Discount"),
                    lambda r: percent_text(discount_depth(r.list_total, r.total)),
                    _RIGHT,
                    sort_key=lambda r: discount_depth(r.list_total, r.total),
                ),
                Column(
                    self.tr("Lines below floor"),
                    lambda r: str(r.lines_below_floor),
                    _RIGHT,
                    sort_key=lambda r: r.lines_below_floor,
                    color=lambda r: "#c0392b" if r.lines_below_floor else None,
                ),
                Column(
                    self.tr("Created"),
                    lambda r: local_time_text(r.created_at),
                    sort_key=lambda r: r.created_at,
                ),
            ],
            self,
        )
        self.queue = record_table(
            self, self.model, "approvalQueue", self.tr("Quotes waiting for approval")
        )
        self.queue.sortByColumn(CREATED, Qt.SortOrder.AscendingOrder)  # oldest first
        self.queue.setWordWrap(False)
        header = self.queue.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.queue.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.queue.activated.connect(lambda _: self.open_quote())

        self.detail_title = QLabel(self)
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)  # its data goes through rich()
        self.detail_title.setObjectName("approvalTitle")
        self.detail_title.setWordWrap(True)
        self.lines_model = QuoteLinesModel(self)
        self.lines_model.set_editable(False)
        self.lines = QTableView(self)
        self.lines.setObjectName("approvalLines")
        self.lines.setAccessibleName(self.tr("Lines of the selected quote"))
        self.lines.setModel(self.lines_model)
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.errors = FormErrors(self)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("approvalNoteEdit")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        self.note_edit.setPlaceholderText(
            self.tr("Why you approve or reject; a rejection must say why")
        )
        form = QFormLayout()
        self.errors.add_row(form, self.tr("No&te"), "approval_note", self.note_edit)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.approve_button.setObjectName("approveQuote")
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self.reject_button.setObjectName("rejectQuote")
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        self.open_button = QPushButton(self.tr("&Open quote"), self)
        self.open_button.setObjectName("openQuote")
        self.open_button.clicked.connect(self.open_quote)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        self.message = QLabel(self)
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)

        detail = QWidget(self)
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.detail_title)
        box.addWidget(self.lines, 1)
        box.addLayout(form)
        box.addWidget(self.errors.general)
        box.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(detail)
        splitter.setSizes([300, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._selected: ApprovalRow | None = None
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)
        # The selected quote's lines and catalogue, read when a row is chosen (never on a
        # notice of its own: a change reloads the queue, which chooses again).
        self.detail_loader = PageLoader(
            self, ctx, frozenset(), self._detail_query, self._show_detail
        )
        self._show(-1)

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.refresh()

    def _query(self) -> Callable[[], list[ApprovalRow]]:
        user, store = self.ctx.user, self.ctx.store
        team = user.team_id if user is not None and self.deciding else None
        owner = user.id if user is not None and not self.deciding else None

        def work() -> list[ApprovalRow]:
            return store.quotes.pending_approvals(team_id=team, owner_id=owner)

        return work

    def _loaded(self, rows: list[ApprovalRow]) -> None:
        keep = self.current["id"] if self.current else None
        self.model.set_rows(rows)
        header = self.queue.horizontalHeader()  # keep the order the user chose
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.deciding:
            self.intro.setText(self.tr("%n quotes wait for your approval.", "", len(rows)))
        else:
            self.intro.setText(
                self.tr(
                    "%1 of your quotes wait for the regional manager. Only a regional manager "
                    "approves or rejects quotes."
                ).replace("%1", str(len(rows)))
            )
        at = next((i for i, r in enumerate(self.model.rows()) if r.id == keep), 0)
        if rows:
            self.queue.selectRow(at)
            self._show(at)
        else:
            self._show(-1)
        self.loaded.emit()

    def _show(self, row: int) -> None:
        """Choose the quote at ``row`` (-1: nothing): its lines are read in the background."""
        self._selected = self.model.row_at(row) if row >= 0 else None
        self.errors.clear()
        self.current = None
        self._enable(False)
        if self._selected is None:
            self.detail_title.setText(self.tr("No quote selected."))
            self.lines_model.set_lines([])
            return
        self.detail_loader.refresh()

    def _detail_query(self) -> Callable[[], tuple[str | None, Any, list[Any]]]:
        store = self.ctx.store
        quote_id = self._selected.id if self._selected is not None else None

        def work() -> tuple[str | None, Any, list[Any]]:
            if quote_id is None:
                return None, None, []
            quote, products = store.quotes.with_catalogue(quote_id)  # indexed reads
            return quote_id, quote, products

        return work

    def _show_detail(self, loaded: tuple[str | None, Any, list[Any]]) -> None:
        quote_id, quote, products = loaded
        approval = self._selected
        if approval is None or quote_id != approval.id:
            return  # another quote was chosen meanwhile: its read is on its way
        self.current = quote
        self._enable(True)
        if quote is None:
            self.detail_title.setText(self.tr("No quote selected."))
            self.lines_model.set_lines([])
            self.detail_loaded.emit()
            return
        items = {p.id: p.item for p in products}
        self.lines_model.set_catalogue(items)
        self.lines_model.set_lines(quote["lines"])
        known = frozenset(line["product_id"] for line in quote["lines"])
        pricing = price_quote(
            self.lines_model.drafts(), items, int(quote["term_months"]), known_products=known
        )
        self.lines_model.set_pricing(pricing)
        self.detail_title.setText(
            rich(
                self.tr("<b>%1</b> — %2 · %3 months · total %4"),
                quote["title"],
                approval.customer_name,
                quote["term_months"],
                money_text(pricing.total),
            )
        )
        self.detail_loaded.emit()

    def _enable(self, loaded: bool) -> None:
        enabled = loaded and self.current is not None and self.deciding
        for widget in (self.approve_button, self.reject_button, self.note_edit):
            widget.setEnabled(enabled)
        self.open_button.setEnabled(loaded and self.current is not None)

    # -- decisions ---------------------------------------------------------------------------

    def decide(self, *, approve: bool) -> None:
        """Approve or reject the selected quote with the note typed; errors shown inline."""
        quote, user = self.current, self.ctx.user
        if quote is None or user is None:
            return
        self.errors.clear()
        try:
            changes = approval_decision(
                quote,
                approve=approve,
                approver=user,
                note=self.note_edit.toPlainText(),
            )
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            return
        store, quote_id, title = self.ctx.store, quote["id"], quote["title"]

        def work() -> None:
            store.quotes.update(quote_id, changes)

        def done(_: Any) -> None:
            self.note_edit.clear()
            text = self.tr("Approved: %1") if approve else self.tr("Rejected: %1")
            self.message.setText(text.replace("%1", title))

        def failed(exc: BaseException) -> None:
            self._set_buttons(True)
            if not self.errors.handle(exc):
                show_failure(self, exc)

        self._set_buttons(False)
        self.ctx.write(work, {"quote"}, done, failed)

    def _set_buttons(self, enabled: bool) -> None:
        self.approve_button.setEnabled(enabled and self.deciding)
        self.reject_button.setEnabled(enabled and self.deciding)

    def open_quote(self) -> QuoteEditor | None:
        if self.current is None:
            return None
        editor = QuoteEditor(self.ctx, quote_id=self.current["id"], parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor
