"""Lists ordered by a customer's name in pinyin: the order stays the pinyin order, and reading a
list calls no Python per row (the keys are stored with the rows), beside a sync or not."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from sqlalchemy import event, text

from bigcust_desktop.domain.pinyin import sort_key
from bigcust_desktop.store.bulk import load_dataset, upsert_records
from bigcust_desktop.store.pinyin_order import FUNCTION
from bigcust_desktop.store.queries.customers import customer_ids
from bigcust_desktop.store.queries.opportunities import OpportunityFilter
from bigcust_desktop.store.queries.quotes import QuoteFilter
from bigcust_desktop.store.queries.tickets import TicketFilter

from . import records as rec

# Code point order (上 < 中 < 临 < 北 < 阿) is not pinyin order (a, bei, lin, shang, zhong).
NAMES = ["中国银行杭州分行", "上城区科技有限公司", "临平物流集团", "阿尔法软件", "北辰建设"]
SHORT = ["中行", "上城科技", "临平物流", "阿尔法", "北辰"]
NOW = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def book_store(store):
    book = rec.book(customers=len(NAMES), lines_per_customer=1)
    for customer, name, short in zip(book["customer"], NAMES, SHORT, strict=True):
        customer.update(name=name, short_name=short)
    load_dataset(store, book)
    return store


@pytest.fixture
def calls(book_store):
    """How many times SQLite called `pinyin_key` back, per argument, from here on."""
    counted: Counter[str] = Counter()

    def counting(value: str | None) -> str:
        counted[value or ""] += 1
        return sort_key(value)

    def register(dbapi_conn, _record) -> None:
        dbapi_conn.create_function(FUNCTION, 1, counting, deterministic=True)

    event.listen(book_store.engine, "connect", register)
    book_store.engine.dispose()  # every connection from now on counts
    return counted


def test_the_customer_list_reads_in_pinyin_order_without_calling_python(book_store, calls):
    ids, rows = book_store.customers.search_page()
    assert [rows[i].name for i in ids] == [
        "阿尔法软件",
        "北辰建设",
        "临平物流集团",
        "上城区科技有限公司",
        "中国银行杭州分行",
    ]
    assert sum(calls.values()) == 0, calls


def test_lists_ordered_by_customer_name_call_no_python(book_store, calls):
    customers_by_name = sorted(NAMES, key=sort_key)
    opportunities = book_store.opportunities.ids(OpportunityFilter(), "customer_name")
    quotes = book_store.quotes.ids(QuoteFilter(), "customer_name", descending=False)
    tickets = book_store.tickets.ids(TicketFilter(), NOW, "customer_name")
    choices = book_store.customers.choices()
    assert sum(calls.values()) == 0, calls

    def customers_of(table: str, ids: list[str]) -> list[str]:
        with book_store.begin() as conn:
            owner = dict(
                conn.execute(
                    text(
                        f"SELECT t.id, c.name FROM {table} AS t "
                        "JOIN customer AS c ON c.id = t.customer_id"
                    )
                ).all()
            )
        return [owner[i] for i in ids]

    assert customers_of("opportunity", opportunities) == customers_by_name
    assert customers_of("quote", quotes) == customers_by_name
    assert [name for _id, name in choices] == customers_by_name
    # Tickets show the short name and sort by it.
    shorts = dict(zip(NAMES, SHORT, strict=True))
    assert [shorts[n] for n in customers_of("fault_ticket", tickets)] == sorted(SHORT, key=sort_key)


def test_a_renamed_customer_moves_to_its_new_place(book_store):
    renamed = rec.customer(4, name="座头鲸科技", short_name="座头鲸", version=2)
    with book_store.begin(write=True) as conn:
        upsert_records(conn, "customer", [renamed])
    ids, rows = book_store.customers.search_page()
    assert rows[ids[-1]].name == "座头鲸科技"


def test_the_list_walks_the_key_index_instead_of_sorting(book_store):
    statements: list[str] = []
    event.listen(
        book_store.engine, "before_cursor_execute", lambda *args: statements.append(args[2])
    )
    with book_store.begin() as conn:
        customer_ids(conn)
        [listed] = [s for s in statements if s.lstrip().startswith("SELECT customer.id")]
        plan = " | ".join(r[-1] for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {listed}"))
    assert "ix_customer_name_key_id" in plan and "TEMP B-TREE" not in plan, plan
