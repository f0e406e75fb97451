"""Feed benchmark: reading all three feeds of a user with gzip, without compression, and with the
client's per-link rule (`sync.compression`, "auto"), over loopback and throttled links.

Each contender reads every page through the engine's own `FeedReader` (request, decode, checks;
no writes), one after the other; median of 5 interleaved rounds. Run with `make bench` or
`.venv/bin/python benchmarks/bench_feed.py [--cases wangfang@loopback,...] [--data DIR]`; prints a
table and rewrites the "Feed" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path
from typing import Any

from benchlib import MemorySecrets, Rounds, interleave, machine, write_section
from netem import LINKS, ThrottledLink

from bigcust_desktop.sync.compression import CompressionChoice, Mode
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.engine import SYSTEMS, SyncSession
from bigcust_desktop.sync.pull import PAGE_LIMIT, FeedReader
from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.seed import DEMO_PASSWORD

DEFAULT_CASES = "wangfang@loopback,wangfang@office,zhangwei@hotspot"
MODES: tuple[Mode, ...] = ("gzip", "identity", "auto")


def read_feeds(base_url: str, user: str, mode: Mode) -> dict[str, Any]:
    session = SyncSession(Endpoints.single_server(base_url), MemorySecrets())
    session.auth.login(user, DEMO_PASSWORD)
    wire = {"bytes": 0, "identity_pages": 0}

    def count(response: Any, *_args: Any, **_kwargs: Any) -> None:
        wire["bytes"] += int(response.headers.get("content-length") or 0)
        if "/changes" in response.url and "Content-Encoding" not in response.headers:
            wire["identity_pages"] += 1

    records = pages = 0
    started = time.perf_counter()
    with session:
        for system in SYSTEMS:
            client = session.clients[system]
            client.session.hooks["response"].append(count)
            with FeedReader(session.auth, client, PAGE_LIMIT, CompressionChoice(mode)) as reader:
                cursor = None
                while True:
                    page = reader.fetch(cursor)
                    pages += 1
                    records += sum(map(len, page.upserts.values())) + len(page.quarantine)
                    cursor = page.next_cursor
                    if not page.has_more:
                        break
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "records": records, "pages": pages, **wire}


def report(results: dict[str, Rounds], rounds: int) -> str:
    lines = [
        f"All three feeds of a user read through the engine's `FeedReader` (request, gzip or "
        f"not, JSON decode, the envelope and every record checked; nothing written), pages of "
        f"{PAGE_LIMIT:,}; median of {rounds} rounds in which gzip, identity and the client's "
        "rule (`auto`) ran in turn; a ratio is the median of the rounds' own ratios. Links: "
        "loopback (no proxy), "
        + ", ".join(f"{k}: {v.describe()}" for k, v in LINKS.items())
        + " (`benchmarks/netem.py`).",
        "",
        "| user @ link | records | pages | gzip s | identity s | auto s | gzip / identity "
        "| auto / best fixed | MB on the wire gzip / identity | pages auto asked uncompressed |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for case, rs in results.items():
        first = {m: rs.runs[m][0] for m in MODES}
        best = "gzip" if rs.median("gzip") <= rs.median("identity") else "identity"
        identity_pages = sorted({r["identity_pages"] for r in rs.runs["auto"]})
        lines.append(
            f"| {case} | {first['gzip']['records']:,} | {first['gzip']['pages']} "
            f"| {rs.median('gzip'):.2f} | {rs.median('identity'):.2f} | {rs.median('auto'):.2f} "
            f"| {rs.ratio('gzip', 'identity'):.2f}x ({rs.spread('gzip', 'identity')}) "
            f"| {rs.ratio('auto', best):.2f}x ({rs.spread('auto', best)}) "
            f"| {first['gzip']['bytes'] / 1e6:.1f} / {first['identity']['bytes'] / 1e6:.1f} "
            f"| {'-'.join(map(str, identity_pages))} of {first['auto']['pages']} |"
        )
    lines += [
        "",
        "The rule (`sync/compression.py`): start with gzip; after 4 pages of at least 64 kB ask "
        "for one page uncompressed; keep whichever delivered more decoded bytes per second of "
        "request time (median of each side's last 5 pages); try the loser again after 50 pages, "
        "twice as long after each further loss. The `compression` setting of the endpoints "
        "(`auto`, `gzip`, `identity`) can fix it.",
        "",
        "Each round's times: "
        + "; ".join(
            f"{case}: " + ", ".join(f"{m} {rs.times(m)}" for m in MODES)
            for case, rs in results.items()
        )
        + ".",
        "",
        machine("simulator, proxy and client on the same machine"),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", choices=("small", "large"), default="large")
    parser.add_argument("--data", type=Path, default=None, help="reuse a seeded data directory")
    parser.add_argument("--cases", default=DEFAULT_CASES, help="user@link,...")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args()

    results: dict[str, Rounds] = {}
    with tempfile.TemporaryDirectory(prefix="bench-feed-") as tmp:
        data = args.data or Path(tmp) / "data"
        with SimulatorProcess(data, profile=args.profile, start_timeout=900) as sim:
            for case in args.cases.split(","):
                user, _, link = case.partition("@")
                link = link or "loopback"
                print(f"== {case}", flush=True)
                with contextlib.ExitStack() as stack:
                    url = sim.base_url
                    if link != "loopback":
                        url = stack.enter_context(ThrottledLink(url, LINKS[link])).base_url
                    read_feeds(url, user, "gzip")  # warm the server's page cache once
                    results[f"{user} @ {link}"] = interleave(
                        [(m, lambda _n, m=m, u=url, w=user: read_feeds(u, w, m)) for m in MODES],
                        args.rounds,
                    )
    text = report(results, args.rounds)
    print(text)
    if not args.no_docs:
        write_section("Feed", text)


if __name__ == "__main__":
    main()
