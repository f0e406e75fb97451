"""The reads of `bench_scale.py` on a cache primed before (the lead's 3-million-record book),
without priming again: this checkout's code alone, or against another checkout's code on its own
copy of the cache, each side in a child process, interleaved pairs, medians.

Run as ``bench_scale.py --reads DIR --key-file F [--parts lists dashboard]``, or with
``--against DIR0 --against-key F0 --against-src CHECKOUT [--pairs 5] [--docs]`` for before and
after (``--docs`` writes the "Scale: list reads" section of docs/benchmarks.md). The cache of
each side is migrated to its code's head revision first, untimed (the time is printed).
Depends on `bench_scale` and `benchlib`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchlib import machine, write_section

SECTION = "Scale: list reads"
HERE = Path(__file__).resolve()


def read_once(root: Path, key_file: Path, parts: tuple[str, ...]) -> dict[str, Any]:
    """Open the cache (migrating it, timed apart), then the reads of `parts`, each saved."""
    from bench_scale import REPEAT, SEARCH_PASSES, cache_reads

    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.profile import Profile

    key = bytes.fromhex(key_file.read_text().strip())
    started = time.perf_counter()
    store = open_store(Profile.resolve(root), key)
    store.migrate()
    figures: dict[str, Any] = {"migrate_s": time.perf_counter() - started, "repeat": REPEAT}
    cache_reads(store, root, SEARCH_PASSES, 1, figures.__setitem__, parts)
    store.close()
    return figures


def medians(figures: dict[str, Any]) -> dict[str, float]:
    """Each read's median milliseconds, by its name in the Scale table."""
    out: dict[str, float] = {}
    if "dashboard" in figures:
        out["dashboard: background reads (`load_dashboard`)"] = figures["dashboard"]["median_ms"]
    for name, read in figures.get("lists", {}).items():
        out[f"first rows: {name}"] = read["median_ms"]
    return out


def child(root: Path, key_file: Path, parts: tuple[str, ...], src: str | None) -> dict[str, Any]:
    """One side's reads in a fresh process, with the code of `src` (None: this checkout)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = src or str(HERE.parent.parent)
    command = [sys.executable, str(HERE.parent / "bench_scale.py"), "--reads-child"]
    command += [str(root), str(key_file), *parts]
    proc = subprocess.run(command, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"reads failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def pairs(args: argparse.Namespace) -> dict[str, Any]:
    parts = tuple(args.parts)
    sides = {
        "before": (args.against, args.against_key, args.against_src),
        "after": (args.reads, args.key_file, None),
    }
    migrate = {name: child(*side[:2], (), side[2])["migrate_s"] for name, side in sides.items()}
    print(f"migrations (untimed in the pairs): {migrate}", flush=True)
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    loads = [os.getloadavg()[0]]
    for n in range(args.pairs):
        for name in ("before", "after") if n % 2 == 0 else ("after", "before"):
            runs[name].append(medians(child(*sides[name][:2], parts, sides[name][2])))
        loads.append(os.getloadavg()[0])
        print(f"pair {n + 1}: {json.dumps(runs)}", flush=True)
    return {"runs": runs, "loads": loads, "migrate_s": migrate, "pairs": args.pairs}


def render(result: dict[str, Any], rows: str) -> str:
    runs, loads = result["runs"], result["loads"]
    lines = [
        f"The reads of the Scale section again on {rows}, before and after migration 0008 and "
        "the lists' queries (branch `scale-reads`): each side in its own process on its own "
        "copy of the same primed cache (before: main's code at revision 0007; after: this code "
        f"at 0008), {result['pairs']} interleaved pairs; a side's figure is the median of its "
        "pairs' medians (each of 5 reads), the ratio the median of the pairs' own ratios "
        f"(lowest-highest). Load average {min(loads):.1f}-{max(loads):.1f} during the pairs.",
        "",
        "| read on the primed cache | before ms | after ms | after / before |",
        "|---|---:|---:|---:|",
    ]
    for name in runs["after"][0]:
        before = [r[name] for r in runs["before"]]
        after = [r[name] for r in runs["after"]]
        ratios = sorted(a / b for a, b in zip(after, before, strict=True))
        lines.append(
            f"| {name} | {statistics.median(before):.0f} | **{statistics.median(after):.0f}** "
            f"| {statistics.median(ratios):.2f} ({ratios[0]:.2f}-{ratios[-1]:.2f}) |"
        )
    migrate = result["migrate_s"]["after"]
    lines += [
        "",
        f"Migration 0008 on that cache (seven indexes built, five dropped): {migrate:.0f} s, "
        "once, at the first start of the new version (0 s when the copy was migrated before).",
        "",
        machine(),
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if argv[0] == "--reads-child":
        figures = read_once(Path(argv[1]), Path(argv[2]), tuple(argv[3:]))
        print(json.dumps(figures, ensure_ascii=False))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=Path, required=True, help="a primed profile directory")
    parser.add_argument("--key-file", type=Path, required=True, help="its key, in hex")
    parser.add_argument("--parts", nargs="+", default=["dashboard", "lists"])
    parser.add_argument("--against", type=Path, help="the baseline's copy of the cache")
    parser.add_argument("--against-key", type=Path)
    parser.add_argument("--against-src", help="the checkout whose code reads the baseline")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--docs", action="store_true", help="write the section of benchmarks.md")
    args = parser.parse_args(argv)
    if args.against is None:
        figures = read_once(args.reads, args.key_file, tuple(args.parts))
        print(json.dumps(figures, indent=1, ensure_ascii=False))
        return 0
    result = pairs(args)
    rows = f"the cache of {args.reads.name}"
    counts = child(args.reads, args.key_file, ("rows",), None).get("rows")
    if counts:
        rows = f"the primed cache ({', '.join(f'{v:,} {k}' for k, v in counts.items())})"
    text = render(result, rows)
    print(text)
    if args.docs:
        write_section(SECTION, text)
    return 0
