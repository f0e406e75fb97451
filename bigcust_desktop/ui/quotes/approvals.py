"""The approvals queue (审批) of a regional or city manager: quotes with lines below the catalogue
floor, the level of authority they need, their lines beside the floor prices, the owner's reason
with the customer's arrears, value tier and the quote's expiry, and approve or reject with a note.

Nobody is offered his or her own quote (`permissions.approval_queue`): a regional manager's own
go up to the city manager. The decision is an update of the quote made by
`domain.drafts.quotes.approval_decision`; the queue then moves on to the next quote. Depends on
`ui.qt`, `ui.widgets`, `store.quotes` and the domain's permissions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.drafts.quotes import approval_decision, price_quote
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.permissions import approval_queue, is_regional_manager
from bigcust_desktop.domain.pricing import discount_depth
from bigcust_desktop.store.queries.quotes import ApprovalRow
from bigcust_desktop.store.services.quotes import ApprovalFacts
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text, money_text, percent_text
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
from bigcust_desktop.ui.quotes.lines_model import BRANCH, QuoteLinesModel
from bigcust_desktop.ui.quotes.number import number_text
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column

WATCHED = frozenset({"quote", "product", "user"})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CREATED = 8  # the column the queue is first sorted by
Loaded = tuple[list[ApprovalRow], int]  # the queue, and how many of the user's own wait above
Detail = tuple[str | None, Any, list[Any], ApprovalFacts | None, list[tuple[str, str]]]


class ApprovalsPage(QWidget):
    """审批: quotes below the floor waiting for a regional or city manager, oldest first."""

    PAGE_NAME = "approvals"
    loaded = Signal()  # after each refresh has drawn its rows
    detail_loaded = Signal()  # the selected quote's lines drawn (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPage")
        self.ctx = ctx
        self.current: dict[str, Any] | None = None
        self.scope = approval_queue(ctx.user)
        self.deciding = self.scope.deciding
        self._decided_row: int | None = None  # where the last decided quote stood
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
                    self.tr("Approval level"),
                    lambda r: label("approval_level", r.level),
                    sort_key=lambda r: r.level.rank,
                ),
                Column(
                    self.tr("Discount depth"),
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
        self.facts = QLabel(self)
        self.facts.setObjectName("approvalFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
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
        box.addWidget(self.facts)
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

    def _query(self) -> Callable[[], Loaded]:
        scope, store, user = self.scope, self.ctx.store, self.ctx.user
        # A regional manager's own quotes wait for the city manager: she is told how many.
        mine = user.id if user is not None and is_regional_manager(user) else None

        def work() -> Loaded:
            rows = store.quotes.pending_approvals(
                team_id=scope.team_id, owner_id=scope.owner_id, not_owner=scope.not_owner
            )
            own = len(store.quotes.pending_approvals(owner_id=mine)) if mine else 0
            return rows, own

        return work

    def _loaded(self, loaded: Loaded) -> None:
        rows, own = loaded
        keep = self.current["id"] if self.current else None
        self.model.set_rows(rows)
        header = self.queue.horizontalHeader()  # keep the order the user chose
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if self.deciding:
            text = self.tr("%n quotes wait for your approval.", "", len(rows))
            if own:
                text += " " + self.tr("%n of your own quotes wait for the city manager.", "", own)
            self.intro.setText(text)
        else:
            self.intro.setText(
                self.tr(
                    "%1 of your quotes wait for the regional manager. Only a regional manager "
                    "approves or rejects quotes."
                ).replace("%1", str(len(rows)))
            )
        ids = [r.id for r in self.model.rows()]
        if keep in ids:
            at = ids.index(keep)
        elif self._decided_row is not None:
            # The decided quote has left the queue: the one after it now stands in its place.
            at = min(self._decided_row, len(ids) - 1)
        else:
            at = 0
        self._decided_row = None
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
            self.facts.clear()
            self.lines_model.set_lines([])
            return
        self.detail_loader.refresh()

    def _detail_query(self) -> Callable[[], Detail]:
        store = self.ctx.store
        quote_id = self._selected.id if self._selected is not None else None
        today = local_today(dt.datetime.now(dt.UTC))

        def work() -> Detail:
            if quote_id is None:
                return None, None, [], None, []
            quote, products, facts = store.quotes.for_approval(quote_id, today)  # indexed
            customers = store.quotes.line_customers(quote["customer_id"]) if quote else []
            return quote_id, quote, products, facts, customers

        return work

    def _show_detail(self, loaded: Detail) -> None:
        quote_id, quote, products, facts, customers = loaded
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
        self.lines_model.set_customers(customers)
        self.lines.setColumnHidden(BRANCH, len(customers) < 2)
        self.lines_model.set_lines(quote["lines"])
        known = frozenset(line["product_id"] for line in quote["lines"])
        pricing = price_quote(
            self.lines_model.drafts(), items, int(quote["term_months"]), known_products=known
        )
        self.lines_model.set_pricing(pricing)
        self.detail_title.setText(
            rich(
                self.tr("<b>%1</b> %5 — %2 · %3 months · total %4"),
                quote["title"],
                approval.customer_name,
                quote["term_months"],
                money_text(pricing.total),
                number_text(quote),
            )
        )
        self.facts.setText(self._facts_text(approval, facts))
        self.detail_loaded.emit()

    def _facts_text(self, approval: ApprovalRow, facts: ApprovalFacts | None) -> str:
        """The reason, the level, the customer's arrears and value tier, the quote's expiry."""
        if facts is None:
            return ""
        arrears = (
            self.tr("%1 overdue up to %2 days")
            .replace("%1", money_text(facts.arrears))
            .replace("%2", str(facts.days_overdue))
            if facts.arrears
            else self.tr("none")
        )
        rows = (
            (self.tr("Reason for approval"), facts.reason or self.tr("(no reason given)")),
            (self.tr("Approval level"), label("approval_level", approval.level)),
            (self.tr("Customer's arrears"), arrears),
            (self.tr("Value tier"), label("value_tier", facts.value_tier)),
            (self.tr("Valid until"), facts.valid_until),
        )
        return "\n".join(self.tr("%1: %2").replace("%1", k).replace("%2", v) for k, v in rows)

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

        self._decided_row = next(
            (i for i, r in enumerate(self.model.rows()) if r.id == quote_id), None
        )

        def done(_: Any) -> None:
            self.note_edit.clear()
            text = self.tr("Approved: %1") if approve else self.tr("Rejected: %1")
            self.message.setText(text.replace("%1", title))
            self.ctx.push_now(text.replace("%1", title))  # the submitter waits for it

        def failed(exc: BaseException) -> None:
            self._decided_row = None
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
