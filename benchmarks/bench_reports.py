"""Report export benchmark: a 100,000-row, 12-column detail export (the bill detail of the revenue
report: text, money, dates) from the `large` seeded store, against raw openpyxl write-only and raw
XlsxWriter (constant_memory) writing the same rows from a Python list, and against
`pandas.DataFrame.to_excel` on its default engine (XlsxWriter when installed) and on openpyxl.

Each contender runs in a fresh child process (peak memory is that process's own), once per round
in turn, `--repeat` rounds (5); medians count. Run with `make bench` or
`.venv/bin/python benchmarks/bench_reports.py [--rows N] [--repeat N] [--no-docs]`; prints a table
and rewrites the "Reports" section of docs/benchmarks.md.
Targets: ours <= 1.2x raw openpyxl; ours >= 1.4x faster than pandas and under a quarter of its
peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

from benchlib import interleave, machine, write_section

try:
    import resource
except ImportError:  # Windows: no peak-memory figure
    resource = None  # type: ignore[assignment]

CONTENDERS = ("ours", "raw", "raw-plain", "xlsxwriter", "pandas", "pandas-openpyxl")
AS_OF = dt.datetime(2026, 11, 27, 4, tzinfo=dt.UTC)  # the seeded data's as-of day, noon Beijing


def peak_mb() -> float | None:
    """This process's peak resident memory. On Linux VmHWM, which starts afresh at exec:
    ru_maxrss would carry over the parent's peak (the loaded dataset) into the child."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1024 / 1024


# -- children ----------------------------------------------------------------------------------


def _open(store_root: Path) -> Any:
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.profile import Profile

    key = bytes.fromhex(sys.stdin.readline().strip())  # never on the command line
    return open_store(Profile.resolve(store_root), key)


def _context(conn: Any) -> Any:
    from bigcust_desktop.reports.definition import ReportContext
    from bigcust_desktop.reports.period import Period, ReportFilters
    from bigcust_desktop.reports.scope import Staff, resolve_scope

    staff = Staff.load(conn)
    scope = resolve_scope(conn, None, ReportFilters(), staff)
    return ReportContext(conn, scope, staff, Period(None, None), AS_OF, 30)


def child_ours(store_root: Path, rows: int, out: Path) -> dict[str, Any]:
    """Our export path: the report's query streamed through the one writer, temp file, rename."""
    from bigcust_desktop.reports.definition import Table
    from bigcust_desktop.reports.files import publish, temp_beside
    from bigcust_desktop.reports.revenue import BILL_COLUMNS, bill_rows
    from bigcust_desktop.reports.writer import DocumentInfo, WorkbookWriter

    store = _open(store_root)
    before = peak_mb()
    start = time.perf_counter()
    with store.begin() as conn:
        info = DocumentInfo("账单明细", "基准", "bench", "bench", "benchmark", AS_OF)
        writer = WorkbookWriter(info)
        written = writer.write_table(
            Table("账单明细", BILL_COLUMNS, islice(bill_rows(_context(conn)), rows), rows)
        )
        writer.write_cover("账单明细", [("说明", "基准测试")])
        temp = temp_beside(out)
        writer.save(temp)
    publish([(temp, out)])
    seconds = time.perf_counter() - start
    store.close()
    return {"seconds": seconds, "rows": written, "base_mb": before}


def _rows_in_memory(store_root: Path, rows: int) -> list[list[Any]]:
    """The same rows the report streams, held in a Python list (not timed)."""
    from bigcust_desktop.reports.revenue import bill_rows

    store = _open(store_root)
    with store.begin() as conn:
        data = list(islice(bill_rows(_context(conn)), rows))
    store.close()
    return data


