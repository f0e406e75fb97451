"""The one writer on synthetic rows: batches, streaming, exact values, cancel cleans up."""

from __future__ import annotations

import datetime as dt
import os
import threading
from decimal import Decimal

import openpyxl
import pytest

from bigcust_desktop.reports.definition import Column, Kind, Table
from bigcust_desktop.reports.errors import ExportCancelled
from bigcust_desktop.reports.writer import BATCH_ROWS, DocumentInfo, WorkbookWriter

ROWS = 4 * BATCH_ROWS + 321
COLUMNS = (
    Column("编号"),
    Column("名称", width=30),
    Column("金额（元）", Kind.MONEY, 14),
    Column("数量", Kind.INT),
    Column("日期", Kind.DATE),
    Column("时间", Kind.DATETIME, 17),
    Column("比例", Kind.PERCENT),
)
START = dt.datetime(2026, 1, 31, 17, 30, tzinfo=dt.UTC)  # 2026-02-01 01:30 in Beijing


def row(i: int) -> list:
    return [
        f"R-{i:05d}",
        f"客户{i}\x07",  # a control character an xlsx file cannot hold
        Decimal(i * 137 % 100000) / 100,
        i,
        dt.date(2026, 1, 1) + dt.timedelta(days=i % 365),
        START + dt.timedelta(minutes=i),
        Decimal(i % 100) / 100,
    ]


INFO = DocumentInfo("测试", "主题", "测试员", "test", "说明", dt.datetime.now(dt.UTC))


def test_rows_are_streamed_in_batches_and_read_back_exactly(tmp_path):
    pulled = 0
    pulled_at_progress: list[int] = []

    def rows():
        nonlocal pulled
        for i in range(ROWS):
            pulled += 1
            yield row(i)

    writer = WorkbookWriter(INFO, on_rows=lambda n: pulled_at_progress.append(pulled))
    assert writer.write_table(Table("明细", COLUMNS, rows(), ROWS)) == ROWS
    writer.write_cover("封面", [("说明", "测试")])
    writer.save(tmp_path / "t.xlsx")
    # One progress call per batch, each after at most one batch more was read: streamed.
    assert len(pulled_at_progress) == -(-ROWS // BATCH_ROWS)
    assert pulled_at_progress[0] == BATCH_ROWS

    ws = openpyxl.load_workbook(tmp_path / "t.xlsx")["明细"]
    values = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(values) == ROWS
    for i in (0, 1, BATCH_ROWS, ROWS - 1):
        code, name, amount, count, day, at, share = values[i]
        expected = row(i)
        assert (code, name, count) == (expected[0], f"客户{i}", i)
        assert Decimal(str(amount)) == expected[2]
        assert day == dt.datetime.combine(expected[4], dt.time())
        local = (expected[5] + dt.timedelta(hours=8)).replace(tzinfo=None)
        assert abs(at - local) < dt.timedelta(seconds=1)
        assert share == pytest.approx(float(expected[6]))
    assert values[0][5] == dt.datetime(2026, 2, 1, 1, 30)  # shown in Beijing time


def test_cancel_between_batches_removes_the_streamed_sheet_files():
    cancel = threading.Event()
    batches = 0

    def on_rows(n: int) -> None:
        nonlocal batches
        batches += 1
        if batches == 2:
            cancel.set()

    writer = WorkbookWriter(INFO, on_rows=on_rows, cancel=cancel)
    with pytest.raises(ExportCancelled):
        writer.write_table(Table("明细", COLUMNS, (row(i) for i in range(ROWS)), ROWS))
    assert batches == 2
    temp_files = [ws._writer.out for ws in writer._wb.worksheets if ws._writer is not None]
    assert temp_files and all(os.path.exists(p) for p in temp_files)
    writer.discard()
    assert not any(os.path.exists(p) for p in temp_files)
