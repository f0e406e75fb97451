"""Summaries kept in the cache so that a screen does not scan a large book on every open: billed and
paid per month of the signed-in user's book, written after a sync. Depends on SQLAlchemy Core.

Only data the laptop never edits is summarised here (bills come from BOSS alone), so a summary
changes only when a feed page changes its inputs: that page drops it in its own transaction, and
the sync writes it anew once the feeds are read. A screen that finds none, or one of another
book, reads the live aggregate instead. What is summarised and why: docs/scale.md.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bigcust_desktop.store.models import Bill, Meta
from bigcust_desktop.store.queries.book import Book, fen

BILLING_KEY = "summary.billing"
# Entities whose change moves a month's figures (bills) or who is in a book (customers).
BILLING_INPUTS = frozenset({"bill", "customer"})

MonthTotals = dict[str, tuple[int, int]]  # period YYYY-MM -> (billed fen, paid fen)


def _book_key(book: Book) -> list[str | None]:
    return [book.manager_id, book.team_id]


def live_billing(conn: Connection, book: Book, periods: Iterable[str] | None = None) -> MonthTotals:
    """Billed and paid per period for the book's customers, summed from the bills now."""
    stmt = (
        select(Bill.period, func.sum(fen(Bill.amount)), func.sum(fen(Bill.paid_amount)))
        .where(book.holds(Bill.customer_id))  # walks the totals index in period order
        .group_by(Bill.period)
    )
    if periods is not None:
        stmt = stmt.where(Bill.period.in_(list(periods)))
    return {r[0]: (int(r[1] or 0), int(r[2] or 0)) for r in conn.execute(stmt)}


def read_billing(conn: Connection, book: Book) -> MonthTotals | None:
    """The stored month totals of `book`, or None when there are none for it (read live then)."""
    value: Any = conn.execute(select(Meta.value).where(Meta.key == BILLING_KEY)).scalar()
    if not isinstance(value, dict) or value.get("book") != _book_key(book):
        return None
    return {period: (int(b), int(p)) for period, (b, p) in value["months"].items()}


def drop_billing(conn: Connection) -> None:
    conn.execute(delete(Meta).where(Meta.key == BILLING_KEY))


def refresh_billing(conn: Connection, book: Book) -> bool:
    """Write the month totals of `book` unless they are there already; True when written."""
    if read_billing(conn, book) is not None:
        return False
    months = live_billing(conn, book)
    value = {"book": _book_key(book), "months": {p: list(t) for p, t in months.items()}}
    stmt = sqlite_insert(Meta).values(key=BILLING_KEY, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value}))
    return True


def inputs_changed(conn: Connection, entities: Iterable[str]) -> None:
    """Called in the transaction of every feed page with the entities it wrote or removed."""
    if BILLING_INPUTS.intersection(entities):
        drop_billing(conn)
