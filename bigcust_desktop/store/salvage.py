"""What can be saved of a damaged cache before it goes: its unsent edits, written to the same
document `export-unsent` writes, and the damaged file itself kept aside when they cannot be read.

Nothing of the damaged file is removed before its edits are in a file (issue 18). Depends on
SQLAlchemy, the driver, the profile and the outbox's export.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from bigcust_desktop.store.integrity import markers
from bigcust_desktop.store.outbox.export import UnsentEdit, unsent_edits, write_document
from bigcust_desktop.store.profile import Profile

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Salvage:
    """What was saved of a damaged cache."""

    edits: list[UnsentEdit] | None  # None: the outbox itself could not be read
    export_path: Path | None  # the document holding them (None when nothing to keep)
    kept_aside: Path | None  # the damaged file, renamed, when its outbox could not be read
    copies: bool = True  # False: only the edits' own fields could be read, not their records

    @property
    def count(self) -> int:
        return len(self.edits or [])


def _read_edits(path: Path, key: bytes, *, copies: bool) -> list[UnsentEdit]:
    """The outbox of the file at `path`, read-only, on a connection of its own (a connection
    that met a bad page stays in error, so each attempt gets a new one)."""

    def connect() -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA query_only = 1")
        return conn

    engine = create_engine("sqlite://", module=sqlcipher3, creator=connect, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return unsent_edits(conn, copies=copies)
    finally:
        engine.dispose()


def read_unsent(path: Path, key: bytes) -> tuple[list[UnsentEdit] | None, bool]:
    """The unsent edits of a damaged cache with their records' copies; if those pages are bad,
    the edits alone; (None, False) when the outbox cannot be read at all."""
    for copies in (True, False):
        try:
            return _read_edits(path, key, copies=copies), copies
        except Exception as exc:  # any failure of a damaged file: try less, then give up
            log.warning("damaged cache: outbox not read (copies=%s): %s", copies, exc)
    return None, False


def salvage(profile: Profile, key: bytes, now: dt.datetime | None = None) -> Salvage:
    """Keep the unsent work of the profile's damaged cache, then clear the way for a new one.

    Its edits go to ``exports/unsent-before-rebuild-<time>.json`` (owner-only, the format of
    `export-unsent`); then the damaged file and its side files are removed, or, when the
    outbox could not be read, renamed to ``cache.db.damaged-<time>`` (never deleted) so that
    support can recover it. The caller has closed every connection to the file.
    """
    now = now or dt.datetime.now(dt.UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = profile.db_path
    edits, copies = read_unsent(path, key) if path.exists() else ([], True)
    export_path: Path | None = None
    if edits:
        profile.exports_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        export_path = profile.exports_dir / f"unsent-before-rebuild-{stamp}.json"
        write_document(export_path, edits, None, now)
    kept_aside: Path | None = None
    if edits is None:
        kept_aside = path.with_name(f"{path.name}.damaged-{stamp}")
        _move_aside(path, kept_aside)
    else:
        for side in [path, *(path.with_name(path.name + s) for s in _SIDE_FILES)]:
            side.unlink(missing_ok=True)
    for marker in markers(path):
        with contextlib.suppress(OSError):
            marker.unlink()
    log.warning(
        "damaged cache: %s edit(s) kept%s%s",
        "no" if edits is None else len(edits),
        f" in {export_path.name}" if export_path else "",
        f"; the file kept aside as {kept_aside.name}" if kept_aside else "",
    )
    return Salvage(edits, export_path, kept_aside, copies)


def export_damaged(profile: Profile, key: bytes, out: Path) -> int | None:
    """Write what can be read of a damaged cache's unsent edits to `out` (the JSON document of
    `export-unsent`), changing nothing in the cache; None when its outbox cannot be read."""
    edits, _copies = read_unsent(profile.db_path, key)
    if edits is None:
        return None
    write_document(out, edits, None, dt.datetime.now(dt.UTC))
    return len(edits)


def set_aside(profile: Profile, why: str, now: dt.datetime | None = None) -> Path | None:
    """Rename the profile's cache (with its side files) to ``cache.db.<why>-<time>``, never
    deleting it: a cache whose key is missing may open again if the key is restored. Returns
    the new name, None when there was no cache."""
    path = profile.db_path
    if not path.exists():
        return None
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.{why}-{stamp}")
    _move_aside(path, aside)
    for marker in markers(path):
        with contextlib.suppress(OSError):
            marker.unlink()
    return aside


def _move_aside(path: Path, aside: Path) -> None:
    """The file and its write-ahead log together (committed edits may be only in the log)."""
    for suffix in ("", *_SIDE_FILES):
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.rename(aside.with_name(aside.name + suffix))
