"""Revenue report (收入分析): billed amounts by month, industry and customer, with growth.

Revenue is what bills charge (bill `amount`) by billing period; growth compares the second half of
the period with the first; 环比 compares the period's last month with the month before, 同比 with
the same month a year earlier (a month without bills has no figure: it is not billed yet, not
zero). The default period is the six months ending at the last billed month in the cache.
Depends on the store's models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from bigcust_desktop.domain.analytics.months import month_number, period_of
from bigcust_desktop.domain.timefmt import format_month
from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.at_risk import team_sheets
from bigcust_desktop.reports.definition import (
    Chart,
    Column,
    Figure,
    Kind,
    ReportContent,
    ReportContext,
    ReportDefinition,
    Summary,
    Table,
    recent_months,
)
from bigcust_desktop.reports.labels import BILL_STATUS, INDUSTRY, label
from bigcust_desktop.reports.sql import fen, in_months, ratio, yuan
from bigcust_desktop.store.models import Bill, Customer

TREND_MONTHS = 6
MAX_MONTHS = 24  # one column per month on the customer sheet


def growth(monthly: Sequence[int]) -> Decimal | None:
    """Second half of the months against the first (odd count: the middle month sits out)."""
    half = len(monthly) // 2
    if half == 0:
        return None
    first, second = sum(monthly[:half]), sum(monthly[-half:])
    return ratio(second - first, first)


def _groups(ctx: ReportContext) -> list[Any]:
    stmt = (
        select(
            Bill.customer_id,
            Bill.period,
            func.count().label("bills"),
            func.sum(fen(Bill.amount)).label("amount"),
            func.sum(fen(Bill.paid_amount)).label("paid"),
        )
        .join(Customer, Customer.id == Bill.customer_id)
        .where(*in_months(Bill.period, ctx.period))
        .group_by(Bill.customer_id, Bill.period)
    )
    return ctx.rows(stmt)


BILL_COLUMNS = (
    col.BILL_ID,
    col.CUSTOMER_NAME,
    col.INDUSTRY,
    col.MANAGER,
    col.CITY,
    col.ACCOUNT_ID,
    col.BILL_PERIOD,
    col.BILL_AMOUNT,
    col.PAID_AMOUNT,
    Column("未缴金额（元）", Kind.MONEY, 15),
    col.DUE_DATE,
    Column("状态", width=10),
)


def bill_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    """The bills of the period, one row each (the detail sheet, and the export benchmark)."""
    stmt = (
        select(
            Bill.id,
            Customer.name,
            Customer.industry,
            Customer.manager_id,
            Customer.city,
            Bill.account_id,
            Bill.period,
            Bill.amount,
            Bill.paid_amount,
            Bill.due_date,
            Bill.status,
        )
        .join(Customer, Customer.id == Bill.customer_id)
        .where(*in_months(Bill.period, ctx.period))
        .order_by(Bill.period, Bill.id)
    )
    name = ctx.staff.name
    # Unpacked by position: the detail sheet is the hot path of a large export.
    for (
        bill,
        customer,
        industry,
        manager,
        city,
        account,
        period,
        amount,
        paid,
        due,
        status,
    ) in ctx.stream(stmt):
        yield [
            bill,
            customer,
            INDUSTRY.get(industry, industry),
            name(manager),
            city,
            account,
            period,
            amount,
            paid,
            amount - paid,
            due,
            BILL_STATUS.get(status, status),
        ]


@dataclass
class _Billed:
    """The period's bills summed per month and per customer (fen)."""

    months: list[str]
    per_customer: dict[str, list[int]]
    month_billed: list[int]
    month_paid: list[int]
    month_customers: list[set[str]]
    bills: int = 0


def _billed(ctx: ReportContext) -> _Billed:
    months = [format_month(m) for m in ctx.period.months()]
    index = {m: i for i, m in enumerate(months)}
    billed = _Billed(
        months,
        defaultdict(lambda: [0] * len(months)),
        [0] * len(months),
        [0] * len(months),
        [set() for _ in months],
    )
    for g in _groups(ctx):
        i = index[g.period]
        billed.per_customer[g.customer_id][i] += g.amount or 0
        billed.month_billed[i] += g.amount or 0
        billed.month_paid[i] += g.paid or 0
        billed.month_customers[i].add(g.customer_id)
        billed.bills += g.bills
    return billed


