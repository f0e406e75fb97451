"""Report totals against the database's own sums, computed here in plain SQL over raw fen."""

from __future__ import annotations

import datetime as dt
import statistics
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest
from sqlalchemy import text

from .readback import figures, money, sheet_rows, summary_table, total

TEAM = "T-HZ-1"
CENT = Decimal("0.01")


def yuan(fen) -> Decimal:
    return (Decimal(fen or 0) / 100).quantize(CENT)


@pytest.fixture(scope="module")
def book(team_workbook):
    return openpyxl.load_workbook(team_workbook[0])


def sql(store, query: str, **params):
    with store.begin() as conn:
        return conn.execute(text(query), {"team": TEAM, **params}).all()


def test_pipeline_totals(book, report_store):
    ((count, amount),) = sql(
        report_store,
        "SELECT count(*), sum(o.amount) FROM opportunity o JOIN customer c ON c.id = o.customer_id"
        " WHERE c.team_id = :team",
    )
    raw = sql(
        report_store,
        "SELECT o.amount, o.probability FROM opportunity o JOIN customer c"
        " ON c.id = o.customer_id WHERE c.team_id = :team AND o.stage NOT IN ('won', 'lost')",
    )
    weighted = sum((yuan(a) * p / 100).quantize(CENT, ROUND_HALF_UP) for a, p in raw)
    fig = figures(book["商机-汇总"])
    assert fig["商机总数"] == count
    assert money(fig["在途加权金额（元）"]) == weighted
    stages = summary_table(book["商机-汇总"], "阶段")
    assert sum(r["商机数"] for r in stages) == count
    assert total(stages, "金额（元）") == yuan(amount)
    _, detail = sheet_rows(book["商机-明细"])
    assert len(detail) == count
    assert total(detail, "金额（元/年）") == yuan(amount)
    open_rows = [r for r in detail if r["阶段"] not in ("赢单", "输单")]
    assert total(open_rows, "加权金额（元）") == weighted


def test_revenue_totals(book, report_store, as_of):
    # Default period: the six billed months before the as-of month (2026-05 .. 2026-10).
    ((count, billed, paid),) = sql(
        report_store,
        "SELECT count(*), sum(b.amount), sum(b.paid_amount) FROM bill b"
        " JOIN customer c ON c.id = b.customer_id"
        " WHERE c.team_id = :team AND b.period BETWEEN '2026-05' AND '2026-10'",
    )
    assert count > 0
    fig = figures(book["收入-汇总"])
    assert money(fig["账单金额合计（元）"]) == yuan(billed)
    assert money(fig["已缴金额合计（元）"]) == yuan(paid)
    assert fig["账单数"] == count
    months = summary_table(book["收入-汇总"], "账期")
    assert [r["账期"] for r in months] == [f"2026-{m:02d}" for m in range(5, 11)]
    assert total(months, "账单金额（元）") == yuan(billed)
    _, customers = sheet_rows(book["收入-按客户"])
    assert total(customers, "合计（元）") == yuan(billed)
    _, industries = sheet_rows(book["收入-按行业"])
    assert total(industries, "合计（元）") == yuan(billed)
    _, bills = sheet_rows(book["收入-账单明细"])
    assert len(bills) == count and total(bills, "账单金额（元）") == yuan(billed)


def test_revenue_growth_compares_halves(book):
    months = summary_table(book["收入-汇总"], "账期")
    first = sum(money(r["账单金额（元）"]) for r in months[:3])
    second = sum(money(r["账单金额（元）"]) for r in months[3:])
    growth = figures(book["收入-汇总"])["增长率（后半期较前半期）"]
    assert growth == pytest.approx(float(second / first - 1), abs=1e-4)


