"""Scale benchmark: one regional manager's whole book (3.4 million records with the `province`
profile) through every step a laptop takes with it.

Priming (`run_sync` in a child process, for its peak memory) against the raw feed download plus raw
inserts of the same run, interleaved, median of the rounds; on the first round's cache: search
against LIKE, the first rows of each list page, the dashboard's background reads, the at-risk
worklist as kept by the analysis (`store.analytics.worklist`), one report; an incremental sync
after a month is billed and a no-op sync; the cache's size on disk. Run with `.venv/bin/python
benchmarks/bench_scale.py [--profile P] [--work DIR] [--rounds N] [--deadline HH:MM]`: figures go
to DIR/figures.json as they are measured (`--render` writes the section from them); prints them
and rewrites the "Scale" section of docs/benchmarks.md (docs/scale.md says what follows).
`bench_scale.py --reads DIR --key-file F ...` reads a primed cache again (`scale_reads.py`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_sync import baseline_prime, download_only, signed_in
from benchlib import peak_rss_mb, write_section
from scale_render import render

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.profile import Profile
from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import PROFILES

REPEAT = 5  # each read on the primed cache: median of this many
SEARCH_PASSES = 3  # search against LIKE: interleaved passes over the 60 fragments


# -- the engine's priming, in a child process --------------------------------------------------


def child_prime(root: Path, base_url: str, user: str) -> None:
    """Prime a fresh cache with `run_sync`; print seconds, records, requests and peak memory."""
    from bigcust_desktop.sync.engine import run_sync

    key = bytes.fromhex(sys.stdin.readline().strip())  # never on the command line
    store = open_store(Profile.resolve(root), key)
    store.migrate()
    session = signed_in(base_url, user)
    started = time.perf_counter()
    report = run_sync(store.profile, store, session)
    seconds = time.perf_counter() - started
    session.close()
    store.close()
    records = sum(p.records for p in report.pulls.values())
    peaks = {"peak_mb": peak_rss_mb(), "sqlite_peak_mb": sqlite_peak_mb()}
    print(json.dumps({"seconds": seconds, "records": records, **peaks}))


def sqlite_peak_mb() -> float | None:
    """SQLite's own peak allocation in this process (page caches, sorts, temporary tables held
    in memory), from the library sqlcipher3 links in."""
    import ctypes

    import sqlcipher3._sqlite3 as driver

    try:
        highwater = ctypes.CDLL(driver.__file__).sqlite3_memory_highwater
    except (OSError, AttributeError):
        return None
    highwater.restype, highwater.argtypes = ctypes.c_int64, [ctypes.c_int]
    return float(highwater(0)) / 2**20


def engine_prime(root: Path, key: bytes, base_url: str, user: str) -> dict[str, Any]:
    command = [sys.executable, __file__, "--child-prime", str(root), base_url, user]
    proc = subprocess.run(command, input=key.hex() + "\n", capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"priming failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# -- reads on the primed cache -------------------------------------------------------------------


def timed(read: Callable[[], Any], repeat: int = REPEAT) -> dict[str, float]:
    """First (cold) and median milliseconds of `read`."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        read()
        times.append((time.perf_counter() - started) * 1000)
    return {"first_ms": times[0], "median_ms": statistics.median(times)}