def child_raw(store_root: Path, rows: int, out: Path, *, formats: bool) -> dict[str, Any]:
    """Plain openpyxl write-only from a list: header, rows, number formats set the usual way."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from bigcust_desktop.reports.revenue import BILL_COLUMNS

    data = _rows_in_memory(store_root, rows)
    before = peak_mb()
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("账单明细")
    ws.append([c.header for c in BILL_COLUMNS])
    money, dates = (7, 8, 9), (10,)
    for row in data:
        if formats:
            row = list(row)
            for i in money:
                cell = WriteOnlyCell(ws, row[i])
                cell.number_format = "#,##0.00"
                row[i] = cell
            for i in dates:
                cell = WriteOnlyCell(ws, row[i])
                cell.number_format = "yyyy-mm-dd"
                row[i] = cell
        ws.append(row)
    wb.save(out)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": len(data), "base_mb": before}


def child_xlsxwriter(store_root: Path, rows: int, out: Path) -> dict[str, Any]:
    """XlsxWriter in constant_memory mode (each row flushed as it is written), same formats."""
    import xlsxwriter

    from bigcust_desktop.reports.revenue import BILL_COLUMNS

    data = _rows_in_memory(store_root, rows)
    before = peak_mb()
    start = time.perf_counter()
    wb = xlsxwriter.Workbook(str(out), {"constant_memory": True})
    ws = wb.add_worksheet("账单明细")
    money, day = (
        wb.add_format({"num_format": "#,##0.00"}),
        wb.add_format({"num_format": "yyyy-mm-dd"}),
    )
    formats = {7: money, 8: money, 9: money, 10: day}
    ws.write_row(0, 0, [c.header for c in BILL_COLUMNS])
    for r, row in enumerate(data, start=1):
        for c, value in enumerate(row):
            ws.write(r, c, value, formats.get(c))
    wb.close()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": len(data), "base_mb": before}


def child_pandas(store_root: Path, rows: int, out: Path, engine: str | None) -> dict[str, Any]:
    """`DataFrame.to_excel` as a pandas user calls it: ``engine=None`` is pandas' default."""
    import pandas as pd

    from bigcust_desktop.reports.revenue import BILL_COLUMNS

    data = _rows_in_memory(store_root, rows)
    before = peak_mb()
    start = time.perf_counter()
    frame = pd.DataFrame(data, columns=[c.header for c in BILL_COLUMNS])
    built = time.perf_counter()
    frame.to_excel(out, sheet_name="账单明细", index=False, engine=engine)
    seconds = time.perf_counter() - built
    return {
        "seconds": seconds,
        "frame_seconds": built - start,
        "rows": len(frame),
        "base_mb": before,
    }


def run_child(args: argparse.Namespace) -> int:
    store_root, out = Path(args.store), Path(args.out)
    if args.child == "ours":
        result = child_ours(store_root, args.rows, out)
    elif args.child in ("raw", "raw-plain"):
        result = child_raw(store_root, args.rows, out, formats=args.child == "raw")
    elif args.child == "xlsxwriter":
        result = child_xlsxwriter(store_root, args.rows, out)
    else:
        engine = "openpyxl" if args.child == "pandas-openpyxl" else None
        result = child_pandas(store_root, args.rows, out, engine)
    result["peak_mb"] = peak_mb()
    result["file_mb"] = out.stat().st_size / 1e6
    print(json.dumps(result))
    return 0


# -- parent ------------------------------------------------------------------------------------


