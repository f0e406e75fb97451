"""The customer-facing quote (报价单) as one styled Excel sheet, ready to print or send.

Prints only what the customer may see (no floor prices, no approval notes). Written beside its
target and renamed into place, and recorded in the audit log. Depends on openpyxl and the store.
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
from bigcust_desktop.domain.timefmt import parse_instant
from bigcust_desktop.domain.vocab_city import AuditAction
from bigcust_desktop.reports.audit import record_export
from bigcust_desktop.reports.cells import needs_guard
from bigcust_desktop.reports.errors import ReportUsageError
from bigcust_desktop.reports.files import check_output, discard, output_error, publish, temp_beside
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.text import clean_text, file_stem, one_line
from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.quotes import product_names, quote_party

AUDIT_ACTION = "export"
# A quote is binding only once approved; earlier ones carry this mark on the page.
_FORMAL = frozenset({"approved", "sent", "accepted"})
_DRAFT_MARK = "（草稿，未经审批，仅供参考）"
_HEADERS = ("序号", "产品名称", "单位", "数量", "标准资费（元/月）", "折扣", "优惠后单价（元/月）")
_HEADERS_END = ("合同期（月）", "小计（元）")
_WIDTHS = (6, 34, 8, 9, 16, 9, 18, 12, 18)
_MONEY = "#,##0.00"
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="1F4E78")
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_UNITS = ("", "拾", "佰", "仟")
_GROUPS = ("", "万", "亿", "万亿")


def rmb_upper(amount: Decimal) -> str:
    """An amount in the capital numerals Chinese contracts and invoices require (大写金额)."""
    fen_total = int((amount.quantize(Decimal("0.01")) * 100).to_integral_value())
    if fen_total < 0:
        return "负" + rmb_upper(Decimal(-fen_total) / 100)
    yuan, fen_part = divmod(fen_total, 100)
    jiao, fen = divmod(fen_part, 10)
    text = ""
    if yuan:
        groups: list[int] = []
        while yuan:
            yuan, group = divmod(yuan, 10000)
            groups.append(group)
        need_zero = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if not group:
                need_zero = bool(text)
                continue
            if text and (need_zero or group < 1000):
                text += "零"
            text += _group_upper(group) + _GROUPS[index]
            need_zero = False
        text += "元"
    if not jiao and not fen:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    return text


def _group_upper(group: int) -> str:
    out, zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit:
            if zero and out:
                out += "零"
            out += _DIGITS[digit] + _UNITS[position]
            zero = False
        else:
            zero = True
    return out


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


def default_quote_file_name(customer_name: str, title: str, at: dt.datetime) -> str:
    """``报价单-通禾物流-20261127.xlsx``: who and when, without characters a file name refuses."""
    stem = file_stem(customer_name or title, max_bytes=120)
    return f"报价单-{stem}-{at.astimezone(BEIJING):%Y%m%d}.xlsx"


def _load(store: Store, quote_id: str) -> tuple[dict[str, Any], Any, dict[str, tuple]]:
    with store.begin() as conn:
        quote = read_wire(conn, "quote", quote_id)
        if quote is None:
            raise ReportUsageError(
                "quote.not_found", f"The quote {quote_id} is not in the cache.", {"id": quote_id}
            )
        party = quote_party(conn, quote["customer_id"], quote["owner_id"])
        products = product_names(conn, (line["product_id"] for line in quote["lines"]))
    return quote, party, products


def _build(quote: Mapping[str, Any], party: Any, products: Mapping[str, tuple]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "报价单"
    bold = Font(bold=True)
    for index, width in enumerate(_WIDTHS):
        ws.column_dimensions[chr(ord("A") + index)].width = width
    ws.merge_cells("A1:I1")
    heading = "集团客户业务报价单"
    if quote["status"] not in _FORMAL:
        heading += _DRAFT_MARK
    _put(ws, "A1", heading, font=Font(bold=True, size=16), alignment=Alignment(horizontal="center"))
    ws.row_dimensions[1].height = 30
    created = parse_instant(quote["created_at"]).astimezone(BEIJING)
    facts = (
        ("客户名称", party.customer_name, "报价编号", quote["id"]),
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
        ws.merge_cells(f"C{row}:F{row}")
        _put(ws, f"G{row}", right_label, font=bold)
        _put(ws, f"H{row}", right)
        ws.merge_cells(f"H{row}:I{row}")
        row += 1
    row += 1
    header_row = row
    for col, text in enumerate((*_HEADERS, *_HEADERS_END)):
        _put(
            ws,
            f"{chr(ord('A') + col)}{row}",
            text,
            font=Font(bold=True, color="FFFFFF"),
            fill=_HEAD_FILL,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
            border=_BOX,
        )
    ws.row_dimensions[row].height = 32
    for number, line in enumerate(quote["lines"], start=1):
        row += 1
        name, unit, _category = products.get(line["product_id"], (line["product_id"], "", ""))
        values: tuple[tuple[str, Any, str | None], ...] = (
            ("A", number, None),
            ("B", name, None),
            ("C", unit, None),
            ("D", line["quantity"], "#,##0"),
            ("E", Decimal(line["unit_price"]), _MONEY),
            ("F", Decimal(line["discount_pct"]) / 100, "0.00%"),
            ("G", Decimal(line["net_unit_price"]), _MONEY),
            ("H", quote["term_months"], "0"),
            ("I", Decimal(line["line_total"]), _MONEY),
        )
        for col, value, fmt in values:
            cell = _put(ws, f"{col}{row}", value, border=_BOX)
            if fmt:
                cell.number_format = fmt
    row += 1
    total = Decimal(quote["total"])
    _put(ws, f"A{row}", "合计（元）", font=bold, border=_BOX)
    ws.merge_cells(f"A{row}:H{row}")
    _put(ws, f"I{row}", total, font=bold, border=_BOX, number_format=_MONEY)
    row += 1
    _put(ws, f"A{row}", "人民币（大写）", font=bold, border=_BOX)
    ws.merge_cells(f"A{row}:B{row}")
    _put(ws, f"C{row}", rmb_upper(total), font=bold, border=_BOX)
    ws.merge_cells(f"C{row}:I{row}")
    row += 2
    notes = [
        f"1. 以上价格为每月资费，按合同期 {quote['term_months']} 个月计算小计。",
        f"2. 本报价有效期至 {quote['valid_until']}，逾期请与客户经理重新确认。",
    ]
    if quote.get("notes"):
        notes.append(f"3. 备注：{quote['notes']}")
    for text in notes:
        _put(ws, f"A{row}", text, alignment=Alignment(wrap_text=True, vertical="top"))
        ws.merge_cells(f"A{row}:I{row}")
        row += 1
    row += 1
    _put(ws, f"A{row}", "客户确认（签章）：", font=bold)
    _put(ws, f"G{row}", "日期：", font=bold)
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
    quote, party, products = _load(store, quote_id)
    wb = _build(quote, party, products)
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
