"""Every edit the server does not have yet, as one document a user can keep (DESIGN §5).

Unsent, refused and conflicting edits with the whole local copy of their record (for a record
that left the cache, the copy kept when it went), the server's reasons and both sides of a
conflict. Used by the sync panel, sign-out, switching user and the wrong-key path; written as
JSON, owner-only, appearing under its name only complete. Depends on SQLAlchemy Core, the
store's models and wire records.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.store.models import Conflict, OutboxEntry
from bigcust_desktop.store.outbox.entries import OPEN_STATES
from bigcust_desktop.store.outbox.held import held
from bigcust_desktop.store.outbox.merge_base import server_copy
from bigcust_desktop.store.wire import read_wire

FORMAT = "bigcust-desktop/unsent-edits/1"


@dataclass(frozen=True)
class UnsentEdit:
    """One edit the server has not taken, with what is needed to redo it by hand."""

    entity: str
    record_id: str
    kind: str  # create, update, delete
    state: str  # pending, sending, rejected, conflict
    fields: dict[str, Any]  # what this edit changes (the whole record for a create)
    record: dict[str, Any] | None  # the record as it stands here (or as it was kept)
    server_record: dict[str, Any] | None  # the server's version the edit started from
    errors: list[dict[str, Any]]  # the server's reasons for a refusal
    conflict: dict[str, Any] | None  # base / mine / theirs of each clashing field
    left_cache: bool  # the record is no longer in the cache (its customer left the book)
    created_at: str
    # For queuing it again after a rebuild (format 1 readers ignore them): the server's
    # idempotency key, and the version a sent edit was based on.
    op_id: str | None = None
    base_version: int | None = None


def unsent_edit_from_json(data: dict[str, Any]) -> UnsentEdit:
    """An edit as `write_document` wrote it (unknown keys of a newer writer are ignored)."""
    known = UnsentEdit.__dataclass_fields__
    return UnsentEdit(**{k: v for k, v in data.items() if k in known})


def read_document(path: Path) -> list[UnsentEdit]:
    """The edits of a document `write_document` wrote."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != FORMAT:
        raise ValueError(f"{path.name} is not an unsent-edits document")
    return [unsent_edit_from_json(e) for e in document.get("edits", [])]


def unsent_edits(conn: Connection, *, copies: bool = True) -> list[UnsentEdit]:
    """The open outbox entries, oldest first, each with its record's copies (without them when
    `copies` is False: what a damaged cache can still give when its records' pages are bad)."""
    rows = conn.execute(
        select(OutboxEntry.__table__)
        .where(OutboxEntry.state.in_([str(s) for s in OPEN_STATES]))
        .order_by(OutboxEntry.seq)
    ).all()
    conflicts = {
        r.op_id: r
        for r in (conn.execute(select(Conflict.__table__)).all() if copies else [])
        if r.op_id is not None
    }
    edits: list[UnsentEdit] = []
    for r in rows:
        local = read_wire(conn, r.entity, r.record_id) if copies else None
        kept = None if local is not None or not copies else held(conn, r.entity, r.record_id)
        clash = conflicts.get(r.op_id)
        edits.append(
            UnsentEdit(
                entity=r.entity,
                record_id=r.record_id,
                kind=r.kind,
                state=r.state,
                fields=dict(r.fields or {}),
                record=local if local is not None else (kept.record if kept else None),
                server_record=server_copy(conn, r.entity, r.record_id) if copies else None,
                errors=list((r.last_error or {}).get("errors") or []),
                conflict=None
                if clash is None
                else {"base": clash.base, "mine": clash.mine, "theirs": clash.theirs},
                left_cache=copies and local is None and r.kind != "delete",
                created_at=r.created_at.isoformat(),
                op_id=r.op_id,
                base_version=r.base_version,
            )
        )
    return edits


def write_document(
    path: Path, edits: list[UnsentEdit], user: dict[str, Any] | None, now: dt.datetime
) -> None:
    """Write the edits as a JSON document at `path`, owner-only, atomically."""
    document = {
        "format": FORMAT,
        "exported_at": now.isoformat(),
        "user": user,
        "edits": [asdict(e) for e in edits],
    }
    data = json.dumps(document, ensure_ascii=False, indent=2, default=str).encode("utf-8")
    path = path.absolute()
    fd, temp = tempfile.mkstemp(prefix=".~bigcust-unsent-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):
                os.fchmod(out.fileno(), 0o600)
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
