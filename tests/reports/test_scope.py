"""Who sees what: an account manager his own book, a regional manager his team, filters narrow."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import text

from bigcust_desktop.reports import ReportFilters, ReportUsageError, export

from .readback import figures, sheet_rows


def customer_names(store, where: str, **params) -> set[str]:
    with store.begin() as conn:
        return {
            r[0] for r in conn.execute(text(f"SELECT name FROM customer WHERE {where}"), params)
        }


def export_book(store, tmp_path, names, filters, user):
    path = tmp_path / "out.xlsx"
    export(store, names, filters, user, path)
    return openpyxl.load_workbook(path)


def test_account_manager_sees_only_his_own_book(report_store, tmp_path, manager, as_of):
    book = export_book(
        report_store, tmp_path, ["coverage", "pipeline"], ReportFilters(as_of=as_of), manager
    )
    own = customer_names(report_store, "manager_id = :m", m="U-0002")
    _, detail = sheet_rows(book["商机-明细"])
    assert detail and {r["客户名称"] for r in detail} <= own
    assert {r["负责人"] for r in detail} == {"张伟"}
    with report_store.begin() as conn:
        # Counted by id: the book holds a customer registered twice under one name.
        count = conn.execute(text("SELECT count(*) FROM customer WHERE manager_id = 'U-0002'"))
        assert figures(book["接触-汇总"])["名下客户数"] == count.scalar()
    cover = {r[0]: r[1] for r in book["封面"].iter_rows(values_only=True) if r and r[0]}
    assert cover["范围"] == "客户经理 张伟（U-0002）的客户"


def test_regional_manager_may_narrow_to_one_of_his_managers(
    report_store, tmp_path, regional, as_of
):
    filters = ReportFilters(as_of=as_of, manager_id="U-0003")
    book = export_book(report_store, tmp_path, ["arrears"], filters, regional)
    _, rows = sheet_rows(book["欠费-按客户"])
    assert rows and {r["客户经理"] for r in rows} == {"李娜"}


@pytest.mark.parametrize(
    ("user_fixture", "filters", "code"),
    [
        ("manager", {"manager_id": "U-0003"}, "report.manager_not_yours"),
        ("manager", {"team_id": "T-HZ-2"}, "report.team_not_yours"),
        ("regional", {"manager_id": "U-0005"}, "report.manager_not_yours"),  # another team
        ("regional", {"team_id": "T-NB-1"}, "report.team_not_yours"),
        ("regional", {"manager_id": "U-9999"}, "report.manager_unknown"),
    ],
)
def test_out_of_book_requests_are_refused(
    request, report_store, tmp_path, user_fixture, filters, code
):
    user = request.getfixturevalue(user_fixture)
    path = tmp_path / "refused.xlsx"
    with pytest.raises(ReportUsageError) as caught:
        export(report_store, ["pipeline"], ReportFilters(**filters), user, path)
    assert caught.value.code == code
    assert list(tmp_path.iterdir()) == []


def test_unknown_user_gets_no_manager_filter_and_the_cover_says_so(report_store, tmp_path, as_of):
    filters = ReportFilters(as_of=as_of, city="宁波")
    book = export_book(report_store, tmp_path, ["pipeline"], filters, None)
    cover = {r[0]: r[1] for r in book["封面"].iter_rows(values_only=True) if r and r[0]}
    assert cover["导出人"] == "未知用户（unknown user）"
    assert cover["范围"] == "城市 宁波"
    _, detail = sheet_rows(book["商机-明细"])
    ningbo = customer_names(report_store, "city = '宁波'")
    assert {r["客户名称"] for r in detail} <= ningbo
    # Every team's customers in Ningbo, not one manager's.
    assert len({r["负责人"] for r in detail}) > 2


def test_an_empty_scope_still_gives_a_complete_workbook(report_store, tmp_path, regional, as_of):
    filters = ReportFilters(as_of=as_of, city="舟山")  # no customer of this team there
    book = export_book(report_store, tmp_path, ["all"], filters, regional)
    assert figures(book["商机-汇总"])["商机总数"] == 0
    assert figures(book["收入-汇总"])["账单金额合计（元）"] == 0
    for name in ("商机-明细", "收入-账单明细", "欠费-欠费明细", "故障-明细", "报价-明细"):
        header, rows = sheet_rows(book[name])
        assert header and rows == []
        assert book[name].auto_filter.ref.endswith("1")
