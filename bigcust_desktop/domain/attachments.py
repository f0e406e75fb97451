"""Contract attachments (合同附件): what may be attached, how big, and how it travels.

Metadata travels in the city feed as `contract_attachment` records; the file itself through its
own upload and download endpoints (docs/sync-protocol.md). Depends on the standard library only.
"""

from __future__ import annotations

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
