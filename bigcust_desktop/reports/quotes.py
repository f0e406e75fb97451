"""Quotes report (报价单): quotes by status, discount depth (优惠幅度), those waiting for approval.

Discount depth is how far a quote's total lies below its lines' list prices over the term
(domain `pricing.discount_depth`). The period filters the creation time. Depends on the store's
models.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, case, func, select

from bigcust_desktop.domain.pricing import (
    NO_AMOUNT,
    ChargeKind,
    QuoteStatus,
    QuoteVat,
    VatAmounts,
    discount_depth,
    wire_quote_vat,
)
from bigcust_desktop.reports import columns as col
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
from bigcust_desktop.reports.labels import QUOTE_STATUS, label, quote_number
from bigcust_desktop.reports.period import local_date
from bigcust_desktop.reports.sql import fen, in_instants, yuan
from bigcust_desktop.reports.stats import band_of
from bigcust_desktop.store.models import Customer, Product, Quote, QuoteLine

_VAT_BATCH = 500  # quotes whose lines are read at a time for their VAT
# Upper bound (percent) of each discount-depth band; the last is open-ended.
DEPTH_BANDS: tuple[tuple[str, Decimal | None], ...] = (
    ("无折扣", Decimal(0)),
    ("0–5%", Decimal(5)),
    ("5–10%", Decimal(10)),
    ("10–15%", Decimal(15)),
    ("15–20%", Decimal(20)),
    ("20%以上", None),
)


def _depth(list_fen: int | None, net_fen: int | None) -> Decimal | None:
    """How far the net total lies below the list total, as a ratio; None with no list price."""
    if not list_fen:
        return None
    return discount_depth(yuan(list_fen), yuan(net_fen)) / 100


def _number(r: Any) -> str:
    """报价单号: the readable number and version, or the draft label (never the raw id)."""
    return quote_number(r.id, r.number, r.revision_no)


@dataclass
class _Sums:
    count: int = 0
    list_fen: int = 0
    net_fen: int = 0

    def add(self, list_fen: int, net_fen: int) -> None:
        self.count += 1
        self.list_fen += list_fen
        self.net_fen += net_fen

    @property
    def depth(self) -> Decimal | None:
        return _depth(self.list_fen, self.net_fen)


def _quotes(ctx: ReportContext) -> Select[Any]:
    """One row per quote with its list-price total over the term and lines below the floor
    (join `Customer`: read it through `ctx.stream`, which limits it to the scope)."""
    once = func.coalesce(QuoteLine.charge_type, Product.charge_type) == ChargeKind.ONE_TIME.value
    list_line = fen(QuoteLine.unit_price) * QuoteLine.quantity
    lines = (
        select(
            QuoteLine.quote_id,
            func.sum(case((once, 0), else_=list_line)).label("list_month"),
            func.sum(case((once, list_line), else_=0)).label("list_once"),
            func.sum(
                case((fen(QuoteLine.net_unit_price) < fen(Product.floor_price), 1), else_=0)
            ).label("below_floor"),
        )
        .outerjoin(Product, Product.id == QuoteLine.product_id)
        .group_by(QuoteLine.quote_id)
        .subquery()
    )
    return (
        select(
            Quote.id,
            Customer.name,
            Quote.owner_id,
            Quote.title,
            Quote.status,
            Quote.term_months,
            (
                func.coalesce(lines.c.list_month, 0) * Quote.term_months
                + func.coalesce(lines.c.list_once, 0)
            ).label("list_fen"),
            fen(Quote.total).label("net_fen"),
            func.coalesce(lines.c.below_floor, 0).label("below_floor"),
            Quote.created_at,
            Quote.valid_until,
            Quote.approved_by,
            Quote.notes,
            Quote.number,
            Quote.revision_no,
        )
        .join(Customer, Customer.id == Quote.customer_id)
        .outerjoin(lines, lines.c.quote_id == Quote.id)
        .where(*in_instants(Quote.created_at, ctx.period))
        .order_by(Quote.created_at, Quote.id)
    )


def _with_vat(ctx: ReportContext, rows: Iterable[Any]) -> Iterator[tuple[Any, QuoteVat]]:
    """Each quote row with its VAT figures, by the one rule the editor and the customer's copy
    use (`pricing.wire_quote_vat`), its lines read a batch of quotes at a time."""
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _VAT_BATCH:
            yield from _vat_batch(ctx, batch)
            batch = []
    yield from _vat_batch(ctx, batch)


def _vat_batch(ctx: ReportContext, batch: list[Any]) -> Iterator[tuple[Any, QuoteVat]]:
    if not batch:
        return
    stmt = (
        select(
            QuoteLine.quote_id,
            QuoteLine.product_id,
            QuoteLine.line_total,
            QuoteLine.charge_type,
            QuoteLine.vat_category,
            Product.charge_type.label("product_charge"),
            Product.vat_category.label("product_vat"),
        )
        .outerjoin(Product, Product.id == QuoteLine.product_id)
        .where(QuoteLine.quote_id.in_([r.id for r in batch]))
        .order_by(QuoteLine.quote_id, QuoteLine.position)
    )
    lines: dict[str, list[dict[str, Any]]] = {}
    products: dict[str, dict[str, Any]] = {}
    for line in ctx.conn.execute(stmt):
        lines.setdefault(line.quote_id, []).append(
            {
                "product_id": line.product_id,
                "line_total": line.line_total,
                "charge_type": line.charge_type,
                "vat_category": line.vat_category,
            }
        )
        products[line.product_id] = {
            "charge_type": line.product_charge,
            "vat_category": line.product_vat,
        }
    for row in batch:
        yield row, wire_quote_vat(lines.get(row.id, ()), products)


DETAIL_COLUMNS = (
    Column("报价单号", width=14),
    Column("客户名称", width=30),
    col.OWNER,
    Column("报价单名称", width=30),
    Column("状态", width=9),
    Column("期限（月）", Kind.INT, 9),
    Column("目录价金额（元）", Kind.MONEY, 16),
    Column("报价金额（元）", Kind.MONEY, 16),
    Column("月租费用（含税）", Kind.MONEY, 16),
    Column("一次性费用（含税）", Kind.MONEY, 16),
    Column("不含税金额（元）", Kind.MONEY, 16),
    Column("税额（元）", Kind.MONEY, 14),
    Column("优惠幅度", Kind.PERCENT, 10),
    Column("低于底价行数", Kind.INT, 12),
    col.CREATED_AT,
    Column("有效期至", Kind.DATE, 12),
    Column("审批人", width=10),
    Column("备注", width=36),
)


def _detail_rows(ctx: ReportContext) -> Iterator[list[Any]]:
    name = ctx.staff.name
    for r, vat in _with_vat(ctx, ctx.stream(_quotes(ctx))):
        yield [
            _number(r),
            r.name,
            name(r.owner_id),
            r.title,
            label(QUOTE_STATUS, r.status),
            r.term_months,
            yuan(r.list_fen),
            yuan(r.net_fen),
            vat.monthly.gross,
            vat.one_time.gross,
            vat.total.net,
            vat.total.tax,
            _depth(r.list_fen, r.net_fen),
            r.below_floor,
            r.created_at,
            r.valid_until,
            name(r.approved_by),
            r.notes,
        ]


@dataclass
class _Quotes:
    """The period's quotes summed per status and per discount-depth band, and those waiting."""

    statuses: dict[str, _Sums] = field(
        default_factory=lambda: {s.value: _Sums() for s in QuoteStatus}
    )
    bands: list[_Sums] = field(default_factory=lambda: [_Sums() for _ in DEPTH_BANDS])
    overall: _Sums = field(default_factory=_Sums)
    monthly: VatAmounts = NO_AMOUNT  # the monthly fees over the terms
    one_time: VatAmounts = NO_AMOUNT
    total: VatAmounts = NO_AMOUNT
    pending_rows: list[list[Any]] = field(default_factory=list)


