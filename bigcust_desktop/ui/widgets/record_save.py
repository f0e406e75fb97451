"""What every record form dialog does on Save: a Save/Cancel button row, the write through
`ctx.write` off the GUI thread, a refused write's errors inline (anything else in a message box).

Depends on `ui.qt`, `ui.context` and `ui.errors`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QObject,
    QPushButton,
    QShortcut,
)


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
