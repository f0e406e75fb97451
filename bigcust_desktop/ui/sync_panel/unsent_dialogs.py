"""Asking before an unsent change is lost, showing one whose record left the cache, and writing
every unsent change to a file the user keeps (issue 11, DESIGN §5).

Depends on `ui.qt`, `ui.labels`, `ui.errors` and, inside the lanes' work, `store.outbox`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import field_label, label, wire_value_text
from bigcust_desktop.ui.qt import (
    QApplication,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.messages import owner_name

if TYPE_CHECKING:
    from bigcust_desktop.store.outbox.export import UnsentEdit
    from bigcust_desktop.ui.context import AppContext

_SKIP = frozenset({"id", "version", "updated_at", "lines", "history", "circuits"})


def _colon() -> str:
    return QCoreApplication.translate("UnsentChanges", ": ")


def changed_values(entity: str, fields: Mapping[str, Any]) -> str:
    """The changed fields as the user reads them: 金额：¥300,000.00；备注：…"""
    parts = [
        f"{field_label(entity, name)}{_colon()}{wire_value_text(entity, name, value)}"
        for name, value in fields.items()
        if name not in _SKIP
    ]
    return QCoreApplication.translate("UnsentChanges", "; ").join(parts)


def loss_text(entity: str, title: str, kind: str, fields: Mapping[str, Any]) -> str:
    """What discarding this change loses, in a sentence naming the record and its values."""
    what = label("entity", entity)
    if kind == "create":
        text = QCoreApplication.translate(
            "UnsentChanges", "The new %1 “%2” exists only on this computer; it will be deleted: %3."
        )
    elif kind == "delete":
        text = QCoreApplication.translate(
            "UnsentChanges", "Your deletion of the %1 “%2” will be undone; the record comes back.%3"
        )
        return text.replace("%1", what).replace("%2", title).replace("%3", "")
    else:
        text = QCoreApplication.translate(
            "UnsentChanges", "Your changes to the %1 “%2” will be lost: %3."
        )
    return (
        text.replace("%1", what).replace("%2", title).replace("%3", changed_values(entity, fields))
    )


def confirm_discard(parent: QWidget, text: str, on_discard: Callable[[], None]) -> QMessageBox:
    """Ask before a change is dropped; Cancel is the default. Not modal to the thread: the
    answer comes back through `on_discard`."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("UnsentChanges", "Discard change"),
        text
        + "\n\n"
        + QCoreApplication.translate(
            "UnsentChanges", "This cannot be undone. Export it first to keep a copy."
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirmDiscard")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            on_discard()

    box.finished.connect(finished)
    box.open()
    return box


def ask_unsent_path(parent: QWidget, folder: Path) -> Path | None:
    """Where to write the unsent changes, and in which form: an Excel workbook to read (the
    default) or JSON for support and re-import, by the file type chosen or the name typed."""
    workbook = QCoreApplication.translate("UnsentChanges", "Excel workbook, to read (*.xlsx)")
    document = QCoreApplication.translate(
        "UnsentChanges", "JSON file, for support and re-import (*.json)"
    )
    name = QCoreApplication.translate("UnsentChanges", "unsent-changes")
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("UnsentChanges", "Export unsent changes"),
        str(folder / f"{name}.xlsx"),
        f"{workbook};;{document}",
    )
    if not path:
        return None
    typed = Path(path)
    if typed.suffix.lower() not in (".xlsx", ".json"):
        typed = typed.with_name(typed.name + (".json" if chosen == document else ".xlsx"))
    return typed


def export_unsent(
    parent: QWidget, ctx: AppContext, done: Callable[[int], None] | None = None
) -> None:
    """Ask where, then write every unsent change there (in the read lane)."""
    path = ask_unsent_path(parent, ctx.profile.root.parent)
    if path is None:
        return
    store = ctx.store

    def shown(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("UnsentChanges", "Export unsent changes"),
            QCoreApplication.translate("UnsentChanges", "%1 change(s) written to %2.")
            .replace("%1", str(count))
            .replace("%2", str(path)),
        )
        if done is not None:
            done(count)

    def work() -> int:
        from bigcust_desktop.reports.unsent_workbook import write_unsent

        return write_unsent(store, path)

    ctx.read(work, shown, lambda e: show_failure(parent, e))


def refusal_reason(edit: UnsentEdit) -> str:
    codes = {e.get("code") for e in edit.errors}
    new_owner = next((name for name in map(owner_name, edit.errors) if name), "")
    if new_owner:
        return QCoreApplication.translate(
            "UnsentChanges",
            "The customer was reassigned to %1, so this record is no longer on this computer. "
            "Your change is kept here: copy it or export it, and ask %1 to make it.",
        ).replace("%1", new_owner)
    if edit.left_cache or "not_visible" in codes:
        return QCoreApplication.translate(
            "UnsentChanges",
            "The customer has left your book (reassigned to another account manager), so this "
            "record is no longer on this computer. Your change is kept here: copy it or export "
            "it, and ask the new account manager to make it.",
        )
    return QCoreApplication.translate("UnsentChanges", "The server refused this change.")


class RefusedCopyDialog(QDialog):
    """A refused change whose record left the cache: read-only, with copy-out and export."""

    def __init__(self, ctx: AppContext, edit: UnsentEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedCopy")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.edit = edit
        record = edit.record or {}
        title = str(record.get("title") or record.get("name") or edit.record_id)
        self.setWindowTitle(
            QCoreApplication.translate("UnsentChanges", "%1 “%2” (read-only copy)")
            .replace("%1", label("entity", edit.entity))
            .replace("%2", title)
        )
        self.reason = QLabel(refusal_reason(edit), self)
        self.reason.setObjectName("refusalReason")
        self.reason.setWordWrap(True)
        self.text = QPlainTextEdit(self.copy_text(), self)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(QCoreApplication.translate("UnsentChanges", "&Copy"), self)
        copy.setObjectName("copyRefused")
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.copy_text()))
        export = QPushButton(
            QCoreApplication.translate("UnsentChanges", "&Export unsent changes…"), self
        )
        export.setObjectName("exportUnsent")
        export.clicked.connect(lambda: export_unsent(self, ctx))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def copy_text(self) -> str:
        """The record as it was here, field by field, the changed fields marked."""
        edit = self.edit
        record = {**(edit.record or {}), **edit.fields}
        lines = []
        for name, value in record.items():
            if name in _SKIP:
                continue
            mark = "* " if name in edit.fields else "  "
            lines.append(
                f"{mark}{field_label(edit.entity, name)}{_colon()}"
                f"{wire_value_text(edit.entity, name, value)}"
            )
        return "\n".join(lines)
