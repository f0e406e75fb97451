"""`store.rehearsals` on the small dataset: the grouped whole-book run gives the figures of the
line-by-line run, the proposals the screen offers, and the scopes it names."""

from __future__ import annotations

from decimal import Decimal

from bigcust_desktop.store.analysis.proposals import plan_move
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.rehearsal import subscriber_usage, tariffs, usage_groups

BOOK = Book(manager_id="U-0002")


def _per_customer(run) -> dict[str, tuple[int, int, int]]:
    return {c.customer_id: (c.lines, c.before_fen, c.after_fen) for c in run.customers}


def test_grouped_run_gives_the_line_by_line_figures_from_fewer_rows(small_store):
    for proposal in (
        plan_move("P-MOB-88", "P-MOB-58"),  # lines over the smaller allowance
        plan_move("P-MOB-88", "P-MOB-128", discount_pct=Decimal("7.5"), term_months=6),
    ):
        grouped = small_store.rehearsals.run(BOOK, proposal)
        # keep_lines reads every line (the screen's and the workbook's way)
        lines = small_store.rehearsals.run(BOOK, proposal, keep_lines=True)
        assert grouped.totals == lines.totals and grouped.totals.lines > 0
        assert _per_customer(grouped) == _per_customer(lines)
    assert grouped.totals.lines_term_short == grouped.totals.lines  # 128 asks for 12 months
    with small_store.begin() as conn:
        catalogue = tariffs(conn)
        scope = CustomerScope(BOOK)
        groups = sum(len(g) for g in usage_groups(conn, scope, catalogue, proposal))
        rows = sum(len(g) for g in subscriber_usage(conn, scope, proposal.applies_to))
    assert rows == grouped.totals.lines and groups < rows
