"""The plan-or-add-a-to-do dialog (计划拜访 / 加入待办): customer, kind, title, time, reminder,
priority, place and notes; opened empty, on a customer, or from a record (a ticket to chase, a
contract to renew, a care date) whose source it keeps.

Builds the record with `domain.drafts.todos.new_todo` and saves through `store.todos.create`
off the GUI thread. Depends on `ui.qt`, `ui.widgets`, the app context and the store's services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bigcust_desktop.domain.drafts.todos import PLANNED_KINDS, new_todo
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.vocab_city import Priority, TodoKind
from bigcust_desktop.ui.campaigns.fatigue import check_before_saving, planned_contact
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, LocalDateTimeEdit
from bigcust_desktop.ui.widgets.record_save import RecordDialog

# Reminder choices: minutes before the time (None: no reminder).
REMIND_BEFORE = (None, 0, 15, 30, 60, 24 * 60)


@dataclass(frozen=True)
class TodoSeed:
    """What a to-do made from a record starts with."""

    customer_id: str | None = None
    kind: str = TodoKind.VISIT
    title: str = ""
    when: dt.datetime | None = None
    source_entity: str | None = None
    source_id: str | None = None
    contact_id: str | None = None


class TodoDialog(RecordDialog):
    """计划拜访 / 新建待办."""

    ENTITIES = frozenset({"todo"})

    def __init__(
        self, ctx: AppContext, seed: TodoSeed | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        seed = seed or TodoSeed()
        self._seed = seed
        self.setObjectName("todoDialog")
        self.setWindowTitle(self.tr("Plan a visit or add a to-do"))
        self.setMinimumWidth(460)

        form = QFormLayout()
        self.customer = self.customer_picker(seed.customer_id)
        self.kind = CodeComboBox("todo_kind", "kind", self)
        self.kind.set_code(seed.kind)
        self.title_edit = QLineEdit(seed.title, self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("e.g. 拜访信息中心主任，汇报专线扩容方案"))
        self.when = LocalDateTimeEdit("when", self)
        start = seed.when or _next_hour(dt.datetime.now(dt.UTC))
        self.when.set_instant(start)
        self.remind = QComboBox(self)
        self.remind.setObjectName("remindCombo")
        for minutes in REMIND_BEFORE:
            self.remind.addItem(self._remind_text(minutes), minutes)
        self.remind.setCurrentIndex(REMIND_BEFORE.index(30))
        self.priority = CodeComboBox("priority", "priority", self)
        self.priority.set_code(Priority.NORMAL)
        self.location = QLineEdit(self)
        self.location.setObjectName("locationEdit")
        self.location.setMaxLength(200)
        self.notes = self.notes_edit(70)

        self.errors.add_row(form, self.tr("C&ustomer"), "customer_id", self.customer)
        self.errors.add_row(form, self.tr("&Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("&Title"), "title", self.title_edit)
        self.errors.add_row(form, self.tr("&When"), "when", self.when)
        self.errors.add_row(form, self.tr("&Reminder"), "remind_at", self.remind)
        self.errors.add_row(form, self.tr("&Priority"), "priority", self.priority)
        self.errors.add_row(form, self.tr("P&lace"), "location", self.location)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        self.errors.register("owner_id", None, self.errors.general)
        self.add_save_buttons(self.tr("&Save"), self.tr("Save (Ctrl+S)"))
        self.lay_out(form, self.offline_note())
        (self.title_edit if seed.customer_id else self.customer).setFocus()

    def _remind_text(self, minutes: int | None) -> str:
        if minutes is None:
            return self.tr("No reminder")
        if minutes == 0:
            return self.tr("At the time")
        if minutes % (24 * 60) == 0:
            return self.tr("%n day(s) before", "", minutes // (24 * 60))
        if minutes % 60 == 0:
            return self.tr("%n hour(s) before", "", minutes // 60)
        return self.tr("%n minutes before", "", minutes)

    def build(self) -> dict[str, Any]:
        """The new to-do's fields; raises `ValidationErrors` for bad input."""
        customer_id, user = self.customer.customer_id(), self.ctx.user
        errors = self.who_errors(customer_id)
        try:
            when = self.when.instant()
        except ValidationError as exc:
            errors.append(ValidationError("when", exc.code, exc.message, exc.params))
            when = None
        if errors:
            raise ValidationErrors(errors)
        assert customer_id is not None and user is not None and when is not None
        try:
            return self._draft(customer_id, user.id, when)
        except ValidationErrors as exc:
            # The planned start and the due time are both the form's "when".
            raise ValidationErrors(
                [
                    ValidationError("when", e.code, e.message, e.params)
                    if e.field in ("starts_at", "due_at", "ends_at")
                    else e
                    for e in exc.errors
                ]
            ) from None

    def _draft(self, customer_id: str, owner_id: str, when: dt.datetime) -> dict[str, Any]:
        kind = self.kind.code() or ""
        planned = kind in PLANNED_KINDS
        minutes = self.remind.currentData()
        return new_todo(
            customer_id=customer_id,
            owner_id=owner_id,
            kind=kind,
            title=self.title_edit.text(),
            now=dt.datetime.now(dt.UTC),
            starts_at=when if planned else None,
            ends_at=when + dt.timedelta(hours=1) if planned else None,
            due_at=None if planned else when,
            remind_at=None if minutes is None else when - dt.timedelta(minutes=int(minutes)),
            priority=self.priority.code() or Priority.NORMAL,
            contact_id=self._seed.contact_id,
            location=self.location.text(),
            notes=self.notes.toPlainText(),
            source_entity=self._seed.source_entity,
            source_id=self._seed.source_id,
        )

    def confirm(self, go: Callable[[], None]) -> None:
        """A planned visit or call is a contact: warn first if the fatigue rule advises against."""
        contact = planned_contact(
            self.kind.code(),
            self.customer.customer_id(),
            self.title_edit.text(),
            self.when.instant(),
        )
        self.fatigue = check_before_saving(self, self.ctx, self.save_button, contact, go)

    def prepare(self) -> Callable[[], str]:
        return self.write_record("todos", None, self.build())


def _next_hour(now: dt.datetime) -> dt.datetime:
    return now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
