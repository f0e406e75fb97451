"""Inline field errors: each `ValidationError` shown in a label under its field, never a dialog.

A form registers its editors by wire field name; `FormErrors.show` puts every message under its
field (object name ``<field>Error``) and the rest in one general label. A message leaves as soon as
its field is edited; an input that checks itself (`problem` signal) shows its message when left.
Depends on `ui.qt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.qt import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.messages import error_text

ERROR_STYLE = "color: #c0392b;"
_PARTS = re.compile(r"[.\[]")


def make_error_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, word-wrapping red label with the object name ``name``."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(name)
    label.hide()
    return label


def as_error_list(
    errors: ValidationErrors | ValidationError | Iterable[ValidationError],
) -> list[ValidationError]:
    if isinstance(errors, ValidationErrors):
        return list(errors.errors)
    if isinstance(errors, ValidationError):
        return [errors]
    return list(errors)


class FormErrors(QObject):
    """The inline error labels of one form.

    Use `add_row` to lay out a field with its error label in a `QFormLayout`, or `register` for
    a custom layout; then `show(exc)` after a `ValidationErrors` and `clear()` before a new try.
    An error whose field is not registered (``lines[2].quantity`` falls back to ``lines``) goes
    to the general label (object name ``formError``).
    """

    def __init__(self, form: QWidget) -> None:
        super().__init__(form)
        self._form = form
        self._labels: dict[str, QLabel] = {}
        self._editors: dict[str, QWidget] = {}
        self.general = make_error_label("formError", form)
        self._shown: dict[str, str] = {}

    def add_row(self, layout: QFormLayout, text: str, field: str, editor: QWidget) -> QLabel:
        """Add ``text: editor`` to the layout with the field's error label under the editor."""
        cell = QWidget(self._form)
        cell.setObjectName(f"{field}Cell")
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(editor)
        error = make_error_label(f"{field}Error", cell)
        box.addWidget(error)
        title = QLabel(text, self._form)
        title.setBuddy(editor)
        if not editor.accessibleName():
            editor.setAccessibleName(text.replace("&", ""))
        layout.addRow(title, cell)
        self.register(field, editor, error)
        return error

    def register(self, field: str, editor: QWidget | None, error: QLabel) -> None:
        """Fields are kept in registration order: the form's order, which focus follows."""
        self._labels[field] = error
        if editor is not None:
            self._editors[field] = editor
            self._watch(field, editor)

    def _watch(self, field: str, editor: QWidget) -> None:
        """Clear the field's message when the user edits it; show an input's own verdict."""
        edited = None
        if isinstance(editor, QLineEdit):
            edited = editor.textEdited
        elif isinstance(editor, QPlainTextEdit):
            edited = editor.textChanged
        elif isinstance(editor, QComboBox):
            edited = editor.currentIndexChanged
        elif isinstance(editor, QAbstractSpinBox):
            edited = editor.editingFinished
        else:
            edited = getattr(editor, "edited", None)
        if edited is not None:
            edited.connect(lambda *_: self.clear_field(field))
        problem = getattr(editor, "problem", None)
        if problem is not None:
            problem.connect(lambda error: self._input_problem(field, error))

    def _input_problem(self, field: str, error: ValidationError | None) -> None:
        if error is None:
            self.clear_field(field)
        else:
            self._show_field(field, error_text(error))

    def clear_field(self, field: str) -> None:
        """Take one field's message away (the user is fixing it)."""
        if field not in self._shown:
            return
        label = self._labels[field]
        label.clear()
        label.hide()
        editor = self._editors.get(field)
        if editor is not None:
            editor.setAccessibleDescription("")
        del self._shown[field]

    def _show_field(self, field: str, text: str) -> None:
        label = self._labels[field]
        label.setText(text)
        label.show()
        editor = self._editors.get(field)
        if editor is not None:
            editor.setAccessibleDescription(text)
        self._shown[field] = text

    def error_label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def _target(self, field: str) -> str | None:
        """The registered field an error belongs to: itself, else its nearest parent path."""
        name = field
        while name:
            if name in self._labels:
                return name
            cut = [m.start() for m in _PARTS.finditer(name)]
            if not cut:
                return None
            name = name[: cut[-1]]
        return None

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.clear()
            label.hide()
            editor = self._editors.get(field)
            if editor is not None:
                editor.setAccessibleDescription("")
        self.general.clear()
        self.general.hide()
        self._shown = {}

    def show(self, errors: ValidationErrors | ValidationError | Iterable[ValidationError]) -> None:
        """Show every error inline (several on one field are joined) and focus the first invalid
        field of the form (in its order, whatever order the rules named them in)."""
        self.clear()
        texts: dict[str, list[str]] = {}
        general: list[str] = []
        for error in as_error_list(errors):
            target = self._target(error.field)
            text = error_text(error)
            if target is None:
                general.append(text)
                continue
            if text not in texts.setdefault(target, []):
                texts[target].append(text)
        for field in self._labels:  # the form's order
            if field in texts:
                self._show_field(field, "\n".join(texts[field]))
        if general:
            self.show_message("\n".join(general))
        first = next(
            (self._editors[f] for f in self._labels if f in texts and f in self._editors), None
        )
        if first is not None:
            first.setFocus()

    def show_message(self, text: str) -> None:
        """A form-wide message (an error that names no field of this form)."""
        self.general.setText(text)
        self.general.show()
        self._shown[""] = text

    def handle(self, exc: BaseException) -> bool:
        """Show a failed save's validation errors inline; False for any other failure."""
        if isinstance(exc, ValidationErrors | ValidationError):
            self.show(exc)
            return True
        return False

    @property
    def shown(self) -> dict[str, str]:
        """Field -> message currently shown ("" for the general message): tests and a11y."""
        return dict(self._shown)

    def has_errors(self) -> bool:
        return bool(self._shown)
