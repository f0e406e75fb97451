"""Pipeline report (商机管道): opportunities by stage, manager and expected close month.

Weighted value is each opportunity's amount × probability rounded to the fen (domain `stages`),
summed. The period filters the expected close date. Depends on the store's models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from bigcust_desktop.domain.stages import FUNNEL, OPEN_STAGES, Stage, weighted_value
from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.at_risk import team_sheets
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
from bigcust_desktop.reports.labels import CATEGORY, STAGE, label
from bigcust_desktop.reports.sql import fen, in_dates, month_text, ratio, yuan
from bigcust_desktop.store.models import Customer, Opportunity

STAGE_ORDER: tuple[str, ...] = (*FUNNEL, Stage.LOST)
_OPEN = frozenset(s.value for s in OPEN_STAGES)


@dataclass
class _Tally:
    count: int = 0
    amount: int = 0  # fen
    weighted: int = 0  # fen

    def add(self, count: int, amount: int, weighted: int) -> None:
        self.count += count
        self.amount += amount
        self.weighted += weighted


def _weighted_fen() -> Any:
    # Half-up rounding of amount × probability / 100 in whole fen, as `weighted_value` does.
    return (fen(Opportunity.amount) * Opportunity.probability + 50) // 100


def _groups(ctx: ReportContext) -> list[Any]:
    stmt = (
        select(
            Opportunity.owner_id,
            month_text(Opportunity.expected_close).label("month"),
            Opportunity.stage,
            func.count().label("count"),
            func.sum(fen(Opportunity.amount)).label("amount"),
            func.sum(_weighted_fen()).label("weighted"),
        )
        .join(Customer, Customer.id == Opportunity.customer_id)
        .where(*in_dates(Opportunity.expected_close, ctx.period))
        .group_by(Opportunity.owner_id, "month", Opportunity.stage)
    )
    return ctx.rows(stmt)


def _by_stage(groups: Sequence[Any]) -> dict[str, _Tally]:
    tallies = {stage: _Tally() for stage in STAGE_ORDER}
    for g in groups:
        tallies.setdefault(g.stage, _Tally()).add(g.count, g.amount or 0, g.weighted or 0)
    return tallies


class _Outcomes(defaultdict[str, _Tally]):
    """Tallies of one group's opportunities: ``open``, ``won`` and ``lost``."""

    def __init__(self) -> None:
        super().__init__(_Tally)

    def add(self, group: Any) -> None:
        outcome = "open" if group.stage in _OPEN else group.stage
        self[outcome].add(group.count, group.amount or 0, group.weighted or 0)

    def cells(self) -> list[Any]:
        """What a by-owner or by-month row shows (`_OUTCOME_COLUMNS`)."""
        open_, won, lost = self["open"], self["won"], self["lost"]
        return [
            open_.count,
            yuan(open_.amount),
            yuan(open_.weighted),
            won.count,
            yuan(won.amount),
            lost.count,
        ]


def _by_owner(ctx: ReportContext, groups: Sequence[Any]) -> list[list[Any]]:
    owners = ByManager(ctx.staff, _Outcomes)
    for g in groups:
        owners[g.owner_id].add(g)
    return owners.rows(
        lambda t: [*t.cells(), ratio(t["won"].count, t["won"].count + t["lost"].count)],
        first=lambda t: -t["open"].weighted,
    )


def _by_month(groups: Sequence[Any]) -> list[list[Any]]:
    months: dict[str, _Outcomes] = defaultdict(_Outcomes)
    for g in groups:
        months[g.month].add(g)
    return [[month, *t.cells()] for month, t in sorted(months.items())]


# What the by-manager and by-month sheets show of each row's opportunities.
_OUTCOME_COLUMNS = (
    Column("在途商机数", Kind.INT),
    Column("在途金额（元）", Kind.MONEY, 16),
    Column("在途加权金额（元）", Kind.MONEY, 18),
    Column("赢单数", Kind.INT, 10),
    Column("赢单金额（元）", Kind.MONEY, 16),
    Column("输单数", Kind.INT, 10),
)


