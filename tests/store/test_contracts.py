"""Contracts in a real store: made offline with their circuits' service levels, listed, and a
renewal to-do for one ending soon made once, however often it is asked for (every sync)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from bigcust_desktop.domain.drafts.contracts import new_contract
from bigcust_desktop.store.bulk import upsert_records
from bigcust_desktop.store.models import Todo
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.contracts import ContractFilter

from .records import customer

NOW = dt.datetime.now(dt.UTC).replace(microsecond=0)
TODAY = NOW.date()
ME = "U-0002"


def _contract(store, number: str, ends_in_days: int, **extra) -> str:
    fields = new_contract(
        customer_id="CUS-000001", owner_id=ME, number=number, title="5G专网服务合同",
        kind="service", starts_on=TODAY - dt.timedelta(days=700),
        ends_on=TODAY + dt.timedelta(days=ends_in_days), amount=Decimal("360000.00"), now=NOW,
        **extra,
    )  # fmt: skip
    return str(store.contracts.create(fields)["id"])


def test_renewal_to_dos_are_made_once_for_contracts_ending_soon(store):
    with store.begin(write=True) as conn:
        upsert_records(conn, "customer", [customer(1, manager_id=ME)])
    soon = _contract(store, "HT-2025-001", 30)
    _contract(store, "HT-2025-002", 200)  # its renewal day is months away
    _contract(store, "HT-2025-003", 20, auto_renew=True)  # renews by itself
    noticed = _contract(store, "HT-2025-004", 150, notice_days=180)  # notice period reached
    book = Book(manager_id=ME)
    ending = ContractFilter(book=book, ending_before=TODAY + dt.timedelta(days=90))
    ids, rows = store.contracts.listed(ending)
    assert [rows[i].number for i in ids] == ["HT-2025-003", "HT-2025-001"]  # soonest first
    assert rows[soon].customer_name == "西湖1校" and rows[soon].sync_state == "pending"

    made = store.contracts.make_renewal_todos(book, ME, NOW)
    assert len(made) == 2
    todos = {store.todos.get(i)["source_id"]: store.todos.get(i) for i in made}
    assert set(todos) == {soon, noticed}
    assert todos[soon]["kind"] == "renewal" and "HT-2025-001" in todos[soon]["title"]
    # Asked again (every sync asks), nothing more is made; not even once it is done.
    store.todos.update(made[0], {"status": "done", "done_at": "2026-01-01T00:00:00Z"})
    assert store.contracts.make_renewal_todos(book, ME, NOW) == []
    with store.begin() as conn:
        assert conn.execute(select(func.count()).select_from(Todo)).scalar() == 2


def test_a_number_is_taken_once_per_customer(store):
    first = _contract(store, "HT-2025-009", 300)
    assert store.contracts.number_taken("CUS-000001", " HT-2025-009 ")
    assert not store.contracts.number_taken("CUS-000001", "HT-2025-009", except_id=first)
    assert not store.contracts.number_taken("CUS-000002", "HT-2025-009")
