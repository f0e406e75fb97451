"""UI benchmark over the `large` cache (issue 13 §5): process start to the window's first paint
and to its first page's rows, each against a bare PySide6 QMainWindow process in the same run;
the customer list's first rows after the first paint; and page switches while a priming sync of
the large book runs, against the same switches with no sync.

Run with `make bench` or `.venv/bin/python benchmarks/bench_ui.py [--runs 5] [--no-sync]
[--sync-runs 5] [--baseline-tree DIR]`; prints
the figures and rewrites the "UI" section of docs/benchmarks.md. Targets: first paint <= 2x the
bare window; customer rows < 300 ms after the first paint; a page's rows < 200 ms after a switch
during the priming sync.

The large dataset is loaded once into an encrypted profile (not timed) signed in as 王芳, the
regional manager who sees the whole team's book. Each timed start is a fresh `python -c` child;
bare window, app and app-to-customers take turns, after one untimed warm-up of each. The first
paint is seen by an event filter on the main window alone (one on the application would make
PySide wrap every internal object an event goes to, and tax the measured process), installed
after the start-up's own so that it reports the end of that paint before the work the app
queued behind it (the open lane, the log file) runs, as the bare window's does.
`--child MODE PROFILE` runs one child by itself, e.g. under /usr/bin/time for whole-process
figures: MODE `bare` (the bare window) or `paint` (the app) exits at the first paint.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

_PRELUDE = r"""
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer

def memory():
    found = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(value.split()[0]) / 1024
    return {"rss_mb": found["VmRSS"], "peak_mb": found["VmHWM"]}

def report(what, **extra):
    print(json.dumps({"what": what, "at": time.time(), **memory(), **extra}), flush=True)

class FirstPaint(QObject):
    # On the window itself: the top-level widget gets its own paint with the first frame.
    def __init__(self, window, then):
        super().__init__(window)
        self.window, self.then, self.seen = window, then, False
        window.installEventFilter(self)

    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after the whole window's first paint
        return False
"""

BARE_CHILD = (
    _PRELUDE
    + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)

def shown():
    report("shown")
    os._exit(0)

hook = FirstPaint(window, shown)
window.show()
app.exec()
"""
)

