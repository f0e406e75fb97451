"""Activity coverage report (客户接触覆盖): contacts per manager and week, customers left alone.

Managers are the customers' account managers (the book a contact counts for); a customer is
"not contacted in N days" when its last contact, by anyone on any channel, is more than N days
before the as-of day, or there is none. Weeks run Monday to Sunday, Beijing time. The period
filters the contact time. Depends on the store's models.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

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
    recent_months,
)
from bigcust_desktop.reports.labels import CHANNEL, INDUSTRY, OUTCOME, VALUE_TIER, label
from bigcust_desktop.reports.period import local_date
from bigcust_desktop.reports.sql import in_instants, ratio
from bigcust_desktop.store.models import Activity, Customer

# Channels given their own column on the weekly sheet; the rest are counted together.
WEEK_CHANNELS = ("visit", "phone", "meeting")


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _last_contacts(ctx: ReportContext) -> dict[str, tuple[dt.datetime, str]]:
    """Each customer's latest contact up to the as-of instant, with its channel."""
    latest = (
        select(Activity.customer_id, func.max(Activity.occurred_at).label("at"))
        .join(Customer, Customer.id == Activity.customer_id)
        .where(Activity.occurred_at <= ctx.as_of)
        .group_by(Activity.customer_id)
    )
    latest = ctx.scoped(latest).subquery()
    stmt = select(Activity.customer_id, Activity.occurred_at, Activity.channel).join(
        latest,
        (Activity.customer_id == latest.c.customer_id) & (Activity.occurred_at == latest.c.at),
    )
    return {r.customer_id: (r.occurred_at, r.channel) for r in ctx.conn.execute(stmt)}


def _contacts(ctx: ReportContext) -> list[Any]:
    stmt = (
        select(Activity.customer_id, Activity.occurred_at, Activity.channel)
        .join(Customer, Customer.id == Activity.customer_id)
        .where(*in_instants(Activity.occurred_at, ctx.period))
    )
    return ctx.rows(stmt)


DETAIL_COLUMNS = (
    Column("接触时间", Kind.DATETIME, 17),
    col.CUSTOMER_NAME,
    col.MANAGER,
    Column("经办人", width=10),
    Column("接触方式", width=10),
    Column("主题", width=24),
    Column("结果", width=8),
    Column("备注", width=40),
)


def _detail_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    stmt = (
        select(
            Activity.occurred_at,
            Customer.name,
            Customer.manager_id,
            Activity.owner_id,
            Activity.channel,
            Activity.topic,
            Activity.outcome,
            Activity.notes,
        )
        .join(Customer, Customer.id == Activity.customer_id)
        .where(*in_instants(Activity.occurred_at, ctx.period))
        .order_by(Activity.occurred_at, Activity.id)
    )
    name = ctx.staff.name
    for r in ctx.stream(stmt):
        yield [
            r.occurred_at,
            r.name,
            name(r.manager_id),
            name(r.owner_id),
            label(CHANNEL, r.channel),
            r.topic,
            label(OUTCOME, r.outcome),
            r.notes,
        ]


@dataclass
class _Reach:
    """One manager's book and how much of it was contacted."""

    customers: int = 0
    contacts: int = 0
    reached: set[str] = field(default_factory=set)
    stale: int = 0


@dataclass
class _Coverage:
    book: dict[str, Any]  # the scope's customers by id
    contacts: int
    per_manager: ByManager[_Reach]
    weekly: dict[tuple[dt.date, str], dict[str, Any]]
    stale_rows: list[list[Any]]


def _covered(ctx: ReportContext) -> _Coverage:
    book = ctx.customers()
    contacts = _contacts(ctx)
    last = _last_contacts(ctx)
    today, n_days = ctx.today, ctx.stale_days
    per_manager = ByManager(ctx.staff, _Reach)
    for c in book.values():
        per_manager[c.manager_id].customers += 1
    weekly: dict[tuple[dt.date, str], dict[str, Any]] = {}
    for a in contacts:
        manager = book[a.customer_id].manager_id
        reach = per_manager[manager]
        reach.contacts += 1
        reach.reached.add(a.customer_id)
        key = (week_start(local_date(a.occurred_at)), manager)
        week = weekly.setdefault(key, {"count": 0, "channels": defaultdict(int), "who": set()})
        week["count"] += 1
        week["channels"][a.channel if a.channel in WEEK_CHANNELS else "other"] += 1
        week["who"].add(a.customer_id)

    stale_rows = []
    for customer_id, c in book.items():
        seen = last.get(customer_id)
        days = None if seen is None else (today - local_date(seen[0])).days
        if days is None or days > n_days:
            per_manager[c.manager_id].stale += 1
            stale_rows.append(
                [
                    c.name,
                    ctx.staff.name(c.manager_id),
                    label(VALUE_TIER, c.value_tier),
                    label(INDUSTRY, c.industry),
                    c.city,
                    None if seen is None else local_date(seen[0]),
                    days,
                    "" if seen is None else label(CHANNEL, seen[1]),
                ]
            )
    # Never contacted first, then the longest silence.
    stale_rows.sort(key=lambda r: (r[6] is not None, -(r[6] or 0), r[0]))
    return _Coverage(book, len(contacts), per_manager, weekly, stale_rows)


