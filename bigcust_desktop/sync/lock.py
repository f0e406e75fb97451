"""One sync at a time per profile: an OS file lock that dies with the process holding it.

A crash or SIGKILL releases it (the kernel drops the lock with the file descriptor), so there is
no stale lock file to clean. Depends on the stdlib only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from bigcust_desktop.sync.errors import SyncBusy

if sys.platform == "win32":  # pragma: no cover - exercised on the Windows build only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class SyncLock:
    """``with SyncLock(path):`` holds the profile's sync lock or raises `SyncBusy` at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)  # a lock file left by an older version may be wider
        if not _try_lock(fd):
            os.close(fd)
            raise SyncBusy("another sync of this profile is running")
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
