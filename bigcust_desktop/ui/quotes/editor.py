"""The quote editor (报价单): its head (`header`), products and lines (`lines_editor`), live
totals, saving, submitting to the approval the floor prices ask for, status moves and export.

Widgets only: pricing, the approval rule and status moves come from `domain.drafts.quotes` and
`domain.pricing`; writes go through `store.quotes` via `ctx.write`. Depends on `ui.qt`, the
store's services, domain.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.quote_revision import can_revise, new_revision
from bigcust_desktop.domain.drafts.quotes import (
    QuotePricing,
    new_quote,
    price_quote,
    quote_status_change,
    revise_quote,
)
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.pricing import QuoteStatus
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QDialog,
    QKeySequence,
    QLabel,
    QMessageBox,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.quotes.editor_buttons import EditorButtons
from bigcust_desktop.ui.quotes.export import QuoteExporter
from bigcust_desktop.ui.quotes.header import QuoteHeader
from bigcust_desktop.ui.quotes.lines_editor import QuoteLinesEditor
from bigcust_desktop.ui.quotes.number import number_text
from bigcust_desktop.ui.quotes.totals import TotalsPanel
from bigcust_desktop.ui.quotes.versions import VersionBar
from bigcust_desktop.ui.widgets.form_errors import FormErrors

ENTITY = "quote"


class QuoteEditor(QDialog):
    """A new quote, or an existing one (editable while a draft, its status moves otherwise)."""

    saved = Signal(str)  # the quote's id after every stored change

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None = None,
        quote_id: str | None = None,
        opportunity_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self.ctx = ctx
        self.current: dict[str, Any] | None = None
        self.versions: list[dict[str, Any]] = []  # the quote's versions, oldest first
        self._dirty = False
        self._pricing: QuotePricing | None = None
        # A few indexed reads: fine on the GUI thread.
        if quote_id is not None:
            self.current = ctx.store.quotes.get(quote_id)
            if self.current is None:
                raise LookupError(f"quote {quote_id} is not in the cache")
            customer_id = self.current["customer_id"]
            opportunity_id = self.current["opportunity_id"]
            self.versions = ctx.store.quotes.versions(quote_id)
        elif opportunity_id is not None:
            opportunity = ctx.store.opportunities.get(opportunity_id)
            if opportunity is not None:
                customer_id = opportunity["customer_id"]
        known = [line["product_id"] for line in (self.current or {}).get("lines", [])]
        self.products = ctx.store.quotes.catalogue(also=known)
        self._customer_id = customer_id
        self._opportunity_id = opportunity_id
        self._items = {p.id: p.item for p in self.products}
        self._known = frozenset(known)
        self.resize(1180, 720)
        self._build()
        self._load_customers(customer_id)
        self._fill()
        self._bind()
        self._update_state()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.errors = FormErrors(self)
        self.header = QuoteHeader(self.ctx, self._customer_id, self.errors, self)
        # Short names for the head's fields (the tests reach them from the editor).
        self.title_edit, self.term_spin = self.header.title_edit, self.header.term_spin
        self.opportunity_combo = self.header.opportunity_combo
        self.customer_picker = self.header.customer_picker

        self.lines = QuoteLinesEditor(self.products, self._items, self)
        self.errors.register("lines", self.lines.table, self.lines.error)
        # Short names for the lines' parts (the tests and the approvals page reach them).
        self.catalogue, self.lines_model = self.lines.catalogue, self.lines.model
        self.lines_table, self.remove_button = self.lines.table, self.lines.remove_button

        self.totals = TotalsPanel(self)
        self.status_label = self.totals.status_label
        self.approval_notice = self.totals.approval_notice
        self.quote_total = self.totals.quote_total
        self.discount_total = self.totals.discount_total

        buttons = EditorButtons(self)
        # Short names for the buttons (the tests reach them from the editor).
        self.buttons = buttons
        self.save_button, self.submit_button = buttons.save, buttons.submit
        self.export_button, self.withdraw_button = buttons.export, buttons.withdraw
        self.revise_button, self.sent_button = buttons.revise, buttons.sent
        self.accepted_button, self.close_button = buttons.accepted, buttons.close
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")

        self.version_bar = VersionBar(self)
        self.version_bar.chosen.connect(self.show_version)

        layout = QVBoxLayout(self)
        layout.addWidget(self.version_bar)
        layout.addWidget(self.header)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.exporter = QuoteExporter(self.ctx, self)

    def _load_customers(self, customer_id: str | None) -> None:
        """Whom lines may be for: the customer and its branches (a few indexed reads)."""
        customers = self.ctx.store.quotes.line_customers(customer_id) if customer_id else []
        self.lines.set_customers(customers)

    def _bind(self) -> None:
        self.header.bind()
        if self.customer_picker is not None:
            self.customer_picker.customer_changed.connect(self._load_customers)
        self.header.edited.connect(self._mark_dirty)
        self.header.term_changed.connect(self._lines_changed)
        self.lines_model.lines_changed.connect(self._lines_changed)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.export_button.clicked.connect(self.export)
        self.revise_button.clicked.connect(self.revise)
        self.withdraw_button.clicked.connect(lambda: self.move_status(QuoteStatus.DRAFT))
        self.sent_button.clicked.connect(lambda: self.move_status(QuoteStatus.SENT))
        self.accepted_button.clicked.connect(lambda: self.move_status(QuoteStatus.ACCEPTED))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save(submit=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(submit=True))
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)

    # -- filling -----------------------------------------------------------------------------

    def _fill(self) -> None:
        self.header.fill(self.current, self._opportunity_id, dt.datetime.now(dt.UTC))
        if self.current is not None:
            self.lines_model.set_lines(self.current["lines"])
        self._reprice()
        self._dirty = False

    # -- editing -----------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.current is None or (
            self.current["status"] == QuoteStatus.DRAFT and not self._has_successor()
        )

    def _has_successor(self) -> bool:
        current = self.current
        return current is not None and any(
            v.get("revision_of") == current["id"] or v["id"] == current.get("superseded_by")
            for v in self.versions
        )

    def add_product(self, product_id: str) -> None:
        self.lines.add_product(product_id)

    def _lines_changed(self) -> None:
        self._mark_dirty()
        self._reprice()

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._update_state()

    def _reprice(self) -> None:
        pricing = price_quote(
            self.lines_model.drafts(),
            self._items,
            self.term_spin.value(),
            known_products=self._known,
        )
        self._pricing = pricing
        self.lines_model.set_pricing(pricing)
        self.totals.show_pricing(
            pricing, lines=self.lines_model.rowCount(), editable=self._editable()
        )
        self.lines.show_errors(pricing)
        by_branch: dict[str, Decimal] = {}
        for row, amounts in enumerate(pricing.line_vat):
            if amounts is not None:
                name = self.lines_model.branch_name(row)
                by_branch[name] = by_branch.get(name, Decimal(0)) + amounts.gross
        self.totals.show_branches(by_branch)

    # -- state -------------------------------------------------------------------------------

    def _update_state(self) -> None:
        quote = self.current
        status = quote["status"] if quote else QuoteStatus.DRAFT
        editable = self._editable()
        self.header.set_editable(editable)
        self.lines.set_editable(editable)
        latest = not self._has_successor()
        self.buttons.show_state(
            status,
            exists=quote is not None,
            editable=editable,
            dirty=self._dirty,
            latest=latest,
            revisable=quote is not None and can_revise(quote, has_successor=not latest),
        )
        self.version_bar.show_versions(self.versions, quote)
        if quote is None:
            self.setWindowTitle(self.tr("New quote"))
            self.totals.show_status(status, None, None)
            return
        self.header.show_number(quote)
        self.setWindowTitle(
            self.tr("Quote %1 — %2").replace("%1", number_text(quote)).replace("%2", quote["title"])
        )
        decided_by = None
        if quote.get("approved_by") and status in (QuoteStatus.APPROVED, QuoteStatus.REJECTED):
            names = self.ctx.store.staff.names([quote["approved_by"]])
            decided_by = names.get(quote["approved_by"], quote["approved_by"])
        self.totals.show_status(status, decided_by, quote.get("approval_note"))

    # -- saving ------------------------------------------------------------------------------

    def save(self, *, submit: bool) -> None:
        """Save the draft (and submit it with ``submit``); errors are shown by their fields."""
        if not self._editable() or not self.save_button.isEnabled():
            return
        self.errors.clear()
        user = self.ctx.user
        if user is None:
            self.errors.show_message(self.tr("Sign in before making quotes."))
            return
        fields = {
            **self.header.values(),
            "lines": self.lines_model.drafts(),
            "catalogue": self._items,
            "now": dt.datetime.now(dt.UTC),
            "submit": submit,
        }
        try:
            if self.current is None:
                customer_id = self.header.chosen_customer()
                record = new_quote(customer_id=customer_id, owner_id=user.id, **fields)
            else:
                record = revise_quote(self.current, **fields)
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            if self._pricing is not None:
                self.lines.show_errors(self._pricing)
            return
        current = self.current

        def work() -> dict[str, Any]:
            if current is None:
                return self.ctx.store.quotes.create(record)
            return self.ctx.store.quotes.update(current["id"], record)

        self._write(work, self._submitted_message if submit else self.tr("Draft saved."))

    def _submitted_message(self) -> str:
        status = (self.current or {}).get("status")
        if status == QuoteStatus.PENDING_APPROVAL:
            return self.tr(
                "Submitted: the regional manager must approve the lines below the floor price."
            )
        return self.tr("Submitted and approved: no line is below its floor price.")

    def show_version(self, quote_id: str) -> None:
        """Switch the editor to another version of the quote (earlier ones are read-only)."""
        if self.current is not None and quote_id == self.current["id"]:
            return
        record = next((v for v in self.versions if v["id"] == quote_id), None)
        if record is None or (self._dirty and self._editable()):
            self.version_bar.show_versions(self.versions, self.current)
            if record is not None:
                self.message.setText(self.tr("Save or discard your changes first."))
            return
        self._load(self.ctx.store.quotes.get(quote_id) or record)

    def _load(self, record: dict[str, Any]) -> None:
        self.current = record
        self._known = frozenset(line["product_id"] for line in record["lines"])
        self.header.fill(record, record.get("opportunity_id"), dt.datetime.now(dt.UTC))
        self.lines_model.set_lines(record["lines"])
        self._reprice()
        self._dirty = False
        self._update_state()

    def revise(self) -> None:
        """A new version of the latest one (a draft with the same lines); the current version
        stays as it is, read-only history."""
        current, user = self.current, self.ctx.user
        if current is None or user is None:
            return
        try:
            record = new_revision(
                current,
                owner=user,
                now=dt.datetime.now(dt.UTC),
                has_successor=self._has_successor(),
            )
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            return
        store = self.ctx.store

        def work() -> dict[str, Any]:
            return store.quotes.create(record)

        self._write(work, self.tr("New version: edit it and submit it again."))

    def move_status(self, to: str) -> None:
        """Revise (back to draft), mark as sent, or record the customer's acceptance."""
        if self.current is None:
            return
        try:
            changes = quote_status_change(self.current, to)
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            return
        quote_id = self.current["id"]

        def work() -> dict[str, Any]:
            return self.ctx.store.quotes.update(quote_id, changes)

        self._write(work, self.tr("Status changed to %1.").replace("%1", label("quote_status", to)))

    def _write(self, work: Any, message: Any) -> None:
        for button in (self.save_button, self.submit_button):
            button.setEnabled(False)

        def done(record: dict[str, Any]) -> None:
            previous, self.current = self.current, record
            if previous is None or previous["id"] != record["id"]:
                # A new quote or a new version: its versions, and its head as stored.
                self.versions = self.ctx.store.quotes.versions(str(record["id"]))
                if previous is not None:
                    self.header.fill(record, record.get("opportunity_id"), dt.datetime.now(dt.UTC))
            else:
                self.versions = [record if v["id"] == record["id"] else v for v in self.versions]
            self._known = frozenset(line["product_id"] for line in record["lines"])
            self.lines_model.set_lines(record["lines"])
            self._reprice()
            self._dirty = False
            self._update_state()
            self.message.setText(message() if callable(message) else message)
            self.saved.emit(str(record["id"]))

        def failed(exc: BaseException) -> None:
            self._update_state()
            if not self.errors.handle(exc):
                show_failure(self, exc)

        self.ctx.write(work, {ENTITY}, done, failed)

    # -- export and closing ------------------------------------------------------------------

    def export(self) -> None:
        if self.current is None or self._dirty:
            self.message.setText(self.tr("Save the quote before exporting it."))
            return
        # The document's module brings openpyxl: loaded at the first export, not with the page.
        from bigcust_desktop.reports.quote_document import default_quote_file_name

        name = self.header.customer_name(self.current["customer_id"])
        file_name = default_quote_file_name(name, self.current["title"], dt.datetime.now(dt.UTC))
        self.exporter.ask(self.current["id"], file_name)

    def reject(self) -> None:
        """Esc or Close: unsaved changes are only dropped once the user says so."""
        if not self._dirty or not self._editable():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this quote?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardChanges")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                super(QuoteEditor, self).reject()
                if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard
                else None
            )
        )
        box.open()
