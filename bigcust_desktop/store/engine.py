"""The encrypted store: a SQLAlchemy engine over SQLCipher (`sqlcipher3`), sessions, migrate, wipe.

Depends on SQLAlchemy, sqlcipher3, the profile and `schema`; the key is set by PRAGMA, not in a URL.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from bigcust_desktop.store import integrity, schema
from bigcust_desktop.store.keys import KEY_BYTES
from bigcust_desktop.store.pinyin_order import register as register_pinyin
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.search_index import rebuild_index
from bigcust_desktop.store.services import StoreServices

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
_FILE_MODE = 0o600
_SIDE_FILES = ("-wal", "-shm", "-journal")
# Execution option read by the "begin" hook: take the write lock at BEGIN (BEGIN IMMEDIATE).
_WRITE_OPTION = "bigcust_write"


class StoreOpenError(Exception):
    """The cache cannot be opened, for a reason told apart by `code` (issue 18): only
    ``store.wrong_key`` may ever lead to advice that deletes the cache.

    Codes: ``store.wrong_key``, ``store.corrupt`` (truncated, damaged or not our file),
    ``store.disk_full``, ``store.read_only`` (the file), ``store.unwritable`` (the profile
    folder), ``store.io`` (anything else the system reported).
    """

    code = "store.io"
    _WHAT: ClassVar[dict[str, str]] = {
        "store.corrupt": "is damaged (cut short or overwritten) or is not a bigcust-desktop "
        "cache; the unsent changes in it may still be readable: do not delete it",
        "store.disk_full": "cannot be written: the disk is full; free some space and start again",
        "store.read_only": "is read-only; give your account write access to it",
        "store.unwritable": "is in a folder this account cannot write to; give it write access",
        "store.io": "could not be opened by the system",
    }

    def __init__(self, path: Path, code: str | None = None, detail: str = "") -> None:
        self.path = path
        if code is not None:
            self.code = code
        self.detail = detail  # the system's own words, for the log
        super().__init__(f"The local cache {path} {self._WHAT.get(self.code, '')}.")


class CacheDamaged(StoreOpenError):
    """The cache opens but fails its integrity check (`store.integrity`): damaged pages. Like a
    file cut short (also ``store.corrupt``), it is rebuilt from the server after its unsent
    edits are kept (`sync.rebuild`)."""

    code = "store.corrupt"

    def __init__(self, path: Path) -> None:
        super().__init__(path, "store.corrupt", "integrity check failed")


class StoreKeyError(StoreOpenError):
    """The cache file is intact in shape but cannot be read with the key this profile holds."""

    code = "store.wrong_key"

    def __init__(self, path: Path) -> None:
        Exception.__init__(
            self,
            f"The local cache {path} cannot be opened with this profile's key: the key is "
            "wrong. Its unsent changes cannot be read, nor exported, without the right key: "
            "restore it to keep them; otherwise the cache can be wiped and downloaded again, "
            "and they are lost.",
        )
        self.path = path
        self.detail = ""


# SQLCipher's page size: an encrypted cache is a whole number of pages long.
_PAGE = 4096
_PLAIN_HEADER = b"SQLite format 3\x00"


def _classify(path: Path, exc: BaseException) -> StoreOpenError | None:
    """Tell the reason a cache did not open from what the system and the file say; None when
    it is none of the known ones (then the original error stands: a bug, with its reference)."""
    text = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if errno_ == 28 or "disk is full" in text or "no space" in text:
        return StoreOpenError(path, "store.disk_full", str(exc))
    if "readonly" in text or "read-only" in text or errno_ == 30:
        return StoreOpenError(path, "store.read_only", str(exc))
    if path.exists() and not path.is_file():
        return None  # not a file at all (a folder in its place): nothing we can advise
    if isinstance(exc, PermissionError) or "unable to open" in text:
        folder_ok = os.access(path.parent, os.W_OK)
        code = "store.read_only" if folder_ok and path.exists() else "store.unwritable"
        return StoreOpenError(path, code, str(exc))
    if "malformed" in text or "not a database" in text or "encrypted" in text:
        try:
            with open(path, "rb") as f:
                head = f.read(len(_PLAIN_HEADER))
            size = path.stat().st_size
        except OSError as os_exc:
            return StoreOpenError(path, "store.io", str(os_exc))
        if head == _PLAIN_HEADER or size % _PAGE or "malformed" in text:
            return StoreOpenError(path, "store.corrupt", str(exc))
        return StoreKeyError(path)  # whole pages that no page of ours decrypts: the key
    return None


def environment_failure(exc: BaseException, path: Path) -> StoreOpenError | None:
    """A failure of the cache while in use that is the environment's, not a bug: a full disk,
    a read-only file, a folder that cannot be written (a `StoreOpenError` by its code, for the
    message); None for anything else. Looks through SQLAlchemy's wrapper to the driver's error.
    """
    cause = getattr(exc, "orig", None) or exc
    text = str(cause).lower()
    errno_ = getattr(cause, "errno", None)
    if errno_ in (28, 30, 13) or any(
        words in text
        for words in ("disk is full", "no space", "readonly", "read-only", "unable to open")
    ):
        return _classify(path, cause)
    return None  # not the environment's: a bug


def _private_file(path: Path) -> None:
    """Create `path` empty with mode 0600, or tighten an existing one.

    SQLite gives the -wal and -shm files the mode of the database file, so they follow.
    """
    if os.name != "posix":
        return
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE))
    os.chmod(path, _FILE_MODE)


def _connect(path: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False, isolation_level=None
    )
    try:
        # A raw key in x'..' form: SQLCipher skips its passphrase KDF, so opening stays cheap.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        # A damaged page is reported to us as an error (and logged by us); SQLCipher's own
        # log would print a line per page on the terminal of the CLI.
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            # The first read of an encrypted page is where a wrong key shows, or damage.
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA journal_mode = WAL")
        except (sqlcipher3.DatabaseError, OSError) as exc:
            known = _classify(path, exc)
            if known is None:
                raise
            raise known from None
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Sort and temp tables in memory: never a plaintext temporary file on disk.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA cache_size = -32768")
        register_pinyin(conn)  # ORDER BY pinyin_key(name): Chinese lists in pinyin order
    except BaseException:
        conn.close()
        raise
    return conn


def _on_begin(conn: Connection) -> None:
    # The sqlite3 driver's own transaction handling skips BEGIN before DDL and breaks SAVEPOINT;
    # with isolation_level=None we emit BEGIN ourselves (SQLAlchemy's documented recipe).
    immediate = conn.get_execution_options().get(_WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Store(StoreServices):
    """The open cache of one profile: engine, sessions, migrations, and wiping it; the services
    the window calls (``store.outbox``, ``store.customers`` ...) come from `StoreServices`."""

    def __init__(self, profile: Profile, engine: Engine, *, unclean: bool = False) -> None:
        self.profile = profile
        self.engine = engine
        # The run before this one did not close the cache (store.integrity): check it first.
        self.unclean = unclean
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            bind=engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def path(self) -> Path:
        return self.profile.db_path

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        """One ORM transaction: committed when the block ends, rolled back if it raises.

        `write=True` takes SQLite's write lock at BEGIN, so a writer never fails half-way on a
        lock that another writer holds; plain reads run alongside writes (WAL).
        """
        factory = self._write_sessions if write else self._sessions
        with factory.begin() as session:
            yield session

    @contextlib.contextmanager
    def begin(self, *, write: bool = False) -> Iterator[Connection]:
        """One Core transaction on a pooled connection (bulk writes, search)."""
        with self.engine.connect() as conn:
            if write:
                conn = conn.execution_options(**{_WRITE_OPTION: True})
            with conn.begin():
                yield conn

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to `revision` (the newest by default) in one transaction."""
        # Nearly every start finds the schema current: one read, no write lock, no Alembic.
        with self.begin() as conn:
            if schema.is_current(conn, revision):
                return
        with self.begin(write=True) as conn:
            schema.upgrade(conn, revision)

    def vacuum(self) -> None:
        """Compact the file. The search index follows row ids, so it is rebuilt afterwards."""
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        finally:
            raw.close()
        with self.begin(write=True) as conn:
            rebuild_index(conn)

    def close(self) -> None:
        """Close every pooled connection (checkpointing the WAL into the file)."""
        self.engine.dispose()
        integrity.mark_closed(self.path)

    def wipe(self) -> None:
        """Close and delete the cache files (sign-out, disabled account, lost key)."""
        self.close()
        for path in [*self.files(), *integrity.markers(self.path)]:
            path.unlink(missing_ok=True)

    def files(self) -> list[Path]:
        """The database file and whichever of its side files exist."""
        base = self.path
        candidates = [base, *(base.with_name(base.name + s) for s in _SIDE_FILES)]
        return [p for p in candidates if p.exists()]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(profile: Profile, key: bytes, **engine_options: Any) -> Store:
    """Open (creating if needed) the encrypted cache of `profile` with `key` (32 bytes).

    Raises `StoreKeyError` when the file exists but the key does not open it, and another
    `StoreOpenError` (by its code) for a damaged file, a full disk, a read-only file or an
    unwritable profile folder.
    """
    if len(key) != KEY_BYTES:
        raise ValueError(f"the store key has {KEY_BYTES} bytes")
    profile.ensure()
    path = profile.db_path
    try:
        _private_file(path)
    except OSError as exc:
        known = _classify(path, exc)
        if known is None:
            raise
        raise known from None
    engine = create_engine(
        f"sqlite:///{path}",
        module=sqlcipher3,
        creator=lambda: _connect(path, key),
        **engine_options,
    )
    event.listen(engine, "begin", _on_begin)
    store = Store(profile, engine, unclean=integrity.mark_open(path))
    try:
        # Connect once now: a wrong key fails here, not at the first query in the UI.
        with engine.connect():
            pass
    except BaseException:
        engine.dispose()
        integrity.mark_closed(path)
        raise
    for side in store.files()[1:]:
        _private_file(side)
    return store
