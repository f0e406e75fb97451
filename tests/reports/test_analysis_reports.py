"""`report at-risk` and `report under-valued`: read back from the workbook, row for row against
the materialised lists, within each user's scope."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.reports import ReportFilters, export
from bigcust_desktop.reports.analysis_text import SIGNAL_TITLE
from bigcust_desktop.store.queries.book import Book

from .readback import figures, money, sheet_rows


@pytest.fixture(scope="module")
def analysed(report_store, as_of):
    report_store.analytics.refresh(None, whole_book=True, now=as_of)
    return report_store


def _export(store, names, user, as_of, path):
    export(store, names, ReportFilters(as_of=as_of), user, path)
    return openpyxl.load_workbook(path, read_only=True)


def test_at_risk_has_one_row_per_flagged_customer_and_a_column_per_signal(
    analysed, manager, as_of, tmp_path
):
    book = _export(analysed, ["at-risk"], manager, as_of, tmp_path / "a.xlsx")
    header, rows = sheet_rows(book["预警-预警客户"])
    titles = [SIGNAL_TITLE[c] for c in SignalCode]
    assert header[:4] == ["客户编号", "客户名称", "统一社会信用代码", "客户经理"]
    assert header[4:11] == titles
    expected = analysed.analytics.worklist(Book.of(manager))
    assert expected, "the small book has flagged customers of this manager"
    assert [r["客户编号"] for r in rows] == [e.customer_id for e in expected]
    for row, item in zip(rows, expected, strict=True):
        assert row["客户名称"] == item.name and row["统一社会信用代码"] == item.uscc
        assert money(row["风险收入（元/年）"]) == Decimal(item.revenue_at_risk_fen) / 100
        for code, title in zip(SignalCode, titles, strict=True):
            fired = item.signal(code) is not None
            assert bool(row[title]) == fired, (item.customer_id, code)
    total = sum(e.revenue_at_risk_fen for e in expected)
    assert money(figures(book["预警-汇总"])["风险收入合计（元/年）"]) == Decimal(total) / 100


def test_at_risk_follows_the_report_scope(analysed, manager, regional, as_of, tmp_path):
    mine = _export(analysed, ["at-risk"], manager, as_of, tmp_path / "m.xlsx")
    team = _export(analysed, ["at-risk"], regional, as_of, tmp_path / "t.xlsx")
    _, mine_rows = sheet_rows(mine["预警-预警客户"])
    _, team_rows = sheet_rows(team["预警-预警客户"])
    assert {r["客户编号"] for r in mine_rows} < {r["客户编号"] for r in team_rows}
    assert {r["客户经理"] for r in mine_rows} == {manager.name}


def test_under_valued_lists_the_materialised_customers_with_reasons(
    analysed, regional, as_of, tmp_path
):
    book = _export(analysed, ["under-valued"], regional, as_of, tmp_path / "u.xlsx")
    _, rows = sheet_rows(book["低估-被低估客户"])
    expected = analysed.analytics.under_valued(Book.of(regional))
    assert [r["客户编号"] for r in rows] == [e.customer_id for e in expected]
    assert all(r["被低估原因"] for r in rows)
    assert figures(book["低估-汇总"])["客户数"] == len(expected)


def test_regional_managers_see_the_at_risk_figures_in_pipeline_and_revenue(
    analysed, manager, regional, as_of, tmp_path
):
    team = _export(analysed, ["pipeline", "revenue"], regional, as_of, tmp_path / "t.xlsx")
    expected = analysed.analytics.worklist(Book.of(regional))
    for sheet in ("商机-流失预警", "收入-流失预警"):
        _, rows = sheet_rows(team[sheet])
        assert sum(r["预警客户数"] for r in rows) == len(expected)
        assert sum(money(r["风险收入（元/年）"]) for r in rows) == (
            Decimal(sum(e.revenue_at_risk_fen for e in expected)) / 100
        )
    mine = _export(analysed, ["pipeline"], manager, as_of, tmp_path / "m.xlsx")
    assert "商机-流失预警" not in mine.sheetnames  # an account manager's own book: no team view


def test_campaign_response_by_round_and_channel(analysed, regional, as_of, tmp_path):
    expected = analysed.campaigns.response(Book.of(regional))
    assert expected, "the seeded team has campaign tasks"
    book = _export(analysed, ["campaign-response"], regional, as_of, tmp_path / "c.xlsx")
    _, rows = sheet_rows(book["营销-按轮次"])
    assert len(rows) == len(expected)
    assert sum(r["目标客户"] for r in rows) == sum(e.targets for e in expected)
    assert sum(r["已转商机"] for r in rows) == sum(e.opportunities for e in expected)
    assert sum(r["未接通"] for r in rows) == sum(e.not_reached for e in expected)


def test_a_segment_exported_as_a_workbook_is_audited(analysed, regional, as_of, tmp_path):
    from bigcust_desktop.reports.segment_workbook import export_segment

    definition = {"industries": ["finance", "government"], "lines_min": 1}
    segment = analysed.segments.create(
        {
            "name": "金融与政府",
            "description": None,
            "owner_id": regional.id,
            "team_id": regional.team_id,
            "visibility": "team",
            "definition": definition,
            "created_at": "2026-11-01T01:00:00Z",
        }
    )
    expected = analysed.segments.customers(segment["id"], Book.of(regional))
    assert expected
    path = tmp_path / "seg.xlsx"
    written = export_segment(analysed, regional, segment["id"], path)
    book = openpyxl.load_workbook(path, read_only=True)
    _, rows = sheet_rows(book["客户群-客户"])
    assert [r["客户编号"] for r in rows] == expected
    assert {r["行业"] for r in rows} <= {"金融", "政府"}
    events = [
        e for e in analysed.outbox.pending() if e.entity == "audit_event"
    ]  # queued with the file
    assert events and written.path == path