def _tallied(ctx: ReportContext) -> _Quotes:
    tally = _Quotes()
    for r, vat in _with_vat(ctx, ctx.stream(_quotes(ctx))):
        tally.monthly += vat.monthly
        tally.one_time += vat.one_time
        tally.total += vat.total
        list_fen, net_fen = int(r.list_fen or 0), int(r.net_fen or 0)
        tally.statuses.setdefault(r.status, _Sums()).add(list_fen, net_fen)
        tally.overall.add(list_fen, net_fen)
        depth = _depth(list_fen, net_fen)
        if depth is not None:
            tally.bands[band_of(DEPTH_BANDS, depth * 100)].add(list_fen, net_fen)
        if r.status == QuoteStatus.PENDING_APPROVAL:
            tally.pending_rows.append(
                [
                    _number(r),
                    r.name,
                    ctx.staff.name(r.owner_id),
                    r.title,
                    yuan(net_fen),
                    yuan(list_fen),
                    depth,
                    r.below_floor,
                    r.created_at,
                    r.valid_until,
                    (ctx.today - local_date(r.created_at)).days,
                ]
            )
    return tally


def _summary(tally: _Quotes) -> Summary:
    """The summary sheet: key figures and the statuses (the chart's data)."""
    statuses, overall, total = tally.statuses, tally.overall, tally.total
    pending = statuses[QuoteStatus.PENDING_APPROVAL]
    return Summary(
        heading="报价单报表",
        figures=[
            Figure("报价单数", overall.count),
            Figure("报价金额合计（元）", yuan(overall.net_fen), Kind.MONEY),
            Figure("其中月租费用（含税）", tally.monthly.gross, Kind.MONEY),
            Figure("其中一次性费用（含税）", tally.one_time.gross, Kind.MONEY),
            Figure("不含税金额合计（元）", total.net, Kind.MONEY),
            Figure("税额合计（元）", total.tax, Kind.MONEY),
            Figure("目录价金额合计（元）", yuan(overall.list_fen), Kind.MONEY),
            Figure("整体优惠幅度", overall.depth, Kind.PERCENT),
            Figure("待审批报价单数", pending.count),
            Figure("待审批金额（元）", yuan(pending.net_fen), Kind.MONEY),
        ],
        columns=(
            Column("状态", width=12),
            Column("报价单数", Kind.INT),
            Column("报价金额（元）", Kind.MONEY, 16),
            Column("目录价金额（元）", Kind.MONEY, 16),
            Column("优惠幅度", Kind.PERCENT),
        ),
        rows=[
            [label(QUOTE_STATUS, code), s.count, yuan(s.net_fen), yuan(s.list_fen), s.depth]
            for code, s in statuses.items()
        ],
        chart=Chart("bar", "各状态报价金额", "金额（元）", (2, 3), "#,##0"),
        notes=(
            "目录价金额 = Σ 目录单价 × 数量 × 期限（月），一次性费用只计一次；报价金额为报价单合计"
            "（含税）。",
            "不含税金额 = 含税金额 ÷（1 + 税率），逐行四舍五入到分，税额 = 含税 − 不含税；"
            "合计为各行之和。税率：基础电信 9%，增值电信 6%，货物 13%。",
            "优惠幅度 = 1 − 报价金额 ÷ 目录价金额；汇总行按金额加权。",
            "期间按报价单创建时间（北京时间）筛选。",
        ),
    )