DETAIL_COLUMNS = (
    Column("商机编号", width=14),
    col.CUSTOMER_NAME,
    col.OWNER,
    Column("商机名称", width=32),
    Column("阶段", width=10),
    Column("产品类别", width=10),
    Column("金额（元/年）", Kind.MONEY, 15),
    Column("赢单概率", Kind.PERCENT, 10),
    Column("加权金额（元）", Kind.MONEY, 15),
    Column("预计成交日期", Kind.DATE, 13),
    col.CREATED_AT,
    Column("备注", width=40),
)


def _detail_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    stmt = (
        select(
            Opportunity.id,
            Customer.name,
            Opportunity.owner_id,
            Opportunity.title,
            Opportunity.stage,
            Opportunity.product_category,
            Opportunity.amount,
            Opportunity.probability,
            Opportunity.expected_close,
            Opportunity.created_at,
            Opportunity.notes,
        )
        .join(Customer, Customer.id == Opportunity.customer_id)
        .where(*in_dates(Opportunity.expected_close, ctx.period))
        .order_by(Opportunity.expected_close, Opportunity.id)
    )
    name = ctx.staff.name
    for r in ctx.stream(stmt):
        yield [
            r.id,
            r.name,
            name(r.owner_id),
            r.title,
            label(STAGE, r.stage),
            label(CATEGORY, r.product_category),
            r.amount,
            Decimal(r.probability) / 100,
            weighted_value(r.amount, r.probability),
            r.expected_close,
            r.created_at,
            r.notes,
        ]


def _summary(stages: dict[str, _Tally]) -> Summary:
    """The summary sheet: key figures and the stages (the chart's data)."""
    open_ = _Tally()
    for stage in _OPEN:
        t = stages[stage]
        open_.add(t.count, t.amount, t.weighted)
    won, lost = stages[Stage.WON], stages[Stage.LOST]
    total = sum(t.count for t in stages.values())
    return Summary(
        heading="商机管道报表",
        figures=[
            Figure("商机总数", total),
            Figure("在途商机数", open_.count),
            Figure("在途金额（元）", yuan(open_.amount), Kind.MONEY),
            Figure("在途加权金额（元）", yuan(open_.weighted), Kind.MONEY),
            Figure("赢单金额（元）", yuan(won.amount), Kind.MONEY),
            Figure("赢单率（按个数）", ratio(won.count, won.count + lost.count), Kind.PERCENT),
        ],
        columns=(
            Column("阶段", width=14),
            Column("商机数", Kind.INT),
            Column("金额（元）", Kind.MONEY, 16),
            Column("加权金额（元）", Kind.MONEY, 16),
        ),
        rows=[
            [label(STAGE, stage), t.count, yuan(t.amount), yuan(t.weighted)]
            for stage, t in stages.items()
        ],
        chart=Chart("bar", "各阶段商机金额", "金额（元）", (2, 3), "#,##0"),
        notes=(
            "加权金额 = 金额 × 赢单概率，逐条四舍五入到分后合计。",
            "期间按预计成交日期筛选；在途指线索、需求确认、方案报价、商务谈判四个阶段。",
            "赢单率 = 赢单数 ÷（赢单数 + 输单数）。",
        ),
    )


def _sheets(ctx: ReportContext, groups: Sequence[Any], total: int) -> list[Table]:
    """The detail sheets: by owner, by expected close month, every opportunity."""
    manager_columns = (
        Column("负责人", width=12),
        *_OUTCOME_COLUMNS,
        Column("赢单率", Kind.PERCENT, 10),
    )
    by_owner = _by_owner(ctx, groups)
    month_columns = (Column("预计成交月", width=12), *_OUTCOME_COLUMNS)
    by_month = _by_month(groups)
    return [
        Table("按负责人", manager_columns, by_owner, len(by_owner)),
        Table("按成交月", month_columns, by_month, len(by_month)),
        Table("明细", DETAIL_COLUMNS, _detail_rows(ctx), total),
    ]


def build(ctx: ReportContext) -> ReportContent:
    groups = _groups(ctx)
    total = sum(g.count for g in groups)
    sheets = _sheets(ctx, groups, total) + team_sheets(ctx)
    return ReportContent(_summary(_by_stage(groups)), sheets)


DEFINITION = ReportDefinition(
    name="pipeline",
    title_zh="商机管道",
    title_en="Pipeline",
    short_zh="商机",
    description="商机按阶段、负责人和预计成交月汇总，含加权金额。",
    build=build,
)
