"""What every benchmark shares: interleaved rounds and their medians, the docs section writer, the
machine line, an in-memory keyring slot, peak memory. Imported by the `bench_*.py` scripts.

A comparison is reported as the median of at least `ROUNDS` rounds in which every contender runs
once, in turn (the order rotates each round), so that a busy moment of a shared machine falls on
one round of each side rather than on one side only; the ratio is the median of the per-round
ratios, and the spread of those ratios is printed beside it.
"""

from __future__ import annotations

import os
import platform
import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
ROUNDS = 5


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


@dataclass
class Rounds:
    """Results of interleaved rounds: `runs[name]` holds one result per round, in round order."""

    names: tuple[str, ...]
    runs: dict[str, list[Any]] = field(default_factory=dict)

    def seconds(self, name: str) -> list[float]:
        return [_seconds(r) for r in self.runs[name]]

    def median(self, name: str) -> float:
        return statistics.median(self.seconds(name))

    def ratio(self, name: str, baseline: str) -> float:
        """Median over the rounds of name / baseline, each round's own pair."""
        return statistics.median(self.ratios(name, baseline))

    def ratios(self, name: str, baseline: str) -> list[float]:
        return [a / b for a, b in zip(self.seconds(name), self.seconds(baseline), strict=True)]

    def spread(self, name: str, baseline: str) -> str:
        """The lowest and highest per-round ratio, for the reader to judge the noise."""
        ratios = self.ratios(name, baseline)
        return f"{min(ratios):.2f}-{max(ratios):.2f}"

    def times(self, name: str) -> str:
        return ", ".join(f"{s:.2f}" for s in self.seconds(name))


def _say(line: str) -> None:
    print(line, flush=True)


def _seconds(result: Any) -> float:
    if isinstance(result, int | float):
        return float(result)
    if isinstance(result, dict):
        return float(result["seconds"])
    return float(result.seconds)


def interleave(
    contenders: Sequence[tuple[str, Callable[[int], Any]]],
    rounds: int = ROUNDS,
    *,
    say: Callable[[str], None] | None = None,
) -> Rounds:
    """Run each contender once per round, rotating the order; each callable gets the round number
    and returns seconds, or a dict / object with `seconds`."""
    result = Rounds(tuple(name for name, _ in contenders))
    for name in result.names:
        result.runs[name] = []
    for n in range(rounds):
        shift = n % len(contenders)
        for name, run in [*contenders[shift:], *contenders[:shift]]:
            result.runs[name].append(run(n))
        line = ", ".join(f"{k} {result.seconds(k)[-1]:.2f} s" for k in result.names)
        (say or _say)(f"round {n + 1}: {line}")
    return result


def machine(*extra: str) -> str:
    """The closing line of a section: where the figures come from."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    parts = [
        f"{os.cpu_count()} CPUs (load average {load:.1f} when the section was written)",
        platform.platform(),
        f"Python {platform.python_version()}",
        *extra,
    ]
    return "Machine: " + ", ".join(parts) + "."


def peak_rss_mb() -> float | None:
    """This process's peak resident memory (VmHWM on Linux; starts afresh at exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return None


class MemorySecrets:
    """The refresh token in memory: the benchmarks need no OS keyring."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def set(self, name: str, value: str) -> None:
        self._values[name] = value

    def delete(self, name: str) -> None:
        self._values.pop(name, None)
