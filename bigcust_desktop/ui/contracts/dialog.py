"""The contract form (合同 / 框架协议): number, title, kind, status, term, renewal, amount, the
products and the circuits with their service levels, notes; and its attached files (PDF scans)
once saved. New (on a customer) or an existing contract to change.

Builds the record with `domain.drafts.contracts.new_contract`, saves through `store.contracts`
off the GUI thread. Depends on `ui.qt`, `ui.widgets`, the app context and the contract editors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.contracts import new_contract
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.timefmt import parse_date
from bigcust_desktop.domain.vocab_city import ContractKind, ContractStatus
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.contracts.attachments import AttachmentsBox
from bigcust_desktop.ui.contracts.lines import CircuitsEditor, ProductsEditor
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, DateEdit, MoneyEdit
from bigcust_desktop.ui.widgets.record_save import RecordDialog

# Fields the server sets or that a change never sends again.
_NOT_CHANGED = ("customer_id", "owner_id", "created_at")


def _optional_date(edit: DateEdit) -> dt.date | None:
    if not edit.text().strip():
        return None
    value = edit.value()
    if isinstance(value, str):
        raise ValidationError(edit.field, "date.invalid", "Enter a real date.")
    return value


class ContractDialog(RecordDialog):
    """新建合同 / 合同: one contract; ``contract`` (wire form) to change an existing one."""

    ENTITIES = frozenset({"contract", "todo"})

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None = None,
        contract: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.contract = contract
        customer_id = contract["customer_id"] if contract else customer_id
        self.setObjectName("contractDialog")
        self.setWindowTitle(self.tr("Contract") if contract else self.tr("New contract"))
        self.setMinimumWidth(720)

        form = QFormLayout()
        self.customer = self.customer_picker(customer_id)
        self.number = QLineEdit(self)
        self.number.setObjectName("numberEdit")
        self.number.setMaxLength(64)
        self.number.setPlaceholderText(self.tr("e.g. HZ-ZQ-2026-0158"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.kind = CodeComboBox("contract_kind", "kind", self)
        self.kind.set_code(ContractKind.SERVICE)
        self.status = CodeComboBox("contract_status", "status", self)
        self.status.set_code(ContractStatus.ACTIVE)
        self.signed_on = DateEdit("signed_on", self)
        self.starts_on = DateEdit("starts_on", self)
        self.ends_on = DateEdit("ends_on", self)
        term = QHBoxLayout()
        term.addWidget(self.starts_on)
        term.addWidget(QLabel("—", self))
        term.addWidget(self.ends_on)
        term_box = QWidget(self)
        term_box.setLayout(term)
        term.setContentsMargins(0, 0, 0, 0)
        self.renewal_on = DateEdit("renewal_on", self)
        self.notice_days = QSpinBox(self)
        self.notice_days.setObjectName("noticeDaysSpin")
        self.notice_days.setRange(0, 365)
        self.notice_days.setSpecialValueText(self.tr("none"))
        self.auto_renew = QCheckBox(self.tr("Renews &automatically"), self)
        self.auto_renew.setObjectName("autoRenew")
        self.amount = MoneyEdit("amount", self)
        self.notes = self.notes_edit(60)

        self.errors.add_row(form, self.tr("C&ustomer"), "customer_id", self.customer)
        self.errors.add_row(form, self.tr("&Number"), "number", self.number)
        self.errors.add_row(form, self.tr("&Title"), "title", self.title_edit)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("Status (&L)"), "status", self.status)
        self.errors.add_row(form, self.tr("Si&gned on"), "signed_on", self.signed_on)
        self.errors.add_row(form, self.tr("T&erm"), "starts_on", term_box)
        self.errors.register("ends_on", self.ends_on, self.errors.error_label("starts_on"))
        self.errors.add_row(form, self.tr("Rene&wal talks from"), "renewal_on", self.renewal_on)
        self.errors.add_row(form, self.tr("Notice (&days)"), "notice_days", self.notice_days)
        self.errors.add_row(form, "", "auto_renew", self.auto_renew)
        self.errors.add_row(form, self.tr("A&mount"), "amount", self.amount)
        self.errors.add_row(form, self.tr("N&otes"), "notes", self.notes)
        self.errors.register("owner_id", None, self.errors.general)

        self.products = ProductsEditor(self)
        self.circuits = CircuitsEditor(self)
        products_box = QGroupBox(self.tr("Products"), self)
        QVBoxLayout(products_box).addWidget(self.products)
        circuits_box = QGroupBox(self.tr("Circuits and their service levels"), self)
        QVBoxLayout(circuits_box).addWidget(self.circuits)
        self.errors.register("products", None, self.errors.general)
        self.errors.register("circuits", None, self.errors.general)
        self.attachments = AttachmentsBox(ctx, self)

        self.add_save_buttons(self.tr("&Save"), self.tr("Save (Ctrl+S)"))
        inner = QWidget(self)
        body = QVBoxLayout(inner)
        body.addLayout(form)
        body.addWidget(products_box)
        body.addWidget(circuits_box)
        body.addWidget(self.attachments)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.lay_out(scroll)
        self.resize(760, 640)

        self._load_choices(customer_id)
        self.customer.customer_changed.connect(self._load_choices)
        if contract is not None:
            self._show(contract)
        else:
            today = dt.date.today()
            self.starts_on.set_value(today)
            self.ends_on.set_value(today.replace(year=today.year + 3) - dt.timedelta(days=1))
        (self.number if customer_id else self.customer).setFocus()

    # -- choices and the record shown ---------------------------------------------------------

    def _load_choices(self, customer_id: str | None) -> None:
        store = self.ctx.store  # indexed reads of one customer's lines and the catalogue
        self.circuits.set_choices(
            store.contracts.circuit_choices(customer_id) if customer_id else []
        )
        self.products.set_choices(store.contracts.product_choices())

    def _show(self, contract: dict[str, Any]) -> None:
        self.number.setText(contract["number"])
        self.title_edit.setText(contract["title"])
        self.kind.set_code(contract["kind"])
        self.status.set_code(contract["status"])
        for edit in (self.signed_on, self.starts_on, self.ends_on, self.renewal_on):
            value = contract.get(edit.field)
            if value:
                edit.set_value(parse_date(value) if isinstance(value, str) else value)
        self.notice_days.setValue(contract.get("notice_days") or 0)
        self.auto_renew.setChecked(bool(contract.get("auto_renew")))
        self.amount.setText(f"{float(contract['amount']):,.2f}")
        self.notes.setPlainText(contract.get("notes") or "")
        self.products.set_items(contract.get("products") or [])
        self.circuits.set_items(contract.get("circuits") or [])
        self.attachments.show_contract(str(contract["id"]), int(contract.get("version") or 0))

    # -- saving ---------------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        """The contract's fields from the form; raises `ValidationErrors` for bad input."""
        customer_id, user = self.customer.customer_id(), self.ctx.user
        errors = self.who_errors(customer_id)
        dates: dict[str, dt.date | None] = {}
        for edit in (self.signed_on, self.starts_on, self.ends_on, self.renewal_on):
            try:
                dates[edit.field] = _optional_date(edit)
            except ValidationError as exc:
                errors.append(exc)
                dates[edit.field] = None
        amount = None
        try:
            amount = self.amount.amount()
        except ValidationError as exc:
            errors.append(exc)
        try:
            products = self.products.items()
        except ValidationError as exc:
            errors.append(exc)
            products = []
        try:
            fields = new_contract(
                customer_id=customer_id or "",
                owner_id=user.id if user is not None else "",
                number=self.number.text(),
                title=self.title_edit.text(),
                kind=self.kind.code() or "",
                status=self.status.code() or ContractStatus.ACTIVE,
                signed_on=dates["signed_on"],
                starts_on=dates["starts_on"],
                ends_on=dates["ends_on"],
                renewal_on=dates["renewal_on"],
                auto_renew=self.auto_renew.isChecked(),
                notice_days=self.notice_days.value() or None,
                amount=amount,
                products=products,
                circuits=self.circuits.items(),
                notes=self.notes.toPlainText(),
                now=dt.datetime.now(dt.UTC),
            )
        except ValidationErrors as exc:
            # Every bad field at once; a field the form already found wrong keeps its reason.
            known = {e.field for e in errors}
            errors.extend(e for e in exc.errors if e.field not in known)
        if errors:
            raise ValidationErrors(errors)
        return fields

    def prepare(self) -> Callable[[], str]:
        fields = self.build()
        store, existing = self.ctx.store, self.contract
        taken_by = str(existing["id"]) if existing else None
        if store.contracts.number_taken(fields["customer_id"], fields["number"], taken_by):
            raise ValidationError(
                "number", "contract.number_taken", "This customer has a contract of this number."
            )
        return self.write_record("contracts", existing, fields, _NOT_CHANGED)
