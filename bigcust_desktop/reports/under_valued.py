"""Under-valued customers report (价值被低估客户): modest average spend, but high loyalty, share
or growth, or many members paying privately — with the reasons.

Reads the materialised list (`under_valued_customer`) within the report's scope. Depends on the
store's models, the analysis codec and the reports' text helpers.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.analysis_text import FIGURE_LABEL, figures_text
from bigcust_desktop.reports.at_risk import CUSTOMER_ID, USCC
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
from bigcust_desktop.store.analysis.codec import decode_figures
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import UnderValuedCustomer


def build(ctx: ReportContext) -> ReportContent:
    u = UnderValuedCustomer
    stmt = (
        select(
            u.customer_id,
            Customer.name,
            Customer.uscc,
            Customer.manager_id,
            Customer.value_tier,
            u.spend_factor,
            u.reasons,
            u.group_paid_lines,
            u.member_paid_lines,
        )
        .join(Customer, Customer.id == u.customer_id)
        .order_by(u.member_paid_lines.desc(), u.customer_id)
    )
    rows, why = [], Counter[str]()
    for r in ctx.rows(stmt):
        reasons = decode_figures(r.reasons)
        why.update(f.name for f in reasons if f.name != "spend")
        rows.append(
            [
                r.customer_id,
                r.name,
                r.uscc,
                ctx.staff.name(r.manager_id),
                label(VALUE_TIER, r.value_tier),
                r.spend_factor,
                figures_text(f for f in reasons if f.name != "spend"),
                r.group_paid_lines,
                r.member_paid_lines,
            ]
        )
    reasons_order = ("tenure", "share", "growth", "member_paid_lines")
    summary = Summary(
        heading="价值被低估客户报表",
        figures=[Figure("客户数", len(rows))],
        columns=(Column("原因", width=14), Column("客户数", Kind.INT)),
        rows=[[FIGURE_LABEL.get(n, n), why[n]] for n in reasons_order],
        chart=Chart("bar", "被低估原因", "客户数", (1,)),
        notes=(
            "消费得分不高于阈值（默认50），但在网、份额或增长得分不低于阈值（默认70），"
            "或私用号码多且占比高的客户。",
            "得分为省公司价值评分的因子（0–100）。",
        ),
    )
    return ReportContent(
        summary,
        [
            Table(
                "被低估客户",
                (
                    CUSTOMER_ID,
                    col.CUSTOMER_NAME,
                    USCC,
                    col.MANAGER,
                    col.VALUE_TIER,
                    Column("消费得分", width=10),
                    Column("被低估原因", width=40),
                    Column("公用号码数", Kind.INT),
                    Column("私用号码数", Kind.INT),
                ),
                rows,
                len(rows),
            )
        ],
    )


DEFINITION = ReportDefinition(
    name="under-valued",
    title_zh="价值被低估客户",
    title_en="Under-valued customers",
    short_zh="低估",
    description="月均消费不高但忠诚度、份额或增长高，或私用号码多的客户，及其原因。",
    build=build,
)
