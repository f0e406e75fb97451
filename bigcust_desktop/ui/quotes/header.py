"""The head of the quote editor: customer, the opportunity it answers, title, term, validity and
notes, each with its inline error label.

Depends on `ui.qt`, `ui.widgets` and the store's services (names and open opportunities).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.drafts.quotes import default_valid_until
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.quotes.number import number_text
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.customer_picker import CustomerPicker
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.inputs import DateEdit, RecordComboBox

DEFAULT_TERM = 12  # months


class QuoteHeader(QWidget):
    """``edited`` on any change by the user; ``term_changed`` too when the term (prices) moves."""

    edited = Signal()
    term_changed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None,
        errors: FormErrors,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("quoteHeader")
        self.ctx = ctx
        self.customer_id = customer_id
        left, right = QFormLayout(), QFormLayout()
        self.customer_picker: CustomerPicker | None = None
        if customer_id is None:
            self.customer_picker = CustomerPicker(ctx.store, book_of(ctx.user), self)
            customer: QWidget = self.customer_picker
        else:
            customer = QLabel(self.customer_name(customer_id), self)
            customer.setObjectName("customerName")
        errors.add_row(left, self.tr("Customer"), "customer_id", customer)
        self.number_label = QLabel(self)
        self.number_label.setObjectName("quoteNumber")
        self.number_label.setToolTip(
            self.tr(
                "The number is given when the server accepts the quote; until then a draft label"
            )
        )
        left.addRow(self.tr("No."), self.number_label)
        self.opportunity_combo = RecordComboBox("opportunity", self, none_text=self.tr("(none)"))
        errors.add_row(left, self.tr("&Opportunity"), "opportunity_id", self.opportunity_combo)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        errors.add_row(left, self.tr("&Title"), "title", self.title_edit)
        self.term_spin = QSpinBox(self)
        self.term_spin.setObjectName("termSpin")
        self.term_spin.setRange(1, 60)
        self.term_spin.setSuffix(self.tr(" months"))
        errors.add_row(right, self.tr("Te&rm"), "term_months", self.term_spin)
        self.valid_edit = DateEdit("valid_until", self)
        errors.add_row(right, self.tr("Va&lid until"), "valid_until", self.valid_edit)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(52)
        errors.add_row(right, self.tr("&Notes"), "notes", self.notes_edit)
        self.notes_edit.setToolTip(self.tr("Internal: never printed on the customer's copy"))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(52)
        self.reason_edit.setPlaceholderText(
            self.tr("Needed when a price goes below the floor; the approver reads it")
        )
        errors.add_row(right, self.tr("Reason for a&pproval"), "approval_reason", self.reason_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def bind(self) -> None:
        """Report the user's changes (after `fill`, so filling is not one)."""
        self.term_spin.valueChanged.connect(lambda _: self.term_changed.emit())
        self.title_edit.textEdited.connect(lambda _: self.edited.emit())
        self.notes_edit.textChanged.connect(self.edited)
        self.reason_edit.textChanged.connect(self.edited)
        self.valid_edit.textEdited.connect(lambda _: self.edited.emit())
        self.opportunity_combo.currentIndexChanged.connect(lambda _: self.edited.emit())
        if self.customer_picker is not None:
            self.customer_picker.customer_changed.connect(self._customer_changed)

    def customer_name(self, customer_id: str) -> str:
        return self.ctx.store.customers.name(customer_id)  # one name by primary key

    def _load_opportunities(self, customer_id: str | None) -> None:
        items: list[tuple[str, str]] = []
        if customer_id:
            items = self.ctx.store.opportunities.quotable(customer_id)  # one customer's
        self.opportunity_combo.set_items(items)

    def _customer_changed(self, customer_id: str | None) -> None:
        self.customer_id = customer_id
        self._load_opportunities(customer_id)
        self.edited.emit()

    def fill(
        self, quote: Mapping[str, Any] | None, opportunity_id: str | None, now: dt.datetime
    ) -> None:
        """A stored quote's head, or a new one's defaults (titled after its opportunity)."""
        self._load_opportunities(self.customer_id)
        self.opportunity_combo.set_current_id(opportunity_id)
        self.show_number(quote)
        if quote is None:
            self.term_spin.setValue(DEFAULT_TERM)
            self.valid_edit.set_value(default_valid_until(now))
            title = self.opportunity_combo.currentText() if opportunity_id else ""
            if title:
                self.title_edit.setText(self.tr("%1 quote").replace("%1", title))
            return
        self.title_edit.setText(quote["title"])
        self.term_spin.setValue(int(quote["term_months"]))
        self.valid_edit.set_value(dt.date.fromisoformat(quote["valid_until"]))
        self.notes_edit.setPlainText(quote.get("notes") or "")
        self.reason_edit.setPlainText(quote.get("approval_reason") or "")

    def show_number(self, quote: Mapping[str, Any] | None) -> None:
        """The quote's readable number and version, or its provisional label (issue 11)."""
        if quote is None:
            self.number_label.setText(self.tr("(given when the server accepts the quote)"))
        else:
            self.number_label.setText(number_text(quote))

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.title_edit,
            self.term_spin,
            self.valid_edit,
            self.notes_edit,
            self.reason_edit,
            self.opportunity_combo,
        ):
            widget.setEnabled(editable)

    def chosen_customer(self) -> str | None:
        return self.customer_picker.customer_id() if self.customer_picker else self.customer_id

    def values(self) -> dict[str, Any]:
        """The head's fields as the quote builders take them."""
        return {
            "title": self.title_edit.text(),
            "term_months": self.term_spin.value(),
            "valid_until": self.valid_edit.value(),
            "opportunity_id": self.opportunity_combo.current_id(),
            "notes": self.notes_edit.toPlainText(),
            "approval_reason": self.reason_edit.toPlainText(),
        }