# The app starts as `bigcust-desktop --profile DIR` does. Modes: "paint" exits at the first
# paint; "rows" waits for the start page's figures, then times the lists; "customers" asks for
# the customer list at the first paint, as a user clicking 客户 at once.
APP_CHILD = (
    "import time\nphases = {'interpreter': time.time()}\n"
    "from bigcust_desktop.cli import main\nphases['cli_imported'] = time.time()\n"
    + _PRELUDE
    + r"""
mode, profile_dir, customer_id = sys.argv[1], sys.argv[2], sys.argv[3]
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QApplication
from bigcust_desktop.ui.startup import StartUp
phases["window_module"] = time.time()
_build, _begin = MainWindow.__init__, StartUp.begin

def timed_build(self, *args, **kwargs):
    phases["window_started"] = time.time()
    _build(self, *args, **kwargs)
    phases["window_built"] = time.time()

def timed_begin(self, *args, **kwargs):
    _begin(self, *args, **kwargs)
    # Installed after the start-up's own filter, so it runs first: the figure is the end of
    # the first paint, not the work the app queued to run after it (the lane, the log file).
    window = self._window
    window._bench_hook = FirstPaint(window, lambda: shown(window))

MainWindow.__init__ = timed_build
StartUp.begin = timed_begin

def ms_since(start):
    return (time.perf_counter() - start) * 1000

def wait_for(signal, app):
    done = []
    signal.connect(lambda *args: done.append(args))
    while not done:
        app.processEvents()
        time.sleep(0.001)
    return done[0]

def shown(window):
    report("shown", phases=phases)
    if mode == "paint":
        os._exit(0)
    app = QApplication.instance()
    painted = time.perf_counter()
    if mode == "customers":
        window.show_page("customers")  # a placeholder until its first rows are read
        page = window.pages.built_page("customers")
        while page is None or page.model.rowCount() == 0:
            app.processEvents()
            time.sleep(0.001)
            page = window.pages.built_page("customers")
        page.table.viewport().repaint()
        first_ms = ms_since(painted)
        early = not window.ctx.is_open  # the first page read before the store opened
        whole = []
        page.loaded.connect(lambda *args: whole.append(ms_since(painted)))
        while not window.ctx.is_open:
            app.processEvents()
            time.sleep(0.001)
        opened_ms = ms_since(painted)
        if early:
            while not whole:
                app.processEvents()
                time.sleep(0.001)
            page.table.viewport().repaint()
        report("customers", after_paint_ms=first_ms, opened_ms=opened_ms, early=early,
               whole_ms=whole[0] if whole else first_ms, rows=page.model.total())
        os._exit(0)
    wait_for(window.opened, app)
    report("opened")
    page = window.dashboard
    if page.data is None:
        wait_for(page.loaded, app)
    page.repaint()
    report("rows", after_paint_ms=ms_since(painted))
    lists(window, app)
    os._exit(0)

def lists(window, app):
    page = window.customers
    start = time.perf_counter()
    window.show_page("customers")
    if page.model.total() == 0:
        wait_for(page.loaded, app)
    page.table.viewport().repaint()
    customers_ms = ms_since(start)
    customer_rows = page.model.total()
    start = time.perf_counter()  # a search typed (the typing pause not counted)
    page.search.blockSignals(True)
    page.search.setText("科技")
    page.search.blockSignals(False)
    page.refresh()
    wait_for(page.loaded, app)
    page.table.viewport().repaint()
    search_ms = ms_since(start)
    c360 = window.customer360
    start = time.perf_counter()
    window.ctx.open_customer.emit(customer_id)
    wait_for(c360.loaded, app)
    c360.repaint()
    open_ms = ms_since(start)
    tab = c360.lines_tab
    c360.tabs.setCurrentWidget(tab)
    model, tree = tab.model, tab.tree
    root = model.index(0, 0)
    accounts = [model.index(row, 0, root) for row in range(model.rowCount(root))]
    biggest = max(accounts, key=lambda index: model.node_item(index).subscribers)
    start = time.perf_counter()
    tree.expand(biggest)
    tree.scrollTo(model.index(0, 0, biggest), tree.ScrollHint.PositionAtTop)
    tree.viewport().repaint()
    expand_ms = ms_since(start)
    report("lists", customers_ms=customers_ms, customer_rows=customer_rows,
           search_ms=search_ms, search_rows=page.model.total(), open360_ms=open_ms,
           lines_ms=expand_ms, account_lines=model.node_item(biggest).subscribers,
           lines_loaded=model.rowCount(biggest), customer_lines=c360.data.lines)

main(["--profile", profile_dir, "--lang", "zh_CN"])
"""
)

# Page switches while the window's own priming sync of the large book runs, then the same
# switches in a second window over the same (now full) cache with no sync: the baseline.
SWITCH_CHILD = r"""
import json, sys, time, threading
from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QApplication

# Every page but the start page (built with the window): each built the first time it is shown,
# or before in idle time (`PageStack.warm_up`: the customer list and opportunities).
PAGES = ("customers", "opportunities", "quotes", "tickets", "activities", "sync")
base_url, root = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
profile = Profile.resolve(root)

def opened():
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    return store

store = opened()
user, store = sign_in(profile, store, Endpoints.single_server(base_url), "wangfang", "demo1234",
                      reopen=opened)

def spin_until(check, limit=600):
    end = time.monotonic() + limit
    while not check():
        if time.monotonic() > end:
            raise SystemExit("gave up waiting")
        app.processEvents()
        time.sleep(0.001)

def switches(window):
    times = {}
    for name in PAGES:
        done = []
        start = time.perf_counter()
        page = window.show_page(name)
        page.loaded.connect(lambda *a: done.append(1))
        spin_until(lambda: done)
        page.repaint()
        times[name] = (time.perf_counter() - start) * 1000
        # Back to an idle moment between switches, as a user reading the page.
        pause = time.monotonic() + 0.3
        while time.monotonic() < pause:
            app.processEvents()
            time.sleep(0.005)
    return times

def warming(window):
    # `PageStack.warm_up` still has a step to take (its timer, in this code and the code before).
    warmer = getattr(window.pages, "_warmer", None)
    return warmer is not None and warmer.isActive()

def resident_mb():
    with open("/proc/self/status") as fh:
        return next(int(line.split()[1]) / 1024 for line in fh if line.startswith("VmRSS:"))

def settled(window):
    # The start page drawn and the idle-time warm-up done: the window as a user finds it.
    spin_until(lambda: window.dashboard.data is not None)
    spin_until(lambda: not warming(window))
    window.tasks.wait()
    app.processEvents()

window = MainWindow(profile, store, user)
window.show()
settled(window)
settled_mb = resident_mb()
events = []
window.sync.progressed.connect(events.append)
ended = []
window.synced.connect(lambda report: ended.append(time.perf_counter()))
window.sync.failed.connect(lambda exc: ended.append(exc))
started = time.perf_counter()
window.start_sync()
# Switch once the sync writes the city feed (opportunities, quotes, tickets, activities): the
# pages then have rows to show, and each page commit of the sync competes with the reads.
spin_until(lambda: any(e.system == "city" for e in events) or ended, limit=1800)
during = switches(window)
still_running = not ended
spin_until(lambda: ended, limit=1800)
if not isinstance(ended[0], float):
    raise SystemExit(f"sync failed: {ended[0]!r}")
sync_s = ended[0] - started
window.close()
idle_window = MainWindow(profile, store, user)
idle_window.show()
settled(idle_window)
idle = switches(idle_window)
print(json.dumps({"during": during, "idle": idle, "sync_s": sync_s,
                  "switched_while_syncing": still_running, "settled_mb": settled_mb}), flush=True)
idle_window.close()
store.close()
"""


