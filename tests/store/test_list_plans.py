"""Each list page's first rows come from an index in the list's order, never from a sort of the
whole list (issue 16: 1.2-2.2 s before the first rows of a 3-million-record book): the plans
SQLite makes for the lists' default queries, on a real encrypted file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Connection, event

from bigcust_desktop.store import summaries
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.queries import activities, dashboard, opportunities, quotes, tickets
from bigcust_desktop.store.queries.book import Book

from .records import book, fault_ticket

NOW = dt.datetime(2026, 11, 27, 4, 0, tzinfo=dt.UTC)
TEAM = Book(team_id="T-HZ-1")  # a regional manager's book, as the pages pass it


def two_teams() -> dict[str, list[dict[str, Any]]]:
    """A cache holding a customer outside the book too, so that the lists filter by the book."""
    records = book(customers=2)
    records["customer"][1]["team_id"] = "T-HZ-2"
    return records


@contextmanager
def statements(conn: Connection) -> Iterator[list[tuple[str, Any]]]:
    """The SELECTs `conn` runs inside the block, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        # The list's own reads, not the book's two counts (`Book.narrowed`).
        counts = sql.startswith("SELECT count(*) AS count_1 \nFROM customer")
        if sql.lstrip().upper().startswith("SELECT") and not counts:
            seen.append((sql, params))

    event.listen(conn, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(conn, "before_cursor_execute", record)


def plans(conn: Connection, read: Callable[[Connection], list[str]]) -> list[str]:
    """The query plan of each SELECT `read` runs, one string each."""
    with statements(conn) as seen:
        read(conn)
    assert seen
    return [
        "\n".join(r[3] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params))
        for sql, params in seen
    ]


LISTS: dict[str, tuple[Callable[[Connection], list[str]], str]] = {
    "opportunities": (
        lambda c: opportunities.opportunity_ids(c, opportunities.OpportunityFilter(book=TEAM)),
        "ix_opportunity_list",
    ),
    "quotes": (lambda c: quotes.quote_ids(c, quotes.QuoteFilter(book=TEAM)), "ix_quote_list"),
    "activities": (
        lambda c: activities.activity_ids(c, TEAM, activities.ActivityFilter()),
        "ix_activity_list",
    ),
    "quotes of the whole cache": (lambda c: quotes.quote_ids(c), "ix_quote_list"),
}


@pytest.mark.parametrize("name", LISTS)
def test_a_list_reads_its_index_in_order_without_sorting(store, name):
    load_dataset(store, two_teams())
    read, index = LISTS[name]
    with store.begin() as conn:
        [plan] = plans(conn, read)
    assert f"COVERING INDEX {index}" in plan
    assert "TEMP B-TREE" not in plan


def test_the_ticket_list_sorts_only_the_open_tickets(store):
    load_dataset(store, two_teams())
    with store.begin() as conn:
        open_run, others = plans(
            conn, lambda c: tickets.ticket_ids(c, tickets.TicketFilter(book=TEAM), NOW)
        )
    # The open tickets are found by status in their index and sorted by due time: a few hundred
    # in a book of any size. All the others come from the list index, newest first, unsorted.
    assert "COVERING INDEX ix_fault_ticket_open_list (status=?)" in open_run
    assert "COVERING INDEX ix_fault_ticket_list" in others
    assert "TEMP B-TREE" not in others


def test_the_ticket_list_keeps_its_order_open_by_due_time_then_the_rest_newest_first(store):
    def ticket(n: int, status: str, opened: str, due: str) -> dict[str, Any]:
        return fault_ticket(
            n, "CUS-000001", "SUB-00000100", [], status=status, opened_at=opened, due_at=due
        )

    records = book(customers=1)
    records["fault_ticket"] = [
        ticket(1, "closed", "2026-11-20T01:00:00Z", "2026-11-20T09:00:00Z"),
        ticket(2, "in_progress", "2026-11-25T01:00:00Z", "2026-11-27T09:00:00Z"),
        ticket(3, "resolved", "2026-11-24T01:00:00Z", "2026-11-24T09:00:00Z"),
        ticket(4, "new", "2026-11-26T01:00:00Z", "2026-11-26T09:00:00Z"),
        ticket(5, "accepted", "2026-11-21T01:00:00Z", "2026-11-26T09:00:00Z"),
        ticket(6, "closed", "2026-11-24T02:00:00Z", "2026-11-24T05:00:00Z"),
    ]
    load_dataset(store, records)
    with store.begin() as conn:
        everything = tickets.ticket_ids(conn, tickets.TicketFilter(book=TEAM), NOW)
        open_only = tickets.ticket_ids(conn, tickets.TicketFilter(open_only=True), NOW)
    # Open: due first, then the later opened of two due alike; then the rest, newest first.
    opened = ["FLT-000004", "FLT-000005", "FLT-000002"]
    assert everything == [*opened, "FLT-000006", "FLT-000003", "FLT-000001"]
    assert open_only == opened


def test_the_dashboards_open_items_are_summed_from_their_indexes(store):
    load_dataset(store, book(customers=2))
    with store.begin() as conn:
        [pipeline] = plans(conn, lambda c: dashboard.pipeline_by_stage(c, TEAM))
        [open_tickets] = plans(conn, lambda c: dashboard.open_tickets_by_severity(c, TEAM, NOW))
    # Every open opportunity's amount and every open ticket's due time from an index, no row
    # of either table read (at 3 million records those reads were most of the dashboard's).
    assert "COVERING INDEX ix_opportunity_pipeline (stage=?" in pipeline
    assert "COVERING INDEX ix_fault_ticket_open_list (status=?" in open_tickets


def test_the_month_totals_are_summed_in_period_order_without_a_sort(store):
    load_dataset(store, two_teams())
    with store.begin() as conn:
        [every_month] = plans(conn, lambda c: summaries.live_billing(c, TEAM))
        [six] = plans(conn, lambda c: summaries.live_billing(c, TEAM, ["2026-09", "2026-10"]))
    # A sort of every bill of the book was held in memory (temp_store = MEMORY) by each sync's
    # refresh of the totals: at 3 million records, part of what grew the sync's peak memory.
    for plan in (every_month, six):
        assert "COVERING INDEX ix_bill_period_totals" in plan
        assert "TEMP B-TREE" not in plan


def test_a_book_holding_the_whole_cache_reads_the_lists_unfiltered_with_the_same_rows(store):
    load_dataset(store, book(customers=2))
    with store.begin() as conn:
        assert TEAM.narrowed(conn) is None  # both customers are the team's
        assert Book(manager_id="U-9999").narrowed(conn) == Book(manager_id="U-9999")
        [plan] = plans(conn, LISTS["activities"][0])
        assert "customer" not in plan  # no test of each row's customer
        whole = {name: read(conn) for name, (read, _index) in LISTS.items()}
    load_dataset(store, {"customer": two_teams()["customer"]})  # customer 2 to another team
    with store.begin() as conn:
        assert TEAM.narrowed(conn) == TEAM
        narrowed = {name: read(conn) for name, (read, _index) in LISTS.items()}
    for name in ("opportunities", "quotes", "activities"):
        assert len(whole[name]) == 2
        assert narrowed[name] == [i for i in whole[name] if i.endswith("000001")]
