"""A contract's attached files (合同附件: PDF scans and the like) in its form: listed from their
records with where each file is; added and opened through `store.attachments` (the attachment
files' service), kept in the encrypted cache and synced apart from the records. A file above the
prefetch size that is not here shows its size and 下载: fetched at once in the sync lane (with
progress and a stop), then opened.

Depends on `ui.qt`, `ui.labels`, `ui.errors`, the app context and the one-file fetch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bigcust_desktop.domain.attachments import FileState, FileStatus
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.contracts.file_fetch import FileFetch
from bigcust_desktop.ui.errors import failure_text, show_failure
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QDesktopServices,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
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
    """The files of one contract; `changed` after a file was added, `opened` with the copy
    given to the system's viewer."""

    changed = Signal()
    opened = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Attached files"), parent)
        self.setObjectName("contractAttachments")
        self.ctx = ctx
        self.contract_id: str | None = None
        self.files: dict[str, FileStatus] = {}  # attachment id -> where its file is
        self.model = RowsModel(
            [
                Column(self.tr("File"), lambda r: r.file_name),
                Column(self.tr("Size"), lambda r: _size_text(r.size)),
                Column(self.tr("On the server"), lambda r: label("content_state", r.content_state)),
                Column(self.tr("On this computer"), lambda r: self._here_text(self.file(r.id))),
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
        self.fetch_button = QPushButton(self.tr("Fetc&h"), self)
        self.fetch_button.setObjectName("fetchAttachment")
        self.stop_button = QPushButton(self.tr("Stop (&I)"), self)
        self.stop_button.setObjectName("stopFetch")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("fetchProgress")
        self.progress.setMaximumWidth(200)
        for button in (self.add_button, self.open_button, self.fetch_button, self.stop_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.ask_file())
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.fetch_button.clicked.connect(lambda: self.fetch_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.table.clicked.connect(lambda _i: self._enable())
        self.fetch = FileFetch(ctx, self)
        self.fetch.progressed.connect(self._progressed)
        self.fetch.fetched.connect(self._fetched)
        self.fetch.failed.connect(self._fetch_failed)
        self.stop_button.clicked.connect(self.fetch.cancel)
        row = QHBoxLayout()
        for widget in (self.add_button, self.open_button, self.fetch_button, self.progress,
                       self.stop_button):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self._enable()

    @property
    def service(self) -> Any:
        return self.ctx.store.attachments

    def file(self, attachment_id: str) -> FileStatus | None:
        return self.files.get(attachment_id)

    def _here_text(self, status: FileStatus | None) -> str:
        if status is None or status.opens_offline:
            return self.tr("Here")
        if status.state is FileState.DOWNLOADING and status.done:
            return self.tr("Partly here (%1%)").replace("%1", str(status.percent))
        return self.tr("Not downloaded")

    def show_contract(self, contract_id: str, version: int) -> None:
        self.contract_id = contract_id
        self.note.setText(self.tr("PDF, image, Word or Excel files up to 50 MB, synced apart."))
        self.reload()

    def reload(self) -> None:
        if self.contract_id is not None:
            selected = self.selected_id()
            rows = self.ctx.store.contracts.attachments(self.contract_id)
            self.files = {r.id: r.file for r in self.service.of_contract(self.contract_id)}
            self.model.set_rows(rows)
            ids = [r.id for r in rows]
            if ids:
                self.table.selectRow(ids.index(selected) if selected in ids else 0)
        self._enable()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _enable(self) -> None:
        saved = self.contract_id is not None
        status = self.files.get(self.selected_id() or "")
        missing = status is not None and not status.opens_offline
        busy = self.fetch.running
        self.add_button.setEnabled(saved)
        self.open_button.setEnabled(saved and self.model.rowCount() > 0 and not missing)
        # A file not here: its size is in the list, and 下载 fetches it now.
        self.fetch_button.setVisible(missing and not busy)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy)

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
        """Open the selected file in the system's viewer (a temporary owner-only copy); one
        not here is fetched first."""
        service, attachment_id = self.service, self.selected_id()
        if attachment_id is None:
            return

        def work() -> Path | None:
            return service.open_copy(attachment_id)

        def opened(path: Path | None) -> None:
            if path is None:  # not here yet: fetch it now
                self.fetch_selected()
                return
            self._view(path)

        self.ctx.read(work, opened, lambda e: show_failure(self, e), owner=self)

    def _view(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.opened.emit(path)

    # -- fetching a file on request ------------------------------------------------------------

    def fetch_selected(self) -> None:
        """下载: fetch the selected file now (the network in the sync lane), then open it."""
        attachment_id = self.selected_id()
        if attachment_id is None or self.fetch.running:
            return
        if not self.fetch.start(attachment_id):
            self.note.setText(self.tr("Set up the server in Settings to fetch the file."))
            return
        size = self.files[attachment_id].size if attachment_id in self.files else 0
        self.progress.setRange(0, max(1, size))
        self.progress.setValue(0)
        self.note.setText(self.tr("Fetching the file…"))
        self._enable()

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _fetched(self, path: Path | None) -> None:
        self.reload()
        if path is None:
            self.note.setText(self.tr("The server has not got the whole file yet; try later."))
            return
        self.note.setText(self.tr("The file is here and opens offline from now on."))
        self._view(path)

    def _fetch_failed(self, exc: BaseException) -> None:
        self.reload()
        if getattr(exc, "code", None) == "sync.cancelled":
            self.note.setText(self.tr("Stopped; what came is kept, and Fetch goes on from there."))
            return
        self.note.setText(failure_text(exc, "fetching an attached file"))
