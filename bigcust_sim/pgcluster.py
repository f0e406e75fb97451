"""`PgCluster`: a throw-away PostgreSQL server for tests and benchmarks, always stopped.

Runs initdb/pg_ctl of the Debian `postgresql` package on loopback, on a free port, in a fresh
directory; as root (CI) it runs them as the `postgres` system user, since PostgreSQL refuses to run
as root. Trust authentication on 127.0.0.1 only: no password exists to leak. Standard library only.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType

SUPERUSER = "bigcust"


class PgUnavailable(RuntimeError):
    """PostgreSQL's server programs are not installed (see `make postgres`)."""


def pg_bindir() -> Path:
    """The directory of initdb and pg_ctl: the newest /usr/lib/postgresql/*/bin, else PATH."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    raise PgUnavailable(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
        "run `make postgres` as root, or `apt-get install postgresql`."
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """`with PgCluster() as pg: pg.create_database("x"); pg.url("x")`; stopped and removed on exit.

    `durable=False` (tests) turns fsync off: the cluster is thrown away anyway.
    """

    def __init__(self, *, durable: bool = False, shared_buffers: str = "64MB") -> None:
        self.bindir = pg_bindir()
        self.port = 0
        self.durable = durable
        self.shared_buffers = shared_buffers
        self.root: Path | None = None
        self._as_user: list[str] = []
        self._uid: int | None = None

    # -- life cycle ---------------------------------------------------------------------------

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self._as_user, *args],
            check=check,
            capture_output=True,
            text=True,
            timeout=120,
            cwd="/",
        )

    def start(self) -> PgCluster:
        # /tmp rather than a test's tmp_path: the postgres user must be able to reach the folder.
        self.root = Path(tempfile.mkdtemp(prefix="bigcust-pg-"))
        if os.geteuid() == 0:
            account = pwd.getpwnam("postgres")
            self._uid = account.pw_uid
            os.chown(self.root, account.pw_uid, account.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]
        data = self.root / "data"
        self._run(
            str(self.bindir / "initdb"),
            "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        options = [
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            f"shared_buffers = {self.shared_buffers}",
            "max_connections = 200",
        ]
        if not self.durable:
            options += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n".join(options) + "\n")
        for attempt in range(5):
            self.port = _free_port()
            started = self._run(
                str(self.bindir / "pg_ctl"), "-D", str(data), "-l", str(self.root / "server.log"),
                "-o", f"-p {self.port}", "-w", "-t", "60", "start",
                check=False,
            )  # fmt: skip
            if started.returncode == 0:
                return self
            if attempt == 4:
                log = self.log_tail()
                self.stop()
                raise RuntimeError(f"PostgreSQL did not start: {started.stderr}\n{log}")
            time.sleep(0.2)  # the free port was taken meanwhile: try another
        return self

    def log_tail(self) -> str:
        if self.root is None:
            return ""
        with contextlib.suppress(OSError):
            return (self.root / "server.log").read_text(errors="replace")[-3000:]
        return ""

    def stop(self) -> None:
        root, self.root = self.root, None
        if root is None:
            return
        if (root / "data" / "postmaster.pid").exists():
            self._run(
                str(self.bindir / "pg_ctl"), "-D", str(root / "data"), "-m", "immediate", "-w",
                "stop",
                check=False,
            )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)

    def __enter__(self) -> PgCluster:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- databases ----------------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        """An SQLAlchemy URL of `database` (psycopg 3), without any password."""
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run one statement as the superuser (outside a transaction: CREATE DATABASE works)."""
        import psycopg

        dsn = f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname={database}"
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(statement)  # type: ignore[arg-type]

    def create_database(self, name: str, template: str | None = None) -> str:
        """A new database (a copy of `template` when given); returns its URL."""
        copy = f' TEMPLATE "{template}"' if template else ""
        self.sql(f'CREATE DATABASE "{name}"{copy}')
        return self.url(name)
