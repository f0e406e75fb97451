"""Rehearsal benchmark (issue 15): a plan change rehearsed over the whole `large` book, as the
`rehearse` command and the screen run it (`store.rehearsals.run`: lines that bill alike grouped
in SQL, each group billed twice in integer fen), against a plain SQL aggregate of the same
subscribers in the same run; the line-by-line run (what the workbook's line sheet reads) timed
beside them. The median of interleaved rounds, and Python's peak memory in a separate pass.

Run with `make bench` or `.venv/bin/python benchmarks/bench_rehearsal.py [--profile large]`;
rewrites the "Rehearsal" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bigcust_desktop.store.analysis.proposals import plan_move
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries.book import Book
from bigcust_sim.seed import generate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import ROUNDS, interleave, machine, write_section

FROM, TO = "P-MOB-88", "P-MOB-128"
PAIRS = ROUNDS
BASELINE = (
    "SELECT customer_id, count(*), sum(arpu_3m), sum(mou_3m), sum(dou_3m), sum(sms_3m) "
    "FROM subscriber WHERE status = 'active' AND product_id = :p "
    "GROUP BY customer_id ORDER BY customer_id"
)


def _timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def peak_mib(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    fn()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def run(profile: str) -> dict[str, Any]:
    data = generate(profile)
    folder = Path(tempfile.mkdtemp(prefix=f"bench-rehearsal-{profile}-"))
    store = open_store(Profile.resolve(folder / "profile"), secrets.token_bytes(32))
    store.migrate()
    load_dataset(store, data.records)
    proposal = plan_move(FROM, TO)

    def ours() -> Any:
        return store.rehearsals.run(Book(), proposal)

    def line_by_line() -> Any:
        return store.rehearsals.run(Book(), proposal, on_customer=lambda _results: None)

    def baseline() -> int:
        with store.begin() as conn:
            return len(conn.execute(text(BASELINE), {"p": FROM}).all())

    ours()
    baseline()  # warm both
    rounds = interleave(
        [
            ("rehearsal", lambda _n: _timed(ours)),
            ("baseline", lambda _n: _timed(baseline)),
            ("lines", lambda _n: _timed(line_by_line)),
        ],
        PAIRS,
    )
    result = ours()
    out = {
        "profile": profile,
        "subscribers": len(data.records["subscriber"]),
        "ours": rounds.median("rehearsal"),
        "base": rounds.median("baseline"),
        "ratio": rounds.ratio("rehearsal", "baseline"),
        "spread": rounds.spread("rehearsal", "baseline"),
        "lines": rounds.median("lines"),
        "lines_ratio": rounds.ratio("lines", "baseline"),
        "lines_spread": rounds.spread("lines", "baseline"),
        "mib": peak_mib(ours),
        "lines_mib": peak_mib(line_by_line),
        "totals": result.totals,
    }
    store.close()
    return out


def report(r: dict[str, Any]) -> str:
    t = r["totals"]
    verdict = "met" if r["ratio"] <= 3 else "NOT met"
    return "\n".join(
        [
            f"{FROM} → {TO} rehearsed over the whole `{r['profile']}` book "
            f"({r['subscribers']:,} subscribers; {t.lines:,} lines on {FROM} of "
            f"{t.customers:,} customers) through `store.rehearsals.run`, as `rehearse --json` "
            f"and the 资费预演 screen do, against a plain SQL aggregate of the same subscribers "
            f"(count, ARPU, MOU, DOU, SMS by customer); median of {PAIRS} interleaved rounds, "
            "the ratio the median of the rounds' ratios (lowest-highest in brackets):",
            "",
            "| task | ours s | baseline s | ours / baseline | goal | peak Python memory |",
            "|---|---:|---:|---:|---|---:|",
            f"| rehearsal, whole book (grouped) | {r['ours']:.3f} | {r['base']:.3f} | "
            f"**{r['ratio']:.2f}x** ({r['spread']}) | <= 3x: **{verdict}** | {r['mib']:.1f} MiB |",
            f"| the same, line by line (the workbook's line sheet) | {r['lines']:.3f} | "
            f"{r['base']:.3f} | {r['lines_ratio']:.2f}x ({r['lines_spread']}) | — | "
            f"{r['lines_mib']:.1f} MiB |",
            "",
            f"Three months before {t.before_fen / 100:,.2f} yuan, after {t.after_fen / 100:,.2f} "
            f"yuan; {t.paying_more:,} customers pay more, {t.paying_less:,} less; "
            f"{t.lines_over_allowance:,} lines over the new allowances.",
            "",
            "Where the time went before (profiled on this book, 6.0-6.8x): every one of the "
            "61,000 lines became a Python object and was billed twice (two `MonthBill`s and a "
            "`LineResult` each), its sums recomputed by properties; the query itself costs "
            "about the baseline. What changed: within a customer, the lines of one plan that "
            "lie on the same side of each allowance the proposal compares (within both, beyond "
            "the lower only, beyond both) bill linearly, so SQLite groups them (count, summed "
            "usage and ARPU) and the domain bills each group once with its allowances as many "
            "times over (`LineUsage.count`), fen-exact: the tests check it against the "
            "line-by-line run. Bundles (their sets pair single lines) and data rates not in "
            "whole fen per 0.01 GB still go line by line.",
            "",
            "Memory stays bounded: rows stream 5,000 at a time; one customer's groups and the "
            "per-customer figures (three integers a customer) are held.",
            "",
            machine(),
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="large")
    parser.add_argument("--no-docs", action="store_true", help="print only")
    args = parser.parse_args(argv)
    body = report(run(args.profile))
    print(body)
    if not args.no_docs:
        write_section("Rehearsal", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
