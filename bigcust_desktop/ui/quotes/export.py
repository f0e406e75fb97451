"""Exporting a quote as the customer-facing Excel document: choose the file, write it off the GUI
thread, say where it went or why it could not be written.

Depends on `ui.qt`, the task runner and `reports.quote_document` (loaded by the first export).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from bigcust_desktop.store.settings import SettingsError, read_section, write_section
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QFileDialog,
    QObject,
    Qt,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane

# The folder last exported to, in the profile's owner-only settings file (not a Qt settings file
# of its own outside the profile, which sign-out would not wipe).
_SECTION = "quote_export"


def _default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def _last_folder(settings: Path) -> Path:
    try:
        folder = (read_section(settings, _SECTION) or {}).get("folder")
    except SettingsError:
        folder = None
    return Path(folder) if isinstance(folder, str) and folder else _default_folder()


def _remember_folder(settings: Path, folder: Path) -> None:
    # Only a convenience: if it cannot be saved, the next dialog opens in Documents.
    with contextlib.suppress(SettingsError):
        write_section(settings, _SECTION, {"folder": str(folder)})


class QuoteExporter(QObject):
    """Asks for a file name, then writes the workbook with `reports.quote_document`."""

    exported = Signal(str)  # the path written
    failed = Signal(str)  # the message shown

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self.dialog: QFileDialog | None = None

    def ask(self, quote_id: str, file_name: str) -> QFileDialog:
        """Open the save dialog (not native: the same on every desktop, and testable)."""
        folder = _last_folder(self.ctx.profile.settings_path)
        dialog = QFileDialog(self._parent, self.tr("Export quote to Excel"))
        dialog.setObjectName("quoteExportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.setDirectory(str(folder))
        dialog.selectFile(file_name)
        dialog.fileSelected.connect(lambda path: self.export_to(quote_id, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, quote_id: str, path: str) -> None:
        """Write the workbook in the background; `exported` or `failed` says how it went."""
        target = Path(path)
        _remember_folder(self.ctx.profile.settings_path, target.parent)
        store = self.ctx.store
        user = self.ctx.user

        def work() -> str:
            # openpyxl loads here, in the worker, the first time: never with the window.
            from bigcust_desktop.reports.quote_document import export_quote

            return str(export_quote(store, quote_id, target, user))

        self.ctx.tasks.run(work, self.exported.emit, self._failed, lane=Lane.EXPORT)

    def _failed(self, exc: BaseException) -> None:
        message = show_failure(self._parent, exc, title=self.tr("Export quote to Excel"))
        self.failed.emit(message)
