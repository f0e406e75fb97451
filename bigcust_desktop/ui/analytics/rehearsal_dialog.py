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

import threading
from pathlib import Path
from typing import Any

from bigcust_desktop.store.queries.rehearsal_choices import RehearsalChoices
from bigcust_desktop.store.services.rehearsals import RehearsalRun, SavedRehearsalRow
from bigcust_desktop.ui.analytics.rehearsal_export import ask_workbook, export_run
from bigcust_desktop.ui.analytics.rehearsal_form import ProposalForm
from bigcust_desktop.ui.analytics.rehearsal_result import RehearsalResult
from bigcust_desktop.ui.analytics.rehearsal_saved import SavedRehearsals
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
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of


class RehearsalDialog(QDialog):
    """资费预演 over ``customer_id`` (and its group), or the user's book and segments."""

    ready = Signal()  # the choices are in: the form can be used
    finished_run = Signal()  # a rehearsal has been drawn (tests wait for it)
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
        self.form: ProposalForm | None = None
        self.scope_label = ""
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

        self.result = RehearsalResult(self.ctx, self.book, lambda: self.form, self)
        self.summary = self.result.summary

        self.saved_list = SavedRehearsals(self.ctx, self)
        self.saved_list.opened.connect(self.show_saved)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rehearsalTabs")
        self.tabs.addTab(self.result, self.tr("Res&ult"))
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
        if self._cancel is not None or form is None:
            return
        if not form.ready():
            self.summary.setText(self.tr("Choose two different plans for the bundle."))
            return
        store, book, proposal, quote_id = (
            self.ctx.store,
            self.book,
            form.proposal(),
            form.quote_id(),
        )
        scope, one = form.scope_kwargs(), form.one_customer
        self.scope_label = form.scope.currentText()  # the workbook's, whatever is chosen later
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

    def done(self, result: int) -> None:
        """Closing stops a rehearsal still running (its result would have nowhere to go)."""
        self.cancel()
        super().done(result)

    def keyPressEvent(self, event: Any) -> None:
        # Enter in the name field saves, rather than rehearse again (the default button).
        if self.save_name.hasFocus() and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.save_button.isEnabled():
                self.save()
            return
        super().keyPressEvent(event)

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
        run, names = result
        self.run_result = run
        lines = run.totals.lines
        self.result.show_run(run, names)
        self.save_button.setEnabled(bool(lines) and not run.totals.cancelled)
        self.export_button.setEnabled(bool(lines))
        self.quote_button.setEnabled(
            bool(lines) and self.form is not None and self.form.one_customer
        )
        self.save_name.setText(run.proposal.name[:80])  # a name to start from
        self.finished_run.emit()

    def show_saved(self, row: SavedRehearsalRow) -> None:
        """A saved rehearsal's figures as they were saved (its lines come from a new run)."""
        store = self.ctx.store

        def work() -> dict[str, str]:
            return store.customers.names(c.customer_id for c in row.customers)

        def shown(names: dict[str, str]) -> None:
            self.run_result = None
            for button in (self.save_button, self.export_button, self.quote_button):
                button.setEnabled(False)
            self.tabs.setCurrentIndex(0)
            self.result.show_saved(row.totals, row.name, row.proposal, row.customers, names)
            self.finished_run.emit()

        self.ctx.read(work, shown, self._failed, owner=self)

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
        """Ask where to write the workbook, then write it (`rehearsal_export`)."""
        if self.run_result is None or self.form is None:
            return None
        self.file_dialog = ask_workbook(self.ctx, self, self.export_to)
        return self.file_dialog

    def export_to(self, path: Path) -> None:
        """Write the workbook in the export lane (audited as every export); `exported` once
        written."""
        run = self.run_result
        if run is None:
            return
        self.export_button.setEnabled(False)

        def done(written: str) -> None:
            self.export_button.setEnabled(True)
            self.summary.setText(self.summary.text() + "<br>" + rich(self.tr("Saved %1."), written))
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_failure(self, exc, doing="exporting reports")

        export_run(self.ctx, self, run, path, self.scope_label, done, failed)

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
