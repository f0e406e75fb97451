"""Push benchmark: pushing 1k / 5k / 20k offline edits to the simulator over loopback through the
sync engine's push (`sync.push.push_outbox`), against a baseline in the same run that POSTs the
same batches of its own edits to the same server and marks the same rows done with one
`executemany` per batch.

Run with `make bench` or `.venv/bin/python benchmarks/bench_push.py [--sizes 1000,5000,20000]
[--rounds 2] [--cprofile FILE]`; prints a table and rewrites the "Push" section of
docs/benchmarks.md. Targets: growth from 1k to 20k within 1.2x of linear; the engine at most
2x the baseline.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from bench_load import write_section  # the one writer of docs/benchmarks.md sections
from bench_sync import MemorySecrets  # the refresh token in memory: no OS keyring needed

from bigcust_desktop.store import edits
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.progress import ignore_progress
from bigcust_desktop.sync.push import BATCH_OPS, PUSH_PATHS, push_outbox
from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

USER = "zhangwei"
SIZES = (1_000, 5_000, 20_000)
# The baseline's whole bookkeeping: one statement per batch, prepared once.
MARK_DONE = "UPDATE outbox SET state = 'applied' WHERE seq = ?"


@dataclass
class Laptop:
    store: Store
    session: SyncSession

    def close(self) -> None:
        self.session.close()
        self.store.close()


def primed_laptop(sim: SimulatorProcess, root: Path) -> Laptop:
    """A fresh encrypted profile signed in and primed (not timed)."""
    profile = Profile.resolve(root)
    store = open_store(profile, secrets.token_bytes(32))
    store.migrate()
    session = SyncSession(Endpoints.single_server(sim.base_url), MemorySecrets())
    session.auth.login(USER, DEMO_PASSWORD)
    run_sync(profile, store, session)
    return Laptop(store, session)


def offline_edits(store: Store, count: int, tag: str) -> None:
    """`count` contacts logged offline (activity creates), spread over the book's customers."""
    with store.begin(write=True) as conn:
        customers = [
            r[0] for r in conn.exec_driver_sql("SELECT id FROM customer ORDER BY id").all()
        ]
        owner = conn.exec_driver_sql("SELECT id FROM user WHERE username = ?", (USER,)).scalar_one()
        for n in range(count):
            edits.create_record(
                conn,
                "activity",
                {
                    "customer_id": customers[n % len(customers)],
                    "opportunity_id": None,
                    "contact_id": None,
                    "owner_id": owner,
                    "channel": "visit",
                    "topic": f"{tag} 拜访 {n}",
                    "outcome": "positive",
                    "occurred_at": "2026-01-05T02:00:00Z",
                    "notes": "离线记录",
                },
            )


def engine_push(laptop: Laptop, profiler: cProfile.Profile | None) -> tuple[float, int]:
    session = laptop.session
    started = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    result = push_outbox(laptop.store, session.auth, session.clients, progress=ignore_progress)
    if profiler is not None:
        profiler.disable()
    return time.perf_counter() - started, result.applied


