"""Report export benchmark: a 100,000-row, 12-column detail export (the bill detail of the revenue
report: text, money, dates) from the `large` seeded store, against raw openpyxl write-only writing
the same rows from a Python list and against `pandas.DataFrame.to_excel`.

Each contender runs in a fresh child process (peak memory is that process's own), interleaved,
`--repeat` times; the median time counts. Run with `make bench` or
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
import platform
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path
from typing import Any

try:
    import resource
except ImportError:  # Windows: no peak-memory figure
    resource = None  # type: ignore[assignment]

CONTENDERS = ("ours", "raw", "raw-plain", "pandas")
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


def child_pandas(store_root: Path, rows: int, out: Path) -> dict[str, Any]:
    import pandas as pd

    from bigcust_desktop.reports.revenue import BILL_COLUMNS

    data = _rows_in_memory(store_root, rows)
    before = peak_mb()
    start = time.perf_counter()
    frame = pd.DataFrame(data, columns=[c.header for c in BILL_COLUMNS])
    built = time.perf_counter()
    frame.to_excel(out, sheet_name="账单明细", index=False, engine="openpyxl")
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
    else:
        result = child_pandas(store_root, args.rows, out)
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
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    parser.add_argument("--store", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return run_child(args)

    import openpyxl
    import pandas as pd

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

        runs: dict[str, list[dict[str, Any]]] = {c: [] for c in CONTENDERS}
        for _ in range(args.repeat):
            for contender in CONTENDERS:
                out = root / f"{contender}.xlsx"
                runs[contender].append(spawn(contender, store_root, key, args.rows, out))
                print(f"{contender}: {runs[contender][-1]['seconds']:.2f} s", file=sys.stderr)

    def med(contender: str, field: str = "seconds") -> float:
        return statistics.median(r[field] for r in runs[contender])

    def peak(contender: str) -> float:
        return max(r["peak_mb"] or 0 for r in runs[contender])

    rows = runs["ours"][0]["rows"]
    ours, raw, pandas = med("ours"), med("raw"), med("pandas")
    vs_raw, vs_pandas = ours / raw, pandas / ours
    memory = peak("ours") / peak("pandas") if peak("pandas") else float("nan")

    def line(what: str, contender: str, bold: bool = False) -> str:
        m = "**" if bold else ""
        times = ", ".join(f"{r['seconds']:.1f}" for r in runs[contender])
        return (
            f"| {m}{what}{m} | {m}{med(contender):.2f}{m} ({times}) | {rows / med(contender):,.0f} "
            f"| {m}{med(contender) / raw:.2f}x{m} | {peak(contender):.0f} "
            f"| {runs[contender][0]['file_mb']:.1f} |"
        )

    lines = [
        f"A {rows:,}-row, 12-column detail export (the bill detail of the revenue report: 7 text, "
        f"3 money, 1 date, 1 period column) from the `{args.profile}` profile "
        f"({bills:,} bills; generated and loaded into an encrypted store in {prepared:.0f} s, "
        "not timed). Each contender runs in its own fresh process, interleaved, "
        f"{args.repeat} times; the median counts. Peak memory is the child process's maximum "
        "resident set (interpreter and imports included).",
        "",
        "| contender | seconds (runs) | rows/s | vs raw openpyxl | peak MB | file MB |",
        "|---|---:|---:|---:|---:|---:|",
        line("ours: query streamed from the store, one writer, temp file + rename", "ours", True),
        line("baseline: raw openpyxl write-only from a list, money/date formats", "raw"),
        line("raw openpyxl write-only from a list, no number formats", "raw-plain"),
        line("`pandas.DataFrame.to_excel` (openpyxl engine) from a list", "pandas"),
        "",
        f"- Ours vs raw openpyxl (same cells, same formats): **{vs_raw:.2f}x** "
        f"(target <= 1.2x: **{'met' if vs_raw <= 1.2 else 'NOT met'}**).",
        f"- Ours vs pandas: **{vs_pandas:.2f}x faster** (target >= 1.4x: "
        f"**{'met' if vs_pandas >= 1.4 else 'NOT met'}**), peak memory **{memory:.0%}** of "
        f"pandas' (target < 25%: **{'met' if memory < 0.25 else 'NOT met'}**). Pandas' time "
        f"excludes building the DataFrame ({med('pandas', 'frame_seconds'):.2f} s more).",
        "- The raw and pandas processes first read the same rows into a list (not timed; their "
        "peak memory includes that list). Ours includes the query over SQLCipher, formula-safe "
        "text, the cover sheet, and writing beside the target then renaming.",
        "- Why ours keeps up: cells of formatted columns share one prepared style array "
        "(openpyxl's per-cell style lookups are most of the cost of `number_format`), and dates "
        "go in as Excel serial numbers. openpyxl uses lxml when installed (a runtime dependency).",
        "",
        f"Machine: {os.cpu_count()} CPUs, {platform.platform()}, Python "
        f"{platform.python_version()}, openpyxl {openpyxl.__version__}, pandas {pd.__version__}.",
    ]
    print("\n".join(lines))
    if not args.no_docs:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_load import write_section

        write_section("Reports", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
