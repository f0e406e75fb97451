"""The 360's 异网 tab: the lines and services the customer holds with other carriers, their
monthly spend and contract end where known, with what the customer spends there a month; the
competitors' offers heard in its contacts below. Record or change a line (the form here).

Loads by itself (`store.competitors.of_customer`) through the one page loader. Depends on
`ui.qt`, `ui.labels`, the app context, the record dialog base and the domain's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.competitors import monthly_spend_held, new_competitor_line
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.vocab_city import CompetitorSource, CompetitorStatus
from bigcust_desktop.store.queries.competitors import CompetitorRow, HeardOffer
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import date_text, label, money_text
from bigcust_desktop.ui.qt import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, DateEdit, MoneyEdit
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_desktop.ui.widgets.record_save import RecordDialog
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, money_column

_NOT_CHANGED = ("customer_id", "recorded_by", "created_at")


class CompetitorLineDialog(RecordDialog):
    """记录异网业务: one line or service the customer holds with another carrier."""

    ENTITIES = frozenset({"competitor_line"})

    def __init__(
        self, ctx: AppContext, customer_id: str, line: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ctx, parent)
        self.customer_id, self.line = customer_id, line
        self.setObjectName("competitorLineDialog")
        self.setWindowTitle(self.tr("Competitor line"))
        form = QFormLayout()
        self.carrier = CodeComboBox("carrier", "carrier", self)
        self.service = CodeComboBox("competitor_service", "service", self)
        self.lines = QSpinBox(self)
        self.lines.setObjectName("linesSpin")
        self.lines.setRange(1, 1_000_000)
        self.spend = MoneyEdit("monthly_spend", self)
        self.spend.setPlaceholderText(self.tr("when known"))
        self.contract_end = DateEdit("contract_end", self)
        self.source = CodeComboBox("competitor_source", "source", self)
        self.source.set_code(CompetitorSource.CUSTOMER_SAID)
        self.status = CodeComboBox("competitor_status", "status", self)
        self.observed_on = DateEdit("observed_on", self)
        self.observed_on.set_value(dt.date.today())
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        for text, field, editor in (
            (self.tr("&Carrier"), "carrier", self.carrier),
            (self.tr("&Service"), "service", self.service),
            (self.tr("&Lines"), "lines", self.lines),
            (self.tr("Monthly s&pend"), "monthly_spend", self.spend),
            (self.tr("Contract &ends"), "contract_end", self.contract_end),
            (self.tr("Lea&rned from"), "source", self.source),
            (self.tr("S&tatus"), "status", self.status),
            (self.tr("Learned &on"), "observed_on", self.observed_on),
            (self.tr("&Notes"), "notes", self.notes),
        ):
            self.errors.add_row(form, text, field, editor)
        self.errors.register("recorded_by", None, self.errors.general)
        buttons = self.add_save_buttons(self.tr("Sa&ve"), self.tr("Save (Ctrl+S)"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        if line is not None:
            self._show(line)

    def _show(self, line: dict[str, Any]) -> None:
        for combo, field in ((self.carrier, "carrier"), (self.service, "service"),
                             (self.source, "source"), (self.status, "status")):  # fmt: skip
            combo.set_code(line[field])
        self.lines.setValue(int(line["lines"]))
        if line.get("monthly_spend") is not None:
            self.spend.set_amount(Decimal(str(line["monthly_spend"])))
        for edit in (self.contract_end, self.observed_on):
            value = line.get(edit.field)
            if value:
                edit.setText(str(value))
        self.notes.setPlainText(line.get("notes") or "")

    def _date(self, edit: DateEdit, errors: list[ValidationError]) -> dt.date | None:
        if not edit.text().strip():
            return None
        value = edit.value()
        if isinstance(value, str):
            errors.append(ValidationError(edit.field, "date.invalid", "Enter a real date."))
            return None
        return value

    def prepare(self) -> Callable[[], str]:
        errors: list[ValidationError] = []
        user = self.ctx.user
        if user is None:
            errors.append(ValidationError("recorded_by", "auth.not_signed_in", "Sign in first."))
        spend = None
        try:
            spend = self.spend.amount(required=False)
        except ValidationError as exc:
            errors.append(exc)
        contract_end, observed_on = (
            self._date(self.contract_end, errors),
            self._date(self.observed_on, errors),
        )
        try:
            fields = new_competitor_line(
                customer_id=self.customer_id, recorded_by=user.id if user else "",
                carrier=self.carrier.code() or "", service=self.service.code() or "",
                lines=self.lines.value(), source=self.source.code() or "",
                observed_on=observed_on, now=dt.datetime.now(dt.UTC), monthly_spend=spend,
                contract_end=contract_end, status=self.status.code() or CompetitorStatus.ACTIVE,
                notes=self.notes.toPlainText(),
            )  # fmt: skip
        except ValidationErrors as exc:
            known = {e.field for e in errors}
            errors.extend(e for e in exc.errors if e.field not in known)
        if errors:
            raise ValidationErrors(errors)
        store, existing = self.ctx.store, self.line
        if existing is not None:
            record_id = str(existing["id"])
            changes = {k: v for k, v in fields.items() if k not in _NOT_CHANGED}

            def change() -> str:
                store.competitors.update(record_id, changes)
                return record_id

            return change

        def create() -> str:
            return str(store.competitors.create(fields)["id"])

        return create


def _offer_text(offer: HeardOffer) -> str:
    data = offer.offer
    fee = data.get("monthly_fee")
    parts = [label("carrier", data.get("carrier")), str(data.get("offer") or "")]
    if fee:
        parts.append(money_text(Decimal(str(fee))))
    return " · ".join(p for p in parts if p)


class CompetitorsTab(QWidget):
    """异网 of one customer; `loaded` after each draw."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competitorsTab")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.dialog: CompetitorLineDialog | None = None
        self.model = RowsModel(
            [
                Column(self.tr("Carrier"), lambda r: label("carrier", r.carrier)),
                Column(self.tr("Service"), lambda r: label("competitor_service", r.service)),
                Column(self.tr("Lines"), lambda r: str(r.lines)),
                money_column(self.tr("Monthly spend"), lambda r: r.monthly_spend),
                Column(self.tr("Contract ends"), lambda r: date_text(r.contract_end)),
                Column(self.tr("Status"), lambda r: label("competitor_status", r.status)),
                Column(self.tr("Learned from"), lambda r: label("competitor_source", r.source)),
                Column(self.tr("Learned on"), lambda r: date_text(r.observed_on)),
                sync_state_column(self.tr("Sync"), lambda r: r.sync_state),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("competitorTable")
        self.table.setAccessibleName(self.tr("Competitor lines"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.edit_line(index.row()))
        self.offers = RowsModel(
            [
                Column(self.tr("Heard on"), lambda o: date_text(o.occurred_at)),
                Column(self.tr("Contact"), lambda o: o.topic),
                Column(self.tr("Competitor's offer"), _offer_text),
                Column(self.tr("Valid until"), lambda o: str(o.offer.get("valid_until") or "")),
            ],
            self,
        )
        self.offers_table = QTableView(self)
        self.offers_table.setObjectName("competitorOffers")
        self.offers_table.setModel(self.offers)
        self.offers_table.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("competitorSummary")
        self.new_button = QPushButton(self.tr("Add a co&mpetitor line…"), self)
        self.new_button.setObjectName("newCompetitorLine")
        self.new_button.clicked.connect(lambda: self.new_line())
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Competitors' offers heard in contacts"), self))
        layout.addWidget(self.offers_table, 1)
        self.loader = PageLoader(self, ctx, frozenset({"competitor_line", "activity"}),
                                 self._query, self._show)  # fmt: skip

    def set_customer(self, customer_id: str) -> None:
        self.customer_id = customer_id
        self.loader.refresh()

    def _query(self) -> Callable[[], tuple[list[CompetitorRow], list[HeardOffer]]]:
        store, customer_id = self.ctx.store, self.customer_id

        def work() -> tuple[list[CompetitorRow], list[HeardOffer]]:
            return store.competitors.of_customer(customer_id) if customer_id else ([], [])

        return work

    def _show(self, loaded: tuple[list[CompetitorRow], list[HeardOffer]]) -> None:
        lines, offers = loaded
        self.model.set_rows(lines)
        self.offers.set_rows(offers)
        held = monthly_spend_held((r.status, r.monthly_spend) for r in lines)
        self.summary.setText(
            self.tr("%n active lines with other carriers, %1 a month known", "",
                    sum(r.lines for r in lines if r.status == "active"))
            .replace("%1", money_text(held))
        )  # fmt: skip
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def new_line(self) -> CompetitorLineDialog | None:
        if self.customer_id is None or self.ctx.user is None:
            return None
        return self._open(CompetitorLineDialog(self.ctx, self.customer_id, parent=self))

    def edit_line(self, row: int) -> CompetitorLineDialog | None:
        line = self.ctx.store.competitors.get(self.model.row_at(row).id)  # one record by key
        if line is None or self.customer_id is None:
            return None
        return self._open(CompetitorLineDialog(self.ctx, self.customer_id, line, parent=self))

    def _open(self, dialog: CompetitorLineDialog) -> CompetitorLineDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog
