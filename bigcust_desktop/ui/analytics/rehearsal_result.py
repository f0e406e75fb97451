"""What a tariff rehearsal (资费预演) shows: the summary, each customer's three months before and
after (who gains, who loses), and the chosen customer's lines. Depends on `ui.qt`, the app
context and `store.rehearsals` (a customer's lines, rehearsed again in the read lane).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from bigcust_desktop.domain.analytics.rehearsal import LineResult, Proposal
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.services.rehearsals import CustomerChange, RehearsalRun
from bigcust_desktop.ui.analytics.rehearsal_form import ProposalForm
from bigcust_desktop.ui.analytics.rehearsal_lines import line_columns
from bigcust_desktop.ui.analytics.rehearsal_saved import money, signed
from bigcust_desktop.ui.analytics.texts import yuan
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.plain_text import rich
from bigcust_desktop.ui.qt import QLabel, QSplitter, Qt, QVBoxLayout, QWidget, Signal
from bigcust_desktop.ui.widgets.page_loader import record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RehearsalResult(QWidget):
    """A run's (or a saved rehearsal's) figures; `lines_shown` once a customer's lines are in."""

    lines_shown = Signal()

    def __init__(
        self,
        ctx: AppContext,
        book: Book,
        form: Callable[[], ProposalForm | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.book = ctx, book
        self.names: dict[str, str] = {}
        self.run: RehearsalRun | None = None
        self.proposal: Proposal | None = None
        self._asked = 0  # the newest lines request: an older answer is dropped
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
        self.lines = RowsModel(line_columns(self, form), self)
        self.line_table = record_table(self, self.lines, "rehearsalLines", self.tr("Lines"))
        # Most saved by the customer first; a header click re-sorts.
        for table, column in ((self.customer_table, 4), (self.line_table, 11)):
            table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
            table.horizontalHeader().setStretchLastSection(True)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.customer_table)
        split.addWidget(self.line_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

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

    def show_run(self, run: RehearsalRun, names: dict[str, str]) -> None:
        self.run, self.proposal, self.names = run, run.proposal, names
        self._show(run.summary(), run.proposal.name, run.customers)

    def show_saved(
        self, totals: dict[str, Any], name: str, proposal: Proposal,
        customers: Sequence[CustomerChange], names: dict[str, str],
    ) -> None:  # fmt: skip
        """A saved rehearsal's figures as they were saved (its lines come from a new run)."""
        self.run, self.proposal, self.names = None, proposal, names
        self._show(totals, name, customers)

    def _show(self, totals: dict[str, Any], name: str, customers: Sequence[CustomerChange]) -> None:
        self.summary.setText(self.summary_text(totals, name))
        self._set_sorted(self.customer_table, self.customers, list(customers))
        if self.customers.rowCount():
            self.customer_table.selectRow(0)
        self._lines()

    def _lines(self) -> None:
        """The chosen customer's lines: kept by a one-customer run, else rehearsed again for
        that customer alone (a larger scope's run keeps only per-customer figures)."""
        index = self.customer_table.currentIndex()
        chosen = self.customers.row_at(index.row()) if index.isValid() else None
        self._asked += 1
        if chosen is None or self.proposal is None:
            self._set_lines([])
            return
        if self.run is not None and self.run.lines:
            mine = [r for r in self.run.lines if r.line.customer_id == chosen.customer_id]
            self._set_lines(mine)
            return
        store, book, proposal, customer_id = (
            self.ctx.store,
            self.book,
            self.proposal,
            chosen.customer_id,
        )

        def work() -> list[LineResult]:
            run = store.rehearsals.run(book, proposal, customer_id=customer_id, keep_lines=True)
            return run.lines

        def failed(exc: BaseException) -> None:
            show_failure(self, exc, doing="rehearsing a tariff")

        asked = self._asked

        def arrived(rows: list[LineResult]) -> None:
            if asked == self._asked:
                self._set_lines(rows)

        self.ctx.read(work, arrived, failed, owner=self)

    def _set_lines(self, rows: list[LineResult]) -> None:
        self._set_sorted(self.line_table, self.lines, rows)
        self.lines_shown.emit()

    @staticmethod
    def _set_sorted(table: Any, model: RowsModel, rows: Any) -> None:
        model.set_rows(rows)
        header = table.horizontalHeader()
        model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        table.resizeColumnsToContents()
