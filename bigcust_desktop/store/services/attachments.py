"""`store.attachments`: files attached to contracts (合同附件) — added offline, listed with where
each file is, opened through an owner-only temporary copy, removed.

The bytes live in the encrypted cache (`store.attachment_files`); the sync engine moves them.
Depends on the store's services base, meta, edits, models and attachment files,
`domain.attachments`, and `puremagic` (what a file's first bytes say it is).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, select

from bigcust_desktop.domain.attachments import (
    FileState,
    FileStatus,
    check_attachment,
    check_size,
)
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.store import attachment_files as files
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Contract, ContractAttachment
from bigcust_desktop.store.services.base import Service
from bigcust_desktop.store.services.meta import signed_in_user

ENTITY = "contract_attachment"
_SNIFF_BYTES = 64 * 1024  # enough of the head for every format we accept


@dataclass(frozen=True)
class AttachmentRow:
    """One attachment as its list shows it: the record and where its file is."""

    id: str
    contract_id: str
    customer_id: str
    file_name: str
    mime_type: str
    size: int
    description: str | None
    created_at: dt.datetime
    sync_state: str  # the record's: pending until the server has accepted it
    file: FileStatus


def sniff(head: bytes) -> set[str]:
    """The extensions a file's first bytes fit (empty when nothing known fits)."""
    import puremagic  # loaded when a file is first attached, not at start-up

    if not head:
        return set()  # an empty file: refused for its size before its content counts
    try:
        return {m.extension.lower() for m in puremagic.magic_string(head) if m.extension}
    except puremagic.PureError:
        return set()


class Attachments(Service):
    """Contract attachments and their files; each method is one transaction of its own."""

    entity = ENTITY

    # -- adding and removing ----------------------------------------------------------------

    def add(self, contract_id: str, path: Path, *, description: str | None = None) -> AttachmentRow:
        """Attach a file offline: checked (type, size, content), copied into the cache, and
        queued — the record with the outbox, the file for the upload after it.

        Raises `ValidationError` with a code for each refusal (`attachment.type_not_allowed`,
        `attachment.empty`, `attachment.too_large`, `attachment.content_mismatch`,
        `attachment.unreadable`, `attachment.no_contract`, `attachment.not_signed_in`); nothing
        is written then.
        """
        try:
            with open(path, "rb") as source:
                head = source.read(_SNIFF_BYTES)
                size = os.fstat(source.fileno()).st_size
                media = check_attachment(path.name, size, sniff(head))
                source.seek(0)
                return self._write(_add, contract_id, path.name, media, source, description)
        except OSError as exc:
            raise ValidationError(
                "file", "attachment.unreadable", f"The file cannot be read: {exc.strerror}"
            ) from exc

    def remove(self, attachment_id: str) -> None:
        """Delete an attachment offline (the server's copy goes with the push) and its file."""
        self._write(_remove, attachment_id)

    # -- reading ----------------------------------------------------------------------------

    def of_contract(self, contract_id: str) -> list[AttachmentRow]:
        """A contract's attachments, oldest first."""
        return self._read(_rows, ContractAttachment.contract_id == contract_id)

    def of_customer(self, customer_id: str) -> list[AttachmentRow]:
        """Every attachment of a customer's contracts (the 360's list), oldest first."""
        return self._read(_rows, ContractAttachment.customer_id == customer_id)

    def status(self, attachment_id: str) -> FileStatus | None:
        return self._read(files.statuses, [attachment_id]).get(attachment_id)

    def request(self, attachment_id: str) -> FileStatus | None:
        """Ask for a file that is not here (above the prefetch size, or a team member's): the
        next sync fetches it. Returns its state (unchanged when it is here or on its way)."""
        return self._write(_request, attachment_id)

    # -- opening ----------------------------------------------------------------------------

    def open_copy(self, attachment_id: str) -> Path | None:
        """Write the file to an owner-only temporary copy for the system's viewer; None when
        the file is not here yet (ask for it with `request`). `close_copies` removes them."""
        return self._read(_write_copy, attachment_id, self._opened_root())

    def close_copies(self) -> int:
        """Remove every temporary copy (the window does at quit and at start); returns how many
        folders went. A copy still open in a viewer that locks it (Windows) stays for next time."""
        root = self._store.profile.opened_dir
        gone = 0
        if root.is_dir():
            for folder in root.iterdir():
                with contextlib.suppress(OSError):
                    shutil.rmtree(folder)
                    gone += 1
        return gone

    def _opened_root(self) -> Path:
        root = self._store.profile.opened_dir
        root.mkdir(mode=0o700, exist_ok=True)
        if os.name == "posix":
            os.chmod(root, 0o700)
        return root


