"""The log-a-contact dialog: channel, topic, outcome, time, contact person, opportunity, notes.

Builds the record with `domain.drafts.activities.new_activity`, shows every field error inline
and saves through `store.activities.create` off the GUI thread; opened on a planned visit or
call (a to-do), it saves through `store.todos.log_visit`, which closes the plan with its
check-in time. Depends on `ui.qt`, `ui.widgets`, the app context and the store's services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.vocab import Channel, Outcome
from bigcust_desktop.ui.campaigns.fatigue import ContactCheck, check_before_saving
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import (
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    Qt,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, LocalDateTimeEdit, RecordComboBox
from bigcust_desktop.ui.widgets.record_save import RecordDialog

ENTITIES = ("activity",)
# The channel a planned item is logged with, by the to-do's kind.
_CHANNEL_OF_KIND = {"visit": Channel.VISIT, "call": Channel.PHONE, "meeting": Channel.MEETING}


class LogActivityDialog(RecordDialog):
    """记录接触: log a visit, call, message, meeting or campaign contact with a customer."""

    ENTITIES = frozenset(ENTITIES)

    def __init__(
        self,
        ctx: AppContext,
        customer_id: str | None = None,
        opportunity_id: str | None = None,
        parent: QWidget | None = None,
        todo: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.todo = todo  # the planned item this contact closes
        if todo is not None:
            self.ENTITIES = frozenset({*ENTITIES, "todo"})
        self.setObjectName("logActivityDialog")
        self.setWindowTitle(self.tr("Log a contact"))
        self.setMinimumWidth(480)
        self._fixed_customer = customer_id

        form = QFormLayout()
        self.customer = RecordComboBox("customer_id", self)
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(RecordComboBox.InsertPolicy.NoInsert)
        self.customer.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.channel = CodeComboBox("channel", "channel", self)
        self.channel.set_code(Channel.VISIT)
        self.topic = QLineEdit(self)
        self.topic.setObjectName("topicEdit")
        self.topic.setMaxLength(200)
        self.topic.setPlaceholderText(self.tr("What it was about, e.g. 专线扩容需求沟通"))
        self.outcome = CodeComboBox("outcome", "outcome", self)
        self.outcome.set_code(Outcome.POSITIVE)
        self.occurred_at = LocalDateTimeEdit("occurred_at", self)
        now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
        self.occurred_at.set_instant(now)
        self.contact = RecordComboBox(
            "contact_id", self, none_text=self.tr("(no one in particular)")
        )
        self.opportunity = RecordComboBox("opportunity_id", self, none_text=self.tr("(none)"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was agreed, next steps"))
        self.notes.setFixedHeight(90)

        self.errors.add_row(form, self.tr("C&ustomer"), "customer_id", self.customer)
        self.errors.add_row(form, self.tr("C&hannel"), "channel", self.channel)
        self.errors.add_row(form, self.tr("&Topic"), "topic", self.topic)
        self.errors.add_row(form, self.tr("&Outcome"), "outcome", self.outcome)
        self.errors.add_row(form, self.tr("&When"), "occurred_at", self.occurred_at)
        self.errors.add_row(form, self.tr("&Contact person"), "contact_id", self.contact)
        self.errors.add_row(form, self.tr("O&pportunity"), "opportunity_id", self.opportunity)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        self.errors.register("owner_id", None, self.errors.general)

        buttons = self.add_save_buttons(self.tr("&Save"), self.tr("Save (Ctrl+S)"))

        note = QLabel(self.tr("Saved on this computer and sent to the city CRM at the next sync."))
        note.setObjectName("logActivityNote")
        note.setWordWrap(True)
        note.setStyleSheet("color: #7b8794;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self._load_choices(customer_id, opportunity_id)
        self.customer.currentIndexChanged.connect(lambda _i: self._customer_changed())
        if todo is not None:
            self._from_plan(todo)
        (self.channel if customer_id else self.customer).setFocus()

    # -- choices (indexed lookups of one customer's rows: quick on the GUI thread) ------------

    def _load_choices(self, customer_id: str | None, opportunity_id: str | None) -> None:
        user = self.ctx.user
        store = self.ctx.store
        customers = store.customers.choices(book_of(user))
        topics = store.activities.recent_topics(user.id) if user is not None else []
        if customer_id and customer_id not in {c for c, _ in customers}:
            # Opened on a customer outside the book.
            name = store.customers.names([customer_id]).get(customer_id, customer_id)
            customers = [(customer_id, name), *customers]
        self.customer.set_items(customers)
        if customer_id:
            self.customer.set_current_id(customer_id)
            self.customer.setEnabled(False)
        else:
            self.customer.setCurrentIndex(-1)
        completer = QCompleter(topics, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.topic.setCompleter(completer)
        self._customer_changed()
        if opportunity_id:
            self.opportunity.set_current_id(opportunity_id)

    def _from_plan(self, todo: dict[str, Any]) -> None:
        self.setWindowTitle(self.tr("Log the planned contact"))
        self.channel.set_code(_CHANNEL_OF_KIND.get(todo["kind"], Channel.VISIT))
        self.topic.setText(todo["title"])
        if todo.get("contact_id"):
            self.contact.set_current_id(todo["contact_id"])

    def _customer_changed(self) -> None:
        customer_id = self.customer.current_id()
        if customer_id is None:
            self.contact.set_items([])
            self.opportunity.set_items([])
            return
        self.contact.set_items(self.ctx.store.activities.contact_choices(customer_id))
        self.opportunity.set_items(self.ctx.store.activities.opportunity_choices(customer_id))

    # -- saving ---------------------------------------------------------------------------

    def build(self) -> dict[str, Any]:
        """The new activity's fields from the form; raises `ValidationErrors` for bad input."""
        customer_id = self.customer.current_id()
        user = self.ctx.user
        if customer_id is None or self.customer.currentText() != self.customer.itemText(
            self.customer.currentIndex()
        ):
            raise ValidationErrors(
                [ValidationError("customer_id", "field.required", "This field is required.")]
            )
        if user is None:
            raise ValidationErrors(
                [ValidationError("owner_id", "auth.not_signed_in", "Sign in to log a contact.")]
            )
        contact_id = self.contact.current_id()
        opportunity_id = self.opportunity.current_id()
        owners = self.ctx.store.activities.customers_of(contact_id, opportunity_id)
        contact_owner, opp_owner = owners
        return new_activity(
            customer_id=customer_id,
            owner_id=user.id,
            channel=self.channel.code() or "",
            topic=self.topic.text(),
            outcome=self.outcome.code() or "",
            occurred_at=self.occurred_at.instant(),
            now=dt.datetime.now(dt.UTC),
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            notes=self.notes.toPlainText(),
            contact_customer_id=contact_owner,
            opportunity_customer_id=opp_owner,
        )

    def confirm(self, go: Callable[[], None]) -> None:
        """Warn before saving a contact the fatigue rule advises against (an unanswered call
        is no contact to the rule: the customer heard nothing)."""
        customer_id = self.customer.current_id()
        contact = None
        if customer_id is not None and self.outcome.code() != Outcome.NO_ANSWER:
            contact = ContactCheck(customer_id, self.topic.text(), self.occurred_at.instant())
        self.fatigue = check_before_saving(self, self.ctx, self.save_button, contact, go)

    def prepare(self) -> Callable[[], str]:
        fields = self.build()
        store = self.ctx.store
        if self.todo is not None:
            todo_id, checked_in = str(self.todo["id"]), self.occurred_at.instant()

            def close_plan() -> str:
                return store.todos.log_visit(todo_id, fields, checked_in, dt.datetime.now(dt.UTC))

            return close_plan

        def work() -> str:
            return str(store.activities.create(fields)["id"])

        return work
