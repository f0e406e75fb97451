"""The dialog that creates or edits an opportunity (商机), with every error inline by its field.

The stage list offers only the moves `domain.stages` allows; the probability follows the stage
until the user sets it. Depends on `ui.qt`, `ui.widgets`, `store.opportunities` and
`domain.drafts`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.drafts.opportunities import new_opportunity, opportunity_changes
from bigcust_desktop.domain.stages import Stage, can_move, default_probability
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.customer_picker import CustomerPicker
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, DateEdit, MoneyEdit
from bigcust_desktop.ui.widgets.record_save import RecordDialog

ENTITY = "opportunity"


class OpportunityDialog(RecordDialog):
    """New opportunity (``opportunity_id`` None) or edit of an existing one."""

    ENTITIES = frozenset({ENTITY})

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None = None,
        opportunity_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("opportunityDialog")
        self.setMinimumWidth(520)
        self._current: dict[str, Any] | None = None
        if opportunity_id is not None:
            self._current = ctx.store.opportunities.get(opportunity_id)  # by primary key
            if self._current is None:
                raise LookupError(f"opportunity {opportunity_id} is not in the cache")
            customer_id = self._current["customer_id"]
        self._customer_id = customer_id
        self._probability_set = False
        self.setWindowTitle(
            self.tr("Edit opportunity") if self._current else self.tr("New opportunity")
        )
        self._build()
        self._fill()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        self.customer_picker: CustomerPicker | None = None
        if self._customer_id is None:
            self.customer_picker = CustomerPicker(self.ctx.store, book_of(self.ctx.user), self)
            customer_widget: QWidget = self.customer_picker
        else:
            name = self.ctx.store.customers.name(self._customer_id)
            customer_widget = QLabel(name, self)
            customer_widget.setObjectName("customerName")
        self.errors.add_row(form, self.tr("Customer"), "customer_id", customer_widget)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(
            self.tr("What the customer wants, e.g. SD-WAN for 12 branches")
        )
        self.errors.add_row(form, self.tr("&Title"), "title", self.title_edit)

        current_stage = self._current["stage"] if self._current else None
        allowed = [s.value for s in Stage if current_stage is None or can_move(current_stage, s)]
        self.stage_combo = CodeComboBox("stage", "stage", self, codes=allowed)
        self.errors.add_row(form, self.tr("Sta&ge"), "stage", self.stage_combo)

        self.category_combo = CodeComboBox("product_category", "product_category", self)
        self.errors.add_row(form, self.tr("&Product"), "product_category", self.category_combo)

        self.amount_edit = MoneyEdit("amount", self)
        self.amount_edit.setToolTip(self.tr("Expected contract value per year, in yuan"))
        self.errors.add_row(form, self.tr("&Amount per year (¥)"), "amount", self.amount_edit)

        self.probability_spin = QSpinBox(self)
        self.probability_spin.setObjectName("probabilitySpin")
        self.probability_spin.setRange(0, 100)
        self.probability_spin.setSuffix(" %")
        self.errors.add_row(form, self.tr("Win p&robability"), "probability", self.probability_spin)

        self.close_edit = DateEdit("expected_close", self)
        self.errors.add_row(form, self.tr("E&xpected close"), "expected_close", self.close_edit)
        # A won deal's close date is its signing date: the row says so when 赢单 is chosen.
        self.close_label = form.labelForField(self.close_edit.parentWidget())

        self.lost_reason_edit = QLineEdit(self)
        self.lost_reason_edit.setObjectName("lostReasonEdit")
        self.lost_reason_edit.setMaxLength(500)
        self.errors.add_row(form, self.tr("Reason &lost"), "lost_reason", self.lost_reason_edit)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(70)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes_edit)

        self.add_save_buttons(self.tr("&Save"), self.tr("Save (Ctrl+S)"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self.probability_spin.valueChanged.connect(self._probability_edited)

    def _fill(self) -> None:
        now = dt.datetime.now(dt.UTC)
        record = self._current
        if record is None:
            self.stage_combo.set_code(Stage.LEAD)
            self.close_edit.set_value(local_today(now) + dt.timedelta(days=90))
            self._set_probability(default_probability(Stage.LEAD))
        else:
            self.title_edit.setText(record["title"])
            self.stage_combo.set_code(record["stage"])
            self.category_combo.set_code(record["product_category"])
            self.amount_edit.set_amount(Decimal(record["amount"]))
            self._set_probability(record["probability"])
            self.close_edit.set_value(dt.date.fromisoformat(record["expected_close"]))
            self.lost_reason_edit.setText(record.get("lost_reason") or "")
            self.notes_edit.setPlainText(record.get("notes") or "")
        self._probability_set = False
        self._update_lost_reason()
        (self.customer_picker or self.title_edit).setFocus()

    def preset_stage(self, stage: str) -> None:
        """Open on a chosen stage (a drop on the board's Lost column asks for the reason here)."""
        self.stage_combo.set_code(stage)
        if stage == Stage.LOST:
            self.lost_reason_edit.setFocus()

    # -- reactions ---------------------------------------------------------------------------

    def _set_probability(self, value: int) -> None:
        self.probability_spin.blockSignals(True)
        self.probability_spin.setValue(value)
        self.probability_spin.blockSignals(False)

    def _probability_edited(self, _value: int) -> None:
        self._probability_set = True

    def _stage_changed(self, _index: int) -> None:
        stage = self.stage_combo.code()
        if stage and not self._probability_set:
            self._set_probability(default_probability(stage))
        self._update_lost_reason()
        self._update_close_date()

    def _update_close_date(self) -> None:
        won = self.stage_combo.code() == Stage.WON
        if isinstance(self.close_label, QLabel):
            self.close_label.setText(
                self.tr("Signing &date") if won else self.tr("E&xpected close")
            )
        moved_to_won = won and (self._current is None or self._current["stage"] != Stage.WON)
        today = local_today(dt.datetime.now(dt.UTC))
        value = self.close_edit.value()
        if moved_to_won and isinstance(value, dt.date) and value > today:
            self.close_edit.set_value(today)  # signed now, unless the user says another day

    def _update_lost_reason(self) -> None:
        lost = self.stage_combo.code() == Stage.LOST
        self.lost_reason_edit.setEnabled(lost)
        self.lost_reason_edit.setPlaceholderText(
            self.tr("Why did the customer decide against us?") if lost else ""
        )

    # -- saving ------------------------------------------------------------------------------

    def _form_fields(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "stage": self.stage_combo.code(),
            "product_category": self.category_combo.code(),
            "amount": self.amount_edit.text(),
            "probability": self.probability_spin.value(),
            "expected_close": self.close_edit.value(),
            "lost_reason": self.lost_reason_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }

    def prepare(self) -> Callable[[], str] | None:
        """Check the form with the domain's rules; the store write to run."""
        record = self.record()
        if record is None:
            return None
        store, current = self.ctx.store, self._current

        def work() -> str:
            if current is None:
                return str(store.opportunities.create(record)["id"])
            store.opportunities.update(current["id"], record)
            return str(current["id"])

        return work

    def record(self) -> dict[str, Any] | None:
        """The new opportunity's fields, or an edit's changes, checked by the domain's rules
        (raising `ValidationErrors`); None when nobody is signed in (the form says so)."""
        user = self.ctx.user
        if user is None:
            self.errors.show_message(self.tr("Sign in before creating opportunities."))
            return None
        fields = self._form_fields()
        now = dt.datetime.now(dt.UTC)
        if self._current is None:
            customer_id = (
                self.customer_picker.customer_id() if self.customer_picker else self._customer_id
            )
            chosen = fields.pop("probability")
            probability = chosen if self._probability_set else None
            record = new_opportunity(
                customer_id=customer_id,
                owner_id=user.id,
                now=now,
                probability=probability,
                **fields,
            )
        else:
            if not self._probability_set:
                fields.pop("probability")
            record = opportunity_changes(self._current, fields)
        return record
