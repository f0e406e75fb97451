"""What the cache's integrity check costs on the `large` book (issue 18): `PRAGMA quick_check`
against opening the cache and reading the customer list's first page, in the same rounds.

The answer decides where the window runs it: before the first page's rows only after an
unclean end, otherwise in the background after them (docs/sync-engine.md, damaged cache).
Not run by pytest (`make bench`); writes the "Integrity check" section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(tempfile.mkdtemp(prefix="bench-integrity-"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
os.environ.setdefault("XDG_DATA_HOME", str(ROOT / "xdg"))

from benchlib import interleave, machine, write_section  # noqa: E402


def prepare(profile_name: str) -> tuple[object, bytes, dict[str, float]]:
    from bigcust_desktop.store.bulk import load_dataset
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.profile import Profile
    from bigcust_sim.seed import generate

    dataset = generate(profile_name)
    profile = Profile.resolve(ROOT / "profile")
    key = load_or_create_key(profile).secret
    store = open_store(profile, key)
    store.migrate()
    load_dataset(store, {e: r for e, r in dataset.records.items() if r})
    store.close()
    records = sum(len(r) for r in dataset.records.values())
    return profile, key, {"records": records, "db_mb": profile.db_path.stat().st_size / 1e6}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--profile", default="large", choices=("small", "large"))
    parser.add_argument("--no-docs", action="store_true")
    args = parser.parse_args(argv)

    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.integrity import quick_check

    profile, key, info = prepare(args.profile)

    def first_page(_n: int) -> float:
        start = time.perf_counter()
        store = open_store(profile, key)  # type: ignore[arg-type]
        store.migrate()
        store.customers.search_page("", None, first=100)
        store.close()
        return time.perf_counter() - start

    def check(_n: int) -> float:
        store = open_store(profile, key)  # type: ignore[arg-type]
        start = time.perf_counter()
        report = quick_check(store)
        seconds = time.perf_counter() - start
        store.close()
        assert report.ok, report.problems
        return seconds

    rounds = interleave([("open + first page", first_page), ("quick check", check)])
    ratio = rounds.ratio("quick check", "open + first page")
    base_ms = rounds.median("open + first page") * 1000
    check_ms = rounds.median("quick check") * 1000
    body = f"""
`benchmarks/bench_integrity.py`: the `{args.profile}` book loaded into an encrypted cache
({info["records"]:,} records, {info["db_mb"]:.0f} MB); each round opens the cache and reads the
customer list's first 100 rows (the baseline, what the window needs before its first rows),
and runs `PRAGMA quick_check` over the whole file, in turn.

| | median | rounds (s) |
|---|---|---|
| open + first page (baseline) | {base_ms:.0f} ms | {rounds.times("open + first page")} |
| quick check | {check_ms:.0f} ms | {rounds.times("quick check")} |

The quick check costs **{ratio:.1f}×** the open and first page (per-round spread
{rounds.spread("quick check", "open + first page")}): far above the ~100 ms a start may spend
before the first rows, so the window runs it in the background after them, and before them
only after an unclean end (a marker left by a run that did not close the cache).

{machine()}
"""
    print(body)
    if not args.no_docs:
        write_section("Integrity check", body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