def _sheets(ctx: ReportContext, tally: _Quotes) -> list[Table]:
    """The detail sheets: discount-depth bands, quotes waiting for approval, every quote."""
    bands, pending_rows = tally.bands, tally.pending_rows
    band_rows = [
        [name, s.count, yuan(s.list_fen), yuan(s.net_fen), s.depth]
        for (name, _), s in zip(DEPTH_BANDS, bands, strict=True)
    ]
    pending_columns = (
        Column("报价单号", width=14),
        Column("客户名称", width=30),
        col.OWNER,
        Column("报价单名称", width=30),
        Column("报价金额（元）", Kind.MONEY, 16),
        Column("目录价金额（元）", Kind.MONEY, 16),
        Column("优惠幅度", Kind.PERCENT, 10),
        Column("低于底价行数", Kind.INT, 12),
        col.CREATED_AT,
        Column("有效期至", Kind.DATE, 12),
        Column("已等待天数", Kind.INT, 10),
    )
    band_columns = (
        Column("优惠幅度", width=12),
        Column("报价单数", Kind.INT),
        Column("目录价金额（元）", Kind.MONEY, 16),
        Column("报价金额（元）", Kind.MONEY, 16),
        Column("平均优惠幅度", Kind.PERCENT, 12),
    )
    return [
        Table("优惠幅度", band_columns, band_rows, len(band_rows)),
        Table("待审批", pending_columns, pending_rows, len(pending_rows)),
        Table("明细", DETAIL_COLUMNS, _detail_rows(ctx), tally.overall.count),
    ]


def build(ctx: ReportContext) -> ReportContent:
    tally = _tallied(ctx)
    return ReportContent(_summary(tally), _sheets(ctx, tally))


DEFINITION = ReportDefinition(
    name="quotes",
    title_zh="报价单",
    title_en="Quotes",
    short_zh="报价",
    description="报价单按状态汇总，含优惠幅度分布和待审批报价单。",
    build=build,
)