def _add(
    conn: Connection,
    contract_id: str,
    file_name: str,
    media: str,
    source: BinaryIO,
    description: str | None,
) -> AttachmentRow:
    user = signed_in_user(conn)
    if user is None:
        raise ValidationError("file", "attachment.not_signed_in", "Sign in before attaching.")
    customer_id = conn.execute(
        select(Contract.customer_id).where(Contract.id == contract_id)
    ).scalar()
    if customer_id is None:
        raise ValidationError("contract_id", "attachment.no_contract", "No such contract.")
    attachment_id = str(uuid.uuid4())
    size, sha256 = files.store_file(conn, attachment_id, source)
    # The file may have changed since it was checked: the stored bytes are what counts.
    check_size(size)
    fields = {
        "contract_id": contract_id,
        "customer_id": customer_id,
        "file_name": file_name,
        "mime_type": media,
        "size": size,
        "sha256": sha256,
        "description": description,
        "content_state": "pending",
        "uploaded_by": user.id,
        "created_at": format_instant(dt.datetime.now(dt.UTC)),
    }
    edits.create_record(conn, ENTITY, fields, record_id=attachment_id)
    return _rows(conn, ContractAttachment.id == attachment_id)[0]


def _remove(conn: Connection, attachment_id: str) -> None:
    edits.delete_record(conn, ENTITY, attachment_id)
    files.remove(conn, [attachment_id])


def _request(conn: Connection, attachment_id: str) -> FileStatus | None:
    row = conn.execute(
        select(ContractAttachment.sha256, ContractAttachment.size).where(
            ContractAttachment.id == attachment_id
        )
    ).first()
    if row is None:
        return None
    files.want_download(conn, attachment_id, row.sha256, row.size)
    return files.statuses(conn, [attachment_id]).get(attachment_id)


def _write_copy(conn: Connection, attachment_id: str, root: Path) -> Path | None:
    name = conn.execute(
        select(ContractAttachment.file_name).where(ContractAttachment.id == attachment_id)
    ).scalar()
    status = files.statuses(conn, [attachment_id]).get(attachment_id)
    if name is None or status is None or not status.opens_offline:
        return None
    folder = Path(tempfile.mkdtemp(prefix="open-", dir=root))  # 0700
    # The record's name may carry a path from another system: only its last part is used.
    base = Path(name.replace("\\", "/")).name
    target = folder / (base if base not in ("", ".", "..") else "attachment")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in files.iter_chunks(conn, attachment_id):
            out.write(chunk)
    return target


def _rows(conn: Connection, where: Any) -> list[AttachmentRow]:
    records = conn.execute(
        select(ContractAttachment.__table__)
        .where(where)
        .order_by(ContractAttachment.created_at, ContractAttachment.id)
    ).all()
    states = files.statuses(conn, [r.id for r in records])
    missing = FileStatus(FileState.MISSING, 0, 0)
    return [
        AttachmentRow(
            id=r.id,
            contract_id=r.contract_id,
            customer_id=r.customer_id,
            file_name=r.file_name,
            mime_type=r.mime_type,
            size=r.size,
            description=r.description,
            created_at=r.created_at,
            sync_state=r.sync_state,
            file=states.get(r.id, missing),
        )
        for r in records
    ]