def prepare(root: Path, profile_name: str) -> tuple[Path, str, dict[str, Any]]:
    """Generate and load the dataset into a profile signed in as wangfang; not timed."""
    from sqlalchemy import func, select

    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.bulk import load_dataset
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.models import Subscriber
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.auth import REFRESH_TOKEN
    from bigcust_sim.seed import generate

    start = time.perf_counter()
    dataset = generate(profile_name)
    profile = Profile.resolve(root / "profile")
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    load_dataset(store, {e: r for e, r in dataset.records.items() if r})
    record = next(u for u in dataset.records["user"] if u["username"] == "wangfang")
    store.meta.remember_user(UserProfile.from_json(record))
    with store.begin() as conn:
        biggest = conn.execute(
            select(Subscriber.customer_id)
            .group_by(Subscriber.customer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).scalar_one()
    store.close()
    # A session in the keyring, as after a sign-in: the window opens without the sign-in dialog.
    # No endpoints are saved, so the start-up sync stops at once ("not signed in"): no network.
    ProfileSecrets(profile).set(REFRESH_TOKEN, "placeholder-not-a-token")
    info = {
        "seed": dataset.seed,
        "records": sum(len(r) for r in dataset.records.values()),
        "customers": len(dataset.records["customer"]),
        "subscribers": len(dataset.records["subscriber"]),
        "prepare_s": time.perf_counter() - start,
        "db_mb": profile.db_path.stat().st_size / 1e6,
    }
    return profile.root, biggest, info


def run_child(
    code: str, args: list[str], env: dict[str, str], tree: str | None = None
) -> list[dict[str, Any]]:
    """One fresh process; its reports, each with `elapsed` = seconds from spawn to the report."""
    if tree is not None:  # the same child over another checkout's package
        env = {**env, "PYTHONPATH": tree}
    spawned = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=tree or ROOT,  # `python -c` imports the package of its working directory first
    )
    # The child leaves with os._exit at its measured point: remove the open marker a window
    # closed normally removes, so that the next start is an ordinary one and not the start
    # after a crash (which checks the whole file first, store.integrity).
    for arg in args:
        if Path(arg).is_dir():
            for marker in Path(arg).rglob("cache.db-open.*"):
                marker.unlink(missing_ok=True)
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not reports:
        raise RuntimeError(f"child failed ({done.returncode}):\n{done.stderr[-3000:]}")
    for report in reports:
        if "at" in report:
            report["elapsed"] = report["at"] - spawned
        if "phases" in report:
            report["phases"] = {k: v - spawned for k, v in report["phases"].items()}
    return reports


