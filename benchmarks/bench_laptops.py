"""50 laptops at once: 50 account managers sign in, prime, then sync incrementally with offline
edits while churn runs, against the simulator on PostgreSQL with several workers.

Each laptop is a process running the client's own engine (`run_sync`, real SQLCipher cache, its
own keyring file). All phases start together: the parent says `go` to every laptop and waits for
all. Prints errors, lost or duplicated edits, every laptop's cache against a fresh pull of its book,
the throughput and p95 latency of feed pages and pushes, and the CPU each side used (laptops,
simulator workers, PostgreSQL) per phase: where the time goes.

Run with `make bench` or `.venv/bin/python benchmarks/bench_laptops.py [--laptops 50]
[--workers 2] [--rounds 3] [--edits 5] [--churn 10]`. The `city` profile is seeded into a
throw-away PostgreSQL cluster (`bigcust_sim.pgcluster`) first (about a minute).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import requests

from bigcust_sim.launcher import SimulatorProcess
from bigcust_sim.pgcluster import PgCluster

PHASES = ("start", "sign-in", "prime", "incremental", "no-op", "final")
TICK = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime of the process itself
    return total / TICK


def _children(ppid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == ppid:
                found.append(int(entry.name))
    return found


def _postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


class Conductor:
    """The child's side of the phase protocol: wait for `go`, answer `done` (stdin/stdout lines)."""

    def wait(self) -> None:
        line = sys.stdin.readline()
        if line.strip() != "go":
            raise SystemExit(f"stopped by the parent ({line.strip() or 'closed'})")

    @staticmethod
    def done(payload: Any = None) -> None:
        sys.stdout.write(json.dumps({"done": True, "payload": payload}, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def child(username: str, base_url: str, root: str, options: str) -> None:
    """One laptop process (`--child`): every phase starts on the parent's `go`."""
    conductor = Conductor()
    try:
        out = _laptop(username, base_url, root, conductor, json.loads(options))
    except BaseException:
        import traceback

        Conductor.done({"user": username, "fatal": traceback.format_exc()})
        raise
    Conductor.done(out)


def _laptop(
    username: str, base_url: str, root: str, barrier: Conductor, args: dict[str, Any]
) -> dict[str, Any]:
    """Sign in, prime, rounds of offline edits + sync, a no-op sync, then check the cache."""
    from sqlalchemy import select

    from bigcust_desktop.domain.datahome import HOMES
    from bigcust_desktop.domain.drafts.activities import new_activity
    from bigcust_desktop.store import edits
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.models import ENTITY_TABLES
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.store.secrets import ProfileSecrets
    from bigcust_desktop.sync.config import Endpoints, save_endpoints
    from bigcust_desktop.sync.engine import SyncSession, run_sync
    from bigcust_sim.seed import DEMO_PASSWORD

    out: dict[str, Any] = {"user": username, "errors": [], "latency": {}, "phase": {}}
    latency: dict[str, list[float]] = {"feed": [], "push": [], "auth": []}
    rng = random.Random(username)

    profile = Profile.resolve(Path(root) / username)
    endpoints = Endpoints.single_server(base_url, read_timeout=120.0)
    secrets = ProfileSecrets(profile)

    def start() -> Any:
        """The laptop's first start: a new encrypted cache at the newest schema."""
        save_endpoints(profile.settings_path, endpoints)
        made = open_store(profile, load_or_create_key(profile).secret)
        made.migrate()
        import requests as _  # noqa: F401 - the client loads it at its first sync

        return made

    def session() -> SyncSession:
        made = SyncSession(endpoints, secrets)
        clients = [made.auth._client, *made.clients.values()]
        for client in clients:
            client.session.hooks["response"].append(_timer)
        return made

    def _timer(response: requests.Response, *_: Any, **__: Any) -> None:
        path = response.request.path_url
        kind = (
            "auth" if "/auth/" in path else "push" if response.request.method == "POST" else "feed"
        )
        latency[kind].append(response.elapsed.total_seconds())

    def phase(name: str, work: Any) -> Any:
        barrier.wait()
        started = time.perf_counter()
        try:
            return work()
        except Exception as exc:  # counted and printed by the parent
            out["errors"].append(f"{name}: {type(exc).__name__}: {exc}")
            return None
        finally:
            out["phase"][name] = time.perf_counter() - started
            barrier.done()

    def sign_in() -> str:
        with session() as s:
            user = s.auth.login(username, DEMO_PASSWORD)
        store.meta.remember_user(user)
        return user.id

    def sync() -> Any:
        with session() as s:
            return run_sync(profile, store, s)

    store = phase("start", start)
    user_id = phase("sign-in", sign_in)
    phase("prime", sync)
    with store.begin() as conn:
        table = ENTITY_TABLES["customer"]
        customers = [r[0] for r in conn.execute(select(table.c.id))]
    created: list[str] = []

    def rounds() -> None:
        for _ in range(args["rounds"]):
            with store.begin(write=True) as conn:
                for _ in range(args["edits"]):
                    fields = new_activity(
                        customer_id=rng.choice(customers),
                        owner_id=user_id,
                        channel="visit",
                        topic=f"离线拜访 {username}",
                        outcome="positive",
                        occurred_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5),
                        now=dt.datetime.now(dt.UTC),
                    )
                    created.append(edits.create_record(conn, "activity", fields)["id"])
            report = sync()
            if report.push.rejected or report.push.conflicts:
                out["errors"].append(f"push: {report.summary()}")

    phase("incremental", rounds)
    noop = phase("no-op", sync)
    out["noop_requests"] = noop.requests if noop is not None else None
    phase("final", sync)  # churn has stopped: this pull brings the last of it

    # Compare the cache with a fresh pull of the same book (plain requests, from no cursor).
    barrier.wait()
    fresh: dict[tuple[str, str], int] = {}
    token = requests.post(
        base_url + "/auth/token",
        json={"grant_type": "password", "username": username, "password": DEMO_PASSWORD},
        timeout=120,
    ).json()["access_token"]
    server_activities: list[str] = []
    for system in ("crm", "boss", "city"):
        cursor = None
        while True:
            params: dict[str, Any] = {"limit": 2000, **({"cursor": cursor} if cursor else {})}
            page = requests.get(
                f"{base_url}/{system}/v1/changes",
                params=params,
                headers={"Authorization": f"Bearer {token}"},
                timeout=120,
            ).json()
            for change in page["changes"]:
                key = (change["entity"], change["id"])
                if change["deleted"]:
                    fresh.pop(key, None)
                else:
                    fresh[key] = change["version"]
                    record = change["record"]
                    if change["entity"] == "activity" and record["topic"] == f"离线拜访 {username}":
                        server_activities.append(change["id"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
    local: dict[tuple[str, str], int] = {}
    with store.begin() as conn:
        for entity in HOMES:
            table = ENTITY_TABLES[entity]
            for record_id, version in conn.execute(select(table.c.id, table.c.version)):
                local[(entity, record_id)] = version
    out["cache_equal"] = local == fresh
    out["cache_diff"] = len(set(local.items()) ^ set(fresh.items()))
    out["edits_made"] = len(created)
    out["edits_lost"] = len(set(created) - set(server_activities))
    out["edits_extra"] = len(server_activities) - len(set(created) & set(server_activities))
    out["latency"] = latency
    store.close()
    return out


def _spy(pids: list[int]) -> list[tuple[subprocess.Popen[bytes], Path]]:
    """py-spy sampling every worker (waiting threads included) until `_print_spied` stops it."""
    spies = []
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    for pid in pids:
        out = Path(tempfile.mkdtemp()) / f"spy-{pid}.txt"
        command = [exe, "record", "--idle", "--format", "raw", "-r", "50", "-o", str(out)]
        proc = subprocess.Popen(
            [*command, "--pid", str(pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        spies.append((proc, out))
    time.sleep(1.0)  # attached
    return spies


# Where a sample of a worker thread was, by the first of these found in its stack (innermost
# first): what waited on the database's write lock, what ran SQL, what hashed, what idled.
_BUCKETS = (
    ("write lock: waiting for it, and the commit", ("write (bigcust_sim/storage",)),
    ("password hashing (PBKDF2)", ("verify_password", "hash_password")),
    ("push rules and their SQL", ("run_batch",)),
    ("feed pages (SQL and JSON)", ("read_page",)),
    ("token refresh and sign-in bookkeeping", ("rotate (", "issue (", "authenticate (")),
    ("churn", ("bigcust_sim/churn.py",)),
    (
        "idle (event loop or thread pool waiting for work)",
        ("select (selectors", "_worker (concurrent"),
    ),
)


def _print_spied(spies: list[tuple[subprocess.Popen[bytes], Path]]) -> None:
    counts: dict[str, int] = {}
    for proc, out in spies:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
        if not out.exists():
            continue
        for line in out.read_text().splitlines():
            stack, _, n = line.rpartition(" ")
            bucket = "other (HTTP, middleware, serialisation)"
            for label, marks in _BUCKETS:
                if any(mark in stack for mark in marks):
                    bucket = label
                    break
            counts[bucket] = counts.get(bucket, 0) + int(n)
        shutil.rmtree(out.parent, ignore_errors=True)
    busy = {k: v for k, v in counts.items() if not k.startswith("idle")}
    total = sum(busy.values()) or 1
    print("\nserver workers during the incremental phase (py-spy samples of busy threads):")
    for label, n in sorted(busy.items(), key=lambda item: -item[1]):
        print(f"  {n / total:6.1%}  {label}")


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values, default=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--churn", type=float, default=10.0)
    parser.add_argument(
        "--py-spy",
        action="store_true",
        help="sample the server workers with py-spy during the incremental phase (pip install "
        "py-spy; not a dependency) and print where their time went",
    )
    args = parser.parse_args()
    # A SIGTERM (a timeout, a CI stop) unwinds like Ctrl-C, so the servers and the cluster stop.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    root = Path(tempfile.mkdtemp(prefix="bench-laptops-"))
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    os.environ["XDG_DATA_HOME"] = str(root / "xdg")
    with PgCluster(durable=True, shared_buffers="256MB") as pg:
        url = pg.create_database("city")
        started = time.perf_counter()
        server = SimulatorProcess(
            root / "sim",
            profile="city",
            extra_args=["--database-url", url, "--workers", str(args.workers)],
            start_timeout=900,
        ).start()
        print(f"seeded `city` into PostgreSQL and started in {time.perf_counter() - started:.0f} s")
        # Churn from a one-process server of its own on the same database, so it can be stopped.
        (root / "churn").mkdir()
        for name in ("secret", "admin-token"):
            (root / "churn" / name).write_bytes((root / "sim" / name).read_bytes())
        churn = SimulatorProcess(
            root / "churn", profile="city", churn=args.churn, extra_args=["--database-url", url]
        ).start()
        try:
            _run(args, root, server, churn)
        finally:
            churn.stop()
            server.stop()
            shutil.rmtree(root, ignore_errors=True)


def _run(args: argparse.Namespace, root: Path, server: SimulatorProcess, churn: Any) -> None:
    users = [u["username"] for u in server.admin("GET", "/users") if u["role"] == "account_manager"]
    users = users[: args.laptops]
    options = json.dumps({"rounds": args.rounds, "edits": args.edits})
    home = str(root / "laptops")
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--child", u, server.base_url, home, options],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "XDG_DATA_HOME": str(root / "xdg" / u)},  # a keyring each
        )
        for u in users
    ]
    try:
        _conduct(args, users, procs, server, churn)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()


def _answer(proc: subprocess.Popen[str]) -> Any:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        raise SystemExit(f"a laptop process ended early (exit {proc.wait()})")
    payload = json.loads(line)["payload"]
    if isinstance(payload, dict) and "fatal" in payload:
        raise SystemExit(f"laptop {payload['user']} failed:\n{payload['fatal']}")
    return payload


def _conduct(
    args: argparse.Namespace,
    users: list[str],
    procs: list[subprocess.Popen[str]],
    server: SimulatorProcess,
    churn: Any,
) -> None:
    assert server.process is not None
    workers = _children(server.process.pid)
    laptops = [p.pid for p in procs]
    table = []
    for name in PHASES:
        if name == "final":
            churn.admin("PUT", "/churn", {"rate": 0})
        spies = _spy(workers) if args.py_spy and name == "incremental" else []
        before = (_cpu_seconds(laptops), _cpu_seconds(workers), _cpu_seconds(_postgres_pids()))
        started = time.perf_counter()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            _answer(proc)
        wall = time.perf_counter() - started
        after = (_cpu_seconds(laptops), _cpu_seconds(workers), _cpu_seconds(_postgres_pids()))
        table.append((name, wall, *(b - a for a, b in zip(before, after, strict=True))))
        if spies:
            _print_spied(spies)
    for proc in procs:  # the check: cache against a fresh pull
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outs = [_answer(proc) for proc in procs]
    counts = server.admin("GET", "/counts")
    print(f"\n{len(users)} laptops, {args.workers} workers, PostgreSQL; churn {args.churn}/s")
    print(
        f"{'phase':<12} {'wall s':>8} {'laptops cpu':>12} {'server cpu':>11} {'postgres cpu':>13}"
    )
    for name, wall, lap, srv, pgc in table:
        print(f"{name:<12} {wall:8.1f} {lap:12.1f} {srv:11.1f} {pgc:13.1f}")
    errors = [e for o in outs for e in o["errors"]]
    made = sum(o["edits_made"] for o in outs)
    lost = sum(o["edits_lost"] for o in outs)
    extra = sum(o["edits_extra"] for o in outs)
    unequal = [o["user"] for o in outs if not o["cache_equal"]]
    print(f"\nerrors: {len(errors)}" + "".join(f"\n  {e}" for e in errors[:10]))
    print(f"offline edits: {made} made, {lost} lost, {extra} duplicated; effects on the server "
          f"{counts['effects']}")  # fmt: skip
    print(f"caches equal to a fresh pull: {len(outs) - len(unequal)} of {len(outs)} {unequal[:5]}")
    noop = [o["noop_requests"] for o in outs if o["noop_requests"] is not None]
    print(f"no-op sync: {statistics.median(noop) if noop else '-'} requests per laptop")
    wall = {name: w for name, w, *_ in table}
    for kind, phases in (("feed", ("prime", "incremental", "no-op")), ("push", ("incremental",))):
        values = [v for o in outs for v in o["latency"][kind]]
        seconds = sum(wall[p] for p in phases)
        print(f"{kind} requests: {len(values)}, {len(values) / seconds:.1f}/s over "
              f"{'+'.join(phases)}, p50 {statistics.median(values) * 1000:.0f} ms, "
              f"p95 {_p95(values) * 1000:.0f} ms")  # fmt: skip
    auth = [v for o in outs for v in o["latency"]["auth"]]
    print(f"sign-in: p50 {statistics.median(auth) * 1000:.0f} ms, p95 {_p95(auth) * 1000:.0f} ms")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(*sys.argv[2:6])
    else:
        main()
