"""The change-request dialog (客户资料变更申请): propose corrections of a customer's or a key
contact's master data, with a reason, for the provincial CRM to approve or reject.

Which fields may be proposed comes from `domain.datahome`; the request is built by
`domain.drafts.change_requests` and saved through `store.change_requests`. Depends on `ui.qt` and
`ui.widgets`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from bigcust_desktop.domain.datahome import can_write_field
from bigcust_desktop.domain.drafts.change_requests import new_change_request, proposable_fields
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.customer360.ownership import field_note, why_read_only_text
from bigcust_desktop.ui.labels import field_label, label
from bigcust_desktop.ui.qt import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.form_errors import FormErrors, as_error_list
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, RecordComboBox
from bigcust_desktop.ui.widgets.record_save import RecordDialog

ENTITIES = ("change_request",)
_CAPTION = "color: #7b8794;"


class TargetForm(QWidget):
    """The proposable fields of one record: current value, and an editor for the new one."""

    def __init__(
        self,
        entity: str,
        record: Mapping[str, Any],
        customers: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entity = entity
        self.record = dict(record)
        self.setObjectName(f"{entity}TargetForm")
        self.errors = FormErrors(self)
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for name in proposable_fields(entity):
            editor = self._editor(name, customers)
            editor.setToolTip(field_note(entity, name))
            current = QLabel(
                self.tr("Now: %1").replace("%1", self._current_text(name, self.record.get(name))),
                self,
            )
            current.setObjectName(f"current_{name}")
            current.setStyleSheet(_CAPTION)
            current.setWordWrap(True)
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(current)
            box.addWidget(editor)
            self.errors.add_row(form, field_label(entity, name), f"changes.{name}", cell)
            editor.setAccessibleName(field_label(entity, name))
            self.editors[name] = editor

    def _current_text(self, name: str, value: Any) -> str:
        if value is None or value == "":
            return "—"
        if name == "industry":
            return label("industry", value)
        if name == "is_key":
            return self.tr("Yes") if value else self.tr("No")
        return str(value)

    def _editor(self, name: str, customers: Sequence[tuple[str, str]]) -> QWidget:
        unchanged = self.tr("(unchanged)")
        field = f"changes.{name}"
        if name == "industry":
            combo = CodeComboBox("industry", field, self, empty_text=unchanged)
            return combo
        if name == "is_key":
            flag = RecordComboBox(field, self, none_text=unchanged)
            flag.set_items([("true", self.tr("Yes")), ("false", self.tr("No"))])
            return flag
        if name == "parent_id":
            group = RecordComboBox(field, self, none_text=unchanged)
            own = self.record.get("id")
            group.set_items(
                [("", self.tr("(not part of a group)"))]
                + [(c, n) for c, n in customers if c != own]
            )
            return group
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}Edit")
        edit.setPlaceholderText(unchanged)
        return edit

    def proposed(self) -> dict[str, Any]:
        """Field -> new value for every editor the user filled in."""
        out: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, CodeComboBox):
                if editor.code() is not None:
                    out[name] = editor.code()
            elif isinstance(editor, RecordComboBox):
                value = editor.current_id()
                if value is None:
                    continue
                if name == "is_key":
                    out[name] = value == "true"
                else:
                    out[name] = value or None
            elif isinstance(editor, QLineEdit) and editor.text().strip():
                out[name] = editor.text()
        return out


class ChangeRequestDialog(RecordDialog):
    """Propose a correction of central data: pick the record, the new values and a reason."""

    ENTITIES = frozenset(ENTITIES)

    def __init__(
        self,
        ctx: AppContext,
        customer: Mapping[str, Any],
        contacts: Sequence[Mapping[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("changeRequestDialog")
        self.setWindowTitle(self.tr("Propose a correction"))
        self.setMinimumWidth(560)
        self.customer = dict(customer)
        self._targets: list[tuple[str, Mapping[str, Any]]] = [("customer", customer)]
        self._targets += [("contact", c) for c in contacts]
        customers = ctx.store.customers.choices(book_of(ctx.user))

        fixed = [
            field_label("customer", name)
            for name in ("manager_id", "team_id", "value_tier", "value_score", "status")
            if not can_write_field("customer", name)
        ]
        why = QLabel(
            why_read_only_text("customer")
            + " "
            + self.tr("Set by the province and not correctable here: %1.").replace(
                "%1", ", ".join(fixed)
            ),
            self,
        )
        why.setObjectName("whyReadOnly")
        why.setWordWrap(True)
        self.target = QComboBox(self)
        self.target.setObjectName("targetCombo")
        self.target.setAccessibleName(self.tr("Record to correct"))
        self.forms = QStackedWidget(self)
        for entity, record in self._targets:
            if entity == "customer":
                text = self.tr("Customer: %1").replace("%1", record["name"])
            else:
                text = (
                    self.tr("Key contact: %1 · %2")
                    .replace("%1", record["name"])
                    .replace("%2", record.get("title") or "")
                )
            self.target.addItem(text, record["id"])
            self.forms.addWidget(TargetForm(entity, record, customers, self.forms))
        self.target.currentIndexChanged.connect(self.forms.setCurrentIndex)

        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reasonEdit")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.reason.setPlaceholderText(
            self.tr("Why the record is wrong and where the right value comes from")
        )
        bottom = QFormLayout()
        self.errors.add_row(bottom, self.tr("&Reason"), "reason", self.reason)
        self.errors.register("changes", None, self.errors.general)

        buttons = self.add_save_buttons(
            self.tr("&Submit request"), self.tr("Submit (Ctrl+S)"), self.show_errors
        )

        layout = QVBoxLayout(self)
        layout.addWidget(why)
        pick = QFormLayout()
        target_label = QLabel(self.tr("Re&cord"), self)
        target_label.setBuddy(self.target)
        pick.addRow(target_label, self.target)
        layout.addLayout(pick)
        layout.addWidget(self.forms, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)
        self.target.setFocus()

    def current_form(self) -> TargetForm:
        form = self.forms.currentWidget()
        assert isinstance(form, TargetForm)
        return form

    def select_target(self, record_id: str) -> None:
        at = self.target.findData(record_id)
        if at >= 0:
            self.target.setCurrentIndex(at)

    def build(self) -> dict[str, Any]:
        form = self.current_form()
        user = self.ctx.user
        if user is None:
            raise ValidationErrors(
                [ValidationError("changes", "auth.not_signed_in", "Sign in to propose changes.")]
            )
        return new_change_request(
            customer_id=self.customer["id"],
            target_entity=form.entity,
            target_id=form.record["id"],
            current=form.record,
            proposed=form.proposed(),
            reason=self.reason.toPlainText(),
            requested_by=user.id,
            now=dt.datetime.now(dt.UTC).replace(microsecond=0),
        )

    def show_errors(self, exc: ValidationErrors | ValidationError) -> None:
        """Field errors under the target's fields, the reason's under the reason."""
        form = self.current_form()
        errors = as_error_list(exc)
        form.errors.show([e for e in errors if e.field.startswith("changes.")])
        self.errors.show([e for e in errors if not e.field.startswith("changes.")])

    def prepare(self) -> Callable[[], str]:
        self.current_form().errors.clear()
        fields = self.build()
        store = self.ctx.store

        def work() -> str:
            return str(store.change_requests.create(fields)["id"])

        return work
