"""The workbook of a tariff rehearsal (资费预演): totals, customers who gain and lose, and every
line before and after (streamed from a second pass: a whole book never sits in memory).

Depends on the store's rehearsal service, the report definitions and the export of content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bigcust_desktop.domain.analytics.rehearsal import LineResult, rehearse_customer
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.content_export import export_content
from bigcust_desktop.reports.definition import (
    Chart,
    Column,
    Figure,
    Kind,
    ReportContent,
    Summary,
    Table,
)
from bigcust_desktop.reports.export import ExportedFile
from bigcust_desktop.reports.sql import yuan
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.rehearsal import subscriber_usage, tariffs
from bigcust_desktop.store.services.rehearsals import RehearsalRun

REPORT = "rehearsal"
MONEY = Kind.MONEY
LINE_COLUMNS = (
    Column("客户编号", width=14),
    col.CUSTOMER_NAME,
    Column("号码", width=14),
    Column("现资费", width=12),
    Column("新资费", width=12),
    Column("近三月实收（元）", MONEY, 15),
    Column("预演三月（元）", MONEY, 15),
    Column("增减（元）", MONEY, 13),
    Column("新月费（元）", MONEY, 12),
    Column("折扣（元/月）", MONEY, 12),
    Column("超套分钟", Kind.INT, 10),
    Column("超套流量（GB）", Kind.DECIMAL, 12),
    Column("新超套费（元/月）", MONEY, 14),
    Column("现方案月账单（元）", MONEY, 15),
    Column("新方案月账单（元）", MONEY, 15),
    Column("超出新套餐", width=10),
    Column("低于底价", width=10),
    Column("合约期不足", width=10),
    Column("合约到期", Kind.DATE, 12),
)
CUSTOMER_COLUMNS = (
    Column("客户编号", width=14),
    col.CUSTOMER_NAME,
    Column("号码数", Kind.INT),
    Column("近三月实收（元）", MONEY, 15),
    Column("预演三月（元）", MONEY, 15),
    Column("增减（元）", MONEY, 13),
    Column("增减", width=8),
)
YES = {True: "是", False: ""}


def _line_row(r: LineResult, name: str) -> list[Any]:
    p = r.proposed
    return [
        r.line.customer_id,
        name,
        r.line.service_number,
        r.current.product_id,
        p.product_id,
        yuan(r.before_fen),
        yuan(r.after_fen),
        yuan(r.change_fen),
        yuan(p.fee_fen),
        yuan(p.discount_fen),
        p.over_minutes,
        Decimal(p.over_data_cgb) / 100,
        yuan(p.minutes_fen + p.data_fen + p.sms_fen),
        yuan(r.current.total_fen),
        yuan(p.total_fen),
        YES[p.over_allowance],
        YES[r.below_floor],
        YES[r.term_short],
        r.line.contract_end,
    ]


def rehearsal_content(
    run: RehearsalRun, names: dict[str, str], lines: Callable[[], Iterator[list[Any]]]
) -> ReportContent:
    t = run.totals
    changed = sorted(run.customers, key=lambda c: (-abs(c.change_fen), c.customer_id))
    customer_rows = [
        [
            c.customer_id,
            names.get(c.customer_id, ""),
            c.lines,
            yuan(c.before_fen),
            yuan(c.after_fen),
            yuan(c.change_fen),
            "增加" if c.change_fen > 0 else "减少" if c.change_fen < 0 else "不变",
        ]
        for c in changed
    ]
    summary = Summary(
        heading=f"资费预演：{run.proposal.name}" if run.proposal.name else "资费预演",
        figures=[
            Figure("号码数", t.lines),
            Figure("客户数", t.customers),
            Figure("近三月实收（元）", yuan(t.before_fen), MONEY),
            Figure("预演三月（元）", yuan(t.after_fen), MONEY),
            Figure("收入增减（元）", yuan(t.change_fen), MONEY),
            Figure("付费增加的客户", t.paying_more),
            Figure("付费减少的客户", t.paying_less),
            Figure("超出新套餐的号码", t.lines_over_allowance),
            Figure("低于底价的号码", t.lines_below_floor),
            Figure("合约期不足的号码", t.lines_term_short),
        ],
        columns=(Column("项目", width=14), Column("金额（元）", MONEY, 16)),
        rows=[
            ["近三月实收", yuan(t.before_fen)],
            ["预演三月", yuan(t.after_fen)],
        ],
        chart=Chart("bar", "预演前后三个月收入", "金额（元）", (1,)),
        notes=(
            "近三月实收 = 3 × 近三月平均出账（ARPU），含增值业务、协议价与退费。",
            "预演三月 = 近三月实收 + 3 × （新方案月账单 − 现方案月账单），两者按同一算法测算。",
            "超套按近三月平均用量计算，月度波动未计入。",
            "现方案/新方案月账单为按资费目录测算的一个月（月费 − 折扣 + 超套费），不含增值业务。",
        ),
    )
    return ReportContent(
        summary,
        [
            Table("客户增减", CUSTOMER_COLUMNS, customer_rows, len(customer_rows)),
            Table("逐号码", LINE_COLUMNS, lines(), t.lines),
        ],
    )


def _line_rows(
    store: Store, run: RehearsalRun, scope: CustomerScope, names: dict[str, str]
) -> Iterator[list[Any]]:
    """Every line of the run again, one customer at a time, in its own read transaction."""
    with store.begin() as conn:
        catalogue = tariffs(conn)
        for lines in subscriber_usage(conn, scope, run.proposal.applies_to):
            for r in rehearse_customer(lines, catalogue, run.proposal):
                yield _line_row(r, names.get(r.line.customer_id, ""))


def export_rehearsal(
    store: Store,
    user: UserProfile | None,
    run: RehearsalRun,
    out_path: Path,
    *,
    scope_label: str,
) -> ExportedFile:
    """Write ``run`` as a workbook: the line sheet is a second pass over its scope, streamed,
    since the first kept only per-customer figures."""
    ids = [c.customer_id for c in run.customers]
    names: dict[str, str] = {}
    with store.begin() as conn:
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            stmt = select(Customer.id, Customer.name).where(Customer.id.in_(chunk))
            names.update({r[0]: r[1] for r in conn.execute(stmt)})
    scope = run.customer_scope
    content = rehearsal_content(run, names, lambda: _line_rows(store, run, scope, names))
    return export_content(
        store,
        user,
        out_path,
        report=REPORT,
        title=content.summary.heading,
        short="预演",
        content=content,
        scope_label=scope_label,
        scope={**run.scope, "proposal": run.proposal.name},
    )