def _summary(ctx: ReportContext, cover: _Coverage) -> Summary:
    """The summary sheet: key figures and the managers (the chart's data)."""
    n_days = ctx.stale_days
    reached_all = sum(len(r.reached) for _, r in cover.per_manager.items())
    return Summary(
        heading="客户接触覆盖报表",
        figures=[
            Figure("名下客户数", len(cover.book)),
            Figure("接触次数", cover.contacts),
            Figure("期间内接触客户数", reached_all),
            Figure("覆盖率", ratio(reached_all, len(cover.book)), Kind.PERCENT),
            Figure(f"超过{n_days}天未接触客户数", len(cover.stale_rows)),
        ],
        columns=(
            Column("客户经理", width=12),
            Column("名下客户数", Kind.INT),
            Column("接触次数", Kind.INT),
            Column("接触客户数", Kind.INT),
            Column("覆盖率", Kind.PERCENT),
            Column(f"超过{n_days}天未接触", Kind.INT, 16),
        ),
        rows=cover.per_manager.rows(
            lambda r: [
                r.customers,
                r.contacts,
                len(r.reached),
                ratio(len(r.reached), r.customers),
                r.stale,
            ]
        ),
        chart=Chart("bar", "各客户经理接触情况", "次数 / 客户数", (2, 3), "#,##0"),
        notes=(
            "客户经理指客户的归属客户经理；接触包括拜访、电话、短信、邮件、会议和外呼活动。",
            "覆盖率 = 期间内至少接触一次的客户数 ÷ 名下客户数。",
            f"未接触天数自最近一次接触（北京时间）起算至数据截至日；超过{n_days}天或从未接触的客户列入“未接触客户”。",
        ),
    )


def _sheets(ctx: ReportContext, cover: _Coverage) -> list[Table]:
    """The detail sheets: by week, customers not contacted, every contact."""
    week_rows = []
    for (monday, manager), w in sorted(cover.weekly.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        iso = monday.isocalendar()
        week_rows.append(
            [
                f"{iso.year}-W{iso.week:02d}",
                monday,
                ctx.staff.name(manager),
                w["count"],
                *(w["channels"][ch] for ch in WEEK_CHANNELS),
                w["channels"]["other"],
                len(w["who"]),
            ]
        )
    week_columns = (
        Column("周", width=10),
        Column("周一日期", Kind.DATE, 12),
        Column("客户经理", width=12),
        Column("接触次数", Kind.INT, 10),
        *(Column(label(CHANNEL, ch), Kind.INT, 10) for ch in WEEK_CHANNELS),
        Column("其他方式", Kind.INT, 10),
        Column("接触客户数", Kind.INT),
    )
    stale_columns = (
        col.CUSTOMER_NAME,
        col.MANAGER,
        col.VALUE_TIER,
        col.INDUSTRY,
        col.CITY,
        Column("最近接触日期", Kind.DATE, 13),
        Column("未接触天数", Kind.INT),
        Column("最近接触方式", width=12),
    )
    stale = cover.stale_rows
    return [
        Table("按周", week_columns, week_rows, len(week_rows)),
        Table("未接触客户", stale_columns, stale, len(stale)),
        Table("接触明细", DETAIL_COLUMNS, _detail_rows(ctx), cover.contacts),
    ]


def build(ctx: ReportContext) -> ReportContent:
    cover = _covered(ctx)
    return ReportContent(_summary(ctx, cover), _sheets(ctx, cover))


DEFINITION = ReportDefinition(
    name="coverage",
    title_zh="客户接触覆盖",
    title_en="Activity coverage",
    short_zh="接触",
    description="客户接触按客户经理和周汇总，列出超过 N 天未接触的客户。",
    build=build,
    default_period=recent_months(3),
)
