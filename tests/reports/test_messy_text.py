"""Messy and hostile text on its way into workbooks and file names (issue 12): a vertical tab
pasted from Word in a user's or team's name, NULs, bidi overrides, a 300-character file name."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import re
import unicodedata
import zipfile

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.reports import ReportFilters, export
from bigcust_desktop.reports.errors import ReportUsageError
from bigcust_desktop.reports.quote_document import default_quote_file_name, export_quote
from bigcust_desktop.reports.text import (
    MAX_FILE_NAME_BYTES,
    clean_text,
    file_name_fits,
    file_stem,
    sheet_title,
)
from bigcust_desktop.store.bulk import load_dataset

from .conftest import open_migrated

# What no workbook part may contain: XML-illegal controls and bidi overrides.
UNFIT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u202a-\u202e\u2066-\u2069]")
MESSY = "\x0b杭州\x00政企\u202e一部\x1f"


@pytest.fixture(scope="module")
def messy(tmp_path_factory, small_dataset, regional):
    """The small book with the regional manager's team, her own name and some customers'
    names full of control characters, as a central system might send them."""
    records = copy.deepcopy(small_dataset.records)
    for team in records["team"]:
        if team["id"] == regional.team_id:
            team["name"] = MESSY
    for user in records["user"]:
        if user["id"] == regional.id:
            user["name"] = "王\x0b芳\u202e"
    for customer in records["customer"][:20]:
        customer["name"] = "通禾\x0b物流\r\n\u202exslx.exe"
    root = tmp_path_factory.mktemp("messy")
    store = open_migrated(root / "profile")
    load_dataset(store, records)
    yield store, dataclasses.replace(regional, name="王\x0b芳\u202e"), root
    store.close()


def parts_of(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_control_characters_in_names_do_not_break_any_report(messy, as_of):
    store, user, root = messy
    path = root / "two.xlsx"
    filters = ReportFilters(as_of=as_of, team_id=user.team_id)
    export(store, ["pipeline", "coverage"], filters, user, path)
    for name, text in parts_of(path).items():
        assert not UNFIT.search(text), name
    book = openpyxl.load_workbook(path)
    assert book.properties.creator == "王芳"
    assert "杭州政企一部" in (book.properties.subject or "")
    texts = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert any(isinstance(t, str) and "杭州政企一部" in t for t in texts)


def test_quote_file_names_from_customer_names_are_one_harmless_line():
    at = dt.datetime(2026, 11, 27, 4, tzinfo=dt.UTC)
    name = default_quote_file_name("通禾\n物流\u202exslx.exe", "报价", at)
    assert name == "报价单-通禾 物流xslx.exe-20261127.xlsx"
    assert default_quote_file_name("CON", "", at) == "报价单-_CON-20261127.xlsx"
    long = default_quote_file_name("很长的客户名称" * 60, "报价", at)
    assert file_name_fits(long)


def test_a_300_character_file_name_is_a_message_not_an_internal_error(
    report_store, regional, as_of, tmp_path
):
    out = tmp_path / ("报" * 300 + ".xlsx")
    with pytest.raises(ReportUsageError) as caught:
        export(report_store, ["pipeline"], ReportFilters(as_of=as_of), regional, out)
    assert caught.value.code == "report.name_too_long"
    with pytest.raises(ReportUsageError):
        export_quote(report_store, "Q-does-not-matter", out, regional)
    assert list(tmp_path.iterdir()) == []


def test_the_cli_says_what_is_wrong_with_a_long_file_name(tmp_path):
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "bigcust_desktop", "--profile", str(tmp_path / "p"), "report",
         "pipeline", "--out", str(tmp_path / ("x" * 300 + ".xlsx"))],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr and "too long" in done.stderr


def test_sheet_titles_are_what_excel_accepts():
    assert sheet_title("'a[b]:c*d?e/f\\g\x0bh'") == "a_b__c_d_e_f_gh"
    assert sheet_title("\x00\u202e") == "Sheet"
    assert len(sheet_title("长" * 40)) == 31


@given(st.text())
def test_any_text_can_be_written_into_a_cell(text):
    cleaned = clean_text(text)
    assert not UNFIT.search(cleaned)
    openpyxl.Workbook().active["A1"] = cleaned  # raises IllegalCharacterError otherwise


@given(st.text())
def test_any_text_gives_a_harmless_file_stem(text):
    stem = file_stem(text)
    assert len(stem.encode("utf-8")) <= 120
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in stem)
    assert not set(stem) & set('<>:"/\\|?*')
    assert stem == stem.strip(" .")
    assert file_name_fits(f"报价单-{stem}-20261127.xlsx") or not stem
    assert MAX_FILE_NAME_BYTES < 255
