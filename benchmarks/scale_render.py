"""The "Scale" section of docs/benchmarks.md from the figures `bench_scale.py` saves as it measures
(a run's figures.json, whatever of it the run got to). Depends on `benchlib` only.
"""

from __future__ import annotations

from typing import Any

from benchlib import Rounds, machine


def render(figures: dict[str, Any]) -> str:
    """The "Scale" section from a run's figures (whatever of them the run got to)."""
    rounds = figures["rounds"]
    names = tuple(n for n in ("download", "baseline", "engine") if all(n in r for r in rounds))
    prime = Rounds(names, {name: [r[name] for r in rounds] for name in names})
    runs = prime.runs["engine"]
    rows = figures.get("rows", {})
    loads = [r[k][0] for r in rounds for k in ("load_before", "load_after")]
    lines = [
        f"Profile `{figures['profile']}`, regional manager `{figures['user']}`: "
        f"**{runs[0]['records']:,} records** primed "
        f"({', '.join(f'{v:,} {k}' for k, v in rows.items())} in the cache), over loopback, "
        f"simulator on {figures['simulator']}. Priming: the {', '.join(names)} in turn, "
        f"**{len(rounds)} round{'s' * (len(rounds) > 1)}**, medians (a ratio is the median of the "
        "rounds' own ratios); the engine runs in its own process for its peak memory; load "
        f"average {min(loads):.1f}-{max(loads):.1f} at the rounds' starts and ends. Reads: first "
        f"and median of {figures.get('repeat', 5)} runs on the first round's cache.",
        "",
        "| priming | median s (rounds) | vs baseline |",
        "|---|---:|---:|",
        f"| baseline: raw download + raw inserts | {prime.median('baseline'):.1f} "
        f"({prime.times('baseline')}) | 1.00x |",
        f"| **engine: `run_sync`** | **{prime.median('engine'):.1f}** ({prime.times('engine')}) "
        f"| **{prime.ratio('engine', 'baseline'):.2f}x** ({prime.spread('engine', 'baseline')}) |",
        "",
        f"Sync peak memory (the child's VmHWM, interpreter included): "
        f"**{max(r['peak_mb'] or 0 for r in runs):.0f} MB**.",
    ]
    sqlite = [r["sqlite_peak_mb"] for r in runs if r.get("sqlite_peak_mb")]
    if sqlite:
        lines[-1] += f" Of it SQLite's own peak allocation: {max(sqlite):.0f} MB."
    if "download" in names:
        at = next(i for i, line in enumerate(lines) if line.startswith("| baseline: raw download"))
        lines.insert(
            at,
            f"| raw feed download alone | {prime.median('download'):.1f} "
            f"({prime.times('download')}) | {prime.ratio('download', 'baseline'):.2f}x |",
        )
    if "size_mb" in figures:
        size = figures["size_mb"]
        lines[-1] += (
            f" Cache on disk after priming and one month more: **{size / 1000:.2f} GB** "
            f"({size * 1e6 / max(1, runs[0]['records']):.0f} bytes a record)."
        )
    if "sync" in figures:
        lines += ["", "| incremental sync | records | requests | s |", "|---|---:|---:|---:|"]
        lines += [
            f"| {what} | {r['records']:,} | {r['requests']} | {r['seconds']:.2f} |"
            for what, r in figures["sync"].items()
        ]
    lines += ["", "| read on the primed cache | first ms | median ms |", "|---|---:|---:|"]
    if "dashboard" in figures:
        dash = figures["dashboard"]
        lines.append(
            "| dashboard: background reads (`load_dashboard`) "
            f"| {dash['first_ms']:.0f} | **{dash['median_ms']:.0f}** |"
        )
    lines += [
        f"| first rows: {name} | {r['first_ms']:.0f} | {r['median_ms']:.0f} |"
        for name, r in figures.get("lists", {}).items()
    ]
    if at_risk := figures.get("at_risk"):
        lines.append(
            f"| at-risk worklist ({at_risk['rows']:,} customers, `store.analytics.worklist`) "
            f"| {at_risk['first_ms']:.0f} | {at_risk['median_ms']:.0f} |"
        )
    lines.append("")
    if search := figures.get("search"):
        lines.append(
            f"Search, 60 fragments of names, credit codes and numbers from the cache: median "
            f"{search['search_ms']:.2f} ms against {search['like_ms']:.1f} ms for LIKE "
            f"(**{search['ratio']:.0f}x**)."
        )
    if at_risk:
        lines.append(
            f"The worklist as kept after the whole-book recompute that follows a first sync "
            f"({at_risk['customers']:,} customers, {at_risk['flagged']:,} flagged): "
            f"{at_risk['refresh_s']:.0f} s, in the sync lane, never on screen."
        )
    if report := figures.get("report"):
        lines.append(
            f"Report: the revenue report (default period) exported in {report['median_s']:.1f} s "
            f"(median of {report['runs']}), {report['file_mb']:.1f} MB."
        )
    lines += [
        "",
        "What follows from these figures (what holds, what is close to a limit): "
        "[scale.md](scale.md).",
        "",
        machine("simulator and client on the same machine"),
    ]
    return "\n".join(lines)
