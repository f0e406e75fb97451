"""The customer-facing quote (报价单) as one styled Excel sheet, ready to print or send.

Prints only what the customer may see (no floor prices, no approval notes or reasons, no internal
备注), named by the quote's readable number. Written beside its target and renamed into place,
and recorded in the audit log. Depends on openpyxl, the store and the domain's quote rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.pricing import ChargeKind, QuoteCharge, VatAmounts, wire_quote_vat
from bigcust_desktop.domain.quote_versions import quote_ref
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.domain.vocab_city import AuditAction
from bigcust_desktop.reports.audit import record_export
from bigcust_desktop.reports.cells import needs_guard
from bigcust_desktop.reports.errors import ReportUsageError
from bigcust_desktop.reports.files import check_output, discard, output_error, publish, temp_beside
from bigcust_desktop.reports.labels import quote_number
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.rmb import rmb_upper
from bigcust_desktop.reports.text import clean_text, file_stem, one_line
from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.quotes import full_names, product_names, quote_party

AUDIT_ACTION = "export"
# A quote is binding only once approved; earlier ones carry this mark on the page.
_FORMAL = frozenset({"approved", "sent", "accepted"})
_DRAFT_MARK = "（草稿，未经审批，仅供参考）"
_HEADERS = (
    "序号",
    "产品名称",
    "单位",
    "数量",
    "标准资费（元）",
    "优惠幅度",
    "优惠后单价（元）",
    "计费期数（月/次）",
    "含税金额（元）",
    "税率",
    "不含税金额（元）",
    "税额（元）",
)
_COLS = "ABCDEFGHIJKL"
_LAST = _COLS[-1]
_WIDTHS = (6, 30, 7, 8, 14, 9, 15, 10, 16, 7, 16, 14)
_SECTION_FILL = PatternFill("solid", fgColor="DDEBF7")
_MONEY = "#,##0.00"
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="1F4E78")


def _put(ws: Worksheet, ref: str, value: Any, **style: Any) -> Cell:
    """Write a value; text that Excel could run as a formula is stored as quoted text."""
    cell = ws[ref]
    if isinstance(value, str):
        value = clean_text(value)
        if needs_guard(value):
            cell.value = value
            cell.data_type = "s"
            cell.quotePrefix = True
        else:
            cell.value = value
    else:
        cell.value = value
    for name, item in style.items():
        setattr(cell, name, item)
    return cell


def document_number(quote: Mapping[str, Any]) -> str:
    """报价编号 as the customer reads it: the readable number and version, or a draft label until
    the server numbers the quote (never the raw id)."""
    ref = quote_ref(quote)
    return quote_number(str(quote["id"]), ref.number, ref.revision_no)


def default_quote_file_name(customer_name: str, title: str, at: dt.datetime) -> str:
    """``报价单-通禾物流-20261127.xlsx``: who and when, without characters a file name refuses."""
    stem = file_stem(customer_name or title, max_bytes=120)
    return f"报价单-{stem}-{at.astimezone(BEIJING):%Y%m%d}.xlsx"


def _load(store: Store, quote_id: str) -> tuple[dict[str, Any], Any, dict[str, dict], dict]:
    with store.begin() as conn:
        quote = read_wire(conn, "quote", quote_id)
        if quote is None:
            raise ReportUsageError(
                "quote.not_found", f"The quote {quote_id} is not in the cache.", {"id": quote_id}
            )
        party = quote_party(conn, quote["customer_id"], quote["owner_id"])
        products = product_names(conn, (line["product_id"] for line in quote["lines"]))
        wanted = {line.get("customer_id") or quote["customer_id"] for line in quote["lines"]}
        branches = full_names(conn, wanted)  # the copy names each branch in full
    return quote, party, products, branches


def _heading_row(ws: Worksheet, row: int) -> None:
    for col, text in enumerate(_HEADERS):
        _put(
            ws,
            f"{_COLS[col]}{row}",
            text,
            font=Font(bold=True, color="FFFFFF"),
            fill=_HEAD_FILL,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
            border=_BOX,
        )
    ws.row_dimensions[row].height = 32


def _section_row(ws: Worksheet, row: int, text: str) -> None:
    _put(ws, f"A{row}", text, font=Font(bold=True), fill=_SECTION_FILL, border=_BOX)
    ws.merge_cells(f"A{row}:{_LAST}{row}")


def _money_row(ws: Worksheet, row: int, text: str, amounts: VatAmounts, *, bold: bool) -> None:
    """A totals row: its label, then 含税 (I), 不含税 (K) and 税额 (L)."""
    font = Font(bold=bold)
    _put(ws, f"A{row}", text, font=font, border=_BOX)
    ws.merge_cells(f"A{row}:H{row}")
    for col, value in (("I", amounts.gross), ("K", amounts.net), ("L", amounts.tax)):
        _put(ws, f"{col}{row}", value, font=font, border=_BOX, number_format=_MONEY)
    _put(ws, f"J{row}", "", border=_BOX)


def _line_rows(
    ws: Worksheet,
    row: int,
    quote: Mapping[str, Any],
    products: Mapping[str, Mapping[str, Any]],
    branches: Mapping[str, str],
    numbered: list[tuple[Mapping[str, Any], QuoteCharge, VatAmounts]],
) -> int:
    """The lines of one section, grouped by the branch they are for (one quote across a group's
    branches); returns the last row written."""
    own = quote["customer_id"]
    groups: dict[str, list[tuple[Mapping[str, Any], QuoteCharge, VatAmounts]]] = {}
    for item in numbered:
        groups.setdefault(item[0].get("customer_id") or own, []).append(item)
    several = len(groups) > 1 or own not in groups
    for customer_id, items in groups.items():
        if several:
            row += 1
            name = branches.get(customer_id, customer_id)
            _put(ws, f"A{row}", f"使用单位：{name}", font=Font(italic=True), border=_BOX)
            ws.merge_cells(f"A{row}:{_LAST}{row}")
        for line, charge, amounts in items:
            row += 1
            facts = products.get(line["product_id"], {})
            times = 1 if charge.kind is ChargeKind.ONE_TIME else quote["term_months"]
            values: tuple[tuple[str, Any, str | None], ...] = (
                ("A", line["_no"], None),
                ("B", facts.get("name", line["product_id"]), None),
                ("C", facts.get("unit", ""), None),
                ("D", line["quantity"], "#,##0"),
                ("E", Decimal(line["unit_price"]), _MONEY),
                ("F", Decimal(line["discount_pct"]) / 100, "0.00%"),
                ("G", Decimal(line["net_unit_price"]), _MONEY),
                ("H", times, "0"),
                ("I", amounts.gross, _MONEY),
                ("J", charge.rate, "0%"),
                ("K", amounts.net, _MONEY),
                ("L", amounts.tax, _MONEY),
            )
            for col, value, fmt in values:
                cell = _put(ws, f"{col}{row}", value, border=_BOX)
                if fmt:
                    cell.number_format = fmt
    return row


def _build(
    quote: Mapping[str, Any],
    party: Any,
    products: Mapping[str, Mapping[str, Any]],
    branches: Mapping[str, str] | None = None,
) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    bold = Font(bold=True)
    for index, width in enumerate(_WIDTHS):
        ws.column_dimensions[_COLS[index]].width = width
    ws.merge_cells(f"A1:{_LAST}1")
    heading = "集团客户业务报价单"
    if quote["status"] not in _FORMAL:
        heading += _DRAFT_MARK
    _put(ws, "A1", heading, font=Font(bold=True, size=16), alignment=Alignment(horizontal="center"))
    ws.row_dimensions[1].height = 30
    created = parse_instant(quote["created_at"]).astimezone(BEIJING)
    facts = (
        ("客户名称", party.customer_name, "报价编号", document_number(quote)),
        ("统一社会信用代码", party.customer_uscc, "报价日期", created.strftime("%Y-%m-%d")),
        ("客户地址", party.customer_address, "有效期至", quote["valid_until"]),
        ("客户经理", party.owner_name, "联系电话", party.owner_mobile),
        ("报价事项", quote["title"], "合同期限", f"{quote['term_months']} 个月"),
    )
    row = 3
    for left_label, left, right_label, right in facts:
        _put(ws, f"A{row}", left_label, font=bold)
        ws.merge_cells(f"A{row}:B{row}")
        _put(ws, f"C{row}", left)
        ws.merge_cells(f"C{row}:G{row}")
        _put(ws, f"H{row}", right_label, font=bold)
        _put(ws, f"I{row}", right)
        ws.merge_cells(f"I{row}:{_LAST}{row}")
        row += 1
    row += 1
    header_row = row
    _heading_row(ws, row)
    # The one VAT rule (`pricing.wire_quote_vat`): the same fen as the editor and the report.
    vat = wire_quote_vat(quote["lines"], products)
    numbered = [
        ({**line, "_no": n}, charge, amounts)
        for n, (line, (charge, amounts)) in enumerate(
            zip(quote["lines"], vat.lines, strict=True), start=1
        )
    ]
    term = quote["term_months"]
    monthly_title = f"一、月租费用（按合同期 {term} 个月计费）"
    once_title = "二、一次性费用（安装调测、设备，只收取一次）"
    sections = (
        (ChargeKind.MONTHLY, monthly_title, "月租费用小计", vat.monthly),
        (ChargeKind.ONE_TIME, once_title, "一次性费用小计", vat.one_time),
    )
    for kind, title, subtotal, amounts in sections:
        items = [item for item in numbered if item[1].kind is kind]
        if not items:
            continue
        row += 1
        _section_row(ws, row, title)
        row = _line_rows(ws, row, quote, products, branches or {}, items)
        row += 1
        _money_row(ws, row, subtotal, amounts, bold=False)
    for rate, amounts in sorted(vat.by_rate.items(), reverse=True):
        row += 1
        _money_row(ws, row, f"其中税率 {int(rate * 100)}% 部分", amounts, bold=False)
    row += 1
    _money_row(ws, row, "合计（元）", vat.total, bold=True)
    total = vat.total.gross
    row += 1
    _put(ws, f"A{row}", "人民币（大写）", font=bold, border=_BOX)
    ws.merge_cells(f"A{row}:B{row}")
    _put(ws, f"C{row}", rmb_upper(total), font=bold, border=_BOX)
    ws.merge_cells(f"C{row}:{_LAST}{row}")
    row += 2
    # The quote's 备注 and 申请理由 are internal (issue 11): never printed on the customer's copy.
    notes = [
        "1. 以上价格均为含税价。增值税税率：基础电信服务 9%，增值电信服务 6%，货物销售 13%；"
        "不含税金额与税额按每一行分别计算，合计为各行之和。",
        f"2. 月租费用按合同期 {term} 个月计算；一次性费用（安装调测、设备）只收取一次。",
        f"3. 本报价有效期至 {quote['valid_until']}，逾期请与客户经理重新确认。",
    ]
    for text in notes:
        _put(ws, f"A{row}", text, alignment=Alignment(wrap_text=True, vertical="top"))
        ws.merge_cells(f"A{row}:{_LAST}{row}")
        ws.row_dimensions[row].height = 30
        row += 1
    row += 1
    _put(ws, f"A{row}", "客户确认（签章）：", font=bold)
    _put(ws, f"H{row}", "日期：", font=bold)
    ws.freeze_panes = None
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.oddFooter.center.text = "第 &P 页 / 共 &N 页"
    wb.properties.title = one_line(f"报价单：{quote['title']}")
    wb.properties.creator = one_line(party.owner_name or "")
    return wb


def export_quote(
    store: Store,
    quote_id: str,
    out_path: Path,
    user: UserProfile | None,
    *,
    now: dt.datetime | None = None,
) -> Path:
    """Write the quote's customer-facing workbook to ``out_path`` and record it in the audit log.

    Raises `ReportUsageError` (unknown quote, wrong suffix) and `ReportOutputError` (cannot
    write); a failure leaves no file behind.
    """
    final = check_output(Path(out_path))
    quote, party, products, branches = _load(store, quote_id)
    wb = _build(quote, party, products, branches)
    temp = temp_beside(final)
    try:
        try:
            wb.save(temp)
        except OSError as exc:
            raise output_error(final, exc) from exc
        with store.begin(write=True) as conn:
            record_export(
                conn,
                user,
                report="quote",
                scope={"quote_id": quote_id, "customer_id": quote["customer_id"]},
                rows=len(quote["lines"]),
                file_name=final.name,
                action=AuditAction.CUSTOMER_COPY,
                details={
                    "document": "quote",
                    "quote_id": quote_id,
                    "status": quote["status"],
                    "file": final.name,
                    "folder": str(final.parent),
                },
                now=now,
            )
            publish([(temp, final)])
    except BaseException:
        discard([temp])
        raise
    return final
