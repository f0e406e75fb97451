"""Analytic screens benchmark: what the 流失预警 page and the 360's 交叉销售 tab pay to show their
lists now that they read the analysis kept in the cache, against what they paid computing it
live, and against a plain SQL aggregate of the same bills, in the same run.

For the `large` profile (a regional manager's book; `--profile small` for a quick look), after
the whole-book recompute a first sync runs: interleaved rounds (`benchlib.interleave`) of
- the worklist as the screen reads it (`store.insights.worklist`: the kept rows with the
  customers' labels and the book's count), the under-valued list and the data-quality findings
  as their tabs read them, and the 交叉销售 tab of one customer (gaps and win-back leads);
- the worklist as the screen computed it before (every customer's facts through the rules, then
  the labels): the live path;
- the baseline: one GROUP BY over the bills by customer and month.

Run with `make bench` or `.venv/bin/python benchmarks/bench_screen_reads.py`; rewrites the
"Analytic screens" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.worklist import assess
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.queries import insights as labels_q
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book
from bigcust_sim.seed import generate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchlib import ROUNDS, interleave, machine, write_section

BASELINE_BILLS = (
    "SELECT customer_id, period, sum(amount), sum(max(amount - paid_amount, 0)), max(due_date) "
    "FROM bill GROUP BY customer_id, period ORDER BY customer_id, period"
)


def timed(fn: Callable[[], Any]) -> Callable[[int], float]:
    def run(_n: int) -> float:
        import time

        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    return run


def run(profile: str, rounds: int) -> str:
    data = generate(profile)
    folder = Path(tempfile.mkdtemp(prefix=f"bench-screens-{profile}-"))
    store = open_store(Profile.resolve(folder / "profile"), secrets.token_bytes(32))
    store.migrate()
    load_dataset(store, data.records)
    now = dt.datetime.combine(data.as_of, dt.time(2), dt.UTC)
    store.analytics.refresh(None, now=now)  # as the first sync's refresh
    book = Book()
    flagged = store.insights.worklist(book).entries
    customer = flagged[0].customer.id if flagged else data.records["customer"][0]["id"]

    def live() -> int:
        with store.begin() as conn:
            as_of = AsOf(now, last_billed_period(conn, data.as_of))
            found = [a for f in customer_facts(conn, CustomerScope(book), as_of)
                     if (a := assess(f, as_of)).flagged]  # fmt: skip
            return len(labels_q.labels(conn, (a.customer_id for a in found)))

    def baseline() -> int:
        with store.begin() as conn:
            return len(conn.execute(text(BASELINE_BILLS)).all())

    contenders = [
        ("worklist read", timed(lambda: store.insights.worklist(book))),
        ("under-valued read", timed(lambda: store.insights.under_valued(book))),
        ("data quality read", timed(lambda: store.insights.data_quality(book))),
        ("cross-sell of one customer", timed(lambda: store.insights.cross_sell(customer))),
        ("worklist computed live", timed(live)),
        ("baseline", timed(baseline)),
    ]
    result = interleave(contenders, rounds)
    sizes = {
        "worklist read": f"{len(flagged):,} customers flagged",
        "under-valued read": f"{len(store.insights.under_valued(book)):,} customers",
        "data quality read": f"{len(store.insights.data_quality(book)):,} findings",
        "cross-sell of one customer": "gaps and win-back leads",
        "worklist computed live": "the screen's path before: facts, rules, labels",
    }
    lines = [
        f"What the analytic screens pay to show their lists, profile `{profile}` "
        f"({len(data.records['customer']):,} customers, {len(data.records['bill']):,} bills, "
        f"{len(data.records['subscriber']):,} subscribers), after the first sync's recompute. "
        f"Median of {rounds} interleaved rounds; a ratio is the median of the rounds' own "
        "ratios (lowest-highest beside it); baseline: the plain SQL aggregate of the bills by "
        "customer and month (`bench_analytics.py`'s).",
        "",
        "| what the screen reads | rows | s | / baseline | / computed live |",
        "|---|---|---:|---:|---:|",
    ]
    for name, _fn in contenders[:-1]:
        live_ratio = (
            "" if name == "worklist computed live"
            else f"{result.ratio(name, 'worklist computed live'):.3f}x"
        )  # fmt: skip
        lines.append(
            f"| {name} | {sizes[name]} | {result.median(name):.3f} | "
            f"**{result.ratio(name, 'baseline'):.2f}x** ({result.spread(name, 'baseline')}) | "
            f"{live_ratio} |"
        )
    lines += [
        "",
        "The screens read the kept rows with who each customer is; the computation runs in the "
        "sync lane after each sync and in the write lane after an edit (`bench_analytics.py` "
        "times those recomputes).",
        "",
        machine(),
    ]
    store.close()
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="large", choices=("small", "large"))
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--no-docs", action="store_true", help="print only")
    args = parser.parse_args(argv)
    body = run(args.profile, args.rounds)
    print(body)
    if not args.no_docs:
        write_section("Analytic screens", body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
