"""What every record form dialog does on Save: a Save/Cancel button row (Ctrl+S saves, Esc
cancels), the domain's check of the form, the write in the write lane through `ctx.write` (a new
record, or the changes of one), a refused write's errors inline by field (anything else in a
message box), `saved(id)` once stored. `RecordDialog` is the base of the record dialogs, with the
parts their forms share (the customer picker, the notes, the offline note, the layout);
`save_buttons` and `RecordSave` its parts.

Depends on `ui.qt`, `ui.context`, `ui.errors`, `ui.widgets.form_errors`, the book and the
customer picker.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, ClassVar

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QLabel,
    QLayout,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.customer_picker import CustomerPicker
from bigcust_desktop.ui.widgets.form_errors import FormErrors


def save_buttons(
    dialog: QDialog, save_text: str, save_tip: str, cancel_text: str, save: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """Save and Cancel (Ctrl+S saves, Esc cancels); the texts come from the dialog's own tr()."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setObjectName("saveButton")
    save_button.setText(save_text)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName("cancelButton")
    cancel.setText(cancel_text)  # not left to Qt's own catalogue, which may be missing
    save_button.setToolTip(save_tip)
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    QShortcut(QKeySequence.StandardKey.Save, dialog, activated=save)
    return buttons, save_button


class RecordSave(QObject):
    """Runs a dialog's write; on success calls ``saved(record_id)`` and accepts the dialog, on a
    refusal hands the `ValidationError`s to ``show_errors`` and lets the user try again."""

    def __init__(
        self,
        dialog: QDialog,
        ctx: AppContext,
        save_button: QPushButton,
        saved: Callable[[str], None],
        show_errors: Callable[[ValidationErrors | ValidationError], None],
    ) -> None:
        super().__init__(dialog)
        self._dialog, self._ctx, self._button = dialog, ctx, save_button
        self._on_saved, self._show_errors = saved, show_errors
        self.busy = False  # a save is on its way

    def run(self, work: Callable[[], str], entities: Iterable[str]) -> None:
        """Store off the GUI thread: ``work`` writes in its own transaction, returns the id."""
        self.busy = True
        self._button.setEnabled(False)
        self._ctx.write(work, entities, self._saved, self._failed)

    def _saved(self, record_id: str) -> None:
        self.busy = False
        self._button.setEnabled(True)
        self._on_saved(record_id)
        self._dialog.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._button.setEnabled(True)
        if isinstance(exc, ValidationErrors | ValidationError):
            self._show_errors(exc)
        else:
            show_failure(self._dialog, exc)


class RecordDialog(QDialog):
    """A record's form. A subclass lays out its fields with `errors.add_row(...)`, ends with
    `add_save_buttons(...)` and implements `prepare()`: the domain's check of what was typed
    (raising `ValidationError(s)`, shown by their fields) returning the store write to run in
    the write lane, which returns the record's id. `saved(id)` follows, and the dialog closes.
    """

    saved = Signal(str)  # the record's id, once stored
    ENTITIES: ClassVar[frozenset[str]] = frozenset()  # what a save changes (the change notice)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FormErrors(self)

    def add_save_buttons(
        self,
        save_text: str,
        save_tip: str,
        show_errors: Callable[[ValidationErrors | ValidationError], None] | None = None,
    ) -> QDialogButtonBox:
        """The Save/Cancel row (Ctrl+S saves, Esc cancels) and the writer behind Save."""
        cancel = QCoreApplication.translate("RecordDialog", "Cancel")
        self.buttons, self.save_button = save_buttons(self, save_text, save_tip, cancel, self.save)
        self.buttons.setObjectName("dialogButtons")
        self._show_errors = show_errors or self.errors.show
        self.writer = RecordSave(
            self, self.ctx, self.save_button, self.saved.emit, self._show_errors
        )
        return self.buttons

    # -- the parts the forms share -------------------------------------------------------------

    def customer_picker(self, customer_id: str | None) -> CustomerPicker:
        """The customer of the record among the user's book; fixed when the form is opened on
        one (a record of a customer's, or one to change)."""
        picker = CustomerPicker(self.ctx.store, book_of(self.ctx.user), self)
        if customer_id:
            picker.set_customer_id(customer_id)
            picker.setEnabled(False)
        return picker

    def notes_edit(self, height: int) -> QPlainTextEdit:
        """The record's notes; Tab leaves them for the next field."""
        notes = QPlainTextEdit(self)
        notes.setObjectName("notesEdit")
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(height)
        return notes

    def offline_note(self) -> QLabel:
        """Where a save goes, in grey under the form."""
        note = QLabel(
            QCoreApplication.translate(
                "RecordDialog", "Saved on this computer and sent to the city CRM at the next sync."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #7b8794;")
        return note

    def lay_out(self, body: QLayout | QWidget, note: QWidget | None = None) -> QVBoxLayout:
        """The form (or the widget holding it, which takes the room) above, the errors of no
        one field, a note, then Save/Cancel (`add_save_buttons` first)."""
        layout = QVBoxLayout(self)
        if isinstance(body, QLayout):
            layout.addLayout(body)
        else:
            layout.addWidget(body, 1)
        layout.addWidget(self.errors.general)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(self.buttons)
        return layout

    def who_errors(self, customer_id: str | None) -> list[ValidationError]:
        """A record needs its customer and a signed-in owner: what is missing of the two."""
        errors = []
        if customer_id is None:
            errors.append(ValidationError("customer_id", "field.required", "Required."))
        if self.ctx.user is None:
            errors.append(ValidationError("owner_id", "auth.not_signed_in", "Sign in first."))
        return errors

    def write_record(
        self,
        service: str,
        existing: Mapping[str, Any] | None,
        fields: Mapping[str, Any],
        not_changed: Collection[str] = (),
    ) -> Callable[[], str]:
        """The store write of the form (for `prepare`): ``store.<service>.create(fields)``, or
        the update of ``existing`` with the fields a change sends (all but ``not_changed``)."""
        records = getattr(self.ctx.store, service)
        if existing is None:
            return lambda: str(records.create(fields)["id"])
        record_id = str(existing["id"])
        changes = {k: v for k, v in fields.items() if k not in not_changed}

        def change() -> str:
            records.update(record_id, changes)
            return record_id

        return change

    def prepare(self) -> Callable[[], str] | None:
        """Check the form; the write to run (None: nothing to save, the form says why)."""
        raise NotImplementedError

    def save(self) -> None:
        if self.writer.busy:
            return  # a save is already on its way
        self.errors.clear()
        try:
            work = self.prepare()
        except (ValidationErrors, ValidationError) as exc:
            self._show_errors(exc)
            return
        if work is not None:
            self.confirm(lambda: self.writer.run(work, self.ENTITIES))

    def confirm(self, go: Callable[[], None]) -> None:
        """A last question before the write (a contact-fatigue warning); ``go()`` writes. By
        default there is none."""
        go()
