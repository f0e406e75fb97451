"""Search benchmark: customer search over the trigram index against a plain LIKE '%…%' scan of the
same data, on the `large` profile, 200 mixed queries, first 50 hits with their customer rows; then,
reported apart, 1-2 character name fragments (the name index) and pinyin initials, each against the
LIKE scan of the same text in the same run.

Each round times every query through the search, then through LIKE (each method in its own pass);
5 rounds, the order of the two passes alternating; per-query times are the median over the rounds.
Run with `make bench` or `.venv/bin/python benchmarks/bench_search.py [--profile small]`; prints a
table and rewrites the "Search" section of docs/benchmarks.md. Targets: p95 < 5 ms, >= 50x LIKE.
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
SHORT_QUERIES = 120
PINYIN_QUERIES = 60
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


def make_short_queries(records: dict[str, list[dict[str, Any]]], rng: random.Random) -> list:
    """1-2 character fragments of names and short names: what the trigram index cannot serve."""
    customers = records["customer"]
    queries = []
    for i in range(SHORT_QUERIES):
        name = rng.choice(customers)["short_name" if i % 2 else "name"]
        size = 1 + i % 2
        start = rng.randrange(0, len(name) - size + 1)
        queries.append((f"name, {size} char{'s' if size > 1 else ''}", name[start : start + size]))
    return queries


def make_pinyin_queries(records: dict[str, list[dict[str, Any]]], rng: random.Random) -> list:
    """Pinyin initials of short names (``hlkg`` for 宏力控股), 2 to 4 letters from the start."""
    from bigcust_desktop.domain.pinyin import initials

    customers = records["customer"]
    queries = []
    for _ in range(PINYIN_QUERIES):
        letters = initials(rng.choice(customers)["short_name"])
        queries.append(("pinyin initials", letters[: rng.choice((2, 3, 4))]))
    return queries


def timed_passes(
    conn: Any, queries: list[tuple], rounds: int
) -> tuple[list[float], list[float], int]:
    """Milliseconds per query of search and of the LIKE baseline: each query's median over
    `rounds` rounds, each method in its own pass, the order of the passes alternating."""
    runs: dict[Any, list[list[float]]] = {search_customers: [], like_search: []}
    hits = 0
    # Each method in its own pass after a short warm-up: interleaving them query by query would
    # have every LIKE scan of 300,000 lines evict the index pages the next search reads.
    for n in range(rounds):
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
    return fast, slow, hits


def kind_table(queries: list[tuple], fast: list[float], slow: list[float]) -> list[str]:
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for (kind, _query), f, s in zip(queries, fast, slow, strict=True):
        by_kind.setdefault(kind, []).append((f, s))
    lines = [
        "| query kind | n | search p50 / p95 ms | LIKE p50 / p95 ms | median per-query ratio |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, pairs in sorted(by_kind.items()):
        f_ms, s_ms = [p[0] for p in pairs], [p[1] for p in pairs]
        ratio = statistics.median(s / f for f, s in pairs)
        lines.append(
            f"| {kind} | {len(pairs)} | {percentile(f_ms, 50):.2f} / {percentile(f_ms, 95):.2f} "
            f"| {percentile(s_ms, 50):.2f} / {percentile(s_ms, 95):.2f} | {ratio:.1f}x |"
        )
    return lines


def short_reading(
    queries: list[tuple], fast: list[float], slow: list[float], first_ms: float
) -> list[str]:
    """What the short-fragment table says, with this run's figures."""
    one = [(f, s) for (k, _q), f, s in zip(queries, fast, slow, strict=True) if "1 char" in k]
    two = [(f, s) for (k, _q), f, s in zip(queries, fast, slow, strict=True) if "2 chars" in k]
    median_one = statistics.median(s / f for f, s in one)
    p95_one = percentile([s for _f, s in one], 95) / percentile([f for f, _s in one], 95)
    return [
        "A 2-character fragment is where the old LIKE fallback lost (0.3x the baseline once, "
        f"issue 16): now {percentile([f for f, _s in two], 50):.2f} ms at the median. A single "
        "common character (公, 州) is where the LIKE scan is cheapest (it stops after the first "
        f"50 rows that hold the character): the search is {median_one:.1f}x the baseline at the "
        "median (0.7x when every keystroke ranked up to 200 candidates by field and position: now "
        "the name index keeps each searched character's holders ranked, and a search reads the "
        "first 50 off that list and their rows by primary key). A character's first search "
        f"ranks all its holders once: {first_ms:.1f} ms at the median. At p95 the index is "
        f"{p95_one:.0f}x faster: a rarer character makes the baseline scan the service numbers "
        "too.",
    ]


