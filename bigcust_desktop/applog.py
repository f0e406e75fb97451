"""Logging of the application: a rotating file in the profile's log folder, warnings on stderr.

Used by the CLI and the GUI at start-up; depends on the stdlib only. Nothing logged carries a
password, token or key: those never reach a log call.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path
from typing import TextIO

LOG_FILE = "bigcust-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


_FILE_MODE = 0o600


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are owner-only from the first byte, rotated ones included:
    the log names customers and servers, and a shared machine has other users."""

    def _open(self) -> TextIO:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, _FILE_MODE)
        if os.name == "posix":
            os.fchmod(fd, _FILE_MODE)  # a file left by an older version may be wider
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


class _ShortFormatter(logging.Formatter):
    """The console gets one line per record; tracebacks go to the file only."""

    def formatException(self, ei: object) -> str:
        return ""

    def formatStack(self, stack_info: str) -> str:
        return ""


def setup_logging(log_dir: Path | None, *, verbose: bool = False) -> Path | None:
    """Log INFO and above to the profile's file (if given), WARNING (or DEBUG) to stderr."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.DEBUG if verbose else logging.WARNING)
    console.setFormatter(_ShortFormatter(_FORMAT))
    root.addHandler(console)
    if log_dir is None:
        return None
    path = log_dir / LOG_FILE
    file_handler = _PrivateRotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(file_handler)
    # requests' connection pool logs every URL at DEBUG; keep it out of the file.
    logging.getLogger("urllib3").setLevel(logging.WARNING)
    return path


def stop_file_logging(log_dir: Path) -> None:
    """Close the log files in `log_dir` (before a wipe deletes them: Windows cannot delete an
    open file); later records go to stderr only."""
    root = logging.getLogger()
    folder = os.path.abspath(log_dir)
    for handler in list(root.handlers):
        name = getattr(handler, "baseFilename", None)
        if name and os.path.dirname(os.path.abspath(name)) == folder:
            root.removeHandler(handler)
            handler.close()
