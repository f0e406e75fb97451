"""Campaign response report (营销活动接受程度): per campaign, round and channel, the targets, the
suppressed, and how the reached answered (interested, declined, opportunity opened), with the
acceptance rate. Counts the tasks of the scope's customers. Depends on the store's models.
"""

from __future__ import annotations

from sqlalchemy import func, select

from bigcust_desktop.domain.vocab_city import RoundChannel, TaskOutcome, TaskState
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
from bigcust_desktop.reports.sql import ratio
from bigcust_desktop.store.models import Campaign, CampaignRound, CampaignTask, Customer

CHANNEL = {c.value: c.zh for c in RoundChannel}
COLUMNS = (
    Column("营销活动", width=24),
    Column("轮次", width=18),
    Column("渠道", width=12),
    Column("目标客户", Kind.INT),
    Column("免打扰", Kind.INT),
    Column("待执行", Kind.INT),
    Column("有意向", Kind.INT),
    Column("拒绝", Kind.INT),
    Column("未接通", Kind.INT),
    Column("已转商机", Kind.INT),
    Column("接受程度", Kind.PERCENT, 10),
)


def build(ctx: ReportContext) -> ReportContent:
    t, r, c = CampaignTask, CampaignRound, Campaign

    def count(cond: object) -> object:
        return func.total(cond)

    stmt = (
        select(
            c.name,
            r.position,
            r.name.label("round"),
            r.channel,
            count(t.state != TaskState.SUPPRESSED.value),
            count(t.state == TaskState.SUPPRESSED.value),
            count(t.state == TaskState.OPEN.value),
            count(t.outcome == TaskOutcome.INTERESTED.value),
            count(t.outcome == TaskOutcome.DECLINED.value),
            count(t.outcome == TaskOutcome.NOT_REACHED.value),
            count(t.outcome == TaskOutcome.OPPORTUNITY_OPENED.value),
        )
        .select_from(t)
        .join(r, r.id == t.round_id)
        .join(c, c.id == t.campaign_id)
        .join(Customer, Customer.id == t.customer_id)
        .group_by(c.id, c.name, r.id, r.position, r.name, r.channel)
        .order_by(c.name, r.position)
    )
    rows, by_channel = [], {}
    for row in ctx.rows(stmt):
        n = [int(v) for v in row[4:]]
        reached = n[3] + n[4] + n[6]
        accepted = n[3] + n[6]
        rows.append([row[0], row[2], CHANNEL.get(row[3], row[3]), *n, ratio(accepted, reached)])
        got = by_channel.setdefault(row[3], [0, 0])
        got[0] += accepted
        got[1] += reached
    targets = sum(r_[3] for r_ in rows)
    accepted_all = sum(v[0] for v in by_channel.values())
    reached_all = sum(v[1] for v in by_channel.values())
    summary = Summary(
        heading="营销活动接受程度报表",
        figures=[
            Figure("轮次数", len(rows)),
            Figure("目标客户（人次）", targets),
            Figure("接受程度", ratio(accepted_all, reached_all), Kind.PERCENT),
        ],
        columns=(
            Column("渠道", width=12),
            Column("接受（人次）", Kind.INT),
            Column("接通（人次）", Kind.INT),
        ),
        rows=[[CHANNEL.get(ch, ch), v[0], v[1]] for ch, v in sorted(by_channel.items())],
        chart=Chart("bar", "各渠道接受与接通", "人次", (1, 2)),
        notes=(
            "接受程度 =（有意向 + 已转商机）÷ 接通（有意向 + 拒绝 + 已转商机）。",
            "免打扰为按接触频次规则排除的客户，不计入目标客户。",
        ),
    )
    return ReportContent(summary, [Table("按轮次", COLUMNS, rows, len(rows))])


DEFINITION = ReportDefinition(
    name="campaign-response",
    title_zh="营销活动接受程度",
    title_en="Campaign response",
    short_zh="营销",
    description="营销活动各轮次、各渠道的目标、免打扰与客户反馈，及接受程度。",
    build=build,
)