def test_arrears_totals_and_ageing(book, report_store, as_of):
    rows = sql(
        report_store,
        "SELECT b.amount - b.paid_amount, b.due_date FROM bill b"
        " JOIN customer c ON c.id = b.customer_id"
        " WHERE c.team_id = :team AND b.due_date < :today AND b.amount > b.paid_amount",
        today="2026-11-27",
    )
    assert rows
    buckets = [Decimal(0)] * 4
    for fen, due in rows:
        days = (dt.date(2026, 11, 27) - dt.date.fromisoformat(due)).days
        index = 0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3
        buckets[index] += yuan(fen)
    fig = figures(book["欠费-汇总"])
    assert money(fig["欠费总额（元）"]) == sum(buckets)
    assert fig["欠费账单数"] == len(rows)
    ageing = summary_table(book["欠费-汇总"], "账龄")
    assert [money(r["欠费金额（元）"]) for r in ageing] == buckets
    _, detail = sheet_rows(book["欠费-欠费明细"])
    assert total(detail, "欠费金额（元）") == sum(buckets)
    _, per_manager = sheet_rows(book["欠费-按客户经理"])
    assert total(per_manager, "合计（元）") == sum(buckets)
    assert total(per_manager, "90天以上（元）") == buckets[3]


def test_fault_totals_breaches_and_percentiles(book, report_store, as_of):
    # Default period: 2026-06 .. 2026-11 in Beijing time, i.e. these UTC bounds.
    rows = sql(
        report_store,
        "SELECT f.opened_at, f.due_at, f.resolved_at FROM fault_ticket f"
        " JOIN customer c ON c.id = f.customer_id WHERE c.team_id = :team"
        " AND f.opened_at >= '2026-05-31T16:00:00Z' AND f.opened_at < '2026-11-30T16:00:00Z'",
    )
    parse = dt.datetime.fromisoformat
    breached = sum(
        1 for opened, due, resolved in rows if (parse(resolved) if resolved else as_of) > parse(due)
    )
    hours = [(parse(r) - parse(o)).total_seconds() / 3600 for o, _, r in rows if r]
    fig = figures(book["故障-汇总"])
    assert fig["工单数"] == len(rows)
    assert fig["SLA超时工单数"] == breached
    assert fig["解决时长中位数（小时）"] == pytest.approx(statistics.median(hours), abs=0.01)
    p90 = statistics.quantiles(hours, n=10, method="inclusive")[8]
    assert fig["解决时长P90（小时）"] == pytest.approx(p90, abs=0.01)
    _, matrix = sheet_rows(book["故障-按状态与级别"])
    assert sum(r["合计"] for r in matrix) == len(rows)


def test_coverage_counts(book, report_store, as_of):
    ((contacts,),) = sql(
        report_store,
        "SELECT count(*) FROM activity a JOIN customer c ON c.id = a.customer_id"
        " WHERE c.team_id = :team"
        " AND a.occurred_at >= '2026-08-31T16:00:00Z' AND a.occurred_at < '2026-11-30T16:00:00Z'",
    )
    last = sql(
        report_store,
        "SELECT c.id, max(a.occurred_at) FROM customer c LEFT JOIN activity a"
        " ON a.customer_id = c.id AND a.occurred_at <= :now WHERE c.team_id = :team"
        " GROUP BY c.id",
        now="2026-11-27T04:00:00Z",
    )
    beijing = dt.timedelta(hours=8)
    stale = sum(
        1
        for _, at in last
        if at is None
        or (dt.date(2026, 11, 27) - (dt.datetime.fromisoformat(at) + beijing).date()).days > 30
    )
    fig = figures(book["接触-汇总"])
    assert fig["接触次数"] == contacts
    assert fig["名下客户数"] == len(last)
    assert fig["超过30天未接触客户数"] == stale
    _, stale_rows = sheet_rows(book["接触-未接触客户"])
    assert len(stale_rows) == stale
    assert all(r["未接触天数"] is None or r["未接触天数"] > 30 for r in stale_rows)
    _, weeks = sheet_rows(book["接触-按周"])
    assert sum(r["接触次数"] for r in weeks) == contacts