def _sheets(ctx: ReportContext, b: _Billed) -> list[Table]:
    """The detail sheets: by industry, by customer, every bill."""
    months, billed = b.months, sum(b.month_billed)
    customers = ctx.customers()
    per_industry: dict[str, list[int]] = defaultdict(lambda: [0] * len(months))
    industry_customers: dict[str, int] = defaultdict(int)
    customer_rows = []
    for customer_id, monthly in b.per_customer.items():
        c = customers[customer_id]
        industry = per_industry[c.industry]
        for i, amount in enumerate(monthly):
            industry[i] += amount
        industry_customers[c.industry] += 1
        customer_rows.append(
            [
                c.name,
                label(INDUSTRY, c.industry),
                ctx.staff.name(c.manager_id),
                c.city,
                *(yuan(a) for a in monthly),
                yuan(sum(monthly)),
                growth(monthly),
            ]
        )
    customer_rows.sort(key=lambda r: (-r[-2], r[0]))
    industry_rows = [
        [
            label(INDUSTRY, code),
            industry_customers[code],
            *(yuan(a) for a in monthly),
            yuan(sum(monthly)),
            ratio(sum(monthly), billed),
            growth(monthly),
        ]
        for code, monthly in per_industry.items()
    ]
    industry_rows.sort(key=lambda r: (-r[-3], r[0]))
    month_columns = col.money_columns(months)
    industry_columns = (
        Column("行业", width=12),
        Column("出账客户数", Kind.INT),
        *month_columns,
        col.TOTAL_YUAN,
        Column("收入占比", Kind.PERCENT, 10),
        Column("增长率", Kind.PERCENT, 10),
    )
    customer_columns = (
        col.CUSTOMER_NAME,
        col.INDUSTRY,
        col.MANAGER,
        col.CITY,
        *month_columns,
        col.TOTAL_YUAN,
        Column("增长率", Kind.PERCENT, 10),
    )
    return [
        Table("按行业", industry_columns, industry_rows, len(industry_rows)),
        Table("按客户", customer_columns, customer_rows, len(customer_rows)),
        Table("账单明细", BILL_COLUMNS, bill_rows(ctx), b.bills),
    ]


def _month_totals(ctx: ReportContext, periods: Sequence[str]) -> dict[str, int]:
    """Billed per period (fen), for the periods that have bills in the report's scope."""
    stmt = (
        select(Bill.period, func.sum(fen(Bill.amount)).label("amount"))
        .join(Customer, Customer.id == Bill.customer_id)
        .where(Bill.period.in_(list(periods)))
        .group_by(Bill.period)
    )
    return {r.period: int(r.amount or 0) for r in ctx.rows(stmt)}


@dataclass(frozen=True)
class _Compared:
    """The period's last month against the month before (环比) and a year before (同比)."""

    month: str
    month_on_month: Decimal | None
    year_on_year: Decimal | None


def _compared(ctx: ReportContext, months: Sequence[str]) -> _Compared | None:
    if not months:
        return None
    last = month_number(months[-1])
    before, year_ago = period_of(last - 1), period_of(last - 12)
    totals = _month_totals(ctx, (months[-1], before, year_ago))
    now = totals.get(months[-1])

    def change(base: str) -> Decimal | None:
        if now is None or base not in totals:
            return None  # a month without bills is not billed yet: no comparison
        return ratio(now - totals[base], totals[base])

    return _Compared(months[-1], change(before), change(year_ago))


def _summary(b: _Billed, compared: _Compared | None = None) -> Summary:
    """The summary sheet: key figures and the months (the chart's data)."""
    billed, paid = sum(b.month_billed), sum(b.month_paid)
    return Summary(
        heading="收入分析报表",
        figures=[
            Figure("账单金额合计（元）", yuan(billed), Kind.MONEY),
            Figure("已缴金额合计（元）", yuan(paid), Kind.MONEY),
            Figure("缴费率", ratio(paid, billed), Kind.PERCENT),
            Figure("出账客户数", len(b.per_customer)),
            Figure("账单数", b.bills),
            Figure("增长率（后半期较前半期）", growth(b.month_billed), Kind.PERCENT),
            Figure(
                f"环比（{compared.month if compared else '末月'}较上月）",
                compared.month_on_month if compared else None,
                Kind.PERCENT,
            ),
            Figure(
                f"同比（{compared.month if compared else '末月'}较去年同月）",
                compared.year_on_year if compared else None,
                Kind.PERCENT,
            ),
        ],
        columns=(
            Column("账期", width=12),
            Column("账单金额（元）", Kind.MONEY, 16),
            Column("已缴金额（元）", Kind.MONEY, 16),
            Column("出账客户数", Kind.INT),
        ),
        rows=[
            [m, yuan(b.month_billed[i]), yuan(b.month_paid[i]), len(b.month_customers[i])]
            for i, m in enumerate(b.months)
        ],
        chart=Chart("line", "月度收入趋势", "金额（元）", (1, 2), "#,##0"),
        notes=(
            "收入按账单金额（出账）统计，账期为计费月份。",
            "增长率 = 后半期账单金额 ÷ 前半期账单金额 − 1（六个月即后三个月对比前三个月）。",
            "环比 = 末月账单金额 ÷ 上月账单金额 − 1；同比 = 末月账单金额 ÷ 去年同月账单金额 − 1。"
            "尚未出账的月份不参与比较（不按零计）。",
        ),
    )


def build(ctx: ReportContext) -> ReportContent:
    billed = _billed(ctx)
    return ReportContent(
        _summary(billed, _compared(ctx, billed.months)), _sheets(ctx, billed) + team_sheets(ctx)
    )


DEFINITION = ReportDefinition(
    name="revenue",
    title_zh="收入分析",
    title_en="Revenue",
    short_zh="收入",
    description="账单收入按月、行业和客户汇总，含六个月趋势与增长率。",
    build=build,
    # The six months ending at the last billed one: bills are issued after their month.
    default_period=recent_months(TREND_MONTHS),
    ends_at_last_billed=True,
    max_months=MAX_MONTHS,
)
