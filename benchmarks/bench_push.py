"""Push benchmark: pushing 1k / 5k / 20k offline edits to the simulator over loopback through the
sync engine's push (`sync.push.push_outbox`), against a baseline in the same run that POSTs the
same batches of its own edits to the same server (a fresh one from the same seeded data for
every run) and marks the same rows done with one `executemany` per batch.

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
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from bench_load import write_section  # the one writer of docs/benchmarks.md sections
from bench_sync import MemorySecrets  # the refresh token in memory: no OS keyring needed

from bigcust_desktop.store import edits
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.outbox import Applied
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.progress import ignore_progress
from bigcust_desktop.sync.push import BATCH_OPS, PUSH_PATHS, push_outbox
from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD, generate

USER = "zhangwei"
SIZES = (1_000, 5_000, 20_000)
NOW = "2026-01-05T03:00:00Z"
# The baseline's whole bookkeeping: one statement per batch, prepared once.
MARK_DONE = "UPDATE outbox SET state = 'applied' WHERE seq = ?"


@dataclass
class Laptop:
    store: Store
    session: SyncSession
    key: bytes

    def reopen(self) -> None:
        """Close and open the store again, as after the restarts between a week's offline
        edits: the push starts from a checkpointed file, not behind one huge fresh WAL."""
        self.store = reopened(self.store, self.key)

    def close(self) -> None:
        self.session.close()
        self.store.close()


def reopened(store: Store, key: bytes) -> Store:
    store.close()
    return open_store(store.profile, key)


def primed_laptop(sim: SimulatorProcess, root: Path) -> Laptop:
    """A fresh encrypted profile signed in and primed (not timed)."""
    profile = Profile.resolve(root)
    key = secrets.token_bytes(32)
    store = open_store(profile, key)
    store.migrate()
    session = SyncSession(Endpoints.single_server(sim.base_url), MemorySecrets())
    session.auth.login(USER, DEMO_PASSWORD)
    run_sync(profile, store, session)
    return Laptop(store, session, key)


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


@dataclass
class Run:
    seconds: float  # the whole push
    waiting: float  # of which waiting for the server's answers (request sent to answer decoded)
    cpu: float  # the client process's own CPU time (the server is another process)
    applied: int

    @property
    def local(self) -> float:
        """The client's own work: reading the outbox, recording the answers."""
        return self.seconds - self.waiting


def engine_push(laptop: Laptop, profiler: cProfile.Profile | None) -> Run:
    session = laptop.session
    waited = 0.0
    call = session.auth.call

    def timed_call(*args: Any, **kwargs: Any) -> Any:
        nonlocal waited
        started = time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            waited += time.perf_counter() - started

    session.auth.call = timed_call  # type: ignore[method-assign]
    started, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    result = push_outbox(laptop.store, session.auth, session.clients, progress=ignore_progress)
    if profiler is not None:
        profiler.disable()
    return Run(time.perf_counter() - started, waited, time.process_time() - cpu, result.applied)


def baseline_push(laptop: Laptop, sim: SimulatorProcess) -> Run:
    """The same kind of batches: the outbox read once, each batch POSTed with plain `requests`,
    then its rows marked done by one executemany in one transaction. No merge base, no record
    written back, no sync state: the least any push must do."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {laptop.session.auth.token()}"
    url = sim.url(PUSH_PATHS["city"])
    waited = 0.0
    started, cpu = time.perf_counter(), time.process_time()
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
        sent = time.perf_counter()
        response = http.post(url, json={"operations": operations}, timeout=120)
        response.raise_for_status()
        results = response.json()["results"]
        waited += time.perf_counter() - sent
        applied += sum(1 for r in results if r["status"] == "applied")
        with laptop.store.begin(write=True) as conn:
            conn.exec_driver_sql(MARK_DONE, [(row[0],) for row in batch])
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    http.close()
    return Run(seconds, waited, cpu, applied)


def settle_in_process(size: int, root: Path, records: dict[str, list[Any]]) -> Run:
    """The engine's own work alone: the same walk and settlement, the server's answers played
    in this process (applied, the record as sent at version 1), no network and no server."""
    key = secrets.token_bytes(32)
    store = open_store(Profile.resolve(root / f"local-{size}"), key)
    try:
        store.migrate()
        load_dataset(store, records)
        offline_edits(store, size, f"local-{size}")
        store = reopened(store, key)
        walk = store.outbox.walk()
        started, cpu = time.perf_counter(), time.process_time()
        applied = 0
        while (batch := walk.next_batch()) is not None:
            answers = [
                Applied(e.op_id, {**e.fields, "id": e.record_id, "version": 1, "updated_at": NOW})
                for e in batch.entries
            ]
            applied += walk.settle(batch, answers).applied
        return Run(time.perf_counter() - started, 0.0, time.process_time() - cpu, applied)
    finally:
        store.close()
        shutil.rmtree(root / f"local-{size}", ignore_errors=True)


def seeded_template(root: Path, data: Path | None) -> Path:
    """The simulator's seeded data, generated once (or given); each run serves a copy of it."""
    if data is not None and data.exists():
        return data
    template = data or root / "template"
    with SimulatorProcess(template, profile="small", start_timeout=300):
        pass
    return template


