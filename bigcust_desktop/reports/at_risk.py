"""At-risk customers report (流失预警): one row per flagged customer with one column per signal
(its figures; blank when it did not fire) and the revenue at risk.

Reads the materialised worklist (`at_risk_customer`, kept after each sync and edit), within the
report's scope. Depends on the store's models, the analysis codec and the reports' text helpers.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, select

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.analysis_text import SIGNAL_TITLE, figures_text
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
from bigcust_desktop.reports.sql import yuan
from bigcust_desktop.store.analysis.codec import decode_signals
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import AtRiskCustomer
from bigcust_desktop.store.services.analytics import worklist_select

CUSTOMER_ID = Column("客户编号", width=14)
USCC = Column("统一社会信用代码", width=22)
AT_RISK = Column("风险收入（元/年）", Kind.MONEY, 16)


def _staff_names(ctx: ReportContext) -> dict[str, str]:
    return {user_id: ctx.staff.name(user_id) for user_id in ctx.staff.users}


def flagged_rows(ctx: ReportContext) -> list[Any]:
    """The scope's flagged customers, most revenue at risk first (as the worklist)."""
    stmt = worklist_select()
    return ctx.rows(stmt)


def at_risk_totals(ctx: ReportContext) -> dict[str, tuple[int, int]]:
    """Per account manager: flagged customers and revenue at risk (fen), for other reports."""
    a = AtRiskCustomer
    stmt = (
        select(Customer.manager_id, func.count(), func.total(a.revenue_at_risk_fen))
        .join(Customer, Customer.id == a.customer_id)
        .group_by(Customer.manager_id)
    )
    return {r[0]: (int(r[1]), int(r[2])) for r in ctx.rows(stmt)}


def team_sheets(ctx: ReportContext) -> list[Table]:
    """For a regional manager's team (a team scope, no one manager chosen): the at-risk
    figures per account manager, as a sheet the pipeline and revenue reports add."""
    if ctx.scope.team_id is None or ctx.scope.manager_id is not None:
        return []
    totals = at_risk_totals(ctx)
    rows = sorted(
        ([ctx.staff.name(m), n, yuan(fen)] for m, (n, fen) in totals.items()),
        key=lambda r: (-r[2], r[0]),
    )
    columns = (col.MANAGER, Column("预警客户数", Kind.INT), AT_RISK)
    return [Table("流失预警", columns, rows, len(rows))]


def build(ctx: ReportContext) -> ReportContent:
    names = _staff_names(ctx)
    rows, fired, risk = [], Counter[SignalCode](), Counter[SignalCode]()
    per_manager = ByManager(ctx.staff, lambda: [0, 0])
    computed = None
    for r in flagged_rows(ctx):
        signals = {s.code: s for s in decode_signals(r.signals)}
        computed = max(computed, r.computed_at) if computed else r.computed_at
        cells = []
        for code in SignalCode:
            s = signals.get(code)
            cells.append(figures_text(s.figures, names) if s else "")
            if s:
                fired[code] += 1
                risk[code] += s.revenue_at_risk_fen
        rows.append(
            [
                r.customer_id,
                r.name,
                r.uscc,
                ctx.staff.name(r.manager_id),
                *cells,
                yuan(r.revenue_at_risk_fen),
                len(signals),
            ]
        )
        tally = per_manager[r.manager_id]
        tally[0] += 1
        tally[1] += r.revenue_at_risk_fen
    total = sum(int(r[-2] * 100) for r in rows)
    summary = Summary(
        heading="流失预警报表",
        figures=[
            Figure("预警客户数", len(rows)),
            Figure("风险收入合计（元/年）", yuan(total), Kind.MONEY),
            Figure("计算时间", computed, Kind.DATETIME)
            if computed
            else Figure("计算时间", "—", Kind.TEXT),
        ],
        columns=(
            Column("预警信号", width=14),
            Column("客户数", Kind.INT),
            Column("风险收入（元/年）", Kind.MONEY, 16),
        ),
        rows=[[SIGNAL_TITLE[c], fired[c], yuan(risk[c])] for c in SignalCode],
        chart=Chart("bar", "各预警信号客户数", "客户数", (1,)),
        notes=(
            "每个客户的风险收入取其已触发信号中金额最大者（各信号是同一收入的不同视角，不相加）。",
            "信号列为空表示该信号未触发；阈值见设置（docs/analytics.md）。",
            "数据为最近一次同步或编辑后计算的结果。",
        ),
    )
    return ReportContent(
        summary,
        [
            Table(
                "预警客户",
                (
                    CUSTOMER_ID,
                    col.CUSTOMER_NAME,
                    USCC,
                    col.MANAGER,
                    *(Column(SIGNAL_TITLE[c], width=36) for c in SignalCode),
                    AT_RISK,
                    Column("触发信号数", Kind.INT),
                ),
                rows,
                len(rows),
            ),
            Table(
                "按客户经理",
                (col.MANAGER, Column("预警客户数", Kind.INT), AT_RISK),
                per_manager.rows(lambda t: [t[0], yuan(t[1])], first=lambda t: -t[1]),
                len(per_manager),
            ),
        ],
    )


DEFINITION = ReportDefinition(
    name="at-risk",
    title_zh="流失预警",
    title_en="At-risk customers",
    short_zh="预警",
    description="触发流失预警信号的客户：每个信号一列（含依据数据），以及风险收入。",
    build=build,
)
