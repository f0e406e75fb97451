"""The reports page (报表): choose reports and filters, export with progress and cancel, then
open the folder. Depends on `ui.qt`, the store's services (the choices) and `reports.export`
(run off the GUI thread).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bigcust_desktop.domain.permissions import may_choose_manager
from bigcust_desktop.domain.pinyin import sort_by_pinyin
from bigcust_desktop.reports.catalog import list_reports
from bigcust_desktop.reports.errors import ExportCancelled, ReportError
from bigcust_desktop.reports.export import ExportResult, export
from bigcust_desktop.reports.files import default_file_name
from bigcust_desktop.reports.period import ReportFilters
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import failure_text, show_failure
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDesktopServices,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QObject,
    QProgressBar,
    QPushButton,
    QSpinBox,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.form_errors import make_error_label
from bigcust_desktop.ui.widgets.page_loader import PageLoader


def _text(item: tuple[str, object]) -> str:
    return item[0]


class _Relay(QObject):
    progressed = Signal(int, object)


def _month_items(now: dt.date) -> list[str]:
    """The last 24 months, newest first, as YYYY-MM."""
    year, month = now.year, now.month
    items = []
    for _ in range(24):
        items.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return items


class ReportsPage(QWidget):
    """报表: pipeline, revenue, arrears, faults, coverage and quotes as styled workbooks."""

    PAGE_NAME = "reports"
    exported = Signal(object)  # ExportResult (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.ctx = ctx
        self._cancel: threading.Event | None = None
        self._last: ExportResult | None = None

        chooser = QGroupBox(self.tr("Reports"), self)
        self.report_list = QListWidget(chooser)
        self.report_list.setObjectName("reportList")
        self.report_list.setAccessibleName(self.tr("Reports to export"))
        # Report titles come from the report definitions in both languages.
        chinese = QLocale().name().startswith("zh")
        for info in list_reports():
            title = info.title_zh if chinese else info.title_en
            item = QListWidgetItem(title, self.report_list)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setToolTip(info.description)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        QVBoxLayout(chooser).addWidget(self.report_list)

        options = QGroupBox(self.tr("Filters"), self)
        form = QFormLayout(options)
        months = _month_items(dt.date.today())
        self.period_from = QComboBox(options)
        self.period_from.setObjectName("periodFrom")
        self.period_to = QComboBox(options)
        self.period_to.setObjectName("periodTo")
        for combo in (self.period_from, self.period_to):
            # Each report's own period unless the user picks months: the bill reports' ends
            # at the last billed month in the cache, never at a month BOSS has not billed yet.
            combo.addItem(self.tr("(each report's default)"), None)
            for month in months:
                combo.addItem(month, month)
            combo.setCurrentIndex(0)
            combo.setToolTip(
                self.tr(
                    "Without a choice each report covers its usual period: revenue the six "
                    "months up to the last billed month."
                )
            )
        form.addRow(self.tr("From m&onth:"), self.period_from)
        form.addRow(self.tr("&To month:"), self.period_to)
        self.manager = QComboBox(options)
        self.manager.setObjectName("reportManager")
        self.manager.addItem(self.tr("Whole book"), None)
        form.addRow(self.tr("&Manager:"), self.manager)
        self.city = QComboBox(options)
        self.city.setObjectName("reportCity")
        self.city.addItem(self.tr("All cities"), None)
        form.addRow(self.tr("&City:"), self.city)
        self.stale_days = QSpinBox(options)
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(1, 365)
        self.stale_days.setValue(60)
        self.stale_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Not contacted in:"), self.stale_days)
        self.separate = QCheckBox(self.tr("One workbook per report"), options)
        self.separate.setObjectName("separateWorkbooks")
        form.addRow("", self.separate)
        self.out_path = QLineEdit(options)
        self.out_path.setObjectName("outputPath")
        self.out_path.setAccessibleName(self.tr("Save to"))
        browse = QPushButton(self.tr("Browse…"), options)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.out_path, 1)
        row.addWidget(browse)
        title = QLabel(self.tr("&Save to:"), options)
        title.setBuddy(self.out_path)  # a row of two widgets gets no buddy from addRow
        form.addRow(title, row)
        self.error = make_error_label("reportError", options)
        form.addRow("", self.error)

        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelExport")
        self.cancel_button.clicked.connect(self.cancel_export)
        self.cancel_button.hide()
        self.open_folder = QPushButton(self.tr("O&pen folder"), self)
        self.open_folder.setObjectName("openFolder")
        self.open_folder.clicked.connect(self._open_folder)
        self.open_folder.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.result = QLabel(self)
        self.result.setObjectName("exportResult")
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_folder)

        top = QHBoxLayout()
        top.addWidget(chooser, 1)
        top.addWidget(options, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        # The filters' choices, read in the background: staff and the cities of the book.
        self.loader = PageLoader(
            self, ctx, frozenset({"user", "customer"}), self._choices_query, self._fill_choices
        )
        self.manager.setEnabled(may_choose_manager(ctx.user))
        self._suggest_path()

    def _choices_query(self) -> Callable[[], tuple[list[Any], list[str]]]:
        store = self.ctx.store

        def work() -> tuple[list[Any], list[str]]:
            return store.staff.account_managers(), store.customers.cities()

        return work

    def _fill_choices(self, choices: tuple[list[Any], list[str]]) -> None:
        staff, cities = choices
        for combo, values in (
            (self.manager, sort_by_pinyin([(name, uid) for uid, name in staff], _text)),
            (self.city, sort_by_pinyin([(c, c) for c in cities], _text)),
        ):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def _chosen(self) -> list[str]:
        items = (self.report_list.item(i) for i in range(self.report_list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _suggest_path(self) -> None:
        folder = self.ctx.profile.exports_dir
        names = self._chosen() or ["reports"]
        # Named in the app's zone (Asia/Shanghai), not the laptop's: the time the user reads.
        now = dt.datetime.now(dt.UTC)
        self.out_path.setText(str(folder / default_file_name(names, now)))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report as"), self.out_path.text(), self.tr("Excel (*.xlsx)")
        )
        if path:
            self.out_path.setText(path)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def start_export(self) -> None:
        self.error.hide()
        names = self._chosen()
        if not names:
            self._show_error(self.tr("Choose at least one report."))
            return
        try:
            filters = ReportFilters.parse(
                period_from=self.period_from.currentData(),
                period_to=self.period_to.currentData(),
                manager_id=self.manager.currentData(),
                city=self.city.currentData(),
                stale_days=self.stale_days.value(),
            )
        except ReportError as exc:
            self._show_error(failure_text(exc, "choosing the report filters"))
            return
        out = Path(self.out_path.text().strip() or ".")
        separate = self.separate.isChecked()
        if separate and out.suffix.lower() == ".xlsx":
            out = out.parent
        user = self.ctx.user
        cancel = self._cancel = threading.Event()
        relay = _Relay(self)
        relay.progressed.connect(self._on_progress)
        store = self.ctx.store
        self.export_button.setEnabled(False)
        self.open_folder.hide()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.result.setText(self.tr("Exporting…"))

        def work() -> ExportResult:
            store.analytics.refresh(user)  # what local edits changed since the sync, as the CLI
            return export(
                store,
                names,
                filters,
                user,
                out,
                separate=separate,
                progress=relay.progressed.emit,
                cancel=cancel,
            )

        self.ctx.tasks.run(work, self._done, self._failed, lane=Lane.EXPORT)

    def cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _on_progress(self, done: int, total: int | None) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.result.setText(self.tr("Exporting… %n rows", "", done))

    def _finish(self) -> None:
        self._cancel = None
        self.export_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _done(self, result: ExportResult) -> None:
        self._finish()
        self._last = result
        files = ", ".join(f.path.name for f in result.files)
        self.result.setText(
            self.tr("Saved %1 (%2 rows).")
            .replace("%1", files)
            .replace("%2", str(result.total_rows))
        )
        self.open_folder.show()
        self.ctx.notify({"audit_log"})
        self.exported.emit(result)
        self._suggest_path()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, ExportCancelled):
            self.result.setText(self.tr("Export cancelled; no file was left behind."))
            return
        self.result.clear()
        if isinstance(exc, ReportError):
            self._show_error(failure_text(exc, "exporting reports"))
            return
        show_failure(self, exc, doing="exporting reports")

    def _open_folder(self) -> None:
        if self._last is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last.path.parent)))
