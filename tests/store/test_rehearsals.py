"""`store.rehearsals` on the small dataset: the grouped whole-book run gives the figures of the
line-by-line run, the proposals the screen offers, and the scopes it names."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from bigcust_desktop.store.analysis.proposals import bundle, discount, plan_move
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.rehearsal import subscriber_usage, tariffs, usage_groups

from . import records as rec

BOOK = Book(manager_id="U-0002")
BOOK_ALL = Book()


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


def _product(
    pid: str, name: str, category: str, fee: str, floor: str, minutes: int, gb: str, term: int = 0
) -> dict:
    return {
        "id": pid, "code": pid, "name": name, "category": category, "unit": "户",
        "monthly_fee": fee, "floor_price": floor, "included_minutes": minutes,
        "included_data_gb": gb, "overage_minute_rate": "0.19" if minutes else "0.00",
        "overage_data_rate": "3.00" if category == "mobile" else "0.00",
        "min_term_months": term, "active": True, "charge_type": "monthly",
        "vat_category": "basic_telecom", "version": 1, "updated_at": rec.T0,
    }  # fmt: skip


@pytest.fixture
def group_book(store):
    """Group G (CUS-000001) with branch B (CUS-000002): G has two P-MOB-88 lines (650 min /
    25.50 GB, ARPU 133.00; 300 min / 10.00 GB, ARPU 88.00) and a P-BB-300 line (ARPU 200.00);
    B one P-MOB-88 line (500 min / 20.00 GB, ARPU 90.00); C, apart, a P-MOB-128 line. G has a
    draft quote: P-MOB-128 at 110.00 a month net, 24 months."""
    r: dict[str, list] = {k: [] for k in ("customer", "product", "billing_account",
                                          "subscriber", "quote")}  # fmt: skip
    r["product"] += [
        _product("P-MOB-88", "集团商务套餐88元", "mobile", "88.00", "74.80", 500, "20.00"),
        _product("P-MOB-128", "集团商务套餐128元", "mobile", "128.00", "102.40", 800, "40.00", 12),
        _product("P-BB-300", "企业宽带300M", "broadband", "200.00", "160.00", 0, "0.00", 12),
        _product("P-MOB-CRBT", "集团彩铃", "mobile", "5.00", "4.00", 0, "0.00"),
    ]
    r["customer"] += [
        rec.customer(n, parent_id=p) for n, p in ((1, None), (2, "CUS-000001"), (3, None))
    ]
    r["billing_account"] += [rec.account(1, "CUS-000001")]
    lines = [
        (1, "CUS-000001", "P-MOB-88", "133.00", 650, "25.50"),
        (2, "CUS-000001", "P-MOB-88", "88.00", 300, "10.00"),
        (3, "CUS-000001", "P-BB-300", "200.00", 0, "0.00"),
        (4, "CUS-000002", "P-MOB-88", "90.00", 500, "20.00"),
        (5, "CUS-000003", "P-MOB-128", "128.00", 0, "0.00"),  # outside the group
    ]
    r["subscriber"] += [
        rec.subscriber(n, c, "ACC-0000001", product_id=p, arpu_3m=a, mou_3m=m, dou_3m=d)
        for n, c, p, a, m, d in lines
    ]
    line = rec.quote_line(
        1, product_id="P-MOB-128", quantity=2, unit_price="128.00", discount_pct="14.06",
        net_unit_price="110.00", line_total="5280.00",
    )  # fmt: skip
    r["quote"] += [rec.quote(1, "CUS-000001", [line], term_months=24, total="5280.00")]
    load_dataset(store, r)
    return store


def test_a_draft_quotes_lines_rehearsed_on_its_customer(group_book):
    proposal = group_book.rehearsals.from_quote("QUO-000001")
    assert proposal.moves == {"P-MOB-88": "P-MOB-128"}  # the quote's plan takes the category
    assert proposal.prices == {"P-MOB-128": 11_000} and proposal.term_months == 24
    run = group_book.rehearsals.run(BOOK_ALL, proposal, customer_id="CUS-000001", keep_lines=True)
    # Now: 88 + 150 × 0.19 + 5.50 GB × 3 = 133.00, and 88.00; at the quote: 110.00 each.
    assert [r.current.total_fen for r in run.lines] == [13_300, 8_800]
    assert [r.proposed.total_fen for r in run.lines] == [11_000, 11_000]
    t = run.totals
    assert (t.lines, t.customers, t.before_fen) == (2, 1, 3 * (13_300 + 8_800))
    assert t.change_fen == 3 * (22_000 - 22_100) and t.paying_less == 1
    assert t.lines_below_floor == 0 and t.lines_term_short == 0


def test_a_group_with_its_branches_a_segment_and_the_choices(group_book):
    proposal = plan_move("P-MOB-88", "P-MOB-128")
    group = group_book.rehearsals.run(BOOK_ALL, proposal, group_id="CUS-000001")
    assert (group.totals.lines, group.totals.customers) == (3, 2)
    # The branch's line, within 88's allowances: 88.00 -> 128.00 a month.
    branch = next(c for c in group.customers if c.customer_id == "CUS-000002")
    assert (branch.before_fen, branch.after_fen) == (27_000, 27_000 + 3 * 4_000)
    segment = rec.sample("segment") | {"id": "SEG-1", "name": "分支", "definition": {}}
    load_dataset(group_book, {"segment": [segment]})
    seen: list[tuple[int, int]] = []
    by_segment = group_book.rehearsals.run(
        BOOK_ALL, proposal, segment_id="SEG-1", progress=lambda d, n: seen.append((d, n))
    )
    assert by_segment.totals == group.totals and seen[-1] == (2, 2)
    choices = group_book.rehearsals.choices(BOOK_ALL, "CUS-000001")
    assert choices.in_use == [("P-MOB-88", 2), ("P-BB-300", 1)]
    assert "P-MOB-CRBT" not in choices.plans and choices.branches == 1
    assert choices.quotes == [("QUO-000001", "杭州-2026-000001")]
    assert ("SEG-1", "分支") in group_book.rehearsals.choices(BOOK_ALL).segments


def test_a_bundle_and_a_discount_over_the_book(group_book):
    fused = bundle("融合套餐", ("P-MOB-88", "P-BB-300"), 25_000)
    run = group_book.rehearsals.run(BOOK_ALL, fused, group_id="CUS-000001")
    # G forms one set (shares of 250.00 by list fees 88 : 200 -> 76.38 and 173.62) plus a
    # second 88 line alone; B's line has no broadband partner.
    assert run.totals.change_fen == 3 * (25_000 - 28_800)
    off = group_book.rehearsals.run(BOOK_ALL, discount(Decimal("10"), ["P-BB-300"]))  # the book
    assert off.totals.lines == 1 and off.totals.change_fen == -3 * 2_000
    cancel = threading.Event()
    cancel.set()
    assert group_book.rehearsals.run(BOOK_ALL, off.proposal, cancel=cancel).totals.cancelled