def baseline_push(laptop: Laptop, sim: SimulatorProcess) -> tuple[float, int]:
    """The same kind of batches: the outbox read once, each batch POSTed with plain `requests`,
    then its rows marked done by one executemany in one transaction. No merge base, no record
    written back, no sync state: the least any push must do."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {laptop.session.auth.token()}"
    url = sim.url(PUSH_PATHS["city"])
    started = time.perf_counter()
    with laptop.store.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT seq, op_id, entity, record_id, kind, fields FROM outbox "
            "WHERE state = 'pending' ORDER BY seq"
        ).all()
    applied = 0
    for start in range(0, len(rows), BATCH_OPS):
        batch = rows[start : start + BATCH_OPS]
        operations = [
            {
                "op_id": op_id,
                "entity": entity,
                "id": record_id,
                "kind": kind,
                "base_version": None,
                "fields": json.loads(fields),
            }
            for _, op_id, entity, record_id, kind, fields in batch
        ]
        response = http.post(url, json={"operations": operations}, timeout=120)
        response.raise_for_status()
        results = response.json()["results"]
        applied += sum(1 for r in results if r["status"] == "applied")
        with laptop.store.begin(write=True) as conn:
            conn.exec_driver_sql(MARK_DONE, [(row[0],) for row in batch])
    seconds = time.perf_counter() - started
    http.close()
    return seconds, applied


def bench(
    sim: SimulatorProcess, tmp: Path, sizes: list[int], rounds: int, profiler: Any
) -> dict[int, dict[str, float]]:
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        engine_s: list[float] = []
        base_s: list[float] = []
        for n in range(rounds):
            # Alternate which side goes first: neither always meets the server's larger tables.
            order = ("engine", "baseline") if n % 2 == 0 else ("baseline", "engine")
            for side in order:
                laptop = primed_laptop(sim, tmp / f"{side}-{size}-{n}")
                try:
                    offline_edits(laptop.store, size, f"{side}-{size}-{n}")
                    if side == "engine":
                        last = profiler if n == rounds - 1 and size == sizes[-1] else None
                        seconds, applied = engine_push(laptop, last)
                        engine_s.append(seconds)
                    else:
                        seconds, applied = baseline_push(laptop, sim)
                        base_s.append(seconds)
                finally:
                    laptop.close()
                if applied != size:
                    raise SystemExit(f"{side} applied {applied} of {size} edits")
                print(f"{size:>6} edits, round {n + 1}, {side}: {seconds:.2f} s", flush=True)
        results[size] = {"engine": min(engine_s), "baseline": min(base_s)}
    return results


def report(results: dict[int, dict[str, float]], rounds: int) -> str:
    sizes = sorted(results)
    lines = [
        f"User `{USER}` (small profile), a freshly primed encrypted profile per run, then N "
        "contacts logged offline (activity creates, untimed); timed: pushing them all. The "
        "engine: `sync.push.push_outbox` (keyset walk of the outbox, batches of "
        f"{BATCH_OPS}, each answer recorded set-wise: entry state, record written back, merge "
        "base, sync state). The baseline: the outbox read once, the same batches POSTed with "
        "plain `requests`, each batch's rows marked done by one `executemany`. Both push to "
        f"the same simulator process; best of {rounds} alternating runs each.",
        "",
        "| edits | engine s | baseline s | engine / baseline | engine ms per edit |",
        "|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        r = results[size]
        lines.append(
            f"| {size:,} | {r['engine']:.2f} | {r['baseline']:.2f} | "
            f"**{r['engine'] / r['baseline']:.2f}x** | {r['engine'] / size * 1000:.2f} |"
        )
    small, large = sizes[0], sizes[-1]
    growth = (results[large]["engine"] / results[small]["engine"]) / (large / small)
    worst = max(results[s]["engine"] / results[s]["baseline"] for s in sizes)
    lines += [
        "",
        f"Growth from {small:,} to {large:,} edits: {results[large]['engine']:.2f} s / "
        f"{results[small]['engine']:.2f} s = "
        f"{results[large]['engine'] / results[small]['engine']:.1f}x for {large // small}x the "
        f"edits, **{growth:.2f}x linear** (target <= 1.2x: "
        f"**{'met' if growth <= 1.2 else 'NOT met'}**). Engine against the baseline: at most "
        f"**{worst:.2f}x** (target <= 2x: **{'met' if worst <= 2 else 'NOT met'}**).",
        "",
        "Figures of one run; on a busy machine, repeat runs differ by up to a third. "
        f"Machine: {os.cpu_count()} CPUs, {platform.platform()}, Python "
        f"{platform.python_version()}, simulator and client on the same machine.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--data", type=Path, default=None, help="reuse a seeded data directory")
    parser.add_argument("--cprofile", type=Path, default=None, help="profile the largest push")
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    profiler = cProfile.Profile() if args.cprofile else None
    with tempfile.TemporaryDirectory(prefix="bench-push-") as tmp:
        data = args.data or Path(tmp) / "data"
        with SimulatorProcess(data, profile="small", start_timeout=300) as sim:
            results = bench(sim, Path(tmp), sizes, args.rounds, profiler)
    if profiler is not None:
        profiler.dump_stats(args.cprofile)
    text = report(results, args.rounds)
    print(text)
    if not args.no_docs:
        write_section("Push", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