def one_run(
    template: Path, root: Path, side: str, size: int, profiler: cProfile.Profile | None
) -> Run:
    """A fresh server from the template, a primed laptop, `size` edits (untimed), the push."""
    data = root / f"server-{side}-{size}"
    shutil.copytree(template, data)
    try:
        with SimulatorProcess(data, profile="small", start_timeout=300) as sim:
            laptop = primed_laptop(sim, root / f"laptop-{side}-{size}")
            try:
                offline_edits(laptop.store, size, f"{side}-{size}")
                laptop.reopen()
                if side == "engine":
                    run = engine_push(laptop, profiler)
                else:
                    run = baseline_push(laptop, sim)
            finally:
                laptop.close()
    finally:
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(root / f"laptop-{side}-{size}", ignore_errors=True)
    if run.applied != size:
        raise SystemExit(f"{side} applied {run.applied} of {size} edits")
    return run


def bench(
    template: Path, tmp: Path, sizes: list[int], rounds: int, profiler: Any
) -> dict[int, dict[str, Run]]:
    results: dict[int, dict[str, Run]] = {}
    for size in sizes:
        runs: dict[str, list[Run]] = {"engine": [], "baseline": []}
        for n in range(rounds):
            # Alternate which side goes first: neither always meets a busier machine.
            for side in ("engine", "baseline") if n % 2 == 0 else ("baseline", "engine"):
                last = (
                    profiler if side == "engine" and n == rounds - 1 and size == sizes[-1] else None
                )
                run = one_run(template, tmp, side, size, last)
                runs[side].append(run)
                print(
                    f"{size:>6} edits, round {n + 1}, {side}: {run.seconds:.2f} s "
                    f"(waiting for the server {run.waiting:.2f} s)",
                    flush=True,
                )
        results[size] = {side: min(r, key=lambda x: x.seconds) for side, r in runs.items()}
    return results


def bench_in_process(tmp: Path, sizes: list[int], rounds: int) -> dict[int, Run]:
    records = {e: r for e, r in generate("small").records.items() if r}
    best: dict[int, Run] = {}
    for size in sizes:
        runs = [settle_in_process(size, tmp, records) for _ in range(rounds)]
        best[size] = min(runs, key=lambda r: r.seconds)
        print(f"{size:>6} edits, answers in process: {best[size].seconds:.2f} s", flush=True)
    return best


def report(results: dict[int, dict[str, Run]], local: dict[int, Run], rounds: int) -> str:
    sizes = sorted(results)
    small, large = sizes[0], sizes[-1]
    factor = large // small

    def growth(value: Callable[[Run], float], runs: Callable[[int], Run]) -> float:
        return value(runs(large)) / value(runs(small)) / factor

    def engine(size: int) -> Run:
        return results[size]["engine"]

    def baseline(size: int) -> Run:
        return results[size]["baseline"]

    lines = [
        f"User `{USER}` (small profile). Each run: a fresh simulator serving a copy of the same "
        "seeded data, a freshly primed encrypted profile, N contacts logged offline (activity "
        "creates) and the store reopened (untimed); timed: pushing them all. The engine: "
        "`sync.push.push_outbox` (keyset walk of the outbox, batches of "
        f"{BATCH_OPS}, each answer recorded set-wise: entry "
        "state, record written back, merge base, sync state). The baseline: the outbox read "
        "once, the same batches POSTed with plain `requests`, each batch's rows marked done by "
        f"one `executemany`. Best of {rounds} alternating runs each. *Waiting*: from sending a "
        "batch to its answer decoded; *client CPU*: the client process's own CPU time (the "
        "simulator is another process).",
        "",
        "| edits | engine s | baseline s | engine / baseline | engine waiting s "
        "| engine client CPU s | baseline client CPU s |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        e, b = engine(size), baseline(size)
        lines.append(
            f"| {size:,} | {e.seconds:.2f} | {b.seconds:.2f} | **{e.seconds / b.seconds:.2f}x** "
            f"| {e.waiting:.2f} | {e.cpu:.2f} | {b.cpu:.2f} |"
        )
    lines += [
        "",
        "The engine's own work, the server's answers played in the same process (the same walk "
        "and settlement into an encrypted store holding the small data set; no network, no "
        "server):",
        "",
        "| edits | s | ms per edit | CPU s |",
        "|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {size:,} | {local[size].seconds:.2f} | {local[size].seconds / size * 1000:.3f} "
        f"| {local[size].cpu:.2f} |"
        for size in sorted(local)
    ]
    own = growth(lambda r: r.seconds, lambda n: local[n])
    cpu = growth(lambda r: r.cpu, engine)
    wall = growth(lambda r: r.seconds, engine)
    server = growth(lambda r: r.waiting, baseline)
    worst = max(engine(n).seconds / baseline(n).seconds for n in sizes)
    lines += [
        "",
        f"Growth from {small:,} to {large:,} edits ({factor}x the edits), against linear: the "
        f"whole push **{wall:.2f}x** (target <= 1.2x: **{'met' if wall <= 1.2 else 'NOT met'}**"
        f"; the simulator's answers alone grow {server:.2f}x, the baseline's waiting), the "
        f"engine's client CPU over loopback {cpu:.2f}x, its own work with the answers played "
        f"in process {own:.2f}x. Engine against the baseline: at most **{worst:.2f}x** (target "
        f"<= 2x: **{'met' if worst <= 2 else 'NOT met'}**).",
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
        template = seeded_template(Path(tmp), args.data)
        local = bench_in_process(Path(tmp), sizes, args.rounds)
        results = bench(template, Path(tmp), sizes, args.rounds, profiler)
    if profiler is not None:
        profiler.dump_stats(args.cprofile)
    text = report(results, local, args.rounds)
    print(text)
    if not args.no_docs:
        write_section("Push", text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
