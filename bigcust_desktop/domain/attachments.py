"""Contract attachments (合同附件): what may be attached, how big, and how it travels.

Metadata travels in the city feed as `contract_attachment` records; the file itself through its
own upload and download endpoints (docs/sync-protocol.md). What may be attached, each refusal
with its code, and the states a file goes through. Depends on the standard library and
`domain.errors`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # a scanned 100-page contract is about 20 MB
UPLOAD_CHUNK_BYTES = 1024 * 1024  # the largest chunk one upload request may carry

# Scans and office documents; nothing that runs.
ALLOWED_MEDIA_TYPES: frozenset[str] = frozenset(
    {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "image/tiff",
        "application/msword",
        "application/vnd.ms-excel",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
)

# The file name's extension says what a file claims to be; its first bytes must agree.
EXTENSIONS: dict[str, frozenset[str]] = {
    "application/pdf": frozenset({".pdf"}),
    "image/jpeg": frozenset({".jpg", ".jpeg", ".jpe", ".jfif"}),
    "image/png": frozenset({".png"}),
    "image/tiff": frozenset({".tif", ".tiff"}),
    "application/msword": frozenset({".doc"}),
    "application/vnd.ms-excel": frozenset({".xls"}),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": frozenset({".docx"}),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": frozenset({".xlsx"}),
}
_BY_EXTENSION = {ext: media for media, exts in EXTENSIONS.items() for ext in exts}

# Files of the user's own customers up to this size come with every sync, so that they open
# offline at a customer's site; larger ones, and a team's, come when first opened (the next
# sync fetches them). About 11 s on a phone's hotspot (docs/sync-engine.md, Attachments).
PREFETCH_MAX_BYTES = 20 * 1024 * 1024


def media_type_of(file_name: str) -> str:
    """The media type a file name claims by its extension; refused if not one we attach."""
    dot = file_name.rfind(".")
    media = _BY_EXTENSION.get(file_name[dot:].lower()) if dot > 0 else None
    if media is None:
        raise ValidationError(
            "file", "attachment.type_not_allowed", "Attach a PDF, an image or an office file."
        )
    return media


def check_attachment(file_name: str, size: int, content_extensions: Collection[str]) -> str:
    """Check a file before it is attached; returns its media type.

    ``content_extensions`` are the extensions the file's first bytes fit (a content sniffer's
    answer): a program renamed to ``.pdf`` fits none of a PDF's and is refused.
    """
    media = media_type_of(file_name)
    check_size(size)
    if not EXTENSIONS[media] & {e.lower() for e in content_extensions}:
        raise ValidationError(
            "file",
            "attachment.content_mismatch",
            "The file's content is not what its name says.",
        )
    return media


def check_size(size: int) -> None:
    """A file is 1 byte to `MAX_ATTACHMENT_BYTES`."""
    if size <= 0:
        raise ValidationError("file", "attachment.empty", "The file is empty.")
    if size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            "file",
            "attachment.too_large",
            "A file is at most %1 MB.",
            {"max_mb": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
        )


class FileState(StrEnum):
    """Where an attachment's file is, as its list shows it."""

    LOCAL_ONLY = "local_only"  # attached here, waiting for a sync to send it
    UPLOADING = "uploading"  # partly sent (the percentage beside it)
    ON_SERVER = "on_server"  # the server holds it whole; a copy is here (opens offline)
    DOWNLOADING = "downloading"  # partly received, or asked for and coming with the next sync
    MISSING = "missing"  # not here: the next sync or the first open fetches it


@dataclass(frozen=True)
class FileStatus:
    """An attachment file's state with the bytes done of its size."""

    state: FileState
    done: int
    size: int

    @property
    def percent(self) -> int:
        return 100 if self.size <= 0 else min(100, self.done * 100 // self.size)

    @property
    def opens_offline(self) -> bool:
        return self.state in (FileState.LOCAL_ONLY, FileState.UPLOADING, FileState.ON_SERVER)


def file_status(
    *,
    size: int,
    server_has_file: bool,
    direction: str | None,
    complete: bool,
    stored: int,
    uploaded: int,
) -> FileStatus:
    """The state of a file from its record's content_state and the local copy (if any)."""
    if direction == "upload":
        if uploaded >= size or server_has_file:
            return FileStatus(FileState.ON_SERVER, size, size)
        if uploaded > 0:
            return FileStatus(FileState.UPLOADING, uploaded, size)
        return FileStatus(FileState.LOCAL_ONLY, 0, size)
    if direction == "download":
        if complete:
            return FileStatus(FileState.ON_SERVER, size, size)
        return FileStatus(FileState.DOWNLOADING, stored, size)
    return FileStatus(FileState.MISSING, 0, size)
