"""A contract's attached files (合同附件: PDF scans and the like) in its form: listed from their
records; added and opened through `store.attachments` (the attachment files' service), kept in
the encrypted cache and synced apart from the records.

Until that service is in the store, the files are listed and the file actions stay hidden.
Depends on `ui.qt`, `ui.labels`, `ui.errors` and the app context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QDesktopServices,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.messages import error_text
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class AttachmentsBox(QGroupBox):
    """The files of one contract; `changed` after a file was added."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attached files"), parent)
        self.setObjectName("contractAttachments")
        self.ctx = ctx
        self.contract_id: str | None = None
        self.model = RowsModel(
            [
                Column(self.tr("File"), lambda r: r.file_name),
                Column(self.tr("Size"), lambda r: _size_text(r.size)),
                Column(self.tr("On the server"), lambda r: label("content_state", r.content_state)),
                Column(self.tr("Added"), lambda r: local_time_text(r.created_at)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setObjectName("attachmentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(130)
        self.note = QLabel(self.tr("Save the contract first; then attach its scanned pages."), self)
        self.note.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Attach a &file…"), self)
        self.add_button.setObjectName("attachFile")
        self.open_button = QPushButton(self.tr("O&pen"), self)
        self.open_button.setObjectName("openAttachment")
        for button in (self.add_button, self.open_button):
            button.setAutoDefault(False)
            # The file actions need the attachment files' service of the store.
            button.setVisible(self.service is not None)
        self.add_button.clicked.connect(lambda: self.ask_file())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._enable()

    @property
    def service(self) -> Any:
        return getattr(self.ctx.store, "attachments", None)

    def show_contract(self, contract_id: str, version: int) -> None:
        self.contract_id = contract_id
        self.note.setText(self.tr("PDF, image, Word or Excel files up to 50 MB, synced apart."))
        self.reload()

    def reload(self) -> None:
        if self.contract_id is not None:
            self.model.set_rows(self.ctx.store.contracts.attachments(self.contract_id))
        self._enable()

    def _enable(self) -> None:
        saved = self.contract_id is not None
        self.add_button.setEnabled(saved)
        self.open_button.setEnabled(saved and self.model.rowCount() > 0)

    def ask_file(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Attach a file"))
        dialog.setObjectName("attachFileDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                                     "*.doc *.docx *.xls *.xlsx)"))  # fmt: skip
        dialog.setDirectory(str(Path.home()))
        dialog.fileSelected.connect(self.attach)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def attach(self, path: str) -> None:
        """Add the file to the contract in the write lane (checked and copied into the cache)."""
        service, contract_id = self.service, self.contract_id
        if service is None or contract_id is None:
            return

        def work() -> str:
            return str(service.add(contract_id, Path(path)).id)

        def done(_id: str) -> None:
            self.reload()
            self.changed.emit()

        self.ctx.write(work, ("contract_attachment",), done, self._refused)

    def _refused(self, exc: BaseException) -> None:
        """A file the rules refuse (type, size, content) is said in the box; anything else is
        a failure of its own."""
        if isinstance(exc, ValidationErrors):
            exc = exc.errors[0]
        if isinstance(exc, ValidationError):
            self.note.setText(error_text(exc))
            return
        show_failure(self, exc)

    def open_selected(self) -> None:
        """Open the selected file in the system's viewer (a temporary owner-only copy)."""
        service, index = self.service, self.table.currentIndex()
        if service is None or not index.isValid():
            return
        attachment_id = self.model.row_at(index.row()).id

        def work() -> Path | None:
            return service.open_copy(attachment_id)

        def opened(path: Path | None) -> None:
            if path is None:  # not here yet: the next sync fetches it
                self.ctx.write(lambda: service.request(attachment_id), ("contract_attachment",),
                               lambda _s: None, lambda e: show_failure(self, e))  # fmt: skip
                self.note.setText(self.tr("The file is fetched at the next sync."))
                return
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.ctx.read(work, opened, lambda e: show_failure(self, e), owner=self)
