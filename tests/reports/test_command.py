"""The `report` CLI command: listing, exit codes and one-line errors."""

from __future__ import annotations

import argparse

import openpyxl
import pytest

from bigcust_desktop.reports.command import add_report_parser, run_report_command


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bigcust-desktop")
    add_report_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["report", *argv])


def run(store, user, exports, *argv: str) -> int:
    return run_report_command(store, user, parse(*argv), exports)


def test_list_names_every_report(report_store, tmp_path, capsys):
    assert run(report_store, None, tmp_path, "--list") == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == [
        "pipeline", "revenue", "arrears", "faults", "coverage", "quotes", "at-risk",
        "under-valued", "campaign-response",
    ]  # fmt: skip
    assert "商机管道" in out[0]


def test_report_goes_to_the_exports_folder_by_default(report_store, tmp_path, manager, capsys):
    assert run(report_store, manager, tmp_path, "quotes", "--from", "2026-01") == 0
    (written,) = tmp_path.iterdir()
    assert written.name.startswith("quotes-") and written.suffix == ".xlsx"
    out = capsys.readouterr().out
    assert out.startswith(f"Wrote {written}") and "rows" in out
    cover = openpyxl.load_workbook(written)["封面"]
    facts = {r[0]: r[1] for r in cover.iter_rows(values_only=True) if r and r[0]}
    assert facts["期间"] == "报价单：2026-01 起"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("forecast",), "Unknown report 'forecast'"),
        ((), "Name a report"),
        (("revenue", "--from", "2026-13"), "Bad period '2026-13'"),
        (("revenue", "--from", "202610"), "write a month as YYYY-MM"),
        (("revenue", "--from", "2026-10", "--to", "2026-01"), "starts after it ends"),
        (("revenue", "--from", "2024-01", "--to", "2026-10"), "at most 24 months"),
        (("revenue", "--manager", "U-0003"), "own customers only"),
        (("revenue", "--days", "0"), "number of days"),
        (("revenue", "--out", "report.csv"), "must end in .xlsx"),
    ],
)
def test_bad_usage_exits_2_with_one_line(report_store, tmp_path, manager, capsys, argv, message):
    assert run(report_store, manager, tmp_path, *argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("bigcust-desktop: ") and message in err and "\n" not in err
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_exits_1(report_store, tmp_path, manager, capsys):
    out = tmp_path / "no-such-folder" / "r.xlsx"
    assert run(report_store, manager, tmp_path, "revenue", "--out", str(out)) == 1
    assert "does not exist" in capsys.readouterr().err


def test_file_open_elsewhere_exits_1(report_store, tmp_path, manager, capsys):
    (tmp_path / ".~lock.r.xlsx#").write_text("libreoffice owner file")
    out = tmp_path / "r.xlsx"
    assert run(report_store, manager, tmp_path, "revenue", "--out", str(out)) == 1
    assert "open in another program" in capsys.readouterr().err
    assert not out.exists()
