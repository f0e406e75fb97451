"""The file side of an export: audit log, temp file and rename, cancel, errors, one per report."""

from __future__ import annotations

import os
import threading

import openpyxl
import pytest
from openpyxl.worksheet import _writer as openpyxl_writer
from sqlalchemy import select

from bigcust_desktop.reports import (
    ExportCancelled,
    ReportFilters,
    ReportOutputError,
    ReportUsageError,
    export,
)
from bigcust_desktop.store.models import AuditLog


def audit_rows(store) -> list:
    with store.begin() as conn:
        return list(conn.execute(select(AuditLog).order_by(AuditLog.id)))


def openpyxl_temp_files() -> set[str]:
    return {p for p in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(p)}


def test_export_is_recorded_in_the_audit_log(report_store, tmp_path, manager, as_of):
    before = len(audit_rows(report_store))
    path = tmp_path / "faults.xlsx"
    result = export(report_store, ["faults"], ReportFilters(as_of=as_of), manager, path)
    rows = audit_rows(report_store)
    assert len(rows) == before + 1
    entry = rows[-1]
    assert entry.action == "export" and entry.user_id == "U-0002"
    assert entry.details["report"] == ["faults"]
    assert entry.details["file"] == "faults.xlsx"
    assert entry.details["rows"] == result.total_rows > 0
    assert entry.details["filters"]["stale_days"] == 30
    assert entry.details["filters"]["as_of"] == "2026-11-27T04:00:00Z"
    assert sorted(os.listdir(tmp_path)) == ["faults.xlsx"]  # no temporary file left beside it


def test_progress_counts_every_row_up_to_the_total(report_store, tmp_path, manager, as_of):
    calls: list[tuple[int, int | None]] = []
    result = export(
        report_store,
        ["revenue", "coverage"],
        ReportFilters(as_of=as_of),
        manager,
        tmp_path / "two.xlsx",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert len(calls) > 2
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
    assert calls[-1] == (result.total_rows, result.total_rows)


def test_cancel_leaves_no_file_no_temp_and_no_audit(report_store, tmp_path, regional, as_of):
    before = len(audit_rows(report_store))
    temps = openpyxl_temp_files()
    cancel = threading.Event()
    with pytest.raises(ExportCancelled):
        export(
            report_store,
            ["all"],
            ReportFilters(as_of=as_of),
            regional,
            tmp_path / "cancelled.xlsx",
            progress=lambda done, total: cancel.set(),
            cancel=cancel,
        )
    assert os.listdir(tmp_path) == []
    assert len(audit_rows(report_store)) == before
    assert openpyxl_temp_files() <= temps  # the streamed sheet files went too


def test_a_failure_half_way_keeps_the_previous_workbook(report_store, tmp_path, manager, as_of):
    path = tmp_path / "pipeline.xlsx"
    path.write_bytes(b"the previous export")

    def broken(done: int, total: int | None) -> None:
        if done > 100:
            raise RuntimeError("progress handler failed")

    with pytest.raises(RuntimeError):
        export(
            report_store, ["pipeline"], ReportFilters(as_of=as_of), manager, path, progress=broken
        )
    assert path.read_bytes() == b"the previous export"
    assert os.listdir(tmp_path) == ["pipeline.xlsx"]


def test_a_workbook_open_in_excel_or_wps_is_refused(report_store, tmp_path, manager):
    path = tmp_path / "arrears.xlsx"
    path.write_bytes(b"open elsewhere")
    (tmp_path / "~$arrears.xlsx").write_bytes(b"owner")
    with pytest.raises(ReportOutputError) as caught:
        export(report_store, ["arrears"], ReportFilters(), manager, path)
    assert caught.value.code == "report.file_open"
    assert path.read_bytes() == b"open elsewhere"


@pytest.mark.parametrize(
    ("target", "error", "code"),
    [
        ("missing/out.xlsx", ReportOutputError, "report.folder_missing"),
        ("folder.xlsx", ReportOutputError, "report.out_is_folder"),
        ("out.xls", ReportUsageError, "report.out_suffix"),
    ],
)
def test_bad_targets_are_refused_before_any_work(
    report_store, tmp_path, manager, target, error, code
):
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(error) as caught:
        export(report_store, ["quotes"], ReportFilters(), manager, tmp_path / target)
    assert caught.value.code == code


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file modes")
def test_read_only_folder_is_refused(report_store, tmp_path, manager):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportOutputError) as caught:
            export(report_store, ["quotes"], ReportFilters(), manager, folder / "q.xlsx")
        assert caught.value.code == "report.not_writable"
    finally:
        folder.chmod(0o700)


def test_unknown_report_is_a_usage_error(report_store, tmp_path, manager):
    with pytest.raises(ReportUsageError) as caught:
        export(
            report_store, ["pipeline", "forecast"], ReportFilters(), manager, tmp_path / "x.xlsx"
        )
    assert caught.value.code == "report.unknown" and "forecast" in caught.value.message


def test_one_workbook_per_report(report_store, tmp_path, manager, as_of):
    before = len(audit_rows(report_store))
    result = export(
        report_store, ["quotes", "arrears"], ReportFilters(as_of=as_of), manager, tmp_path,
        separate=True,
    )  # fmt: skip
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len(names) == 2 and names[0].startswith("arrears-") and names[1].startswith("quotes-")
    assert [f.reports for f in result.files] == [("quotes",), ("arrears",)]
    for f in result.files:
        book = openpyxl.load_workbook(f.path)
        assert book.sheetnames[0] == "封面" and len(book.sheetnames) == len(f.rows) + 1
    assert len(audit_rows(report_store)) == before + 2
