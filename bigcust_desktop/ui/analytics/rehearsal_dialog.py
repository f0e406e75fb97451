"""Tariff rehearsal (资费预演) on screen, through `store.rehearsals` as the `rehearse` command:
ask (a customer, a group with its branches, a saved segment or the book; a plan move, a bundle
or a draft quote), see the last three billed months before and after per customer and line, who
gains and who loses; save under a name, open, compare, delete; export the workbook; turn a
one-customer rehearsal into a draft quote in one step.

Rehearsals run in the read lane with progress and stop; the workbook in the export lane.
Depends on `ui.qt`, the app context, `store.rehearsals` and (in the export lane)
`reports.rehearsal_workbook`.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from bigcust_desktop.domain.analytics.rehearsal import LineResult, Proposal
from bigcust_desktop.store.queries.rehearsal_choices import RehearsalChoices
from bigcust_desktop.store.services.rehearsals import RehearsalRun, SavedRehearsalRow
from bigcust_desktop.ui.analytics.rehearsal_form import ProposalForm
from bigcust_desktop.ui.analytics.rehearsal_lines import line_columns
from bigcust_desktop.ui.analytics.rehearsal_saved import SavedRehearsals, money, signed
from bigcust_desktop.ui.analytics.texts import yuan
from bigcust_desktop.ui.analytics.worklist_tab import ProgressRelay
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.plain_text import rich
from bigcust_desktop.ui.qt import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RehearsalDialog(QDialog):
    """资费预演 over ``customer_id`` (and its group), or the user's book and segments."""

    ready = Signal()  # the choices are in: the form can be used
    finished_run = Signal()  # a rehearsal has been drawn (tests wait for it)
    lines_shown = Signal()  # a customer's lines have been drawn
    quote_created = Signal(str)  # the draft quote's id
    saved = Signal(str)  # the saved rehearsal's id
    exported = Signal(str)  # the workbook's path

    def __init__(
        self, ctx: AppContext, customer_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalDialog")
        self.ctx = ctx
        self.customer_id = customer_id
        self.book = book_of(ctx.user)
        self.run_result: RehearsalRun | None = None
        self.names: dict[str, str] = {}
        self.form: ProposalForm | None = None
        self.saved_proposal: Proposal | None = None  # of a saved rehearsal opened
        self._cancel: threading.Event | None = None
        name = ctx.store.customers.name(customer_id) if customer_id else ""
        self.customer_name = name
        scope = self.tr("Customer %1").replace("%1", name) if customer_id else self.tr("Your book")
        self.setWindowTitle(self.tr("Tariff rehearsal — %1").replace("%1", scope))
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width() - 40), min(760, screen.height() - 60))
        self._build()
        store, book = ctx.store, self.book
        ctx.read(
            lambda: store.rehearsals.choices(book, customer_id),
            self._ready,
            self._failed,
            owner=self,
        )
        self.saved_list.reload()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.form_holder = QVBoxLayout()
        self.form_holder.addWidget(QLabel(self.tr("Reading the plans…"), self))
        self.run_button = QPushButton(self.tr("&Rehearse"), self)
        self.run_button.setObjectName("rehearseButton")
        self.run_button.setDefault(True)
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("St&op"), self)
        self.cancel_button.setObjectName("rehearsalCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rehearsalProgress")
        self.progress.hide()
        self.save_name = QLineEdit(self)
        self.save_name.setObjectName("rehearsalSaveName")
        self.save_name.setPlaceholderText(self.tr("Name to save it under"))
        self.save_name.setAccessibleName(self.tr("Name of the saved rehearsal"))
        self.save_name.setMinimumWidth(240)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("rehearsalSave")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.setObjectName("rehearsalExport")
        self.export_button.clicked.connect(self.ask_export)
        self.quote_button = QPushButton(self.tr("Make a draft &quote"), self)
        self.quote_button.setObjectName("rehearsalQuote")
        self.quote_button.clicked.connect(self.make_quote)
        self.quote_button.setVisible(self.customer_id is not None)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("rehearsalClose")
        close.clicked.connect(self.reject)
        for button in (self.save_button, self.export_button, self.quote_button, close):
            button.setAutoDefault(False)
        for button in (self.save_button, self.export_button, self.quote_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        for widget in (self.run_button, self.cancel_button, self.progress):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.save_name, self.save_button, self.export_button, self.quote_button):
            buttons.addWidget(widget)
        buttons.addWidget(close)

        self.summary = QLabel(self.tr("Choose whom and what to rehearse, then Rehearse."), self)
        self.summary.setObjectName("rehearsalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.customers = RowsModel(
            [
                Column(self.tr("Customer"), lambda c: self.names.get(c.customer_id, c.customer_id)),
                Column(
                    self.tr("Lines"), lambda c: str(c.lines), _RIGHT, sort_key=lambda c: c.lines
                ),
                money(self.tr("Billed (3 months)"), lambda c: c.before_fen),
                money(self.tr("Under the proposal"), lambda c: c.after_fen),
                money(self.tr("Change"), lambda c: c.change_fen, True),
            ],
            self,
        )
        self.customer_table = record_table(
            self, self.customers, "rehearsalCustomers", self.tr("Customers rehearsed")
        )
        self.customer_table.selectionModel().currentRowChanged.connect(lambda *_: self._lines())
        self.lines = RowsModel(line_columns(self, lambda: self.form), self)
        self.line_table = record_table(self, self.lines, "rehearsalLines", self.tr("Lines"))
        # Most saved by the customer first; a header click re-sorts.
        for table, column in ((self.customer_table, 4), (self.line_table, 11)):
            table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            table.horizontalHeader().setStretchLastSection(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.customer_table)
        split.addWidget(self.line_table)
        result = QWidget(self)
        result_layout = QVBoxLayout(result)
        result_layout.addWidget(self.summary)
        result_layout.addWidget(split, 1)

        self.saved_list = SavedRehearsals(self.ctx, self)
        self.saved_list.opened.connect(self.show_saved)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rehearsalTabs")
        self.tabs.addTab(result, self.tr("Res&ult"))
        self.tabs.addTab(self.saved_list, self.tr("Sa&ved and compared"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_holder)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

    def _ready(self, choices: RehearsalChoices) -> None:
        while self.form_holder.count():
            widget = self.form_holder.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.form = ProposalForm(choices, self.customer_id, self.customer_name, self)
        self.form_holder.addWidget(self.form)
        self.run_button.setEnabled(self.form.from_plan.count() > 0)
        if not choices.in_use:
            self.summary.setText(self.tr("No active lines to rehearse."))
        self.ready.emit()

    # -- running ---------------------------------------------------------------------------

    def run(self) -> None:
        form = self.form
        if self._cancel is not None or form is None or not form.ready():
            return
        store, book, proposal, quote_id = (
            self.ctx.store,
            self.book,
            form.proposal(),
            form.quote_id(),
        )
        scope, one = form.scope_kwargs(), form.one_customer
        cancel = self._cancel = threading.Event()
        relay = ProgressRelay(self)
        relay.progressed.connect(self._progressed)
        self.run_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Rehearsing…"))
        self.tabs.setCurrentIndex(0)

        def work() -> tuple[RehearsalRun, dict[str, str]]:
            asked = proposal if quote_id is None else store.rehearsals.from_quote(quote_id)
            run = store.rehearsals.run(
                book, asked, **scope, keep_lines=one, progress=relay.progressed.emit, cancel=cancel
            )
            return run, store.customers.names(c.customer_id for c in run.customers)

        self.ctx.read(work, self._done, self._failed, owner=self)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _finish(self) -> None:
        self._cancel = None
        self.run_button.setEnabled(self.form is not None)
        self.cancel_button.hide()
        self.progress.hide()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.summary.clear()
        show_failure(self, exc, doing="rehearsing a tariff")

    def _done(self, result: tuple[RehearsalRun, dict[str, str]]) -> None:
        self._finish()
        run, self.names = result
        self.run_result, self.saved_proposal = run, None
        lines = run.totals.lines
        self._show(run.summary(), run.customers)
        self.save_button.setEnabled(bool(lines) and not run.totals.cancelled)
        self.export_button.setEnabled(bool(lines))
        self.quote_button.setEnabled(
            bool(lines) and self.form is not None and self.form.one_customer
        )
        if not self.save_name.text():
            self.save_name.setText(run.proposal.name[:80])
        self.finished_run.emit()

    def summary_text(self, t: dict[str, Any], proposal: str) -> str:
        if not t["lines"]:
            return self.tr("No line of these customers is touched by the proposal.")
        text = self.tr(
            "<b>%1</b>: %2 lines of %3 customers were billed %4 in the last three months; "
            "under the proposal %5 (<b>%6</b>). %7 customers would pay more, %8 less; %9 lines "
            "would exceed the new allowances, %10 are below the floor price, %11 have a term "
            "shorter than the plan's minimum."
        )
        text = rich(
            text,
            proposal,
            f"{t['lines']:,}",
            f"{t['customers']:,}",
            yuan(t["before_fen"]),
            yuan(t["after_fen"]),
            signed(t["change_fen"]),
            f"{t['paying_more']:,}",
            f"{t['paying_less']:,}",
            f"{t['lines_over_allowance']:,}",
            f"{t['lines_below_floor']:,}",
            f"{t['lines_term_short']:,}",
        )
        if t.get("cancelled"):
            text += " " + self.tr("Stopped: the figures cover the customers done so far.")
        return text

    def _show(self, totals: dict[str, Any], customers: Any) -> None:
        name = totals["proposal"]["name"] if "proposal" in totals else ""
        self.summary.setText(self.summary_text(totals, name))
        self._set_sorted(self.customer_table, self.customers, list(customers))
        if self.customers.rowCount():
            self.customer_table.selectRow(0)
        self._lines()

    def show_saved(self, row: SavedRehearsalRow) -> None:
        """A saved rehearsal's figures as they were saved (its lines come from a new run)."""

        def work() -> dict[str, str]:
            return self.ctx.store.customers.names(c.customer_id for c in row.customers)

        def shown(names: dict[str, str]) -> None:
            self.names = names
            self.run_result = None
            for button in (self.save_button, self.export_button, self.quote_button):
                button.setEnabled(False)
            self.tabs.setCurrentIndex(0)
            self._show({**row.totals, "proposal": {"name": row.name}}, row.customers)
            self.saved_proposal = row.proposal
            self.finished_run.emit()

        self.ctx.read(work, shown, self._failed, owner=self)

    def _lines(self) -> None:
        """The chosen customer's lines: kept by a one-customer run, else rehearsed again for
        that customer alone (the book's run keeps only per-customer figures)."""
        index = self.customer_table.currentIndex()
        chosen = self.customers.row_at(index.row()) if index.isValid() else None
        if chosen is None:
            self._set_lines([])
            return
        run = self.run_result
        if run is not None and run.lines:
            self._set_lines([r for r in run.lines if r.line.customer_id == chosen.customer_id])
            return
        proposal = run.proposal if run else self.saved_proposal
        if proposal is None:
            return
        store, book, customer_id = self.ctx.store, self.book, chosen.customer_id

        def work() -> list[LineResult]:
            return store.rehearsals.run(
                book, proposal, customer_id=customer_id, keep_lines=True
            ).lines

        self.ctx.read(work, self._set_lines, self._failed, owner=self)

    def _set_lines(self, rows: list[LineResult]) -> None:
        self._set_sorted(self.line_table, self.lines, rows)
        self.lines_shown.emit()

    @staticmethod
    def _set_sorted(table: Any, model: RowsModel, rows: Any) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        table.resizeColumnsToContents()

    # -- save, export, quote ---------------------------------------------------------------

    def save(self) -> None:
        run, user = self.run_result, self.ctx.user
        if run is None:
            return
        store, name = self.ctx.store, self.save_name.text()

        def done(row: SavedRehearsalRow) -> None:
            self.summary.setText(
                self.summary.text() + "<br>" + rich(self.tr("Saved as “%1”."), row.name)
            )
            self.saved_list.reload()
            self.saved.emit(row.id)

        self.ctx.write(
            lambda: store.rehearsals.save(name, run, user.id if user else None),
            set(),
            done,
            lambda exc: show_failure(self, exc, doing="saving a rehearsal"),
        )

    def ask_export(self) -> QFileDialog | None:
        if self.run_result is None:
            return None
        dialog = QFileDialog(self, self.tr("Export the rehearsal to Excel"))
        dialog.setObjectName("rehearsalExportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.setDirectory(str(self.ctx.profile.exports_dir))
        dialog.selectFile(self.tr("Tariff rehearsal %1.xlsx").replace("%1", f"{dt.date.today()}"))
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def export_to(self, path: Path) -> None:
        """Write the workbook in the export lane (audited as every export); `exported` once
        written."""
        run = self.run_result
        if run is None or self.form is None:
            return
        store, user, label = self.ctx.store, self.ctx.user, self.form.scope.currentText()
        self.export_button.setEnabled(False)

        def work() -> str:
            from bigcust_desktop.reports.rehearsal_workbook import export_rehearsal

            return str(export_rehearsal(store, user, run, path, scope_label=label).path)

        def done(written: str) -> None:
            self.export_button.setEnabled(True)
            self.summary.setText(self.summary.text() + "<br>" + rich(self.tr("Saved %1."), written))
            self.ctx.notify({"audit_log"})
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_failure(self, exc, doing="exporting reports")

        self.ctx.tasks.run(work, done, failed, lane=Lane.EXPORT, owner=self)

    def make_quote(self) -> None:
        """The one customer's rehearsal as a draft quote (`store.rehearsals.to_quote`, write
        lane), then open it in the quote editor."""
        run, user = self.run_result, self.ctx.user
        if run is None or user is None or self.customer_id is None:
            return
        store, book, customer_id = self.ctx.store, self.book, self.customer_id

        def work() -> str:
            return str(store.rehearsals.to_quote(run.proposal, customer_id, user.id, book)["id"])

        def made(quote_id: str) -> None:
            self.quote_created.emit(quote_id)
            self.ctx.edit_record.emit("quote", quote_id)

        self.ctx.write(
            work, {"quote"}, made, lambda exc: show_failure(self, exc, doing="saving a quote")
        )
