"""Fault ticket report (故障工单): tickets by status and severity, SLA breaches, time to resolve.

A ticket breaches its SLA when resolved after its due time, or still open past it at the as-of
instant (domain `sla`). Time to resolve is opened -> resolved, in hours; median and p90 as Excel's
PERCENTILE.INC. The period filters the opening time. Depends on the store's models.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES, SLA_HOURS, Severity, is_breached
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
from bigcust_desktop.reports.labels import SEVERITY, TICKET_STATUS, YES_NO, label
from bigcust_desktop.reports.sql import in_instants, ratio
from bigcust_desktop.reports.stats import median, percentile
from bigcust_desktop.store.models import Customer, FaultTicket, Subscriber

_OPEN = frozenset(s.value for s in OPEN_TICKET_STATUSES)


def hours_between(start: dt.datetime, end: dt.datetime) -> float:
    return (end - start).total_seconds() / 3600


def _hours(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _tickets(ctx: ReportContext) -> list[Any]:
    stmt = (
        select(
            FaultTicket.severity,
            FaultTicket.status,
            FaultTicket.opened_at,
            FaultTicket.due_at,
            FaultTicket.resolved_at,
        )
        .join(Customer, Customer.id == FaultTicket.customer_id)
        .where(*in_instants(FaultTicket.opened_at, ctx.period))
    )
    return ctx.rows(stmt)


DETAIL_COLUMNS = (
    Column("工单编号", width=14),
    Column("客户名称", width=30),
    Column("号码/电路", width=16),
    Column("级别", width=8),
    Column("标题", width=24),
    Column("状态", width=9),
    Column("报障时间", Kind.DATETIME, 17),
    Column("处理时限", Kind.DATETIME, 17),
    Column("解决时间", Kind.DATETIME, 17),
    Column("解决时长（小时）", Kind.HOURS, 12),
    Column("是否超时", width=9),
    Column("报障人", width=10),
)


def _detail_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    stmt = (
        select(
            FaultTicket.id,
            Customer.name,
            Subscriber.service_number,
            FaultTicket.severity,
            FaultTicket.title,
            FaultTicket.status,
            FaultTicket.opened_at,
            FaultTicket.due_at,
            FaultTicket.resolved_at,
            FaultTicket.reported_by,
        )
        .join(Customer, Customer.id == FaultTicket.customer_id)
        .outerjoin(Subscriber, Subscriber.id == FaultTicket.subscriber_id)
        .where(*in_instants(FaultTicket.opened_at, ctx.period))
        .order_by(FaultTicket.opened_at, FaultTicket.id)
    )
    now, name = ctx.as_of, ctx.staff.name
    for r in ctx.stream(stmt):
        resolved = r.resolved_at
        yield [
            r.id,
            r.name,
            r.service_number,
            label(SEVERITY, r.severity),
            r.title,
            label(TICKET_STATUS, r.status),
            r.opened_at,
            r.due_at,
            resolved,
            None if resolved is None else _hours(hours_between(r.opened_at, resolved)),
            YES_NO[is_breached(r.due_at, resolved, now)],
            name(r.reported_by),
        ]


@dataclass
class _Tickets:
    """The period's tickets counted per severity (and status), with their times to resolve."""

    severities: list[str]
    count: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    open: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    breached: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    durations: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    matrix: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )


def _counted(ctx: ReportContext) -> _Tickets:
    counted = _Tickets([s.value for s in Severity])
    for t in _tickets(ctx):
        counted.count[t.severity] += 1
        counted.matrix[t.severity][t.status] += 1
        if t.status in _OPEN:
            counted.open[t.severity] += 1
        if is_breached(t.due_at, t.resolved_at, ctx.as_of):
            counted.breached[t.severity] += 1
        if t.resolved_at is not None:
            counted.durations[t.severity].append(hours_between(t.opened_at, t.resolved_at))
    for extra in sorted(set(counted.count) - set(counted.severities)):
        counted.severities.append(extra)  # a severity this client does not know still counts
    return counted


def _summary(tickets: _Tickets) -> Summary:
    """The summary sheet: key figures and the severities (the chart's data)."""
    severities, count, open_ = tickets.severities, tickets.count, tickets.open
    breached, durations = tickets.breached, tickets.durations
    all_durations = [h for values in durations.values() for h in values]
    total, total_breached = sum(count.values()), sum(breached.values())
    return Summary(
        heading="故障工单报表",
        figures=[
            Figure("工单数", total),
            Figure("未解决工单数", sum(open_.values())),
            Figure("SLA超时工单数", total_breached),
            Figure("SLA超时率", ratio(total_breached, total), Kind.PERCENT),
            Figure("解决时长中位数（小时）", _hours(median(all_durations)), Kind.HOURS),
            Figure("解决时长P90（小时）", _hours(percentile(all_durations, 0.9)), Kind.HOURS),
        ],
        columns=(
            Column("级别", width=10),
            Column("SLA时限（小时）", Kind.INT),
            Column("工单数", Kind.INT),
            Column("未解决", Kind.INT),
            Column("SLA超时", Kind.INT),
            Column("超时率", Kind.PERCENT),
            Column("解决时长中位数（小时）", Kind.HOURS, 16),
            Column("解决时长P90（小时）", Kind.HOURS, 16),
        ),
        rows=[
            [
                label(SEVERITY, s),
                SLA_HOURS.get(Severity(s)) if s in SEVERITY else None,
                count[s],
                open_[s],
                breached[s],
                ratio(breached[s], count[s]),
                _hours(median(durations[s])),
                _hours(percentile(durations[s], 0.9)),
            ]
            for s in severities
        ],
        chart=Chart("bar", "各级别工单与SLA超时", "工单数", (2, 4), "#,##0"),
        notes=(
            "SLA超时：解决时间晚于处理时限，或截至导出时仍未解决且已过处理时限。",
            "解决时长 = 解决时间 − 报障时间；中位数与P90按 Excel PERCENTILE.INC 的方法计算。",
            "期间按报障时间（北京时间）筛选。",
        ),
    )


def _sheets(ctx: ReportContext, tickets: _Tickets) -> list[Table]:
    """The detail sheets: status by severity, every ticket."""
    statuses = list(TICKET_STATUS)
    severities, count, matrix = tickets.severities, tickets.count, tickets.matrix
    matrix_rows = [
        [label(SEVERITY, s), *(matrix[s][st] for st in statuses), count[s]] for s in severities
    ]
    matrix_columns = (
        Column("级别", width=10),
        *(Column(label(TICKET_STATUS, st), Kind.INT, 10) for st in statuses),
        Column("合计", Kind.INT, 10),
    )
    return [
        Table("按状态与级别", matrix_columns, matrix_rows, len(matrix_rows)),
        Table("明细", DETAIL_COLUMNS, _detail_rows(ctx), sum(count.values())),
    ]


def build(ctx: ReportContext) -> ReportContent:
    tickets = _counted(ctx)
    return ReportContent(_summary(tickets), _sheets(ctx, tickets))


DEFINITION = ReportDefinition(
    name="faults",
    title_zh="故障工单",
    title_en="Fault tickets",
    short_zh="故障",
    description="故障工单按状态与级别汇总，含SLA超时及解决时长中位数与P90。",
    build=build,
    default_period=recent_months(6),
)