def list_reads(store: Store, user: dict[str, Any], now: dt.datetime) -> dict[str, dict[str, float]]:
    """What each list page reads before its first rows are drawn: the ids in list order and the
    rows of the first screenful (50), as the pages' models do."""
    from sqlalchemy import func, select

    from bigcust_desktop.store.models import Subscriber
    from bigcust_desktop.store.queries import (
        activities,
        customer360,
        customers,
        opportunities,
        quotes,
        tickets,
    )
    from bigcust_desktop.store.queries.book import Book

    book = Book.of(UserProfile.from_json(user))
    with store.begin() as conn:
        biggest = conn.execute(
            select(Subscriber.customer_id, Subscriber.account_id, func.count().label("n"))
            .group_by(Subscriber.customer_id, Subscriber.account_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()

    def first(ids: Callable[[Any], list[str]], rows: Callable[[Any, list[str]], Any]) -> Any:
        def read() -> None:
            with store.begin() as conn:
                rows(conn, ids(conn)[:50])

        return read

    def tree() -> None:
        with store.begin() as conn:
            customer360.accounts_of(conn, biggest.customer_id)
            customer360.subscribers_of(conn, biggest.customer_id, biggest.account_id)

    def view360() -> None:
        with store.begin() as conn:
            customer360.load_customer360(conn, biggest.customer_id, now.date(), [])

    reads = {
        "customers": first(customers.customer_ids, customers.customer_rows),
        "opportunities": first(
            lambda c: opportunities.opportunity_ids(c, opportunities.OpportunityFilter(book=book)),
            opportunities.opportunity_rows,
        ),
        "quotes": first(quotes.quote_ids, quotes.quote_rows),
        "fault tickets": first(
            lambda c: tickets.ticket_ids(c, tickets.TicketFilter(book=book), now),
            tickets.ticket_rows,
        ),
        "activities": first(
            lambda c: activities.activity_ids(c, book, activities.ActivityFilter()),
            activities.activity_rows,
        ),
        f"subscriber tree ({biggest.n:,} lines of one account)": tree,
        "customer 360 of that customer": view360,
    }
    return {name: timed(read) for name, read in reads.items()}


def dashboard_read(store: Store, user: dict[str, Any], now: dt.datetime) -> dict[str, float]:
    from bigcust_desktop.store.queries.book import Book
    from bigcust_desktop.store.queries.dashboard import load_dashboard

    book = Book.of(UserProfile.from_json(user))

    def read() -> None:
        with store.begin() as conn:
            load_dashboard(conn, book, now)

    return timed(read)


def at_risk_reads(store: Store, user: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The at-risk worklist (流失预警) as the screens and `report at-risk` read it: the rows the
    last recompute kept (`store.analytics.worklist`), never recomputed on read. The cache is
    first brought up to date as the sync lane does after a first sync (the whole book), timed
    apart: that is the analysis's cost, not the screen's."""
    from bigcust_desktop.store.queries.book import Book

    profile = UserProfile.from_json(user)
    started = time.perf_counter()
    result = store.analytics.refresh(profile, whole_book=True, now=now)
    refresh_s = time.perf_counter() - started
    book = Book.of(profile)
    figures: dict[str, Any] = dict(timed(lambda: store.analytics.worklist(book)))
    figures |= {"rows": len(store.analytics.worklist(book)), "refresh_s": refresh_s}
    figures |= {"customers": result.customers, "flagged": result.flagged}
    return figures


def search_reads(store: Store, rounds: int) -> dict[str, float]:
    """Fragments of names, credit codes and numbers from the cache itself, search vs LIKE."""
    from bigcust_desktop.store.search import like_search, search_customers

    rng = random.Random(20261127)
    with store.begin() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM customer LIMIT 2000")]
        codes = [r[0] for r in conn.exec_driver_sql("SELECT uscc FROM customer LIMIT 2000")]
        numbers = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT service_number FROM subscriber ORDER BY rowid DESC LIMIT 5000"
            )
        ]
    queries = []
    for i in range(60):
        text = (rng.choice(names), rng.choice(codes), rng.choice(numbers))[i % 3]
        size = min(len(text), rng.choice((2, 3, 4, 5)))
        start = rng.randrange(0, len(text) - size + 1)
        queries.append(text[start : start + size])
    medians: dict[str, list[float]] = {"search": [], "like": []}
    with store.begin() as conn:
        for n in range(rounds):
            order = (("search", search_customers), ("like", like_search))
            for name, method in order if n % 2 == 0 else order[::-1]:
                times = []
                for query in queries:
                    started = time.perf_counter()
                    method(conn, query, 50)
                    times.append((time.perf_counter() - started) * 1000)
                medians[name].append(statistics.median(times))
    search, like = statistics.median(medians["search"]), statistics.median(medians["like"])
    return {"search_ms": search, "like_ms": like, "ratio": like / search}


def report_read(store: Store, user: dict[str, Any], out: Path, repeat: int) -> dict[str, Any]:
    from bigcust_desktop.reports.export import export
    from bigcust_desktop.reports.period import ReportFilters

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        export(store, ["revenue"], ReportFilters.parse(), UserProfile.from_json(user), out)
        times.append(time.perf_counter() - started)
    return {
        "median_s": statistics.median(times),
        "runs": repeat,
        "file_mb": out.stat().st_size / 1e6,
    }


# -- the run -------------------------------------------------------------------------------------


def incremental(store: Store, sim: SimulatorProcess, user: str) -> dict[str, Any]:
    """A month billed and every tenth open ticket moved on by the NOC, then one sync; then a
    sync with nothing new."""
    from bigcust_desktop.sync.engine import run_sync

    # A month of a 3M book's bills is written in one transaction: minutes on a loaded machine.
    sim.admin("POST", "/billing/post-month", {}, timeout=1800)
    session = signed_in(sim.base_url, user)
    out: dict[str, Any] = {}
    for what in ("after a month billed", "nothing new"):
        before = session.stats.requests
        started = time.perf_counter()
        report = run_sync(store.profile, store, session)
        out[what] = {
            "seconds": time.perf_counter() - started,
            "records": sum(p.records for p in report.pulls.values()),
            "requests": session.stats.requests - before,
        }
    session.close()
    return out


READS = ("rows", "dashboard", "lists", "search", "at_risk", "report")


def cache_reads(
    store: Store,
    root: Path,
    rounds: int,
    report_runs: int,
    save: Callable[[str, Any], None],
    parts: tuple[str, ...] = READS,
) -> None:
    """Every read on the primed cache (or those of `parts`), each saved as soon as it is
    measured."""
    now = dt.datetime.now(dt.UTC)
    user = store.meta.user()
    assert user is not None
    who = user.to_json()
    reads: dict[str, Callable[[], Any]] = {
        "rows": lambda: table_rows(store),
        "dashboard": lambda: dashboard_read(store, who, now),
        "lists": lambda: list_reads(store, who, now),
        "search": lambda: search_reads(store, rounds),
        "at_risk": lambda: at_risk_reads(store, who, now),
        "report": lambda: report_read(store, who, root / "revenue.xlsx", report_runs),
    }
    for name in parts:
        save(name, reads[name]())


def table_rows(store: Store) -> dict[str, int]:
    with store.begin() as conn:
        return {
            t: int(conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() or 0)
            for t in ("customer", "subscriber", "service", "bill", "payment", "activity")
        }


def warm(data: Path) -> None:
    """Read the simulator's database files once (untimed) so that no contender pays the cold
    disk: cheaper than a whole download at 3 million records."""
    for path in sorted(data.glob("*.sqlite3*")):
        with path.open("rb") as f:
            while f.read(1 << 24):
                pass


def main(argv: list[str] | None = None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--child-prime":
        child_prime(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
        return 0
    if argv is None and len(sys.argv) > 1 and sys.argv[1] in ("--reads", "--reads-child"):
        from scale_reads import main as reads_main  # the reads of an existing cache alone

        return reads_main(sys.argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = "province" if "province" in PROFILES else "large"
    parser.add_argument("--profile", default=default, choices=PROFILES)
    parser.add_argument("--data", type=Path, help="a seeded data directory (copied, not changed)")
    parser.add_argument("--work", type=Path, help="keep the run here (its data/ is reused)")
    parser.add_argument("--user", default="wangfang", help="the regional manager")
    parser.add_argument("--rounds", type=int, default=5, help="at most this many")
    parser.add_argument("--deadline", help="HH:MM UTC: start no round that would end after it")
    parser.add_argument("--report-runs", type=int, default=3)
    parser.add_argument("--database-url", help="the simulator's database (else SQLite)")
    parser.add_argument("--render", type=Path, help="only render a run's figures.json")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="go on with the rounds of --work's figures.json (a run stopped early), then the "
        "incremental syncs if they are missing",
    )
    parser.add_argument(
        "--pairs-only",
        action="store_true",
        help="time only the baseline and the engine in each round (not the download alone)",
    )
    args = parser.parse_args(argv)
    if args.render:
        figures = json.loads(args.render.read_text())
    else:
        with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
            figures = run(args, args.work or Path(tmp))
    text = render(figures)
    print(text)
    if not args.no_docs:
        write_section("Scale", text)
    return 0


def run(args: argparse.Namespace, root: Path) -> dict[str, Any]:
    """A round of priming and every read on its cache; a second round on the same data, then the
    incremental syncs on the first cache; then more rounds while `--rounds` and `--deadline`
    allow (after a month billed).
    Figures go to ROOT/figures.json as they come: a run stopped early leaves what it measured."""
    root.mkdir(parents=True, exist_ok=True)
    data, out = root / "data", root / "figures.json"
    if args.data and not data.exists():
        shutil.copytree(args.data, data)
    figures: dict[str, Any] = {"profile": args.profile, "user": args.user, "rounds": []}
    figures["repeat"] = REPEAT
    figures["simulator"] = "PostgreSQL" if args.database_url else "SQLite"
    resumed = args.resume and out.exists()
    if resumed:
        figures = json.loads(out.read_text())

    def save(key: str, value: Any) -> None:
        figures[key] = value
        out.write_text(json.dumps(figures, indent=1, ensure_ascii=False))
        print(f"{key}: {json.dumps(value, ensure_ascii=False)}", flush=True)

    extra = ["--database-url", args.database_url] if args.database_url else []
    with SimulatorProcess(data, profile=args.profile, start_timeout=3600, extra_args=extra) as sim:
        warm(data)
        keys: dict[int, bytes] = {}
        if resumed:
            keys[0] = bytes.fromhex((root / "engine-0.key").read_text())

        def engine(n: int) -> dict[str, Any]:
            keys[n] = secrets.token_bytes(32)
            return engine_prime(root / f"engine-{n}", keys[n], sim.base_url, args.user)

        def baseline(n: int) -> dict[str, Any]:
            done = baseline_prime(sim.base_url, args.user, root / f"baseline-{n}")
            shutil.rmtree(root / f"baseline-{n}")
            return {"seconds": done.seconds, "records": done.records}

        def download(n: int) -> dict[str, Any]:
            done = download_only(sim.base_url, args.user)
            return {"seconds": done.seconds, "records": done.records}

        contenders = [("download", download), ("baseline", baseline), ("engine", engine)]
        if args.pairs_only:
            contenders = contenders[1:]
        took = 0.0
        for n in range(len(figures["rounds"]), args.rounds):
            if n >= 2 and not in_time(args.deadline, took):
                break
            started, shift = time.monotonic(), n % len(contenders)
            result: dict[str, Any] = {"load_before": os.getloadavg()}
            for name, contender in [*contenders[shift:], *contenders[:shift]]:
                result[name] = contender(n)
            result["load_after"] = os.getloadavg()
            took = time.monotonic() - started
            save("rounds", [*figures["rounds"], result])
            if n:
                shutil.rmtree(root / f"engine-{n}")
            if n == 0:  # every read on the first round's cache, before anything else can fail
                key_file = root / "engine-0.key"  # to read that cache again later; never in git
                key_file.touch(mode=0o600)
                key_file.write_text(keys[0].hex())
                store = open_store(Profile.resolve(root / "engine-0"), keys[0])
                cache_reads(store, root, SEARCH_PASSES, args.report_runs, save)
                store.close()
            if n == min(1, args.rounds - 1):  # the first two rounds on the same data, then:
                store = open_store(Profile.resolve(root / "engine-0"), keys[0])
                save("sync", incremental(store, sim, args.user))
                store.close()
                save("size_mb", sum(p.stat().st_size for p in store.files()) / 1e6)
        if "sync" not in figures and (root / "engine-0").exists():  # resumed after it failed
            store = open_store(Profile.resolve(root / "engine-0"), keys[0])
            save("sync", incremental(store, sim, args.user))
            store.close()
            save("size_mb", sum(p.stat().st_size for p in store.files()) / 1e6)
    return figures


def in_time(deadline: str | None, round_s: float) -> bool:
    """Whether one more round of about `round_s` seconds ends before `deadline` (HH:MM UTC)."""
    if deadline is None:
        return True
    now = dt.datetime.now(dt.UTC)
    hours, minutes = (int(x) for x in deadline.split(":"))
    end = now.replace(hour=hours, minute=minutes, second=0, microsecond=0)
    return now + dt.timedelta(seconds=round_s) <= end


if __name__ == "__main__":
    sys.exit(main())