def first_character_ms(conn: Any, queries: list[tuple]) -> float:
    """Milliseconds a character's first one-character search spends ranking its holders, on a
    fresh name index (later searches of it read the kept list): median over the 1-char queries."""
    from itertools import islice

    from bigcust_desktop.store.name_index import NameIndex

    rows = conn.exec_driver_sql("SELECT rowid, short_name, name FROM customer ORDER BY rowid")
    index = NameIndex(None, [tuple(r) for r in rows])
    times = []
    for _kind, char in (q for q in queries if len(q[1]) == 1):
        t0 = time.perf_counter()
        list(islice(index.character(char), LIMIT))
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


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
    rng = random.Random(DEFAULT_SEED)
    queries = make_queries(dataset.records, rng)
    short = make_short_queries(dataset.records, rng)
    pinyin = make_pinyin_queries(dataset.records, rng)
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        store = open_store(Profile.resolve(Path(tmp) / "profile"), secrets.token_bytes(32))
        store.migrate()
        t0 = time.perf_counter()
        load_dataset(store, dataset.records)
        load_s = time.perf_counter() - t0
        with store.begin() as conn:
            t0 = time.perf_counter()
            search_customers(conn, "西湖", LIMIT)  # builds the name index (and loads pinyin)
            index_ms = (time.perf_counter() - t0) * 1000
            first_ms = first_character_ms(conn, short)
            fast, slow, hits = timed_passes(conn, queries, args.rounds)
            short_fast, short_slow, _ = timed_passes(conn, short, args.rounds)
            pinyin_fast, pinyin_slow, pinyin_hits = timed_passes(conn, pinyin, args.rounds)
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
        f"| `search_customers` (FTS5 trigram; name index for 1-2 characters and pinyin) "
        f"| {p50:.2f} | {p95:.2f} | {max(fast):.2f} |",
        f"| baseline `like_search` (plain LIKE '%…%' over names, USCC, address, numbers) "
        f"| {l50:.2f} | {l95:.2f} | {max(slow):.2f} |",
        f"| ratio (baseline / search) | {ratio50:.0f}x | {ratio95:.0f}x | |",
        "",
        *kind_table(queries, fast, slow),
        "",
        f"Targets (p95 < 5 ms, >= 50x faster than LIKE): **{'met' if met else 'NOT met'}**. "
        f"Median per-query speed-up {per_query:.0f}x.",
        "",
        f"**Short fragments**, reported apart: {SHORT_QUERIES} fragments of 1 or 2 characters of "
        "names and short names (the trigram index needs 3). `search_customers` serves them from "
        "the in-memory name index (`store/name_index.py`: names as one text, `str.find`, then the "
        "hits' rows by primary key); the baseline is the same LIKE scan as above, same run, same "
        f"store. Building the index (first search after a change of names, pinyin included): "
        f"{index_ms:.0f} ms.",
        "",
        *kind_table(short, short_fast, short_slow),
        f"| all short fragments | {len(short)} | {percentile(short_fast, 50):.2f} / "
        f"{percentile(short_fast, 95):.2f} | {percentile(short_slow, 50):.2f} / "
        f"{percentile(short_slow, 95):.2f} | "
        f"{statistics.median(s / f for f, s in zip(short_fast, short_slow, strict=True)):.1f}x |",
        "",
        *short_reading(short, short_fast, short_slow, first_ms),
        "",
        f"**Pinyin initials** ({PINYIN_QUERIES} queries of 2-4 letters, e.g. `hlkg` for 宏力控股; "
        f"average {pinyin_hits / len(pinyin):.1f} hits): the LIKE scan of the same letters finds "
        "(almost) nothing but costs a full scan: it is the price of not having the index.",
        "",
        *kind_table(pinyin, pinyin_fast, pinyin_slow),
        "",
        machine(f"sqlcipher3 on SQLite {sqlcipher3.sqlite_version}"),
    ]
    print("\n".join(lines))
    if not args.no_docs:
        write_section("Search", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