def switch_during_sync(
    root: Path, env: dict[str, str], runs: int = 1, baseline_tree: str | None = None
) -> list[dict[str, Any]]:
    """A simulator with the large data set; in each run a fresh window primes wangfang's book
    into a fresh profile and switches (then, with ``baseline_tree``, the same over that
    checkout's package, marked ``baseline``). Each run notes the load average at its start."""
    from bigcust_sim.launcher import SimulatorProcess

    data, found = root / "sim", []
    trees = [None] if baseline_tree is None else [None, baseline_tree]
    with SimulatorProcess(data, profile="large", start_timeout=900) as sim:
        for run in range(runs):
            for tree in trees:
                print(f"priming sync {run + 1} of {runs} ({tree or 'this tree'})…", file=sys.stderr)
                load = os.getloadavg()[0]
                where = root / f"switch-profile-{run}"
                child = run_child(SWITCH_CHILD, [sim.base_url, str(where)], env, tree)[0]
                found.append({**child, "load_average": load, "baseline": tree is not None})
                shutil.rmtree(where, ignore_errors=True)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", default="large", choices=("small", "large"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-sync", action="store_true", help="skip the switches during a sync")
    parser.add_argument(
        "--sync-runs", type=int, default=5, help="priming syncs with page switches (default 5)"
    )
    parser.add_argument(
        "--sync-only", action="store_true", help="only the switches during a sync (no docs)"
    )
    parser.add_argument("--no-docs", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument(
        "--prepared",
        metavar="DIR",
        help="reuse the profile an earlier `prepare` left in DIR (kept), and time only the "
        "customer list at the first paint (with --baseline-tree) against the bare window",
    )
    parser.add_argument(
        "--baseline-tree",
        metavar="DIR",
        help="a checkout of the code before (e.g. main's): its customer list at the first paint "
        "(with --sync-only: its page switches during the priming sync) takes turns with this "
        "code's, for a ratio in the same run",
    )
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PROFILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, profile = args.child
        code = BARE_CHILD if mode == "bare" else APP_CHILD
        extra = [] if mode == "bare" else [mode, profile, ""]
        os.execv(sys.executable, [sys.executable, "-c", code, *extra])

    root = Path(args.prepared) if args.prepared else Path(tempfile.mkdtemp(prefix="bench-ui-"))
    info: dict[str, Any] = {}
    # One file keyring inside the temporary directory, for this process and its children.
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(root / "xdg-data")
    os.environ["XDG_CONFIG_HOME"] = str(root / "xdg-config")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # An installed app runs from compiled bytecode: let the warm-up children write it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    switch: list[dict[str, Any]] | None = None
    if args.sync_only:
        try:
            switches = switch_during_sync(root, env, args.sync_runs, args.baseline_tree)
            print(json.dumps(switches, indent=1))
            print("\n".join(switch_lines([s for s in switches if not s["baseline"]])))
            if args.baseline_tree:
                print("\nThe baseline tree, in turn with this one:\n")
                print("\n".join(switch_lines([s for s in switches if s["baseline"]])))
                print("\n".join(pair_lines(switches)))
        finally:
            shutil.rmtree(root, ignore_errors=True)
        return 0
    if args.prepared:
        return first_rows_only(root, args, env)
    try:
        profile_dir, biggest, prepared = prepare(root, args.profile)
        info.update(prepared)
        print(
            f"prepared {args.profile}: {info['records']:,} records in {info['prepare_s']:.1f} s",
            file=sys.stderr,
        )
        info["load_average"] = os.getloadavg()[0]
        kinds = {
            "bare": (BARE_CHILD, []),
            "app": (APP_CHILD, ["rows", str(profile_dir), biggest]),
            "customers": (APP_CHILD, ["customers", str(profile_dir), biggest]),
        }
        trees = {kind: None for kind in kinds}
        if args.baseline_tree:
            kinds["customers_before"] = kinds["customers"]
            trees["customers_before"] = args.baseline_tree
            kinds["app_before"] = kinds["app"]
            trees["app_before"] = args.baseline_tree
        for kind, (code, child_args) in kinds.items():  # warm-up: file cache and bytecode
            run_child(code, child_args, env, trees.get(kind))
        runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
        for run in range(args.runs):
            for kind, (code, child_args) in kinds.items():
                reports = run_child(code, child_args, env, trees.get(kind))
                runs[kind].append({r["what"]: r for r in reports})
            print(
                f"run {run + 1}: bare {runs['bare'][-1]['shown']['elapsed']:.2f} s, "
                f"app {runs['app'][-1]['shown']['elapsed']:.2f} s "
                f"(rows {runs['app'][-1]['rows']['elapsed']:.2f} s)",
                file=sys.stderr,
            )
        if not args.no_sync and args.profile == "large":
            switch = switch_during_sync(root, env, args.sync_runs)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    text = render(args.profile, info, runs, switch)
    print(text)
    if not args.no_docs:
        # The one writer of docs/benchmarks.md sections (it loads the store: not in a child).
        from bench_load import write_section

        write_section("UI", text)
    return 0


def first_rows_only(root: Path, args: argparse.Namespace, env: dict[str, str]) -> int:
    """The customer list at the first paint over a kept profile: this code, the code before
    (``--baseline-tree``) and the bare window in turn; prints the rows of `before_lines`."""
    profile = str(root / "profile")
    kinds: dict[str, tuple[str, list[str], str | None]] = {
        "bare": (BARE_CHILD, [], None),
        "customers": (APP_CHILD, ["customers", profile, ""], None),
    }
    if args.baseline_tree:
        kinds["customers_before"] = (APP_CHILD, ["customers", profile, ""], args.baseline_tree)
    load = os.getloadavg()[0]
    for code, child_args, tree in kinds.values():  # warm-up
        run_child(code, child_args, env, tree)
    runs: dict[str, list[dict[str, Any]]] = {kind: [] for kind in kinds}
    for _ in range(args.runs):
        for kind, (code, child_args, tree) in kinds.items():
            runs[kind].append({r["what"]: r for r in run_child(code, child_args, env, tree)})
    now = [r["customers"]["after_paint_ms"] for r in runs["customers"]]
    bare = [r["shown"]["elapsed"] * 1000 for r in runs["bare"]]
    lines = [
        f"Load average {load:.1f} when the runs began, {os.getloadavg()[0]:.1f} at the end.",
        "",
        *before_lines(runs),
        f"Bare window's first paint, same rounds: median {med(bare):.0f} ms "
        f"({', '.join(f'{v:.0f}' for v in bare)}); this code's first rows after the paint "
        f"against it: {med([a / b for a, b in zip(now, bare, strict=True)]):.2f}x.",
    ]
    print("\n".join(lines))
    return 0


def med(values: list[float]) -> float:
    return statistics.median(values)


def verdict(ok: bool) -> str:
    return "**met**" if ok else "**NOT met**"


def render(
    profile: str,
    info: dict[str, Any],
    runs: dict[str, list[dict[str, Any]]],
    switch: list[dict[str, Any]] | None,
) -> str:
    def listed(values: list[float], scale: float = 1.0, places: int = 2) -> str:
        return ", ".join(f"{v * scale:.{places}f}" for v in values)

    bare_s = [r["shown"]["elapsed"] for r in runs["bare"]]
    paint_s = [r["shown"]["elapsed"] for r in runs["app"]]
    rows_s = [r["rows"]["elapsed"] for r in runs["app"]]
    # Each app run against the bare run of the same round: the machine's drift cancels out.
    paint_ratios = [p / b for p, b in zip(paint_s, bare_s, strict=True)]
    rows_ratios = [r / b for r, b in zip(rows_s, bare_s, strict=True)]
    customers_ms = [r["customers"]["after_paint_ms"] for r in runs["customers"]]
    # The part of it spent before the store was attached: the start-up lane's work.
    lane_ms = [r["customers"]["opened_ms"] for r in runs["customers"]]
    whole_ms = [r["customers"]["whole_ms"] for r in runs["customers"]]
    early = sum(1 for r in runs["customers"] if r["customers"]["early"])
    lists = [r["lists"] for r in runs["app"]]
    first = lists[0]

    def lat(key: str) -> list[float]:
        return [r[key] for r in lists]

    paint_ratio, rows_ratio = med(paint_ratios), med(rows_ratios)
    lines = [
        f"Profile `{profile}` (seed {info['seed']}): {info['records']:,} records, "
        f"{info['customers']:,} customers, {info['subscribers']:,} subscribers, in an encrypted "
        f"cache of {info['db_mb']:.0f} MB, signed in as 王芳 (regional manager: the whole "
        f"team's book); generated and loaded in {info['prepare_s']:.0f} s, not timed. Each "
        f"start-up figure is the median of {len(bare_s)} fresh processes; bare window, app and "
        "app-to-customers take turns after one untimed warm-up of each; Chinese UI, offscreen "
        "platform; each ratio is the median of the per-round ratios against that round's bare "
        "window.",
        "",
        "### Start-up",
        "",
        "| process (from spawn) | median s | runs s | vs bare window |",
        "|---|---:|---:|---:|",
        f"| baseline: bare PySide6 `QMainWindow` 1280×800, first paint | {med(bare_s):.2f} "
        f"| {listed(bare_s)} | 1.00x |",
        f"| **`bigcust-desktop --profile …`: first paint of the window's shell** (menus, "
        f"navigation, status bar 正在打开本机数据…) | **{med(paint_s):.2f}** | {listed(paint_s)} "
        f"| **{paint_ratio:.2f}x** |",
        f"| … first rows: the start page's figures drawn (store opened, schema checked, "
        f"dashboard read in the background) | {med(rows_s):.2f} | {listed(rows_s)} "
        f"| {rows_ratio:.2f}x |",
        "",
        f"First paint vs bare window: **{paint_ratio:.2f}x** (target <= 2x: "
        f"{verdict(paint_ratio <= 2)}). The window paints its shell before the store, "
        "SQLAlchemy, sqlcipher3, keyring and Qt Charts are even imported; they load in the "
        "sync lane after that paint, with the start page's modules, and the page's rows follow.",
        "",
        "Where the start-up goes (medians, seconds from spawn):",
        "",
        "| phase | s |",
        "|---|---:|",
        *[f"| {what} | {seconds:.2f} |" for what, seconds in phase_rows(runs["app"])],
        "",
        "### First rows",
        "",
        "| list | median ms | runs ms | rows |",
        "|---|---:|---:|---:|",
        f"| **customer list asked for at the first paint: its first rows drawn, after the "
        f"paint** (the first page read from the file before the store opened) "
        f"| **{med(customers_ms):.0f}** | {listed(customers_ms, places=0)} "
        f"| {runs['customers'][0]['customers']['rows']:,} |",
        f"| … the store attached | {med(lane_ms):.0f} | {listed(lane_ms, places=0)} | |",
        f"| … the whole list read from the store, in place of the first page "
        f"| {med(whole_ms):.0f} | {listed(whole_ms, places=0)} | |",
        f"| customer list once the window is open: built, ids read, visible rows drawn "
        f"| {med(lat('customers_ms')):.1f} | {listed(lat('customers_ms'), places=1)} "
        f"| {first['customer_rows']:,} |",
        f"| customer list, search 科技 typed (after the typing pause) "
        f"| {med(lat('search_ms')):.1f} | {listed(lat('search_ms'), places=1)} "
        f"| {first['search_rows']:,} |",
        f"| subscriber list: the biggest account of the customer with the most lines expanded "
        f"in the 360 tree, its first lines drawn | {med(lat('lines_ms')):.1f} "
        f"| {listed(lat('lines_ms'), places=1)} "
        f"| {first['lines_loaded']:,} of {first['account_lines']:,} |",
        f"| that customer's 360 view opened ({first['customer_lines']:,} lines) "
        f"| {med(lat('open360_ms')):.1f} | {listed(lat('open360_ms'), places=1)} | |",
        "",
        f"Customer rows under 300 ms after the first paint: "
        f"{verdict(med(customers_ms) < 300)} ({med(customers_ms):.0f} ms; the first page was "
        f"read before the store opened in {early} of {len(customers_ms)} runs). The start-up "
        "lane reads the key and the list's first page on a raw sqlcipher3 connection "
        "(`store.first_page`, the list's own query by the stored pinyin key, only from a cache "
        "at the schema's head revision), hands it to the list, waits until those rows are "
        "drawn, and only then imports SQLAlchemy, its ORM, the models and the session check's "
        "sync modules (imports hold the GIL: drawing beside them took three times as long); "
        "the list read from the store replaces the first page in the same order, the "
        "selection kept.",
        "",
        *before_lines(runs),
        *app_before_lines(runs),
        *switch_lines(switch),
        "### Memory",
        "",
        "| state | resident MB |",
        "|---|---:|",
        f"| baseline: bare `QMainWindow` shown | {med([r['shown']['rss_mb'] for r in runs['bare']]):.0f} |",  # noqa: E501
        f"| app: shell painted | {med([r['shown']['rss_mb'] for r in runs['app']]):.0f} |",
        f"| app: start page filled | {med([r['rows']['rss_mb'] for r in runs['app']]):.0f} |",
        f"| app: peak (VmHWM) after the lists and the 360 view above "
        f"| **{max(r['lists']['peak_mb'] for r in runs['app']):.0f}** |",
        "",
        "Figures of one run; on a busy machine, repeat runs differ by up to a third. "
        f"Machine: {os.cpu_count()} CPUs (load average {info['load_average']:.1f} when the runs "
        f"began), {platform.platform()}, Python {platform.python_version()}, "
        f"PySide6 {_pyside_version()}.",
    ]
    return "\n".join(lines)


def before_lines(runs: dict[str, list[dict[str, Any]]]) -> list[str]:
    """This code's customer list at the first paint against the code before, same run."""
    if "customers_before" not in runs:
        return []
    now = [r["customers"]["after_paint_ms"] for r in runs["customers"]]
    before = [r["customers"]["after_paint_ms"] for r in runs["customers_before"]]
    ratios = [a / b for a, b in zip(now, before, strict=True)]
    listed = ", ".join(f"{r:.2f}" for r in ratios)
    return [
        "The same child over the code before (main's checkout), in turn with this code's in "
        "each round:",
        "",
        "| customer rows after the first paint | median ms | runs ms |",
        "|---|---:|---:|",
        f"| the code before (the baseline tree) | {med(before):.0f} "
        f"| {', '.join(f'{v:.0f}' for v in before)} |",
        f"| **this code** | **{med(now):.0f}** | {', '.join(f'{v:.0f}' for v in now)} |",
        "",
        f"This code against the code before: **{med(ratios):.2f}x** (per-round ratios {listed}).",
        "",
    ]


def app_before_lines(runs: dict[str, list[dict[str, Any]]]) -> list[str]:
    """This code's first paint and start page's rows against the code before, same rounds."""
    if "app_before" not in runs:
        return []
    bare = [r["shown"]["elapsed"] for r in runs["bare"]]
    rows = []
    for what, key in (("first paint", "shown"), ("the start page's figures drawn", "rows")):
        now = [r[key]["elapsed"] for r in runs["app"]]
        before = [r[key]["elapsed"] for r in runs["app_before"]]
        ratios = [a / b for a, b in zip(now, before, strict=True)]
        now_bare = med([a / b for a, b in zip(now, bare, strict=True)])
        before_bare = med([a / b for a, b in zip(before, bare, strict=True)])
        rows.append(
            f"| {what} | {med(now):.2f} ({now_bare:.2f}x bare) | {med(before):.2f} "
            f"({before_bare:.2f}x bare) "
            f"| **{med(ratios):.2f}x** ({', '.join(f'{r:.2f}' for r in ratios)}) |"
        )
    return [
        "The same start-up child over the code before (the baseline tree), in turn with this "
        "code's and the bare window in each round:",
        "",
        "| from spawn | this code, median s | the code before, median s "
        "| this / before, median of the rounds (each round) |",
        "|---|---:|---:|---:|",
        *rows,
        "",
    ]


def switch_lines(switch: list[dict[str, Any]] | None) -> list[str]:
    """The page switches of each priming sync: medians over the runs, each run's figures, and
    the median of the runs' ratios against the same switch with no sync."""
    if not switch:
        return []
    pages = list(switch[0]["during"])
    rows = []
    worst = 0.0
    for name in pages:
        during = [run["during"][name] for run in switch]
        idle = [run["idle"][name] for run in switch]
        ratio = med([d / i for d, i in zip(during, idle, strict=True)])
        worst = max(worst, med(during))
        listed = ", ".join(f"{v:.0f}" for v in during)
        rows.append(
            f"| {name} | **{med(during):.0f}** ({listed}) | {med(idle):.0f} | {ratio:.1f}x |"
        )
    syncs = ", ".join(f"{run['sync_s']:.0f}" for run in switch)
    loads = ", ".join(f"{run['load_average']:.1f}" for run in switch)
    while_syncing = sum(1 for run in switch if run["switched_while_syncing"])
    return [
        "### Page switches during a priming sync",
        "",
        f"{len(switch)} runs, one after the other, each the window's own priming sync of 王芳's "
        f"large book from the simulator on loopback into a fresh profile ({syncs} s; load "
        f"average {loads} as each began), and, once it was writing the city feed "
        "(opportunities, quotes, tickets, activities arriving page by page), a switch to each "
        "page as a user clicks through, a page built the first time it is shown: from the "
        "click to its rows drawn. The baseline of each run: the same switches in a second "
        "window over the same (then complete) cache, with no sync running; both windows first "
        "settled (start page drawn, the idle-time warm-up of `PageStack.warm_up` done). The "
        f"switches of {while_syncing} of {len(switch)} runs "
        "all happened while the sync ran.",
        "",
        "| page | during the sync, median ms (runs) | no sync, median ms "
        "| during / no sync, median of the runs' ratios |",
        "|---|---:|---:|---:|",
        *rows,
        "",
        f"Every page's rows within 200 ms of the switch during the sync: {verdict(worst < 200)} "
        f"(slowest median {worst:.0f} ms). Reads run in the read lane beside the sync's writes "
        "(SQLite WAL); nothing waits for the sync lane.",
        "",
    ]


def pair_lines(switch: list[dict[str, Any]]) -> list[str]:
    """Each run of this code against the baseline tree's run just after it, page by page."""
    pairs = list(
        zip(
            [run for run in switch if not run["baseline"]],
            [run for run in switch if run["baseline"]],
            strict=True,
        )
    )
    lines = ["", "| page | this code / baseline, per pair, during the sync | median |"]
    lines.append("|---|---|---:|")
    for name in pairs[0][0]["during"]:
        ratios = [a["during"][name] / b["during"][name] for a, b in pairs]
        listed = ", ".join(f"{r:.2f}" for r in ratios)
        lines.append(f"| {name} | {listed} | **{med(ratios):.2f}x** |")
    memory = [a["settled_mb"] - b["settled_mb"] for a, b in pairs if "settled_mb" in b]
    if memory:
        listed = ", ".join(f"{m:+.0f}" for m in memory)
        lines += [
            "",
            "Resident memory of the settled window (before the sync), this code minus the "
            f"baseline's: median {med(memory):+.0f} MB ({listed}).",
        ]
    return lines


_PHASES = (
    ("interpreter", "Python interpreter up"),
    ("cli_imported", "`import bigcust_desktop.cli` (the argument parser; each command imports "
     "what it needs)"),
    ("window_module", "the window's modules: PySide6 widgets, the shell's and the start-up's "
     "own modules (no store, sync engine, Qt Charts or keyring yet)"),
    ("window_started", "`run_gui` to the window: logging, settings, translation"),
    ("window_built", "`MainWindow(...)`: navigation, menus, status bar, a placeholder per page"),
)  # fmt: skip


def phase_rows(app: list[dict[str, Any]]) -> list[tuple[str, float]]:
    """Each phase's own duration (median over the runs), then show to first paint and rows."""
    rows, before = [], [0.0] * len(app)
    for key, what in _PHASES:
        at = [a["shown"]["phases"][key] for a in app]
        rows.append((what, med([x - b for x, b in zip(at, before, strict=True)])))
        before = at

    def since(later: list[float], earlier: list[float]) -> float:
        return med([x - b for x, b in zip(later, earlier, strict=True)])

    shown = [a["shown"]["elapsed"] for a in app]
    opened = [a["opened"]["elapsed"] for a in app]
    filled = [a["rows"]["elapsed"] for a in app]
    rows.append(("`show()` to the first paint", since(shown, before)))
    rows.append(
        ("first paint to the store attached (in the sync lane: key, store, schema check, user, "
         "the first page's modules)", since(opened, shown))
    )  # fmt: skip
    rows.append(
        ("store attached to the start page's figures drawn (read lane)", since(filled, opened))
    )
    return rows


def _pyside_version() -> str:
    import PySide6

    return PySide6.__version__


if __name__ == "__main__":
    sys.exit(main())
