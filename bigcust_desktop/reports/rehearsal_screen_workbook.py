"""A tariff rehearsal (资费预演) as the rehearsal screen holds it, as a workbook through the one
writer: totals, the customers who gain and lose most, each customer, each line before and after.
(The command line's `rehearse` writes `reports.rehearsal_workbook` from the store's rehearsal
service; the screen is to move onto that service and this module to go.)

Depends on the report writer and definitions and the rehearsal's typed results
(`store.insights`).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from bigcust_desktop.reports.definition import Chart, Column, Figure, Kind, Summary, Table
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.writer import DocumentInfo, WorkbookWriter
from bigcust_desktop.store.services.insights import Rehearsal

TOP = 20  # customers on the summary sheet's chart


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _customer_rows(rehearsal: Rehearsal) -> Iterator[Sequence[Any]]:
    for c in rehearsal.customers:
        yield (
            c.customer.id, c.customer.name, len(c.lines), _yuan(c.before_fen), _yuan(c.after_fen),
            _yuan(c.change_fen),
        )  # fmt: skip


def _line_rows(rehearsal: Rehearsal, plans: Mapping[str, str]) -> Iterator[Sequence[Any]]:
    for c in rehearsal.customers:
        for r in c.lines:
            yield (
                c.customer.name,
                r.line.service_number,
                plans.get(r.current.product_id, r.current.product_id),
                plans.get(r.proposed.product_id, r.proposed.product_id),
                _yuan(r.before_fen),
                _yuan(r.after_fen),
                _yuan(r.change_fen),
                "是" if r.proposed.over_allowance else "",
                "是" if r.below_floor else "",
            )


def write_rehearsal(
    rehearsal: Rehearsal,
    path: Path,
    *,
    plans: Mapping[str, str],
    scope_text: str,
    proposal_text: str,
    user_name: str,
    now: dt.datetime,
    cancel: threading.Event | None = None,
) -> Path:
    """Write the workbook beside ``path`` and rename it into place (no half-written file)."""
    t = rehearsal.totals
    info = DocumentInfo(
        title="资费预演",
        subject=proposal_text,
        creator=user_name,
        keywords="资费预演",
        description=scope_text,
        created=now,
    )
    writer = WorkbookWriter(info, cancel=cancel)
    partial = path.with_name(path.name + ".part")
    try:
        ranked = sorted(rehearsal.customers, key=lambda c: c.change_fen)
        chosen = ranked[: TOP // 2] + ranked[-(TOP // 2) :] if len(ranked) > TOP else ranked
        summary = Summary(
            heading="资费预演：近三个月账单按新方案重算",
            figures=[
                Figure("用户数", t.lines),
                Figure("客户数", t.customers),
                Figure("预演前（元）", _yuan(t.before_fen), Kind.MONEY),
                Figure("预演后（元）", _yuan(t.after_fen), Kind.MONEY),
                Figure("变化（元）", _yuan(t.change_fen), Kind.MONEY),
                Figure("多付的客户", t.paying_more),
                Figure("少付的客户", t.paying_less),
                Figure("超出新套餐内含量的用户", t.lines_over_allowance),
                Figure("低于底价需审批的用户", t.lines_below_floor),
            ],
            columns=[
                Column("客户", width=28),
                Column("预演前（元）", Kind.MONEY, 14),
                Column("预演后（元）", Kind.MONEY, 14),
            ],
            rows=[(c.customer.name, _yuan(c.before_fen), _yuan(c.after_fen)) for c in chosen],
            chart=Chart("bar", "变化最大的客户", "元", (1, 2), "#,##0"),
            notes=["预演前为 BOSS 近三个月实际账单；预演后为实际账单加上新旧方案按同一算法的差额。"]
            + (["预演被中途取消，以上为已完成部分。"] if t.cancelled else []),
        )
        writer.write_summary("汇总", summary, [scope_text, proposal_text])
        writer.write_table(
            Table(
                "客户",
                [Column("客户编号", width=14), Column("客户", width=28), Column("用户数", Kind.INT),
                 Column("预演前（元）", Kind.MONEY, 14), Column("预演后（元）", Kind.MONEY, 14),
                 Column("变化（元）", Kind.MONEY, 14)],
                _customer_rows(rehearsal),
                len(rehearsal.customers),
            )
        )  # fmt: skip
        writer.write_table(
            Table(
                "用户",
                [Column("客户", width=28), Column("服务号码", width=16), Column("现套餐", width=20),
                 Column("新套餐", width=20), Column("预演前（元）", Kind.MONEY, 14),
                 Column("预演后（元）", Kind.MONEY, 14), Column("变化（元）", Kind.MONEY, 14),
                 Column("超出内含量"), Column("低于底价")],
                _line_rows(rehearsal, plans),
                sum(len(c.lines) for c in rehearsal.customers),
            )
        )  # fmt: skip
        writer.write_cover(
            "资费预演",
            [("范围", scope_text), ("方案", proposal_text), ("导出人", user_name),
             ("导出时间", f"{now.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）")],
        )  # fmt: skip
        writer.save(partial)
    except BaseException:
        writer.discard()
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return path
