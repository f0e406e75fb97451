"""A segment's customers (客户群) as a workbook through the one writer: who they are, their lines
and monthly spend, value tier and the at-risk signals that fired; audited as every export.

Depends on the store's segment service, models and analysis tables, and the export of content.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.reports import columns as col
from bigcust_desktop.reports.analysis_text import SIGNAL_TITLE
from bigcust_desktop.reports.at_risk import AT_RISK, CUSTOMER_ID, USCC
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
from bigcust_desktop.reports.labels import INDUSTRY, VALUE_TIER, label
from bigcust_desktop.reports.scope import Staff
from bigcust_desktop.reports.sql import yuan
from bigcust_desktop.store.analysis.codec import decode_signals
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import AtRiskCustomer, CustomerLineSummary
from bigcust_desktop.store.queries.book import Book

REPORT = "segment"
COLUMNS = (
    CUSTOMER_ID,
    col.CUSTOMER_NAME,
    USCC,
    col.MANAGER,
    col.INDUSTRY,
    col.VALUE_TIER,
    col.CITY,
    Column("号码数", Kind.INT),
    Column("月消费（元）", Kind.MONEY, 14),
    Column("预警信号", width=30),
    AT_RISK,
)


def _rows(store: Store, ids: list[str]) -> Iterator[list[Any]]:
    with store.begin() as conn:
        staff = Staff.load(conn)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            stmt = (
                select(
                    Customer.id,
                    Customer.name,
                    Customer.uscc,
                    Customer.manager_id,
                    Customer.industry,
                    Customer.value_tier,
                    Customer.city,
                    CustomerLineSummary.lines,
                    CustomerLineSummary.active_monthly_fen,
                    AtRiskCustomer.signals,
                    AtRiskCustomer.revenue_at_risk_fen,
                )
                .outerjoin(CustomerLineSummary, CustomerLineSummary.customer_id == Customer.id)
                .outerjoin(AtRiskCustomer, AtRiskCustomer.customer_id == Customer.id)
                .where(Customer.id.in_(chunk))
                .order_by(Customer.id)
            )
            for r in conn.execute(stmt):
                fired = [s.code for s in decode_signals(r[9])] if r[9] else []
                yield [
                    r[0],
                    r[1],
                    r[2],
                    staff.name(r[3]),
                    label(INDUSTRY, r[4]),
                    label(VALUE_TIER, r[5]),
                    r[6],
                    r[7] or 0,
                    yuan(r[8] or 0),
                    "、".join(SIGNAL_TITLE[SignalCode(c)] for c in fired),
                    yuan(r[10] or 0),
                ]


def export_segment(
    store: Store, user: UserProfile | None, segment_id: str, out_path: Path
) -> ExportedFile:
    """Write the customers of the user's book that the saved segment selects (raises
    `LookupError` for a segment not cached; `ReportOutputError` when the file cannot be written).
    """
    segment = store.segments.get(segment_id)
    if segment is None:
        raise LookupError(segment_id)
    ids = store.segments.customers(segment_id, Book.of(user))
    content = ReportContent(
        Summary(
            heading=f"客户群：{segment['name']}",
            figures=[Figure("客户数", len(ids))],
            columns=(Column("项目", width=12), Column("客户数", Kind.INT)),
            rows=[["客户群", len(ids)]],
            chart=Chart("bar", "客户数", "客户数", (1,)),
            notes=("按导出时的缓存数据和最近一次分析结果筛选，仅含本人可见的客户。",),
        ),
        [Table("客户", COLUMNS, _rows(store, ids), len(ids))],
    )
    return export_content(
        store,
        user,
        out_path,
        report=REPORT,
        title=content.summary.heading,
        short="客户群",
        content=content,
        scope_label=segment["name"],
        scope={"segment_id": segment_id, "customers": len(ids)},
        personal_data=False,
    )
