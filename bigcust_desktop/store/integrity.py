"""Is the cache whole? An open marker that tells a run that did not close cleanly, and SQLite's
quick check (issue 18): run after a crash before anything is shown, otherwise in the background.

Depends on the profile and the driver (`sqlcipher3`) only; the store's engine calls the marker
functions, the CLI, the window and `sync.rebuild` call `quick_check`.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store

log = logging.getLogger(__name__)

# At most this many problems are listed: one is enough to know, a few help support.
_MAX_PROBLEMS = 10
_MARKER = "-open."  # cache.db-open.<pid>: one per process that has the cache open
_DAMAGED = "-damaged"  # cache.db-damaged: found damaged while in use; rebuilt at the next start


@dataclass(frozen=True)
class IntegrityReport:
    """What `quick_check` found: nothing (``ok``) or SQLite's own words on each problem."""

    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def _marker(db_path: Path, pid: int) -> Path:
    return db_path.with_name(f"{db_path.name}{_MARKER}{pid}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process: it exists
    return True


def _alive_windows(pid: int) -> bool:
    """On Windows `os.kill(pid, 0)` would terminate the process: ask the kernel instead."""
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists, someone else's
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def mark_open(db_path: Path) -> bool:
    """Note that this process has the cache open; True when a run before this one ended
    without closing it (its marker left behind by a crash, a kill, a power cut), or when a
    non-empty write-ahead log waits with no other process holding the cache (SQLite's own
    evidence of an unclean end)."""
    unclean = False
    others_open = False
    for left in db_path.parent.glob(f"{db_path.name}{_MARKER}*"):
        try:
            pid = int(left.name.rsplit(".", 1)[1])
        except ValueError:
            continue
        if _alive(pid):  # this process (another store of it) or another one holds it open
            others_open = True
            continue
        unclean = True
        with contextlib.suppress(OSError):
            left.unlink()
    flagged = db_path.with_name(db_path.name + _DAMAGED)
    if flagged.exists():
        unclean = True  # checked again before anything is shown (and found damaged again)
        with contextlib.suppress(OSError):
            flagged.unlink()
    wal = db_path.with_name(db_path.name + "-wal")
    with contextlib.suppress(OSError):
        if not others_open and wal.stat().st_size > 0:
            unclean = True
    with contextlib.suppress(OSError):
        # Owner-only like every file of the profile; a marker that cannot be written only
        # costs the next start its crash evidence.
        fd = os.open(_marker(db_path, os.getpid()), os.O_WRONLY | os.O_CREAT, 0o600)
        os.close(fd)
    return unclean


def mark_closed(db_path: Path) -> None:
    """A clean close: this process's marker goes."""
    with contextlib.suppress(OSError):
        _marker(db_path, os.getpid()).unlink()


def markers(db_path: Path) -> list[Path]:
    """Every open marker of this cache (wiped with it)."""
    found = list(db_path.parent.glob(f"{db_path.name}{_MARKER}*"))
    flagged = db_path.with_name(db_path.name + _DAMAGED)
    return [*found, flagged] if flagged.exists() else found


def flag_damaged(db_path: Path) -> None:
    """Damage found while the cache is in use: the next open checks it before showing it."""
    with contextlib.suppress(OSError):
        os.close(
            os.open(db_path.with_name(db_path.name + _DAMAGED), os.O_WRONLY | os.O_CREAT, 0o600)
        )


def check_after_crash(store: Store) -> None:
    """After an unclean end (`Store.unclean`), the quick check before anything is shown:
    `CacheDamaged` when it fails (the caller offers the rebuild)."""
    if store.unclean and not quick_check(store).ok:
        from bigcust_desktop.store.engine import CacheDamaged

        raise CacheDamaged(store.path)


def quick_check(store: Store) -> IntegrityReport:
    """SQLite's ``PRAGMA quick_check`` over the whole file, on a connection of its own (reads
    run beside the window's and the sync's; WAL). Damage that stops the check itself (a page
    SQLCipher cannot authenticate) is a problem found, not an error."""
    import sqlcipher3

    raw = store.engine.raw_connection()
    problems: tuple[str, ...] = ()
    try:
        driver = raw.driver_connection
        assert driver is not None
        rows = driver.execute(f"PRAGMA quick_check({_MAX_PROBLEMS})").fetchall()
        problems = tuple(str(r[0]) for r in rows if str(r[0]) != "ok")
    except sqlcipher3.DatabaseError as exc:
        problems = (str(exc),)
    finally:
        if problems:
            raw.invalidate()  # a connection that met a bad page stays in error: not pooled
        raw.close()
    if problems:
        log.warning("cache integrity check failed: %s", problems[0][:200])
    return IntegrityReport(problems)
