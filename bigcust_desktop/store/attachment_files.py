"""The local copy of attachment files: bytes kept in the encrypted cache in chunks, so that a file
attached offline waits for its upload and a download cut at any point resumes.

Everything runs in the caller's transaction and never holds more than one chunk in memory.
Depends on SQLAlchemy Core, the store's models and `domain.attachments`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from sqlalchemy import Connection, delete, insert, select, update

from bigcust_desktop.domain.attachments import UPLOAD_CHUNK_BYTES, FileStatus, file_status
from bigcust_desktop.store.models import AttachmentChunk, AttachmentFile, ContractAttachment

# One chunk row holds at most this much: the upload's chunk, a bounded read of a download.
CHUNK_BYTES = UPLOAD_CHUNK_BYTES
UPLOAD, DOWNLOAD = "upload", "download"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def store_file(conn: Connection, attachment_id: str, source: BinaryIO) -> tuple[int, str]:
    """Copy a file into the cache chunk by chunk, hashing as it goes; returns (size, sha256).

    The copy is the one the upload sends: complete here, nothing of it on the server yet.
    """
    digest, size = hashlib.sha256(), 0
    conn.execute(
        insert(AttachmentFile).values(
            attachment_id=attachment_id,
            sha256="",
            size=0,
            stored_bytes=0,
            complete=False,
            direction=UPLOAD,
            uploaded_bytes=0,
            updated_at=_now(),
        )
    )
    while data := source.read(CHUNK_BYTES):
        conn.execute(
            insert(AttachmentChunk).values(attachment_id=attachment_id, offset=size, data=data)
        )
        digest.update(data)
        size += len(data)
    sha256 = digest.hexdigest()
    _set(conn, attachment_id, sha256=sha256, size=size, stored_bytes=size, complete=True)
    return size, sha256


def _set(conn: Connection, attachment_id: str, **values: object) -> None:
    conn.execute(
        update(AttachmentFile)
        .where(AttachmentFile.attachment_id == attachment_id)
        .values(updated_at=_now(), **values)
    )


def read_range(conn: Connection, attachment_id: str, start: int, end: int) -> bytes:
    """Bytes [start, end) of a local copy (at most a chunk or two: an upload's next request)."""
    rows = conn.execute(
        select(AttachmentChunk.offset, AttachmentChunk.data)
        .where(
            AttachmentChunk.attachment_id == attachment_id,
            AttachmentChunk.offset < end,
            AttachmentChunk.offset > start - CHUNK_BYTES,
        )
        .order_by(AttachmentChunk.offset)
    ).all()
    out = bytearray()
    for first, data in rows:
        if first + len(data) <= start:
            continue
        out += data[max(0, start - first) : end - first]
    return bytes(out)


def chunk_offsets(conn: Connection, attachment_id: str) -> list[int]:
    return list(
        conn.execute(
            select(AttachmentChunk.offset)
            .where(AttachmentChunk.attachment_id == attachment_id)
            .order_by(AttachmentChunk.offset)
        ).scalars()
    )


def chunk_at(conn: Connection, attachment_id: str, offset: int) -> bytes:
    return bytes(
        conn.execute(
            select(AttachmentChunk.data).where(
                AttachmentChunk.attachment_id == attachment_id, AttachmentChunk.offset == offset
            )
        ).scalar_one()
    )


def iter_chunks(conn: Connection, attachment_id: str) -> Iterator[bytes]:
    """The local copy's bytes in order, one chunk in memory at a time."""
    for offset in chunk_offsets(conn, attachment_id):
        yield chunk_at(conn, attachment_id, offset)


@dataclass(frozen=True)
class LocalFile:
    """The local copy's row: what is held and where it stands."""

    attachment_id: str
    sha256: str
    size: int
    stored_bytes: int
    complete: bool
    direction: str
    uploaded_bytes: int


def local_file(conn: Connection, attachment_id: str) -> LocalFile | None:
    row = conn.execute(
        select(AttachmentFile.__table__).where(AttachmentFile.attachment_id == attachment_id)
    ).first()
    if row is None:
        return None
    return LocalFile(
        row.attachment_id,
        row.sha256,
        row.size,
        row.stored_bytes,
        bool(row.complete),
        row.direction,
        row.uploaded_bytes,
    )


def want_download(conn: Connection, attachment_id: str, sha256: str, size: int) -> LocalFile:
    """The download's row, made empty if there is none yet (which is also how a file above the
    prefetch size is asked for: the next sync fetches every row not yet complete)."""
    found = local_file(conn, attachment_id)
    if found is not None:
        return found
    conn.execute(
        insert(AttachmentFile).values(
            attachment_id=attachment_id,
            sha256=sha256,
            size=size,
            stored_bytes=0,
            complete=False,
            direction=DOWNLOAD,
            uploaded_bytes=0,
            updated_at=_now(),
        )
    )
    return LocalFile(attachment_id, sha256, size, 0, False, DOWNLOAD, 0)


def append(conn: Connection, attachment_id: str, offset: int, data: bytes) -> None:
    """Keep received bytes at `offset` (the end of what is held) and move the mark past them."""
    conn.execute(
        insert(AttachmentChunk).values(attachment_id=attachment_id, offset=offset, data=data)
    )
    _set(conn, attachment_id, stored_bytes=offset + len(data))


def mark_complete(conn: Connection, attachment_id: str) -> None:
    _set(conn, attachment_id, complete=True)


def discard_bytes(conn: Connection, attachment_id: str) -> None:
    """Drop what a download held (a copy that failed its sha256): it starts again from 0."""
    conn.execute(delete(AttachmentChunk).where(AttachmentChunk.attachment_id == attachment_id))
    _set(conn, attachment_id, stored_bytes=0, complete=False)


def set_uploaded(conn: Connection, attachment_id: str, uploaded: int) -> None:
    _set(conn, attachment_id, uploaded_bytes=uploaded)


def remove(conn: Connection, attachment_ids: list[str]) -> int:
    """Delete local copies (their chunks follow by ON DELETE CASCADE); returns how many went."""
    if not attachment_ids:
        return 0
    result = conn.execute(
        delete(AttachmentFile).where(AttachmentFile.attachment_id.in_(attachment_ids))
    )
    return int(result.rowcount)


def prune_orphans(conn: Connection) -> int:
    """Drop local copies whose attachment record is gone (deleted on either side, or revoked
    with its customer by a path that did not take the file along)."""
    result = conn.execute(
        delete(AttachmentFile).where(
            AttachmentFile.attachment_id.not_in(select(ContractAttachment.id))
        )
    )
    return int(result.rowcount)


def statuses(conn: Connection, attachment_ids: list[str]) -> dict[str, FileStatus]:
    """Each attachment's file state, from its record and its local copy."""
    rows = conn.execute(
        select(
            ContractAttachment.id,
            ContractAttachment.size,
            ContractAttachment.content_state,
            AttachmentFile.direction,
            AttachmentFile.complete,
            AttachmentFile.stored_bytes,
            AttachmentFile.uploaded_bytes,
        )
        .outerjoin(AttachmentFile, AttachmentFile.attachment_id == ContractAttachment.id)
        .where(ContractAttachment.id.in_(attachment_ids))
    ).all()
    return {
        r.id: file_status(
            size=r.size,
            server_has_file=r.content_state == "available",
            direction=r.direction,
            complete=bool(r.complete),
            stored=r.stored_bytes or 0,
            uploaded=r.uploaded_bytes or 0,
        )
        for r in rows
    }


@dataclass(frozen=True)
class Transfer:
    """A file the sync has to move: `done` bytes of `size` are already where they go."""

    attachment_id: str
    size: int
    sha256: str
    done: int


def uploads_due(conn: Connection) -> list[Transfer]:
    """Files attached here whose record the server has accepted (version > 0) and that have not
    reached it whole yet, oldest first. A record still waiting in the outbox, or refused, waits."""
    rows = conn.execute(
        select(
            AttachmentFile.attachment_id,
            AttachmentFile.size,
            AttachmentFile.sha256,
            AttachmentFile.uploaded_bytes,
        )
        .join(ContractAttachment, ContractAttachment.id == AttachmentFile.attachment_id)
        .where(
            AttachmentFile.direction == UPLOAD,
            AttachmentFile.uploaded_bytes < AttachmentFile.size,
            ContractAttachment.version > 0,
        )
        .order_by(AttachmentFile.updated_at, AttachmentFile.attachment_id)
    ).all()
    return [Transfer(r[0], r[1], r[2], r[3]) for r in rows]


_DOWNLOADS = """
SELECT a.id, a.size, a.sha256, f.stored_bytes, 0 AS prefetch
  FROM contract_attachment AS a JOIN attachment_file AS f ON f.attachment_id = a.id
 WHERE f.direction = 'download' AND NOT f.complete AND a.content_state = 'available'
UNION ALL
SELECT a.id, a.size, a.sha256, 0, 1
  FROM contract_attachment AS a JOIN customer AS c ON c.id = a.customer_id
 WHERE c.manager_id = ? AND a.content_state = 'available' AND a.size <= ?
   AND NOT EXISTS (SELECT 1 FROM attachment_file AS f WHERE f.attachment_id = a.id)
ORDER BY prefetch, size, 1
"""


def downloads_due(conn: Connection, manager_id: str | None, prefetch_max: int) -> list[Transfer]:
    """Files to fetch: those asked for or half-received first, then the prefetch — files of the
    manager's own customers up to `prefetch_max` bytes — smallest first."""
    rows = conn.exec_driver_sql(_DOWNLOADS, (manager_id or "", prefetch_max)).all()
    return [Transfer(r[0], r[1], r[2], r[3]) for r in rows]
