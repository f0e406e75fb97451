"""Tariff rehearsal (资费预演) for one customer or the whole book: choose the current plan and a
target plan (or a discount), see the last three billed months before and after per customer and
line, who gains and who loses, the totals; export the workbook; turn a one-customer rehearsal
into a draft quote in one step.

The rehearsal runs in the read lane with progress and cancel; the workbook in the export lane.
Depends on `ui.qt`, the app context, `store.insights`, the quote draft builder and (in the
export lane) `reports.rehearsal_screen_workbook`.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.domain.analytics.rehearsal import Proposal
from bigcust_desktop.domain.drafts.quotes import LineDraft, default_valid_until, new_quote
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.ui.analytics.texts import yuan, yuan_exact
from bigcust_desktop.ui.analytics.worklist_tab import ProgressRelay
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.plain_text import rich
from bigcust_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.insights import Rehearsal, RehearsalCustomer

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_GAIN, _LOSS = "#1e8449", "#c0392b"  # the customer pays less / more


def _change_colour(fen: int) -> str | None:
    return _LOSS if fen > 0 else _GAIN if fen < 0 else None


class RehearsalDialog(QDialog):
    """资费预演 over ``customer_id``'s lines, or the user's whole book when None."""

    finished_run = Signal()  # a rehearsal has been drawn (tests wait for it)
    quote_created = Signal(str)  # the draft quote's id
    exported = Signal(str)  # the workbook's path

    def __init__(
        self, ctx: AppContext, customer_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rehearsalDialog")
        self.ctx = ctx
        self.customer_id = customer_id
        book = book_of(ctx.user)
        self.scope = (
            CustomerScope.customer(customer_id, book) if customer_id else CustomerScope(book)
        )
        self.result: Rehearsal | None = None
        self._cancel: threading.Event | None = None
        # Indexed reads of the catalogue and the scope's plans: fine on the GUI thread.
        self.products = {p.id: p for p in ctx.store.quotes.catalogue()}
        in_use = ctx.store.insights.plans_in_use(self.scope)
        # What lines are on anywhere in the cache is a plan; the rest of the catalogue are
        # add-ons (集团彩铃, 流量加油包), not something a line moves to.
        self.plans = {pid for pid, _n in ctx.store.insights.plans_in_use(CustomerScope())}
        name = ctx.store.customers.name(customer_id) if customer_id else ""
        self.scope_text = (
            self.tr("Customer %1").replace("%1", name)
            if customer_id
            else self.tr("Your whole book")
        )
        self.setWindowTitle(self.tr("Tariff rehearsal — %1").replace("%1", self.scope_text))
        self.resize(1100, 700)
        self._build(in_use)

    # -- layout ----------------------------------------------------------------------------

    def _plan_text(self, product_id: str) -> str:
        product = self.products.get(product_id)
        return product.name if product else product_id

    def _build(self, in_use: list[tuple[str, int]]) -> None:
        self.from_plan = QComboBox(self)
        self.from_plan.setObjectName("rehearsalFrom")
        for product_id, lines in in_use:
            self.from_plan.addItem(
                self.tr("%1 (%2 lines)")
                .replace("%1", self._plan_text(product_id))
                .replace("%2", str(lines)),
                product_id,
            )
        self.to_plan = QComboBox(self)
        self.to_plan.setObjectName("rehearsalTo")
        self.from_plan.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self._fill_targets()
        self.discount = QDoubleSpinBox(self)
        self.discount.setObjectName("rehearsalDiscount")
        self.discount.setRange(0, 100)
        self.discount.setDecimals(2)
        self.discount.setSingleStep(5)
        self.discount.setSuffix(" %")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Current plan"), self.from_plan),
            (self.tr("&Target plan"), self.to_plan),
            (self.tr("&Discount off the monthly fee"), self.discount),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.run_button = QPushButton(self.tr("&Rehearse"), self)
        self.run_button.setObjectName("rehearseButton")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.run)
        self.cancel_button = QPushButton(self.tr("S&top"), self)
        self.cancel_button.setObjectName("rehearsalCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setObjectName("rehearsalExport")
        self.export_button.clicked.connect(self.ask_export)
        self.quote_button = QPushButton(self.tr("Make a draft &quote"), self)
        self.quote_button.setObjectName("rehearsalQuote")
        self.quote_button.clicked.connect(self.make_quote)
        self.quote_button.setVisible(self.customer_id is not None)
        close = QPushButton(self.tr("Close"), self)
        close.setObjectName("rehearsalClose")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.export_button, self.quote_button):
            button.setEnabled(False)
            button.setAutoDefault(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rehearsalProgress")
        self.progress.hide()
        buttons = QHBoxLayout()
        for widget in (self.run_button, self.cancel_button, self.progress):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        for widget in (self.export_button, self.quote_button, close):
            buttons.addWidget(widget)

        self.summary = QLabel(self.tr("Choose the plans and press Rehearse."), self)
        self.summary.setObjectName("rehearsalSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        def money(header: str, fen: Callable[[Any], int], coloured: bool = False) -> Column:
            return Column(header, lambda r: yuan(fen(r)), _RIGHT, sort_key=fen,
                          color=(lambda r: _change_colour(fen(r))) if coloured else None,
                          tooltip=lambda r: yuan_exact(fen(r)))  # fmt: skip

        self.customers = RowsModel(
            [
                Column(self.tr("Customer"), lambda c: c.customer.display_name),
                Column(self.tr("Lines"), lambda c: str(len(c.lines)), _RIGHT,
                       sort_key=lambda c: len(c.lines)),
                money(self.tr("Before (3 months)"), lambda c: c.before_fen),
                money(self.tr("After"), lambda c: c.after_fen),
                money(self.tr("Change"), lambda c: c.change_fen, True),
            ],
            self,
        )  # fmt: skip
        self.customer_table = record_table(
            self, self.customers, "rehearsalCustomers", self.tr("Customers rehearsed")
        )
        self.customer_table.selectionModel().currentRowChanged.connect(lambda *_: self._lines())
        self.lines = RowsModel(
            [
                Column(self.tr("Line"), lambda r: r.line.service_number),
                Column(self.tr("Plan now"), lambda r: self._plan_text(r.current.product_id)),
                Column(self.tr("Plan after"), lambda r: self._plan_text(r.proposed.product_id)),
                money(self.tr("Before (3 months)"), lambda r: r.before_fen),
                money(self.tr("After"), lambda r: r.after_fen),
                money(self.tr("Change"), lambda r: r.change_fen, True),
                Column(self.tr("Notes"), self._line_notes),
            ],
            self,
        )
        self.line_table = record_table(self, self.lines, "rehearsalLines", self.tr("Lines"))
        # Biggest change for the customer first (most saved at the top); a header click re-sorts.
        for table, column in ((self.customer_table, 4), (self.line_table, 5)):
            table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            table.horizontalHeader().setStretchLastSection(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.customer_table)
        split.addWidget(self.line_table)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.run_button.setEnabled(self.from_plan.count() > 0)
        if not self.from_plan.count():
            self.summary.setText(self.tr("No active lines to rehearse."))

    def _fill_targets(self) -> None:
        """The plans a line on the current plan may move to: orderable plans of its category."""
        source = self.products.get(self.from_plan.currentData())
        self.to_plan.clear()
        self.to_plan.addItem(self.tr("(keep the plan)"), None)
        if source is None:
            return
        targets = [
            p for p in self.products.values()
            if p.active and p.id in self.plans and p.category == source.category
            and p.id != source.id
        ]  # fmt: skip
        for product in sorted(targets, key=lambda p: (p.monthly_fee, p.id)):
            self.to_plan.addItem(
                f"{product.name} · {yuan_exact(int(product.monthly_fee * 100))}", product.id
            )

    def _line_notes(self, r: Any) -> str:
        notes = []
        if r.proposed.over_allowance:
            notes.append(self.tr("over the new allowance"))
        if r.below_floor:
            notes.append(self.tr("below the floor price: needs approval"))
        if r.term_short:
            notes.append(self.tr("term shorter than the plan's minimum"))
        return "；".join(notes)

    # -- running ---------------------------------------------------------------------------

    def proposal(self) -> Proposal:
        source, target = self.from_plan.currentData(), self.to_plan.currentData()
        return Proposal(
            name=self.proposal_text(),
            moves={source: target} if target and target != source else {},
            discount_pct=Decimal(str(self.discount.value())).quantize(Decimal("0.01")),
            applies_to=frozenset({source}),
        )

    def proposal_text(self) -> str:
        source, target = self.from_plan.currentData(), self.to_plan.currentData()
        text = self._plan_text(source) + " → " + (self._plan_text(target) if target else "—")
        if self.discount.value():
            text += self.tr(", %1% off").replace("%1", f"{self.discount.value():g}")
        return text

    def run(self) -> None:
        if self._cancel is not None or self.from_plan.currentData() is None:
            return
        store, scope, proposal = self.ctx.store, self.scope, self.proposal()
        cancel = self._cancel = threading.Event()
        relay = ProgressRelay(self)
        relay.progressed.connect(self._progressed)
        self.run_button.setEnabled(False)
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Rehearsing…"))

        def work() -> Rehearsal:
            return store.insights.rehearse(
                scope, proposal, progress=relay.progressed.emit, cancel=cancel
            )

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
        self.run_button.setEnabled(True)
        self.cancel_button.hide()
        self.progress.hide()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.summary.clear()
        show_failure(self, exc, doing="rehearsing a tariff")

    def _done(self, result: Rehearsal) -> None:
        self._finish()
        self.result = result
        t = result.totals
        text = self.tr(
            "<b>%1 lines of %2 customers</b>: the last three months billed %3, under the "
            "proposal %4 (<b>%5</b>). %6 customers would pay more, %7 less; %8 lines would "
            "exceed the new allowances, %9 lines are below the floor price."
        )
        for key, value in (
            ("%1", str(t.lines)), ("%2", str(t.customers)), ("%3", yuan(t.before_fen)),
            ("%4", yuan(t.after_fen)),
            ("%5", ("+" if t.change_fen > 0 else "") + yuan(t.change_fen)),
            ("%6", str(t.paying_more)), ("%7", str(t.paying_less)),
            ("%8", str(t.lines_over_allowance)), ("%9", str(t.lines_below_floor)),
        ):  # fmt: skip
            text = text.replace(key, value)
        if t.cancelled:
            text += " " + self.tr("Stopped: the figures cover the customers done so far.")
        if not t.lines:
            text = self.tr("No line of the scope is on this plan.")
        self.summary.setText(text)
        self._set_sorted(self.customer_table, self.customers, result.customers)
        self.export_button.setEnabled(bool(t.lines))
        self.quote_button.setEnabled(bool(t.lines) and self.customer_id is not None)
        if result.customers:
            self.customer_table.selectRow(0)
        self._lines()
        self.finished_run.emit()

    def _lines(self) -> None:
        index = self.customer_table.currentIndex()
        chosen: RehearsalCustomer | None = (
            self.customers.row_at(index.row()) if index.isValid() else None
        )
        self._set_sorted(self.line_table, self.lines, chosen.lines if chosen else [])

    @staticmethod
    def _set_sorted(table: Any, model: RowsModel, rows: Any) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        table.resizeColumnsToContents()

    # -- export ----------------------------------------------------------------------------

    def ask_export(self) -> QFileDialog | None:
        if self.result is None:
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
        """Write the workbook in the export lane; `exported` once written."""
        result = self.result
        if result is None:
            return
        plans = {pid: p.name for pid, p in self.products.items()}
        scope_text, proposal_text = self.scope_text, self.proposal_text()
        user = self.ctx.user.name if self.ctx.user else ""
        self.export_button.setEnabled(False)

        def work() -> str:
            from bigcust_desktop.reports.rehearsal_screen_workbook import write_rehearsal

            return str(
                write_rehearsal(
                    result, path, plans=plans, scope_text=scope_text,
                    proposal_text=proposal_text, user_name=user, now=dt.datetime.now(dt.UTC),
                )
            )  # fmt: skip

        def done(written: str) -> None:
            self.export_button.setEnabled(True)
            self.summary.setText(self.summary.text() + "<br>" + rich(self.tr("Saved %1."), written))
            self.exported.emit(written)

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            show_failure(self, exc, doing="exporting reports")

        self.ctx.tasks.run(work, done, failed, lane=Lane.EXPORT, owner=self)

    # -- quote -----------------------------------------------------------------------------

    def quote_fields(self) -> dict[str, Any]:
        """A draft quote with one line per target plan: as many as the lines moved, at the
        rehearsed discount (`domain.drafts.quotes.new_quote`)."""
        user = self.ctx.user
        if self.result is None or self.customer_id is None or user is None:
            raise ValidationErrors([ValidationError("lines", "quote.no_lines", "Rehearse first.")])
        counts = Counter(r.proposed.product_id for c in self.result.customers for r in c.lines)
        discount = Decimal(str(self.discount.value())).quantize(Decimal("0.01"))
        lines = [LineDraft(pid, n, discount) for pid, n in sorted(counts.items())]
        term = max([12, *(self.products[p].min_term_months for p in counts if p in self.products)])
        now = dt.datetime.now(dt.UTC)
        return new_quote(
            customer_id=self.customer_id,
            owner_id=user.id,
            title=self.tr("Tariff rehearsal: %1").replace("%1", self.proposal_text())[:200],
            term_months=term,
            valid_until=default_valid_until(now),
            lines=lines,
            catalogue={pid: p.item for pid, p in self.products.items()},
            now=now,
            notes=self.summary.text().replace("<b>", "").replace("</b>", "")[:1000],
        )

    def make_quote(self) -> None:
        """Save the draft quote (write lane), then open it in the quote editor."""
        try:
            fields = self.quote_fields()
        except (ValidationErrors, ValidationError) as exc:
            show_failure(self, exc, doing="saving a quote")
            return
        store = self.ctx.store

        def work() -> str:
            return str(store.quotes.create(fields)["id"])

        def saved(quote_id: str) -> None:
            self.quote_created.emit(quote_id)
            self.ctx.edit_record.emit("quote", quote_id)

        self.ctx.write(work, {"quote"}, saved, lambda exc: show_failure(self, exc))
