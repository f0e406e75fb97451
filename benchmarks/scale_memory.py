"""Where a priming's memory goes: `run_sync` from an empty cache in a child process, sampled every
half second (resident memory and its high-water mark, SQLite's own allocation, the sync's phase),
optionally with Python's traced memory (tracemalloc, which slows the sync down several times).

Run with ``.venv/bin/python benchmarks/scale_memory.py DATA_DIR PROFILE OUT.json [--trace]
[--user wangfang]``: DATA_DIR is a simulator data directory (seeded there if empty, never one a
running benchmark serves: copy it); prints the peak by phase and writes every sample to OUT.json
(docs/benchmarks.md, "Scale: sync memory"). Depends on `bench_sync`, `bench_scale` and the client.
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench_scale import sqlite_peak_mb
from bench_sync import signed_in

SAMPLE_S = 0.5


def _status() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB."""
    out: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out


def _sqlite_used() -> Any:
    import ctypes

    import sqlcipher3._sqlite3 as driver

    used = ctypes.CDLL(driver.__file__).sqlite3_memory_used
    used.restype = ctypes.c_int64
    return used


def child(root: Path, base_url: str, user: str, trace: bool) -> dict[str, Any]:
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.sync.engine import run_sync
    from bigcust_desktop.sync.progress import SyncProgress

    if trace:
        tracemalloc.start(5)
    used = _sqlite_used()
    store = open_store(Profile.resolve(root), secrets.token_bytes(32))
    store.migrate()
    session = signed_in(base_url, user)
    phase = {"name": "start", "records": 0}
    samples: list[dict[str, Any]] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            row: dict[str, Any] = {**_status(), "sqlite_mb": used() / 2**20, **phase}
            if trace:
                row["python_mb"] = tracemalloc.get_traced_memory()[0] / 2**20
            samples.append(row | {"t": time.monotonic()})
            stop.wait(SAMPLE_S)

    def progress(p: SyncProgress) -> None:
        phase.update(name=f"{p.phase}:{p.system}", records=p.done)

    refresh = store.sync_state.refresh_summaries

    def refresh_marked(profile: Any) -> None:
        phase["name"] = "summaries"
        refresh(profile)

    store.sync_state.refresh_summaries = refresh_marked  # type: ignore[method-assign]
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    report = run_sync(store.profile, store, session, progress=progress)
    seconds = time.perf_counter() - started
    stop.set()
    sampler.join()
    session.close()
    store.close()
    out: dict[str, Any] = {
        "seconds": seconds,
        "records": sum(p.records for p in report.pulls.values()),
        "peak_mb": _status()["VmHWM"],
        "sqlite_peak_mb": sqlite_peak_mb(),
        "samples": samples,
    }
    if trace:
        out["python_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
        top = tracemalloc.take_snapshot().statistics("lineno")[:15]
        out["python_top_at_end"] = [str(t) for t in top]
    return out


def by_phase(figures: dict[str, Any]) -> dict[str, float]:
    """The highest resident memory seen in each phase (``pull:boss`` as ``boss``)."""
    peaks: dict[str, float] = {}
    for row in figures["samples"]:
        name = row["name"].split(":")[-1]
        peaks[name] = max(peaks.get(name, 0.0), row["VmRSS"])
    return peaks


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        figures = child(Path(argv[1]), argv[2], argv[3], argv[4] == "1")
        print(json.dumps(figures))
        return 0
    from bigcust_sim.launcher import SimulatorProcess

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("profile")
    parser.add_argument("out", type=Path)
    parser.add_argument("--user", default="wangfang")
    parser.add_argument("--trace", action="store_true", help="Python's traced memory too")
    args = parser.parse_args(argv)
    root = args.out.with_suffix(".profile")
    shutil.rmtree(root, ignore_errors=True)
    with SimulatorProcess(args.data, profile=args.profile, start_timeout=3600) as sim:
        command = [sys.executable, __file__, "--child", str(root), sim.base_url, args.user]
        command.append("1" if args.trace else "0")
        proc = subprocess.run(command, capture_output=True, text=True)
    shutil.rmtree(root, ignore_errors=True)
    if proc.returncode != 0:
        raise SystemExit(f"priming failed:\n{proc.stderr[-3000:]}")
    args.out.write_text(proc.stdout.strip().splitlines()[-1])
    figures = json.loads(args.out.read_text())
    summary = {k: v for k, v in figures.items() if k != "samples"}
    print(json.dumps(summary | {"by_phase_mb": by_phase(figures)}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
