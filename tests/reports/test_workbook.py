"""Every report from the seeded small data, read back: sheets, headers, formats, panes, charts."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.chart import BarChart, LineChart

from bigcust_desktop.reports import (
    arrears,
    coverage,
    faults,
    list_reports,
    pipeline,
    quotes,
    revenue,
)
from bigcust_desktop.reports.catalog import REPORTS
from bigcust_desktop.reports.cells import NUMBER_FORMATS
from bigcust_desktop.reports.definition import Kind

DETAILS = {
    "商机-明细": pipeline.DETAIL_COLUMNS,
    "收入-账单明细": revenue.BILL_COLUMNS,
    "欠费-欠费明细": arrears.DETAIL_COLUMNS,
    "故障-明细": faults.DETAIL_COLUMNS,
    "接触-接触明细": coverage.DETAIL_COLUMNS,
    "报价-明细": quotes.DETAIL_COLUMNS,
}


@pytest.fixture(scope="module")
def book(team_workbook):
    path, _ = team_workbook
    return openpyxl.load_workbook(path)


def test_every_report_is_listed_and_exported(book, team_workbook):
    assert [r.name for r in list_reports()] == [
        "pipeline", "revenue", "arrears", "faults", "coverage", "quotes", "at-risk",
        "under-valued", "campaign-response",
    ]  # fmt: skip
    _, result = team_workbook
    assert book.sheetnames[0] == "封面"
    for definition in REPORTS.values():
        summary = f"{definition.short_zh}-汇总"
        assert summary in book.sheetnames
        assert result.rows[summary] > 0
    for sheet in DETAILS:
        assert result.rows[sheet] > 0, sheet
    # Every sheet but the cover is accounted for, with the rows really on it.
    assert set(result.rows) == set(book.sheetnames) - {"封面"}
    for sheet in DETAILS:
        assert book[sheet].max_row == result.rows[sheet] + 1


@pytest.mark.parametrize("sheet", sorted(DETAILS))
def test_detail_sheets_have_headers_formats_and_frozen_filtered_header(book, team_workbook, sheet):
    ws = book[sheet]
    columns = DETAILS[sheet]
    header = [c.value for c in ws[1]]
    assert header == [c.header for c in columns]
    assert all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E78") for c in ws[1])
    assert ws.freeze_panes == "A2"
    last = openpyxl.utils.get_column_letter(len(columns))
    assert ws.auto_filter.ref == f"A1:{last}{ws.max_row}"
    assert ws.print_title_rows == "$1:$1"
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.column_dimensions["B"].width == columns[1].width
    seen: set[Kind] = set()
    for row in ws.iter_rows(min_row=2, max_row=min(ws.max_row, 200)):
        for cell, column in zip(row, columns, strict=True):
            if cell.value is None:
                continue
            if column.kind is Kind.TEXT:
                assert isinstance(cell.value, str) and cell.data_type == "s"
            else:
                assert cell.number_format == NUMBER_FORMATS[column.kind], (column, cell)
                if column.kind in (Kind.DATE, Kind.DATETIME):
                    assert cell.is_date
                else:
                    assert isinstance(cell.value, int | float)
            seen.add(column.kind)
    assert seen == {c.kind for c in columns}, "every column kind met at least once"


@pytest.mark.parametrize("name", list(REPORTS))
def test_summary_sheet_has_figures_and_a_native_chart(book, name):
    definition = REPORTS[name]
    ws = book[f"{definition.short_zh}-汇总"]
    assert ws["A1"].value.endswith("报表") and ws["A1"].font.b
    assert ws["A2"].value.startswith("期间：")
    assert len(ws._charts) == 1
    chart = ws._charts[0]
    assert isinstance(chart, LineChart if name == "revenue" else BarChart)
    assert chart.series, "the chart draws at least one series"
    for series in chart.series:
        assert series.val.numRef.f.startswith(f"'{ws.title}'!")
    assert not chart.x_axis.delete and not chart.y_axis.delete


def test_no_formula_anywhere(book):
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)


def test_cover_says_what_who_and_when(book, regional):
    facts = {r[0]: r[1] for r in book["封面"].iter_rows(values_only=True) if r and r[0]}
    assert facts["导出人"] == "王芳（wangfang，区域经理）"
    assert facts["范围"] == "团队 杭州政企一部（T-HZ-1）"
    assert "收入分析：" in facts["期间"] and "商机管道：全部" in facts["期间"]
    assert facts["导出时间"].endswith("（北京时间）")
    assert facts["未接触天数（N）"] == "30"
    for sheet in DETAILS:
        assert sheet in facts  # the sheet list with row counts
    props = book.properties
    assert props.creator == "王芳" and props.title.startswith("大客户报表：商机管道")
    assert props.keywords == (
        "pipeline, revenue, arrears, faults, coverage, quotes, at-risk, under-valued, "
        "campaign-response"
    )
