"""Attachment files (contract scans) apart from the feed: resumable chunked upload, ranged download.

An upload appends at the offset the server holds; a replayed chunk is answered like the first
time; the file is checked against the record's sha256 when its last byte arrives, and only then
does the record's `content_state` become `available` (a new version in the city feed).
Depends on storage, `problems` and the domain's attachment rules.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update

from bigcust_desktop.domain.attachments import UPLOAD_CHUNK_BYTES
from bigcust_desktop.domain.vocab_city import ContentState
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Stored
from bigcust_sim.storage.schema import attachment_chunks, attachment_uploads
from bigcust_sim.storage.visibility import can_see

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")


def _attachment(ctx: SimContext, conn: Connection, user: UserEntry, attachment_id: str) -> Stored:
    found = ctx.db.load(conn, "contract_attachment", attachment_id)
    if found is None or found.deleted or not can_see(user.viewer, found.owner):
        # Another manager's file is as absent as one that never was.
        raise ApiProblem(404, "not_found", "No such attachment.")
    return found


def _progress(conn: Connection, attachment_id: str) -> tuple[int, bool]:
    row = conn.execute(
        select(attachment_uploads.c.received, attachment_uploads.c.complete).where(
            attachment_uploads.c.attachment_id == attachment_id
        )
    ).first()
    return (0, False) if row is None else (int(row.received), bool(row.complete))


def _state(stored: Stored, received: int, complete: bool) -> dict[str, Any]:
    return {
        "id": stored.id,
        "size": stored.data["size"],
        "sha256": stored.data["sha256"],
        "offset": received,
        "complete": complete,
        "version": stored.version,
    }


def upload_state(ctx: SimContext, user: UserEntry, attachment_id: str) -> dict[str, Any]:
    """How much of the file the server holds: resume the upload at `offset`."""
    with ctx.db.read() as conn:
        stored = _attachment(ctx, conn, user, attachment_id)
        return _state(stored, *_progress(conn, attachment_id))


def _stored_bytes(conn: Connection, attachment_id: str, start: int, end: int) -> bytes:
    """Bytes [start, end) of what the server holds of a file."""
    rows = conn.execute(
        select(attachment_chunks.c.start, attachment_chunks.c.data)
        .where(attachment_chunks.c.attachment_id == attachment_id)
        .order_by(attachment_chunks.c.start)
    ).all()
    out = bytearray()
    for first, data in rows:
        last = first + len(data)
        if last <= start or first >= end:
            continue
        out += data[max(0, start - first) : min(len(data), end - first)]
    return bytes(out)


def append_chunk(
    ctx: SimContext, user: UserEntry, attachment_id: str, offset: int, data: bytes
) -> dict[str, Any]:
    """Append `data` at `offset`; idempotent for a chunk the server already holds."""
    if len(data) > UPLOAD_CHUNK_BYTES:
        raise ApiProblem(
            413, "payload_too_large", f"A chunk is at most {UPLOAD_CHUNK_BYTES} bytes."
        )
    with ctx.db.write() as conn:
        answer = _append(ctx, conn, user, attachment_id, offset, data)
    if answer is None:
        # Raised after the transaction that dropped the bytes has committed.
        raise ApiProblem(
            422,
            "upload.checksum_mismatch",
            "The file does not match its sha256: the upload starts again from 0.",
            extra={"offset": 0},
        )
    return answer


def _append(
    ctx: SimContext, conn: Connection, user: UserEntry, attachment_id: str, offset: int, data: bytes
) -> dict[str, Any] | None:
    stored = _attachment(ctx, conn, user, attachment_id)
    size = int(stored.data["size"])
    received, complete = _progress(conn, attachment_id)
    known = min(received, offset + len(data)) - offset  # bytes of this chunk held already
    if offset > received or (
        known > 0 and _stored_bytes(conn, attachment_id, offset, offset + known) != data[:known]
    ):
        raise ApiProblem(
            409,
            "upload.offset_mismatch",
            f"The server holds {received} bytes of this file: send from there.",
            extra={"offset": received},
        )
    rest = data[max(0, known) :]
    if not rest:
        return _state(stored, received, complete)  # a replay, or an empty probe
    if received + len(rest) > size:
        raise ApiProblem(422, "upload.too_long", "The file is longer than its record says.")
    if received == 0:
        conn.execute(
            attachment_uploads.insert().values(
                attachment_id=attachment_id, received=0, complete=False
            )
        )
    conn.execute(
        attachment_chunks.insert().values(attachment_id=attachment_id, start=received, data=rest)
    )
    received += len(rest)
    if received == size:
        digest = hashlib.sha256(_stored_bytes(conn, attachment_id, 0, size)).hexdigest()
        if digest != stored.data["sha256"]:
            _forget(conn, attachment_id)
            return None
        complete = True
        record = {**stored.data, "content_state": ContentState.AVAILABLE.value}
        stored.version = ctx.db.replace(conn, stored, record)["version"]
    conn.execute(
        update(attachment_uploads)
        .where(attachment_uploads.c.attachment_id == attachment_id)
        .values(received=received, complete=complete)
    )
    return _state(stored, received, complete)


def _forget(conn: Connection, attachment_id: str) -> None:
    conn.execute(
        delete(attachment_chunks).where(attachment_chunks.c.attachment_id == attachment_id)
    )
    conn.execute(
        delete(attachment_uploads).where(attachment_uploads.c.attachment_id == attachment_id)
    )


@dataclass(frozen=True)
class Download:
    """What a download answers: status, the bytes, and the headers that describe them."""

    status: int
    body: bytes
    headers: dict[str, str]


def _range(header: str | None, size: int) -> tuple[int, int] | None:
    """[start, end) of a single `bytes=` range; None for no (or an ignored multi-) range."""
    if not header or "," in header:
        return None
    match = _RANGE.fullmatch(header.strip())
    if match is None or match.group(0) == "bytes=-":
        raise ApiProblem(416, "range.invalid", "Send one range such as bytes=0-1023.")
    first, last = match.groups()
    if first == "":
        start, end = max(0, size - int(last)), size  # the last N bytes
    else:
        start = int(first)
        end = size if last == "" else min(size, int(last) + 1)
    if start >= size or end <= start:
        raise ApiProblem(
            416,
            "range.not_satisfiable",
            f"The file has {size} bytes.",
            headers={"Content-Range": f"bytes */{size}"},
        )
    return start, end


def download(
    ctx: SimContext,
    user: UserEntry,
    attachment_id: str,
    range_header: str | None,
    if_range: str | None,
) -> Download:
    """The file, or the one range asked for (206); 409 until the upload is complete."""
    with ctx.db.read() as conn:
        stored = _attachment(ctx, conn, user, attachment_id)
        _received, complete = _progress(conn, attachment_id)
        if not complete:
            raise ApiProblem(
                409, "attachment.not_uploaded", "The file has not reached the server whole yet."
            )
        size = int(stored.data["size"])
        etag = f'"{stored.data["sha256"]}"'
        wanted = _range(range_header, size) if if_range in (None, etag) else None
        start, end = wanted or (0, size)
        body = _stored_bytes(conn, attachment_id, start, end)
    headers = {
        "Accept-Ranges": "bytes",
        "ETag": etag,
        "Content-Type": stored.data["mime_type"],
        "Content-Disposition": _disposition(stored.data["file_name"]),
    }
    if wanted is None:
        return Download(200, body, headers)
    headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return Download(206, body, headers)


def _disposition(file_name: str) -> str:
    from urllib.parse import quote

    # RFC 6266: an ASCII fallback and the UTF-8 name (a Chinese file name survives).
    fallback = "".join(ch if ch.isascii() and ch not in '"\\' else "_" for ch in file_name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(file_name)}"