_RATES = {"basic_telecom": Decimal("1.09"), "value_added_telecom": Decimal("1.06")}
_RATES["goods"] = Decimal("1.13")


def test_quote_vat_reads_back_fen_exact(book, report_store):
    """不含税 + 税额 = 含税 on every quote and in the totals, each line split on its own (the
    rule worked out here by hand, not by the domain function the report uses)."""
    lines = sql(
        report_store,
        "SELECT l.line_total, coalesce(l.vat_category, p.vat_category),"
        " coalesce(l.charge_type, p.charge_type) FROM quote_line l"
        " JOIN product p ON p.id = l.product_id"
        " JOIN quote q ON q.id = l.quote_id JOIN customer c ON c.id = q.customer_id"
        " WHERE c.team_id = :team",
    )
    net = tax = once = Decimal(0)
    for fen, category, charge in lines:
        gross = yuan(fen)
        line_net = (gross / _RATES[category]).quantize(Decimal("0.01"), ROUND_HALF_UP)
        net, tax = net + line_net, tax + gross - line_net
        once += gross if charge == "one_time" else 0
    assert once > 0  # the seeded quotes include installation and equipment
    fig = figures(book["报价-汇总"])
    assert money(fig["不含税金额合计（元）"]) == net
    assert money(fig["税额合计（元）"]) == tax
    assert money(fig["其中一次性费用（含税）"]) == once
    assert money(fig["不含税金额合计（元）"]) + money(fig["税额合计（元）"]) == money(
        fig["报价金额合计（元）"]
    )
    _, detail = sheet_rows(book["报价-明细"])
    for row in detail:
        gross, row_net, row_tax = (
            money(row[n]) for n in ("报价金额（元）", "不含税金额（元）", "税额（元）")
        )
        assert row_net + row_tax == gross
        assert money(row["月租费用（含税）"]) + money(row["一次性费用（含税）"]) == gross
    assert total(detail, "不含税金额（元）") == net and total(detail, "税额（元）") == tax


def test_quote_totals(book, report_store):
    ((count, net),) = sql(
        report_store,
        "SELECT count(*), sum(q.total) FROM quote q JOIN customer c ON c.id = q.customer_id"
        " WHERE c.team_id = :team",
    )
    ((list_total,),) = sql(
        report_store,
        # A one-time charge (installation, equipment) counts once, not over the term.
        "SELECT sum(l.unit_price * l.quantity * CASE WHEN coalesce(l.charge_type, p.charge_type)"
        " = 'one_time' THEN 1 ELSE q.term_months END) FROM quote_line l"
        " JOIN product p ON p.id = l.product_id"
        " JOIN quote q ON q.id = l.quote_id JOIN customer c ON c.id = q.customer_id"
        " WHERE c.team_id = :team",
    )
    ((pending,),) = sql(
        report_store,
        "SELECT count(*) FROM quote q JOIN customer c ON c.id = q.customer_id"
        " WHERE c.team_id = :team AND q.status = 'pending_approval'",
    )
    fig = figures(book["报价-汇总"])
    assert fig["报价单数"] == count
    assert money(fig["报价金额合计（元）"]) == yuan(net)
    assert money(fig["目录价金额合计（元）"]) == yuan(list_total)
    assert fig["待审批报价单数"] == pending
    depth = 1 - Decimal(net) / Decimal(list_total)
    assert fig["整体优惠幅度"] == pytest.approx(float(depth), abs=1e-4)
    _, bands = sheet_rows(book["报价-优惠幅度"])
    assert total(bands, "报价金额（元）") == yuan(net)
    _, pending_rows = sheet_rows(book["报价-待审批"])
    assert len(pending_rows) == pending
    _, detail = sheet_rows(book["报价-明细"])
    assert total(detail, "目录价金额（元）") == yuan(list_total)
