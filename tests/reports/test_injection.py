"""Formula injection: names and notes that Excel could evaluate come out as plain text."""

from __future__ import annotations

import copy
import zipfile

import openpyxl
import pytest

from bigcust_desktop.reports import ReportFilters, export
from bigcust_desktop.store.bulk import load_dataset

from .conftest import open_migrated
from .readback import sheet_rows

PAYLOADS = (
    '=HYPERLINK("http://x","y")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "=1+1",
    "#N/A",
)


@pytest.fixture(scope="module")
def hostile_book(tmp_path_factory, small_dataset, manager, as_of):
    records = copy.deepcopy(small_dataset.records)
    own = [c for c in records["customer"] if c["manager_id"] == manager.id]
    for customer, payload in zip(own, PAYLOADS, strict=False):
        customer["name"] = payload
    poisoned = {c["id"]: c["name"] for c in own[: len(PAYLOADS)]}
    for entity, field in (
        ("opportunity", "notes"),
        ("activity", "notes"),
        ("quote", "notes"),
        ("fault_ticket", "title"),
    ):
        for record in records[entity]:
            if record["customer_id"] in poisoned:
                record[field] = poisoned[record["customer_id"]]
    root = tmp_path_factory.mktemp("hostile")
    store = open_migrated(root / "profile")
    try:
        load_dataset(store, records)
        path = root / "hostile.xlsx"
        export(store, ["all"], ReportFilters(as_of=as_of), manager, path)
    finally:
        store.close()
    return path


def test_hostile_text_is_stored_as_quoted_text(hostile_book):
    book = openpyxl.load_workbook(hostile_book)
    found: dict[str, int] = dict.fromkeys(PAYLOADS, 0)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if cell.value in found:
                    found[cell.value] += 1
                    assert cell.data_type == "s", (ws.title, cell.coordinate, cell.value)
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
    assert all(found.values()), found  # every payload reached the workbook, unchanged


@pytest.mark.parametrize(
    ("sheet", "column"),
    [
        ("商机-明细", "备注"),
        ("接触-接触明细", "备注"),
        ("报价-明细", "备注"),
        ("故障-明细", "标题"),
        ("收入-账单明细", "客户名称"),
    ],
)
def test_notes_and_names_keep_their_text(hostile_book, sheet, column):
    _, rows = sheet_rows(openpyxl.load_workbook(hostile_book)[sheet])
    values = {r[column] for r in rows}
    assert set(PAYLOADS) & values, f"no hostile value in {sheet}/{column}"


def test_numbers_stay_numbers_and_no_formula_reaches_the_file(hostile_book):
    book = openpyxl.load_workbook(hostile_book)
    _, rows = sheet_rows(book["收入-账单明细"])
    assert all(isinstance(r["账单金额（元）"], int | float) for r in rows)
    with zipfile.ZipFile(hostile_book) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                xml = archive.read(name).decode("utf-8")
                assert "<f>" not in xml and "<f " not in xml, name
