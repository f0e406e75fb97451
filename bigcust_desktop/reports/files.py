"""Where a workbook goes: output checks, a temporary file beside the target, the atomic rename.

A workbook only ever appears under its final name complete; a failure or a cancel leaves nothing.
Depends on the standard library only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from bigcust_desktop.reports.errors import ReportOutputError, ReportUsageError
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.text import MAX_FILE_NAME_BYTES, file_name_fits

SUFFIX = ".xlsx"
_TEMP_PREFIX = ".~bigcust-export-"


def default_file_name(report_names: Sequence[str], at: dt.datetime) -> str:
    """``pipeline-20261127-2015.xlsx`` (several reports: ``reports-...``): `at` (aware) in the
    app's zone, Asia/Shanghai, whatever the laptop's own zone: the time the user reads."""
    if at.utcoffset() is None:
        raise ValueError("a file name's time must carry its zone")
    stem = report_names[0] if len(report_names) == 1 else "reports"
    return f"{stem}-{at.astimezone(BEIJING):%Y%m%d-%H%M}{SUFFIX}"


def lock_files(path: Path) -> list[Path]:
    """The owner files Excel, WPS and LibreOffice keep beside a workbook they have open."""
    name = path.name
    candidates = [f"~${name}", f".~lock.{name}#"]
    if len(name) > 2:
        candidates.append(f"~${name[2:]}")  # Office shortens long names this way
    return [path.with_name(c) for c in candidates]


def _any_exists(paths: Iterable[Path]) -> bool:
    """Whether any of `paths` exists; a name the system cannot hold does not."""
    for path in paths:
        try:
            if os.path.lexists(path):
                return True
        except (OSError, ValueError):
            continue
    return False


def check_output(path: Path) -> Path:
    """Refuse an output we can tell in advance will fail; returns the absolute path."""
    if not file_name_fits(path.name):
        raise ReportUsageError(
            "report.name_too_long",
            f"The file name is too long (at most {MAX_FILE_NAME_BYTES} bytes): shorten it.",
            {"file": path.name[:60] + "…", "max": MAX_FILE_NAME_BYTES},
        )
    if path.suffix.lower() != SUFFIX:
        raise ReportUsageError(
            "report.out_suffix",
            f"The output file must end in {SUFFIX}: {path.name}",
            {"file": path.name},
        )
    path = path.expanduser().absolute()
    folder = path.parent
    if not folder.is_dir():
        raise ReportOutputError(
            "report.folder_missing", f"The folder {folder} does not exist.", {"folder": str(folder)}
        )
    if path.is_dir():
        raise ReportOutputError(
            "report.out_is_folder", f"{path} is a folder, not a file.", {"file": str(path)}
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _not_writable(path)
    if path.exists() and not os.access(path, os.W_OK):
        raise _not_writable(path)
    if _any_exists(lock_files(path)):
        raise _file_open(path)
    return path


def _not_writable(path: Path) -> ReportOutputError:
    return ReportOutputError(
        "report.not_writable",
        f"Cannot write {path}: the folder or the file is read-only for you.",
        {"file": str(path)},
    )


def _file_open(path: Path) -> ReportOutputError:
    return ReportOutputError(
        "report.file_open",
        f"{path.name} is open in another program (Excel or WPS): close it and try again.",
        {"file": str(path)},
    )


def output_error(path: Path, exc: OSError) -> ReportOutputError:
    """An OS error while writing or renaming, as a message the user can act on."""
    if isinstance(exc, PermissionError):
        # Windows refuses to replace a file another program holds open; elsewhere it is a mode.
        return _file_open(path) if os.name == "nt" and path.exists() else _not_writable(path)
    if exc.errno == errno.ENOSPC:
        return ReportOutputError(
            "report.disk_full", f"The disk is full: {path} was not written.", {"file": str(path)}
        )
    return ReportOutputError(
        "report.write_failed",
        f"Cannot write {path}: {exc.strerror or exc}.",
        {"file": str(path)},
    )


def temp_beside(path: Path) -> Path:
    """A new empty temporary file in `path`'s folder (so the final rename stays atomic)."""
    try:
        fd, name = tempfile.mkstemp(prefix=_TEMP_PREFIX, suffix=".part", dir=path.parent)
    except OSError as exc:
        raise output_error(path, exc) from exc
    os.close(fd)
    return Path(name)


def discard(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def publish(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename each (temporary, final) pair; on failure, undo the renames already made."""
    done: list[Path] = []
    try:
        for temp, final in staged:
            if _any_exists(lock_files(final)):
                raise _file_open(final)
            try:
                os.replace(temp, final)
            except OSError as exc:
                raise output_error(final, exc) from exc
            done.append(final)
    except BaseException:
        discard(done)
        discard(temp for temp, _ in staged)
        raise
