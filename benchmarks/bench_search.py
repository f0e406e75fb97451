"""Search benchmark: customer search over the trigram index against a plain LIKE '%…%' scan of the
same data, on the `large` profile, 200 mixed queries, first 50 hits with their customer rows.

Each round times every query through the search, then through LIKE (each method in its own pass);
5 rounds, the order of the two passes alternating; per-query times are the median over the
rounds. Run with `make bench` or `.venv/bin/python benchmarks/bench_search.py [--profile small]`;
prints a table and rewrites the "Search" section of docs/benchmarks.md. Targets: p95 < 5 ms,
>= 50x LIKE.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlcipher3
from benchlib import ROUNDS, machine, write_section

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.search import like_search, search_customers
from bigcust_sim.seed import DEFAULT_SEED, generate

QUERIES = 200
LIMIT = 50
WARM_UP = 10


def make_queries(records: dict[str, list[dict[str, Any]]], rng: random.Random) -> list[tuple]:
    """(kind, text) pairs: what a manager types: part of a name, of a credit code, of a number."""
    customers = records["customer"]
    mobiles = [s["service_number"] for s in records["subscriber"] if s["kind"] == "mobile"]
    queries: list[tuple[str, str]] = []
    for i in range(QUERIES):
        kind = ("name", "uscc", "phone")[i % 3]
        if kind == "name":
            name = rng.choice(customers)["name"]
            size = rng.choice((2, 2, 3, 3, 4))
            start = rng.randrange(0, len(name) - size + 1)
            queries.append((f"name, {size} chars", name[start : start + size]))
        elif kind == "uscc":
            code = rng.choice(customers)["uscc"]
            size = rng.choice((4, 5, 6, 8))
            start = rng.randrange(2, len(code) - size + 1)
            queries.append(("USCC fragment", code[start : start + size]))
        else:
            number = rng.choice(mobiles)
            size = rng.choice((4, 4, 4, 5, 7))
            start = rng.choice((len(number) - size, rng.randrange(3, len(number) - size + 1)))
            queries.append(("phone fragment", number[start : start + size]))
    return queries


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="large", choices=("small", "large"))
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)

    dataset = generate(args.profile)
    queries = make_queries(dataset.records, random.Random(DEFAULT_SEED))
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        store = open_store(Profile.resolve(Path(tmp) / "profile"), secrets.token_bytes(32))
        store.migrate()
        t0 = time.perf_counter()
        load_dataset(store, dataset.records)
        load_s = time.perf_counter() - t0
        runs: dict[Any, list[list[float]]] = {search_customers: [], like_search: []}
        hits = 0
        with store.begin() as conn:
            # Each method in its own pass after a short warm-up: interleaving them query by query
            # would have every LIKE scan of 300,000 lines evict the index pages the next search
            # reads. The passes alternate from round to round.
            for n in range(args.rounds):
                methods = (search_customers, like_search)
                for method in methods if n % 2 == 0 else methods[::-1]:
                    for _kind, query in queries[:WARM_UP]:
                        method(conn, query, LIMIT)
                    times: list[float] = []
                    for _kind, query in queries:
                        start = time.perf_counter()
                        found = method(conn, query, LIMIT)
                        times.append((time.perf_counter() - start) * 1000)
                        if method is search_customers and n == 0:
                            hits += len(found)
                    runs[method].append(times)
        fast = [statistics.median(t) for t in zip(*runs[search_customers], strict=True)]
        slow = [statistics.median(t) for t in zip(*runs[like_search], strict=True)]
        by_kind: dict[str, list[tuple[float, float]]] = {}
        for (kind, _query), f, s in zip(queries, fast, slow, strict=True):
            by_kind.setdefault(kind.split(",")[0], []).append((f, s))
        store.close()

    p50, p95 = percentile(fast, 50), percentile(fast, 95)
    l50, l95 = percentile(slow, 50), percentile(slow, 95)
    ratio50, ratio95 = l50 / p50, l95 / p95
    per_query = statistics.median(s / f for f, s in zip(fast, slow, strict=True))
    met = p95 < 5 and min(ratio50, ratio95) >= 50
    counts = dataset.count()
    lines = [
        f"Profile `{args.profile}` (seed {dataset.seed}): {counts['customer']:,} customers, "
        f"{counts['subscriber']:,} service numbers, in an encrypted store (loaded in "
        f"{load_s:.1f} s, not timed below). {QUERIES} queries, mixed: 2-4 character fragments "
        "of real customer names, USCC fragments, 4-7 digit fragments of mobile numbers; each "
        f"returns its first {LIMIT} hits with their customer rows (average "
        f"{hits / len(queries):.1f} hits). Each method timed over all queries in its own pass, "
        f"after {WARM_UP} warm-up queries, {args.rounds} rounds with the passes alternating; "
        "each query's time is its median over the rounds. The store's page cache is 32 MB.",
        "",
        "| method | p50 ms | p95 ms | max ms |",
        "|---|---:|---:|---:|",
        f"| `search_customers` (FTS5 trigram; LIKE on names for 1-2 characters) "
        f"| {p50:.2f} | {p95:.2f} | {max(fast):.2f} |",
        f"| baseline `like_search` (plain LIKE '%…%' over names, USCC, address, numbers) "
        f"| {l50:.2f} | {l95:.2f} | {max(slow):.2f} |",
        f"| ratio (baseline / search) | {ratio50:.0f}x | {ratio95:.0f}x | |",
        "",
        "| query kind | n | search p50 / p95 ms | LIKE p50 / p95 ms |",
        "|---|---:|---:|---:|",
    ]
    for kind, pairs in sorted(by_kind.items()):
        f_ms, s_ms = [p[0] for p in pairs], [p[1] for p in pairs]
        lines.append(
            f"| {kind} | {len(pairs)} | {percentile(f_ms, 50):.2f} / {percentile(f_ms, 95):.2f} "
            f"| {percentile(s_ms, 50):.2f} / {percentile(s_ms, 95):.2f} |"
        )
    lines += [
        "",
        f"Targets (p95 < 5 ms, >= 50x faster than LIKE): **{'met' if met else 'NOT met'}**. "
        f"Median per-query speed-up {per_query:.0f}x.",
        "",
        machine(f"sqlcipher3 on SQLite {sqlcipher3.sqlite_version}"),
    ]
    print("\n".join(lines))
    if not args.no_docs:
        write_section("Search", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
