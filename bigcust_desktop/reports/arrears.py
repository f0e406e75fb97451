"""Arrears ageing report (欠费账龄): overdue unpaid bill amounts by age, manager and customer.

Arrears of a bill are `amount - paid_amount` once its due date has passed (docs/data-model.md);
the age is days past due on the as-of day. The period, when chosen, filters bill periods.
Depends on the store's models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, func, select

from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.by_manager import ByManager
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
)
from bigcust_desktop.reports.labels import VALUE_TIER, label
from bigcust_desktop.reports.sql import fen, in_months, ratio, yuan
from bigcust_desktop.reports.stats import band_of
from bigcust_desktop.store.models import Bill, Customer

# Upper bound of days past due of each bucket; the last is open-ended.
BUCKETS: tuple[tuple[str, int | None], ...] = (
    ("0–30天", 30),
    ("31–60天", 60),
    ("61–90天", 90),
    ("90天以上", None),
)


@dataclass
class _Ageing:
    buckets: list[int] = field(default_factory=lambda: [0] * len(BUCKETS))  # fen
    bills: int = 0
    oldest: int = 0
    customers: set[str] = field(default_factory=set)

    @property
    def total(self) -> int:
        return sum(self.buckets)


def _overdue(ctx: ReportContext) -> list[ColumnElement[bool]]:
    return [
        Bill.due_date < ctx.today,
        fen(Bill.amount) > fen(Bill.paid_amount),
        *in_months(Bill.period, ctx.period),
    ]


def _groups(ctx: ReportContext) -> list[Any]:
    stmt = (
        select(
            Bill.customer_id,
            Bill.due_date,
            func.count().label("bills"),
            func.sum(fen(Bill.amount) - fen(Bill.paid_amount)).label("arrears"),
        )
        .join(Customer, Customer.id == Bill.customer_id)
        .where(*_overdue(ctx))
        .group_by(Bill.customer_id, Bill.due_date)
    )
    return ctx.rows(stmt)


DETAIL_COLUMNS = (
    col.BILL_ID,
    col.CUSTOMER_NAME,
    col.MANAGER,
    col.ACCOUNT_ID,
    col.BILL_PERIOD,
    col.BILL_AMOUNT,
    col.PAID_AMOUNT,
    Column("欠费金额（元）", Kind.MONEY, 15),
    col.DUE_DATE,
    Column("逾期天数", Kind.INT, 10),
    Column("账龄", width=10),
)


def _detail_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    stmt = (
        select(
            Bill.id,
            Customer.name,
            Customer.manager_id,
            Bill.account_id,
            Bill.period,
            Bill.amount,
            Bill.paid_amount,
            Bill.due_date,
        )
        .join(Customer, Customer.id == Bill.customer_id)
        .where(*_overdue(ctx))
        .order_by(Bill.due_date, Bill.id)
    )
    today, name = ctx.today, ctx.staff.name
    for r in ctx.stream(stmt):
        days = (today - r.due_date).days
        yield [
            r.id,
            r.name,
            name(r.manager_id),
            r.account_id,
            r.period,
            r.amount,
            r.paid_amount,
            r.amount - r.paid_amount,
            r.due_date,
            days,
            BUCKETS[band_of(BUCKETS, days)][0],
        ]


@dataclass
class _Book:
    """The overdue arrears of the scope, aged, overall and per customer, manager and bucket."""

    customers: dict[str, Any]  # the scope's customers by id
    overall: _Ageing
    per_customer: dict[str, _Ageing]
    per_manager: ByManager[_Ageing]
    bucket_bills: list[int]
    bucket_customers: list[set[str]]


def _aged(ctx: ReportContext) -> _Book:
    customers = ctx.customers()
    book = _Book(
        customers,
        _Ageing(),
        defaultdict(_Ageing),
        ByManager(ctx.staff, _Ageing),
        [0] * len(BUCKETS),
        [set() for _ in BUCKETS],
    )
    for g in _groups(ctx):
        days = (ctx.today - g.due_date).days
        b = band_of(BUCKETS, days)
        manager = customers[g.customer_id].manager_id
        for ageing in (book.overall, book.per_customer[g.customer_id], book.per_manager[manager]):
            ageing.buckets[b] += g.arrears
            ageing.bills += g.bills
            ageing.oldest = max(ageing.oldest, days)
            ageing.customers.add(g.customer_id)
        book.bucket_bills[b] += g.bills
        book.bucket_customers[b].add(g.customer_id)
    return book


def _summary(ctx: ReportContext, book: _Book) -> Summary:
    """The summary sheet: key figures and the buckets (the chart's data)."""
    overall = book.overall
    return Summary(
        heading="欠费账龄报表",
        figures=[
            Figure("欠费总额（元）", yuan(overall.total), Kind.MONEY),
            Figure("欠费账单数", overall.bills),
            Figure("欠费客户数", len(overall.customers)),
            Figure("90天以上欠费（元）", yuan(overall.buckets[-1]), Kind.MONEY),
            Figure("90天以上占比", ratio(overall.buckets[-1], overall.total), Kind.PERCENT),
            Figure("账龄计算日", ctx.today, Kind.DATE),
        ],
        columns=(
            Column("账龄", width=14),
            Column("欠费金额（元）", Kind.MONEY, 16),
            Column("欠费账单数", Kind.INT),
            Column("欠费客户数", Kind.INT),
        ),
        rows=[
            [name, yuan(overall.buckets[i]), book.bucket_bills[i], len(book.bucket_customers[i])]
            for i, (name, _) in enumerate(BUCKETS)
        ],
        chart=Chart("bar", "欠费账龄分布", "欠费金额（元）", (1,), "#,##0"),
        notes=(
            "欠费 = 账单金额 − 已缴金额，仅计缴费截止日已过的账单。",
            "账龄为截至账龄计算日的逾期天数。",
            "选择期间时按账期筛选账单；未选择时包括全部账单。",
        ),
    )


def _sheets(ctx: ReportContext, book: _Book) -> list[Table]:
    """The detail sheets: by manager, by customer, every overdue bill."""
    manager_rows = book.per_manager.rows(
        lambda a: [len(a.customers), *(yuan(x) for x in a.buckets), yuan(a.total)],
        first=lambda a: -a.total,
    )
    customer_rows = []
    for customer_id, a in book.per_customer.items():
        c = book.customers[customer_id]
        customer_rows.append(
            [
                c.name,
                ctx.staff.name(c.manager_id),
                c.city,
                label(VALUE_TIER, c.value_tier),
                *(yuan(x) for x in a.buckets),
                yuan(a.total),
                a.oldest,
                a.bills,
            ]
        )
    customer_rows.sort(key=lambda r: (-r[-3], r[0]))
    bucket_columns = col.money_columns(name for name, _ in BUCKETS)
    return [
        Table(
            "按客户经理",
            (
                Column("客户经理", width=12),
                Column("欠费客户数", Kind.INT),
                *bucket_columns,
                col.TOTAL_YUAN,
            ),
            manager_rows,
            len(manager_rows),
        ),
        Table(
            "按客户",
            (
                col.CUSTOMER_NAME,
                col.MANAGER,
                col.CITY,
                col.VALUE_TIER,
                *bucket_columns,
                col.TOTAL_YUAN,
                Column("最长逾期天数", Kind.INT),
                Column("欠费账单数", Kind.INT),
            ),
            customer_rows,
            len(customer_rows),
        ),
        Table("欠费明细", DETAIL_COLUMNS, _detail_rows(ctx), book.overall.bills),
    ]


def build(ctx: ReportContext) -> ReportContent:
    book = _aged(ctx)
    return ReportContent(_summary(ctx, book), _sheets(ctx, book))


DEFINITION = ReportDefinition(
    name="arrears",
    title_zh="欠费账龄",
    title_en="Arrears ageing",
    short_zh="欠费",
    description="逾期未缴账单按账龄（0–30/31–60/61–90/90天以上）、客户经理和客户汇总。",
    build=build,
)
