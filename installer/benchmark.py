"""Installer figures: build time and size of the bundle, and its start time against plain Python.

Run by hand (`.venv/bin/python installer/benchmark.py`); rewrites `## Installer` in
docs/benchmarks.md. Depends on the stdlib, make and PyInstaller (the `installer` extra).

The start time is the wall-clock time of a whole `--self-check` process (interpreter start,
imports, Qt, a throw-away encrypted store, migrations, the main window), the bundled executable
and `python -m bigcust_desktop` alternating in the same run, after one warm-up run of each.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "bigcust-desktop"
EXECUTABLE = BUNDLE / ("bigcust-desktop-cli.exe" if sys.platform == "win32" else "bigcust-desktop")
DOC = ROOT / "docs" / "benchmarks.md"
SECTION = "## Installer"
# Both sides run with the same backend that stores nothing, so both keep the key in a file.
ENV = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
ENV.setdefault("QT_QPA_PLATFORM", "offscreen")


def build() -> float:
    started = time.perf_counter()
    result = subprocess.run(["make", "installer"], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"make installer failed:\n{(result.stdout + result.stderr)[-4000:]}")
    return time.perf_counter() - started


def tree_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under `folder`, symlinks not followed."""
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total, files


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    internal = folder / "_internal"
    sizes: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(internal).parts[0]
            sizes[top] = sizes.get(top, 0) + path.stat().st_size
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:count]


def timed(command: list[str]) -> tuple[float, float | None]:
    """Wall-clock seconds of one process, and the time the self-check reported for itself."""
    started = time.perf_counter()
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=300)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    match = re.search(r" in (\d+\.\d+) s", result.stdout)
    return wall, float(match.group(1)) if match else None


def measure(runs: int) -> Samples:
    commands = {
        "bundle": [str(EXECUTABLE)],
        "python": [sys.executable, "-m", "bigcust_desktop"],
    }
    samples: Samples = {name: {"self-check": [], "inside": [], "version": []} for name in commands}
    for command in commands.values():  # warm-up: page cache, font cache
        timed([*command, "--self-check"])
    for _ in range(runs):
        for name, command in commands.items():
            wall, inside = timed([*command, "--self-check"])
            samples[name]["self-check"].append(wall)
            if inside is not None:
                samples[name]["inside"].append(inside)
            samples[name]["version"].append(timed([*command, "--version"])[0])
    return samples


Samples = dict[str, dict[str, list[float]]]


def render(build_seconds: float | None, runs: int, samples: Samples, load: float) -> str:
    import PyInstaller

    from bigcust_desktop import __version__

    size, files = tree_size(BUNDLE)
    median = {n: {k: statistics.median(v) for k, v in d.items() if v} for n, d in samples.items()}
    ratio = median["bundle"]["self-check"] / median["python"]["self-check"]
    parts = ", ".join(f"{name} {bytes_ / 1e6:.0f}" for name, bytes_ in largest_parts(BUNDLE))
    built = (
        f"{build_seconds:.0f} s (`make installer`: a clean PyInstaller build)"
        if build_seconds is not None
        else "not measured in this run"
    )
    lines = [
        SECTION,
        "",
        "Measured by `installer/benchmark.py` (builds with `make installer`, then times both sides",
        f"alternating, {runs} runs each after one warm-up, median). bigcust-desktop {__version__},",
        f"PyInstaller {PyInstaller.__version__}, one-folder bundle `dist/bigcust-desktop/`.",
        "",
        f"- Bundle: {size / 1e6:.0f} MB in {files} files; build time {built}.",
        f"- Largest parts of `_internal/` (MB): {parts}.",
        "",
        "| start-up (wall clock, whole process) | bundle s | `python -m bigcust_desktop` s |",
        "|---|---:|---:|",
        f"| `--self-check` | {median['bundle']['self-check']:.2f} | "
        f"{median['python']['self-check']:.2f} |",
        f"| of which the checks alone (as the line reports) | {median['bundle']['inside']:.2f} | "
        f"{median['python']['inside']:.2f} |",
        f"| `--version` (no Qt) | {median['bundle']['version']:.2f} | "
        f"{median['python']['version']:.2f} |",
        "",
        f"Ratio bundle / python for `--self-check`: {ratio:.2f}. The rest of each process is the",
        "interpreter start and the imports the check needs (a command imports only its layers).",
        "",
        f"Machine: {os.cpu_count()} CPUs, {platform.platform()}, "
        f"Python {platform.python_version()}; load average {load:.1f} when the timing started.",
        "The Windows bundle and installer are built by `.github/workflows/windows.yml` and are not",
        "measured here.",
        "",
    ]
    return "\n".join(lines)


def rewrite_section(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    if pattern.search(doc):
        doc = pattern.sub(lambda _: text + "\n", doc, count=1)
    else:
        doc = doc.rstrip("\n") + "\n\n" + text
    DOC.write_text(doc.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each side")
    parser.add_argument("--no-build", action="store_true", help="measure the existing bundle")
    parser.add_argument("--no-write", action="store_true", help="print, leave the doc alone")
    args = parser.parse_args()
    build_seconds = None if args.no_build else build()
    if not EXECUTABLE.is_file():
        raise SystemExit(f"no bundle at {EXECUTABLE}: run `make installer`")
    # Other work on the machine slows both sides alike, but say how busy it was.
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    text = render(build_seconds, args.runs, measure(args.runs), load)
    print(text)
    if not args.no_write:
        rewrite_section(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
