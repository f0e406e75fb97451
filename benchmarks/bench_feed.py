"""Feed benchmark: a regional manager's priming pull of all three feeds from a `large` simulator
over loopback, with and without gzip: records/s, pages/s and bytes on the wire.

Run with `make bench` or `.venv/bin/python benchmarks/bench_feed.py [--profile small] [--data DIR]`;
prints a table and rewrites the "Feed" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
SYSTEMS = ("crm", "boss", "city")


def write_section(heading: str, body: str) -> None:
    """Replace the `## heading` section of docs/benchmarks.md (or append it)."""
    text = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n"
    block = f"## {heading}\n\n{body.strip()}\n\n"
    pattern = re.compile(rf"^## {re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text, count=1)
    else:
        text = text.rstrip() + "\n\n" + block
    DOCS.write_text(text.rstrip() + "\n", encoding="utf-8")


def pull(sim: SimulatorProcess, token: str, gzip: bool, limit: int) -> dict[str, Any]:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    session.headers["Accept-Encoding"] = "gzip" if gzip else "identity"
    records = pages = wire = 0
    started = time.perf_counter()
    for system in SYSTEMS:
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": limit}
            if cursor:
                params["cursor"] = cursor
            response = session.get(sim.url(f"/{system}/v1/changes"), params=params, timeout=120)
            response.raise_for_status()
            wire += int(response.headers["content-length"])
            page = json.loads(response.content)  # decoded as a client must, to count fairly
            records += len(page["changes"])
            pages += 1
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
    elapsed = time.perf_counter() - started
    return {"records": records, "pages": pages, "wire": wire, "seconds": elapsed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", choices=("small", "large"), default="large")
    parser.add_argument("--data", type=Path, default=None, help="reuse a seeded data directory")
    parser.add_argument("--user", default="wangfang", help="regional manager of the big team")
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-feed-") as tmp:
        data = args.data or Path(tmp) / "data"
        seeded_before = (data / "sim.sqlite3").exists()
        started = time.perf_counter()
        with SimulatorProcess(data, profile=args.profile, start_timeout=600) as sim:
            start_s = time.perf_counter() - started
            token = requests.post(
                sim.url("/auth/token"),
                json={"grant_type": "password", "username": args.user, "password": DEMO_PASSWORD},
                timeout=60,
            ).json()["access_token"]
            pull(sim, token, True, args.limit)  # warm the page cache once
            runs = {"gzip": pull(sim, token, True, args.limit)}
            runs["identity"] = pull(sim, token, False, args.limit)

    lines = [
        f"Profile `{args.profile}`, user `{args.user}` (all three feeds, `limit={args.limit}`), "
        f"on {platform.machine()} with {os.cpu_count()} CPUs, Python {platform.python_version()}. "
        + (
            f"Server start-up with first-start seeding: {start_s:.1f} s."
            if not seeded_before
            else f"Server start-up on a seeded directory: {start_s:.1f} s."
        ),
        "",
        "| encoding | records | pages | seconds | records/s | MB on the wire |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, run in runs.items():
        rate = run["records"] / run["seconds"]
        lines.append(
            f"| {name} | {run['records']:,} | {run['pages']} | {run['seconds']:.1f} | "
            f"{rate:,.0f} | {run['wire'] / 1e6:.1f} |"
        )
    ratio = runs["identity"]["wire"] / max(1, runs["gzip"]["wire"])
    speed = runs["gzip"]["seconds"] / runs["identity"]["seconds"]
    lines += [
        "",
        f"gzip sends {ratio:.1f}x fewer bytes and takes {speed:.2f}x the time of identity over "
        "loopback (where bandwidth is free: on a real link gzip wins). Times include the "
        "client's JSON decode of every page.",
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_docs:
        write_section("Feed", text)


if __name__ == "__main__":
    main()
