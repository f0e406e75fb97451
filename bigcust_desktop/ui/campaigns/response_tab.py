"""接受程度 (the regional manager's tab): the response of the team's campaigns by round and
channel — targets, suppressed, open, reached, interested, declined, not reached, opportunities,
acceptance — as the managers' synced outcomes say; exported as the `campaign-response` report
through the one report writer (audited as every export).

Depends on `ui.qt`, the page loader and table models, `ui.labels`, `ui.errors`,
`store.campaigns` (read lane) and `reports.export` (export lane).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import failure_text, show_failure
from bigcust_desktop.ui.labels import label, percent_text
from bigcust_desktop.ui.qt import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel, number_column

if TYPE_CHECKING:
    from bigcust_desktop.reports.export import ExportResult
    from bigcust_desktop.store.services.campaigns import ResponseRow

WATCHED = frozenset({"campaign", "campaign_round", "campaign_task"})
REPORT = "campaign-response"


class ResponseTab(QWidget):
    loaded = Signal()
    exported = Signal(object)  # the ExportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignResponseTab")
        self.ctx = ctx
        self._names: dict[str, str] = {}
        self.file_dialog: QFileDialog | None = None
        self.model = RowsModel(
            [
                Column(self.tr("Campaign"), lambda r: self._names.get(r.campaign_id, "")),
                Column(self.tr("Round"), lambda r: r.round_name),
                Column(self.tr("Channel"), lambda r: label("round_channel", r.channel)),
                number_column(self.tr("Targets"), lambda r: r.targets),
                number_column(self.tr("Suppressed"), lambda r: r.suppressed),
                number_column(self.tr("Open"), lambda r: r.open),
                number_column(self.tr("Reached"), lambda r: r.reached),
                number_column(self.tr("Interested"), lambda r: r.interested),
                number_column(self.tr("Declined"), lambda r: r.declined),
                number_column(self.tr("Not reached"), lambda r: r.not_reached),
                number_column(self.tr("Opportunities"), lambda r: r.opportunities),
                Column(self.tr("Acceptance"), self.acceptance_text,
                       sort_key=lambda r: r.acceptance if r.acceptance is not None else -1),
            ],
            self,
        )  # fmt: skip
        self.table = record_table(self, self.model, "responseTable", self.tr("Campaign response"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setObjectName("responseSummary")
        self.summary.setWordWrap(True)
        self.result = QLabel(self)
        self.result.setObjectName("responseExportResult")
        self.result.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setObjectName("responseExportButton")
        self.export_button.clicked.connect(self.ask_export)
        footer = QHBoxLayout()
        footer.addWidget(self.result, 1)
        footer.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(footer)
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)

    def acceptance_text(self, row: ResponseRow) -> str:
        value = row.acceptance
        return "—" if value is None else percent_text(value * 100)

    def _query(self) -> Callable[[], tuple[list[ResponseRow], dict[str, str]]]:
        store, user = self.ctx.store, self.ctx.user
        book, team = book_of(user), (user.team_id if user is not None else None)

        def work() -> tuple[list[ResponseRow], dict[str, str]]:
            names = {c.id: c.name for c in store.campaigns.listed(team)}
            return store.campaigns.response(book), names

        return work

    def _loaded(self, loaded: tuple[list[ResponseRow], dict[str, str]]) -> None:
        rows, names = loaded
        self._names = names
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        if rows:
            self.summary.setText(
                self.tr("How the customers answered, by round and channel, as of the last sync. "
                        "Acceptance = (interested + opportunities) ÷ reached.")
            )  # fmt: skip
        else:
            self.summary.setText(
                self.tr("No responses yet: assign a campaign round, and the managers' outcomes "
                        "show here after they sync.")
            )  # fmt: skip
        self.loaded.emit()

    # -- export -------------------------------------------------------------------------------

    def ask_export(self) -> QFileDialog:
        from bigcust_desktop.reports.files import default_file_name

        dialog = QFileDialog(self, self.tr("Export the campaign response"))
        dialog.setObjectName("responseExportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(default_file_name([REPORT], dt.datetime.now(dt.UTC)))
        dialog.fileSelected.connect(self.export_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str) -> None:
        """Write the campaign-response report in the export lane (the audit event with it)."""
        store, user, target = self.ctx.store, self.ctx.user, Path(path)
        self.export_button.setEnabled(False)
        self.result.setText(self.tr("Exporting…"))

        def work() -> ExportResult:
            from bigcust_desktop.reports.export import export
            from bigcust_desktop.reports.period import ReportFilters

            return export(store, [REPORT], ReportFilters(), user, target)

        self.ctx.tasks.run(work, self._done, self._failed, lane=Lane.EXPORT)

    def _done(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.result.setText(
            self.tr("Saved %1 (%2 rows).")
            .replace("%1", ", ".join(f.path.name for f in result.files))
            .replace("%2", str(result.total_rows))
        )  # fmt: skip
        self.ctx.notify({"audit_log"})
        self.exported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from bigcust_desktop.reports.errors import ReportError

        self.export_button.setEnabled(True)
        if isinstance(exc, ReportError):
            self.result.setText(failure_text(exc, "exporting the campaign response"))
            return
        self.result.clear()
        show_failure(self, exc, doing="exporting the campaign response")