def spawn(contender: str, store_root: Path, key: bytes, rows: int, out: Path) -> dict[str, Any]:
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", contender, "--store", str(store_root)]
    command += ["--rows", str(rows), "--out", str(out)]
    proc = subprocess.run(
        command,
        input=key.hex() + "\n",
        capture_output=True,
        text=True,
        check=False,
        env=os.environ.copy(),
    )
    if proc.returncode != 0:
        raise SystemExit(f"{contender} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="large", choices=("small", "large"))
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args)

    import openpyxl
    import pandas as pd
    import xlsxwriter

    from bigcust_desktop.store.bulk import load_dataset
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.profile import Profile
    from bigcust_sim.seed import generate

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as tmp:
        root = Path(tmp)
        t0 = time.perf_counter()
        dataset = generate(args.profile)
        key = secrets.token_bytes(32)
        store_root = root / "store"
        with open_store(Profile.resolve(store_root), key) as store:
            store.migrate()
            load_dataset(store, dataset.records)
        bills = len(dataset.records["bill"])
        del dataset
        prepared = time.perf_counter() - t0

        def contender(name: str) -> Any:
            return lambda _n: spawn(name, store_root, key, args.rows, root / f"{name}.xlsx")

        rs = interleave([(c, contender(c)) for c in CONTENDERS], args.repeat)
    runs = rs.runs

    def med(contender: str, field: str = "seconds") -> float:
        return statistics.median(r[field] for r in runs[contender])

    def peak(contender: str) -> float:
        return max(r["peak_mb"] or 0 for r in runs[contender])

    rows = runs["ours"][0]["rows"]
    vs_raw = rs.ratio("ours", "raw")
    vs_pandas = rs.ratio("pandas-openpyxl", "ours")
    vs_default = rs.ratio("pandas", "ours")
    vs_xlsxwriter = rs.ratio("xlsxwriter", "ours")
    memory = peak("ours") / peak("pandas") if peak("pandas") else float("nan")

    def line(what: str, contender: str, bold: bool = False) -> str:
        m = "**" if bold else ""
        return (
            f"| {m}{what}{m} | {m}{med(contender):.2f}{m} ({rs.times(contender)}) "
            f"| {rows / med(contender):,.0f} | {m}{rs.ratio(contender, 'raw'):.2f}x{m} "
            f"| {rs.ratio(contender, 'ours'):.2f}x ({rs.spread(contender, 'ours')}) "
            f"| {peak(contender):.0f} | {runs[contender][0]['file_mb']:.1f} |"
        )

    faster_than_default = vs_default >= 1
    lines = [
        f"A {rows:,}-row, 12-column detail export (the bill detail of the revenue report: 7 text, "
        f"3 money, 1 date, 1 period column) from the `{args.profile}` profile "
        f"({bills:,} bills; generated and loaded into an encrypted store in {prepared:.0f} s, "
        "not timed). Each contender runs in its own fresh process, once per round in turn "
        f"(the order rotating), {args.repeat} rounds; the median counts, and a ratio is the "
        "median of the rounds' own ratios (range beside it). Peak memory is the child process's "
        "maximum resident set (interpreter and imports included).",
        "",
        "| contender | median s (rounds) | rows/s | vs raw openpyxl | vs ours | peak MB "
        "| file MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
        line("ours: query streamed from the store, one writer, temp file + rename", "ours", True),
        line("baseline: raw openpyxl write-only from a list, money/date formats", "raw"),
        line("raw openpyxl write-only from a list, no number formats", "raw-plain"),
        line("raw XlsxWriter `constant_memory` from a list, money/date formats", "xlsxwriter"),
        line(f"`pandas.DataFrame.to_excel`, pandas' default engine ({pandas_default()})", "pandas"),
        line("`pandas.DataFrame.to_excel(engine='openpyxl')`", "pandas-openpyxl"),
        "",
        f"- Ours vs raw openpyxl (same cells, same formats): **{vs_raw:.2f}x** "
        f"(target <= 1.2x: **{'met' if vs_raw <= 1.2 else 'NOT met'}**).",
        f"- Ours vs pandas on openpyxl: **{vs_pandas:.2f}x faster** (target >= 1.4x: "
        f"**{'met' if vs_pandas >= 1.4 else 'NOT met'}**). Against pandas on its default engine "
        f"({pandas_default()}), the way most pandas users export: "
        + (
            f"**ours {vs_default:.2f}x faster**"
            if faster_than_default
            else f"**ours slower: pandas takes {vs_default:.2f}x our time**"
        )
        + f". Peak memory **{memory:.0%}** of pandas' default (target < 25%: "
        f"**{'met' if memory < 0.25 else 'NOT met'}**). Pandas' times exclude building the "
        f"DataFrame ({med('pandas', 'frame_seconds'):.2f} s more).",
        "- Raw XlsxWriter in constant_memory mode writes the same cells in "
        f"**{vs_xlsxwriter:.2f}x** our time, at {peak('xlsxwriter'):.0f} MB peak (with the "
        "rows held in a list).",
        "- The raw and pandas processes first read the same rows into a list (not timed; their "
        "peak memory includes that list). Ours includes the query over SQLCipher, formula-safe "
        "text, the cover sheet, and writing beside the target then renaming.",
        "- Why ours keeps up with raw openpyxl: cells of formatted columns share one prepared "
        "style array (openpyxl's per-cell style lookups are most of the cost of "
        "`number_format`), and dates go in as Excel serial numbers. openpyxl uses lxml when "
        "installed (a runtime dependency).",
        "",
        "What it means for our writer: the remaining cost is openpyxl's own serialisation, which "
        "XlsxWriter does with less Python work per cell; "
        + (
            f"an export through XlsxWriter would take about {vs_xlsxwriter:.0%} of today's time. "
            if vs_xlsxwriter < 1
            else "it is not faster here. "
        )
        + "Switching the one writer (`reports/writer.py`) is possible without touching the report "
        "definitions: XlsxWriter (BSD-2-Clause) streams rows in constant_memory mode, has native "
        "charts, number formats and autofilter, and writes the strings inline, which keeps "
        "memory flat. What it would cost: the writer's prepared-style trick and the chart code "
        "rewritten, XlsxWriter's rule that rows go strictly in order (our sheets already are "
        "written top to bottom), and openpyxl stays for the tests that read workbooks back. "
        "Worth a follow-up issue when exports of several hundred thousand rows become common; "
        "not switched in this change.",
        "",
        machine(
            f"openpyxl {openpyxl.__version__}",
            f"XlsxWriter {xlsxwriter.__version__}",
            f"pandas {pd.__version__}",
        ),
    ]
    print("\n".join(lines))
    if not args.no_docs:
        write_section("Reports", "\n".join(lines))
    return 0


def pandas_default() -> str:
    from pandas.io.excel._util import get_default_engine

    return str(get_default_engine("xlsx", mode="writer"))


if __name__ == "__main__":
    sys.exit(main())
