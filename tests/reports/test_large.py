"""Every report from the seeded `large` data (a regional manager's team): totals against SQL.

Slow (about a minute and a half): not part of `make test`; run with `pytest -m slow tests/reports`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import text

from bigcust_desktop.reports import ReportFilters, export
from bigcust_desktop.store.bulk import load_dataset

from .conftest import open_migrated, profile_of
from .readback import figures, money

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    seed = pytest.importorskip("bigcust_sim.seed")
    dataset = seed.generate("large")
    root = tmp_path_factory.mktemp("large")
    store = open_migrated(root / "profile")
    load_dataset(store, dataset.records)
    user = profile_of(dataset.records, "U-0001")
    as_of = dt.datetime.combine(dataset.as_of, dt.time(4), dt.UTC)
    path = root / "large.xlsx"
    result = export(store, ["all"], ReportFilters(as_of=as_of), user, path)
    yield store, user, path, result
    store.close()


def sql_one(store, query: str, **params):
    with store.begin() as conn:
        return conn.execute(text(query), params).one()


def test_large_team_export_matches_the_database(large):
    store, user, path, result = large
    assert result.rows["收入-账单明细"] > 10_000
    book = openpyxl.load_workbook(path, read_only=True)
    team = user["team_id"]
    billed, bills = sql_one(
        store,
        "SELECT sum(b.amount), count(*) FROM bill b JOIN customer c ON c.id = b.customer_id"
        " WHERE c.team_id = :team AND b.period BETWEEN '2026-05' AND '2026-10'",
        team=team,
    )
    revenue = figures(book["收入-汇总"])
    assert money(revenue["账单金额合计（元）"]) == Decimal(billed) / 100
    assert revenue["账单数"] == bills == result.rows["收入-账单明细"]
    (arrears,) = sql_one(
        store,
        "SELECT sum(b.amount - b.paid_amount) FROM bill b JOIN customer c ON c.id = b.customer_id"
        " WHERE c.team_id = :team AND b.due_date < '2026-11-27' AND b.amount > b.paid_amount",
        team=team,
    )
    assert money(figures(book["欠费-汇总"])["欠费总额（元）"]) == Decimal(arrears) / 100
    (opportunities,) = sql_one(
        store,
        "SELECT count(*) FROM opportunity o JOIN customer c ON c.id = o.customer_id"
        " WHERE c.team_id = :team",
        team=team,
    )
    assert figures(book["商机-汇总"])["商机总数"] == opportunities
    for ws in book.worksheets:
        assert all(c.data_type != "f" for row in ws.iter_rows() for c in row), ws.title
