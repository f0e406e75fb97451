"""The quote editor (报价单): products from the catalogue, quantity and discount per line, term,
live totals from `domain.pricing`, lines below the floor flagged, submit and status moves, export.

Widgets only: pricing, the approval rule and status moves come from `domain.drafts`/`pricing`;
writes go through store edits via `ctx.write`. Depends on `ui.qt`, `ui.widgets`, store, domain.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.drafts import (
    QuotePricing,
    default_valid_until,
    new_quote,
    price_quote,
    quote_status_change,
    revise_quote,
)
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.pricing import QuoteStatus, can_move_quote
from bigcust_desktop.reports.quote_document import default_quote_file_name
from bigcust_desktop.store.edits import create_record, read_wire, update_record
from bigcust_desktop.store.queries.quotes import catalogue, customer_choices, open_opportunities
from bigcust_desktop.store.queries.tickets import staff_names
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.opportunities.customer_picker import CustomerPicker
from bigcust_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QSpinBox,
    QSplitter,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.quotes.catalogue import CataloguePicker
from bigcust_desktop.ui.quotes.export import QuoteExporter
from bigcust_desktop.ui.quotes.lines_model import QUANTITY, QuoteLinesModel
from bigcust_desktop.ui.quotes.totals import TotalsPanel
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.form_errors import FormErrors, make_error_label
from bigcust_desktop.ui.widgets.inputs import DateEdit, RecordComboBox

ENTITY = "quote"
DEFAULT_TERM = 12


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
        self._dirty = False
        self._pricing: QuotePricing | None = None
        with ctx.store.begin() as conn:  # a few indexed reads: fine on the GUI thread
            if quote_id is not None:
                self.current = read_wire(conn, ENTITY, quote_id)
                if self.current is None:
                    raise LookupError(f"quote {quote_id} is not in the cache")
                customer_id = self.current["customer_id"]
                opportunity_id = self.current["opportunity_id"]
            elif opportunity_id is not None:
                opportunity = read_wire(conn, "opportunity", opportunity_id)
                if opportunity is not None:
                    customer_id = opportunity["customer_id"]
            known = [line["product_id"] for line in (self.current or {}).get("lines", [])]
            self.products = catalogue(conn, also=known)
        self.customer_id = customer_id
        self._opportunity_id = opportunity_id
        self._items = {p.id: p.item for p in self.products}
        self._known = frozenset(known)
        self.resize(1180, 720)
        self._build()
        self._fill()
        self._bind()
        self._update_state()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.errors = FormErrors(self)
        left, right = QFormLayout(), QFormLayout()
        self.customer_picker: CustomerPicker | None = None
        if self.customer_id is None:
            self.customer_picker = CustomerPicker(self.ctx.store, book_of(self.ctx.user), self)
            customer: QWidget = self.customer_picker
        else:
            customer = QLabel(self._customer_name(self.customer_id), self)
            customer.setObjectName("customerName")
        self.errors.add_row(left, self.tr("Customer"), "customer_id", customer)
        self.opportunity_combo = RecordComboBox("opportunity", self, none_text=self.tr("(none)"))
        self.errors.add_row(left, self.tr("&Opportunity"), "opportunity_id", self.opportunity_combo)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.errors.add_row(left, self.tr("&Title"), "title", self.title_edit)
        self.term_spin = QSpinBox(self)
        self.term_spin.setObjectName("termSpin")
        self.term_spin.setRange(1, 60)
        self.term_spin.setSuffix(self.tr(" months"))
        self.errors.add_row(right, self.tr("Te&rm"), "term_months", self.term_spin)
        self.valid_edit = DateEdit("valid_until", self)
        self.errors.add_row(right, self.tr("&Valid until"), "valid_until", self.valid_edit)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(52)
        self.errors.add_row(right, self.tr("&Notes"), "notes", self.notes_edit)
        head = QHBoxLayout()
        head.addLayout(left, 3)
        head.addLayout(right, 2)

        self.catalogue = CataloguePicker(self)
        self.catalogue.set_products(self.products)
        self.lines_model = QuoteLinesModel(self)
        self.lines_model.set_catalogue(self._items)
        self.lines_table = QTableView(self)
        self.lines_table.setObjectName("linesTable")
        self.lines_table.setAccessibleName(self.tr("Quote lines"))
        self.lines_table.setModel(self.lines_model)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.lines_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.remove_button = QPushButton(self.tr("&Remove line"), self)
        self.remove_button.setObjectName("removeLine")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete)"))
        lines_error = make_error_label("linesError", self)
        self.errors.register("lines", self.lines_table, lines_error)
        lines_box = QWidget(self)
        box = QVBoxLayout(lines_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.lines_table, 1)
        box.addWidget(lines_error)
        box.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        splitter = QSplitter(self)
        splitter.addWidget(self.catalogue)
        splitter.addWidget(lines_box)
        splitter.setSizes([380, 800])
        self.splitter = splitter

        self.totals = TotalsPanel(self)
        self.status_label = self.totals.status_label
        self.approval_notice = self.totals.approval_notice
        self.quote_total = self.totals.quote_total
        self.discount_total = self.totals.discount_total

        self.save_button = self._button("saveDraft", self.tr("&Save draft"), "Ctrl+S")
        self.submit_button = self._button("submitQuote", self.tr("Su&bmit"), "Ctrl+Enter")
        self.export_button = self._button("exportQuote", self.tr("&Export to Excel"), "Ctrl+E")
        self.revise_button = self._button("reviseQuote", self.tr("Re&vise"), "")
        self.sent_button = self._button("markSent", self.tr("Mark as se&nt"), "")
        self.accepted_button = self._button("markAccepted", self.tr("Customer a&ccepted"), "")
        self.close_button = self._button("closeEditor", self.tr("Close"), "Esc")
        buttons = QHBoxLayout()
        for button in (self.save_button, self.submit_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.revise_button, self.sent_button, self.accepted_button):
            buttons.addWidget(button)
        buttons.addWidget(self.close_button)
        self.message = QLabel(self)
        self.message.setObjectName("editorMessage")

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.exporter = QuoteExporter(self.ctx, self)

    def _button(self, name: str, text: str, keys: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        if keys:
            button.setToolTip(f"{text.replace('&', '')} ({keys})")
        return button

    def _bind(self) -> None:
        self.catalogue.product_chosen.connect(self.add_product)
        self.lines_model.lines_changed.connect(self._lines_changed)
        self.remove_button.clicked.connect(self.remove_line)
        self.term_spin.valueChanged.connect(lambda _: self._lines_changed())
        for edit in (self.title_edit,):
            edit.textEdited.connect(lambda _: self._mark_dirty())
        self.notes_edit.textChanged.connect(self._mark_dirty)
        self.valid_edit.dateChanged.connect(lambda _: self._mark_dirty())
        self.opportunity_combo.currentIndexChanged.connect(lambda _: self._mark_dirty())
        if self.customer_picker is not None:
            self.customer_picker.customer_changed.connect(self._customer_changed)
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.export_button.clicked.connect(self.export)
        self.revise_button.clicked.connect(lambda: self.move_status(QuoteStatus.DRAFT))
        self.sent_button.clicked.connect(lambda: self.move_status(QuoteStatus.SENT))
        self.accepted_button.clicked.connect(lambda: self.move_status(QuoteStatus.ACCEPTED))
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save(submit=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(submit=True))
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.lines_table)
        delete.activated.connect(self.remove_line)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- filling -----------------------------------------------------------------------------

    def _customer_name(self, customer_id: str) -> str:
        with self.ctx.store.begin() as conn:
            return customer_choices(conn, [customer_id]).get(customer_id, customer_id)

    def _load_opportunities(self, customer_id: str | None) -> None:
        items: list[tuple[str, str]] = []
        if customer_id:
            with self.ctx.store.begin() as conn:
                items = open_opportunities(conn, customer_id)
        self.opportunity_combo.set_items(items)

    def _fill(self) -> None:
        now = dt.datetime.now(dt.UTC)
        self._load_opportunities(self.customer_id)
        self.opportunity_combo.set_current_id(self._opportunity_id)
        quote = self.current
        if quote is None:
            self.term_spin.setValue(DEFAULT_TERM)
            self.valid_edit.set_value(default_valid_until(now))
            title = self.opportunity_combo.currentText() if self._opportunity_id else ""
            if title:
                self.title_edit.setText(self.tr("%1 quote").replace("%1", title))
        else:
            self.title_edit.setText(quote["title"])
            self.term_spin.setValue(int(quote["term_months"]))
            self.valid_edit.set_value(dt.date.fromisoformat(quote["valid_until"]))
            self.notes_edit.setPlainText(quote.get("notes") or "")
            self.lines_model.set_lines(quote["lines"])
        self._reprice()
        self._dirty = False

    def _customer_changed(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self._load_opportunities(customer_id)
        self._mark_dirty()

    # -- editing -----------------------------------------------------------------------------

    def _editable(self) -> bool:
        return self.current is None or self.current["status"] == QuoteStatus.DRAFT

    def add_product(self, product_id: str) -> None:
        if not self._editable():
            return
        row = self.lines_model.add_product(product_id)
        index = self.lines_model.index(row, QUANTITY)
        self.lines_table.setCurrentIndex(index)
        self.lines_table.setFocus()

    def remove_line(self) -> None:
        index = self.lines_table.currentIndex()
        if self._editable() and index.isValid():
            self.lines_model.remove_line(index.row())

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
        self._show_line_errors(pricing)

    def _show_line_errors(self, pricing: QuotePricing) -> None:
        """Each bad line named by its number under the table, as the user types."""
        label_widget = self.errors.error_label("lines")
        assert label_widget is not None
        text = self.totals.line_errors(pricing)
        label_widget.setText(text)
        label_widget.setVisible(bool(text))

    # -- state -------------------------------------------------------------------------------

    def _update_state(self) -> None:
        quote = self.current
        status = quote["status"] if quote else QuoteStatus.DRAFT
        editable = self._editable()
        for widget in (self.title_edit, self.term_spin, self.valid_edit, self.notes_edit):
            widget.setEnabled(editable)
        self.opportunity_combo.setEnabled(editable)
        self.catalogue.setVisible(editable)
        self.remove_button.setEnabled(editable)
        self.lines_model.set_editable(editable)
        self.save_button.setEnabled(editable)
        self.submit_button.setEnabled(editable)
        self.export_button.setEnabled(quote is not None and not self._dirty)
        self.revise_button.setVisible(quote is not None and status != QuoteStatus.DRAFT)
        self.revise_button.setEnabled(can_move_quote(status, QuoteStatus.DRAFT))
        self.sent_button.setVisible(status == QuoteStatus.APPROVED)
        self.accepted_button.setVisible(status == QuoteStatus.SENT)
        if quote is None:
            self.setWindowTitle(self.tr("New quote"))
            self.totals.show_status(status, None, None)
            return
        self.setWindowTitle(self.tr("Quote %1").replace("%1", quote["title"]))
        decided_by = None
        if quote.get("approved_by") and status in (QuoteStatus.APPROVED, QuoteStatus.REJECTED):
            with self.ctx.store.begin() as conn:
                names = staff_names(conn, [quote["approved_by"]])
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
        now = dt.datetime.now(dt.UTC)
        picker = self.customer_picker
        customer_id = picker.customer_id() if picker else self.customer_id
        fields = {
            "title": self.title_edit.text(),
            "term_months": self.term_spin.value(),
            "valid_until": self.valid_edit.value(),
            "lines": self.lines_model.drafts(),
            "catalogue": self._items,
            "now": now,
            "opportunity_id": self.opportunity_combo.current_id(),
            "notes": self.notes_edit.toPlainText(),
            "submit": submit,
        }
        try:
            if self.current is None:
                record = new_quote(customer_id=customer_id, owner_id=user.id, **fields)
            else:
                record = revise_quote(self.current, **fields)
        except (ValidationErrors, ValidationError) as exc:
            self.errors.show(exc)
            if self._pricing is not None:
                self._show_line_errors(self._pricing)
            return
        current = self.current

        def work() -> dict[str, Any]:
            with self.ctx.store.begin(write=True) as conn:
                if current is None:
                    return create_record(conn, ENTITY, record)
                return update_record(conn, ENTITY, current["id"], record)

        self._write(work, self._submitted_message if submit else self.tr("Draft saved."))

    def _submitted_message(self) -> str:
        status = (self.current or {}).get("status")
        if status == QuoteStatus.PENDING_APPROVAL:
            return self.tr(
                "Submitted: the regional manager must approve the lines below the floor price."
            )
        return self.tr("Submitted and approved: no line is below its floor price.")

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
            with self.ctx.store.begin(write=True) as conn:
                return update_record(conn, ENTITY, quote_id, changes)

        self._write(work, self.tr("Status changed to %1.").replace("%1", label("quote_status", to)))

    def _write(self, work: Any, message: Any) -> None:
        for button in (self.save_button, self.submit_button):
            button.setEnabled(False)

        def done(record: dict[str, Any]) -> None:
            self.current = record
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
        name = self._customer_name(self.current["customer_id"])
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
