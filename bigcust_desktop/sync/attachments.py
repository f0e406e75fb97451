"""Attachment files after the feeds: send the files attached here, fetch the ones the book needs.

Runs after every feed is read, so a large scan never holds back a page of other records.
Uploads append chunk by chunk at the server's offset; downloads ask for the bytes still missing
(`Range`, guarded by `If-Range`), keep each chunk as it arrives and check the whole file's
sha256 at the end. Everything held is committed as it comes, so any stop — error, cancel, kill —
resumes where it left off. One file failing never fails the sync: it is counted, logged, and
tried again next time. A file above the prefetch size comes when the user asks for it
(`fetch_file`: that one file at once, in the sync lane). Depends on `store.attachment_files`,
`sync.http` and `sync.auth`.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from bigcust_desktop.domain.attachments import PREFETCH_MAX_BYTES, UPLOAD_CHUNK_BYTES
from bigcust_desktop.store import attachment_files as files
from bigcust_desktop.store.attachment_files import CHUNK_BYTES, Transfer
from bigcust_desktop.store.engine import Store
from bigcust_desktop.sync.auth import Authenticator
from bigcust_desktop.sync.errors import (
    AccountDisabled,
    AuthRequired,
    NetworkError,
    ProtocolError,
    RequestRejected,
    SyncCancelled,
    SyncError,
)
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.progress import ProgressCallback, SyncProgress

log = logging.getLogger(__name__)

PHASE = "files"
# Bytes one download request asks for: each request stays within the request deadline on a slow
# link, and a cancel or a drop costs at most the chunk being received.
DOWNLOAD_SPAN = 4 * 1024 * 1024
# How often one sync fetches a file again whose bytes failed their sha256.
CHECKSUM_TRIES = 2
# Errors that end the whole sync rather than one file's transfer.
_FATAL = (SyncCancelled, AccountDisabled, AuthRequired)


@dataclass(frozen=True)
class TransferPolicy:
    """What one sync moves: own customers' files up to `prefetch_max` bytes come unasked, and no
    new file is started after `budget_seconds` (the rest waits for the next sync)."""

    prefetch_max: int = PREFETCH_MAX_BYTES
    budget_seconds: float = 300.0


@dataclass
class TransferResult:
    """What the file phase did, for the sync report, its log line and the sync panel."""

    uploaded: int = 0
    downloaded: int = 0
    failed: int = 0
    bytes_sent: int = 0
    bytes_received: int = 0
    waiting: int = 0  # left for the next sync (budget spent, or the network gave out)
    stopped: str | None = None  # the code that ended the phase early, if one did
    failures: dict[str, str] = field(default_factory=dict)  # attachment id -> error code

    def summary(self) -> dict[str, Any]:
        return {
            "uploaded": self.uploaded,
            "downloaded": self.downloaded,
            "failed": self.failed,
            "waiting": self.waiting,
            "bytes_sent": self.bytes_sent,
            "bytes_received": self.bytes_received,
            **({"stopped": self.stopped} if self.stopped else {}),
        }


class _Response(Protocol):
    """What a download reads of the HTTP client's streamed answer (requests' `Response`)."""

    status_code: int
    headers: Mapping[str, str]

    def iter_content(self, chunk_size: int) -> Iterator[bytes]: ...


class ChecksumMismatch(SyncError):
    """A downloaded file's bytes do not hash to its record's sha256: discarded, fetched again."""

    code = "attachment.checksum"


class LocalCopyIncomplete(SyncError):
    """The cache's copy of a file to send ends before its size: it cannot be sent as it is."""

    code = "attachment.incomplete"


def transfer_files(
    store: Store,
    auth: Authenticator,
    client: SystemClient,
    *,
    manager_id: str | None,
    progress: ProgressCallback,
    policy: TransferPolicy | None = None,
) -> TransferResult:
    """Upload what waits to go, then download what the book needs; see the module docstring."""
    policy = policy or TransferPolicy()
    result = TransferResult()
    with store.begin(write=True) as conn:
        files.prune_orphans(conn)
        uploads = files.uploads_due(conn)
    with store.begin() as conn:
        downloads = files.downloads_due(conn, manager_id, policy.prefetch_max)
    mover = _Mover(store, auth, client, progress, result)
    started = time.monotonic()
    work: list[tuple[Callable[[Transfer], None], Transfer]] = [
        *((mover.upload, t) for t in uploads),
        *((mover.download, t) for t in downloads),
    ]
    for index, (move, transfer) in enumerate(work):
        if time.monotonic() - started > policy.budget_seconds:
            result.waiting = len(work) - index
            result.stopped = "attachment.budget"
            break
        try:
            move(transfer)
        except _FATAL:
            raise
        except NetworkError as exc:
            # The link gave out (retries spent): the other files would fail the same way.
            result.failed += 1
            result.failures[transfer.attachment_id] = exc.code
            result.waiting = len(work) - index - 1
            result.stopped = exc.code
            log.warning("file transfers stopped at %s: %s", transfer.attachment_id, exc.code)
            break
        except SyncError as exc:
            result.failed += 1
            result.failures[transfer.attachment_id] = exc.code
            log.warning("file %s not transferred: %s", transfer.attachment_id, exc.code)
    return result


def fetch_file(
    store: Store,
    auth: Authenticator,
    client: SystemClient,
    attachment_id: str,
    *,
    progress: ProgressCallback,
) -> TransferResult:
    """Fetch one file the user asked for now (下载 of a file above the prefetch size), resuming
    what an earlier try held; progress per chunk, and a cancel keeps what came. A file that is
    here already, or that the server has not got whole, moves nothing (``downloaded`` 0)."""
    status = store.attachments.request(attachment_id)  # the row the download fills
    if status is None or status.opens_offline:
        return TransferResult()
    with store.begin() as conn:
        # Asked for or half-received only (no manager, no prefetch): this file among them.
        due = [t for t in files.downloads_due(conn, None, 0) if t.attachment_id == attachment_id]
    result = TransferResult()
    for transfer in due:
        _Mover(store, auth, client, progress, result).download(transfer)
    return result


class _Mover:
    """Moves one file at a time for `transfer_files`, reporting progress per chunk."""

    def __init__(
        self,
        store: Store,
        auth: Authenticator,
        client: SystemClient,
        progress: ProgressCallback,
        result: TransferResult,
    ) -> None:
        self.store, self.auth, self.client = store, auth, client
        self.progress, self.result = progress, result

    def _path(self, attachment_id: str, what: str) -> str:
        return f"/city/v1/attachments/{attachment_id}/{what}"

    def _tell(self, transfer: Transfer, done: int) -> None:
        self.progress(SyncProgress(PHASE, "city", done, transfer.size, transfer.attachment_id))

    # -- upload -------------------------------------------------------------------------------

    def upload(self, transfer: Transfer) -> None:
        """Send the file from the server's offset on, one chunk per request."""
        path = self._path(transfer.attachment_id, "upload")
        state = self.auth.call(self.client, "GET", path)
        offset = _offset(state)
        mismatches = 0
        while not state.get("complete"):
            if offset >= transfer.size:
                raise ProtocolError("the server holds the whole file but has not completed it")
            with self.store.begin() as conn:
                data = files.read_range(
                    conn, transfer.attachment_id, offset, offset + UPLOAD_CHUNK_BYTES
                )
            if not data:
                raise LocalCopyIncomplete(
                    f"the cache holds no bytes of {transfer.attachment_id} at {offset}"
                )
            try:
                state = self.auth.call(
                    self.client,
                    "PATCH",
                    path,
                    data=data,
                    headers=lambda at=offset: {
                        "Upload-Offset": str(at),
                        "Content-Type": "application/offset+octet-stream",
                    },
                )
            except RequestRejected as exc:
                if exc.code != "server.upload.offset_mismatch" or mismatches >= 3:
                    raise
                # The server holds another amount than we thought (a lost answer): ask it.
                mismatches += 1
                state = self.auth.call(self.client, "GET", path)
                offset = _offset(state)
                continue
            sent = _offset(state) - offset
            offset += sent
            self.result.bytes_sent += max(0, sent)
            with self.store.begin(write=True) as conn:
                files.set_uploaded(conn, transfer.attachment_id, offset)
            self._tell(transfer, offset)
        with self.store.begin(write=True) as conn:
            files.set_uploaded(conn, transfer.attachment_id, transfer.size)
        self.result.uploaded += 1
        log.info("file %s sent (%d bytes)", transfer.attachment_id, transfer.size)

    # -- download -----------------------------------------------------------------------------

    def download(self, transfer: Transfer) -> None:
        """Fetch the bytes still missing; check the sha256; a mismatch starts it over."""
        for attempt in range(CHECKSUM_TRIES):
            try:
                self._fetch(transfer)
                self.result.downloaded += 1
                return
            except ChecksumMismatch:
                log.warning("file %s failed its sha256: fetched again", transfer.attachment_id)
                if attempt + 1 == CHECKSUM_TRIES:
                    raise

    def _fetch(self, transfer: Transfer) -> None:
        sink = _Sink(self.store, transfer, self._tell, self.result, self.client.check_cancel)
        path = self._path(transfer.attachment_id, "content")
        while sink.offset < transfer.size:
            before = sink.offset
            self.auth.call(
                self.client, "GET", path, headers=sink.range_headers, consume=sink.consume
            )
            if sink.offset <= before:
                raise ProtocolError(f"the server sent no bytes of file {sink.id}")
        sink.finish()


class _Sink:
    """Where a download's bytes go: into the cache chunk by chunk, hashed on the way, so that
    what is stored and what is hashed are always the same bytes."""

    def __init__(
        self,
        store: Store,
        transfer: Transfer,
        tell: Callable[[Transfer, int], None],
        result: TransferResult,
        check_cancel: Callable[[], None] = lambda: None,
    ) -> None:
        self.store, self.transfer, self.tell, self.result = store, transfer, tell, result
        self.check_cancel = check_cancel  # between chunks: a loopback answer outruns the watchdog
        self.id = transfer.attachment_id
        self.digest = hashlib.sha256()
        with store.begin(write=True) as conn:
            local = files.want_download(conn, self.id, transfer.sha256, transfer.size)
            # A resumed download hashes what it holds first (read back one chunk at a time).
            for chunk in files.iter_chunks(conn, self.id):
                self.digest.update(chunk)
        self.offset = local.stored_bytes

    def range_headers(self) -> dict[str, str]:
        last = min(self.transfer.size, self.offset + DOWNLOAD_SPAN) - 1
        return {
            "Range": f"bytes={self.offset}-{last}",
            # Another file under the same id would come whole (200), never spliced on.
            "If-Range": f'"{self.transfer.sha256}"',
            "Accept-Encoding": "identity",  # scans do not shrink; ranges count file bytes
        }

    def consume(self, response: _Response) -> None:
        if response.status_code == 200 and self.offset > 0:
            # The server sent the whole file (it ignored the range): start over from byte 0.
            self._reset()
        elif response.status_code == 206:
            start = _range_start(response.headers.get("Content-Range", ""))
            if start != self.offset:
                raise ProtocolError(f"asked for bytes from {self.offset}, got from {start}")
        buffer = bytearray()
        try:
            for piece in response.iter_content(64 * 1024):
                buffer += piece
                while len(buffer) >= CHUNK_BYTES:
                    self._keep(bytes(buffer[:CHUNK_BYTES]))
                    del buffer[:CHUNK_BYTES]
                    self.check_cancel()
        finally:
            # Bytes that arrived before a drop or a cancel are the file's: keep them too.
            if buffer:
                self._keep(bytes(buffer))

    def _keep(self, data: bytes) -> None:
        if self.offset + len(data) > self.transfer.size:
            raise ProtocolError("the server sent more bytes than the file has")
        with self.store.begin(write=True) as conn:
            files.append(conn, self.id, self.offset, data)
        self.digest.update(data)
        self.offset += len(data)
        self.result.bytes_received += len(data)
        self.tell(self.transfer, self.offset)

    def _reset(self) -> None:
        with self.store.begin(write=True) as conn:
            files.discard_bytes(conn, self.id)
        self.digest = hashlib.sha256()
        self.offset = 0

    def finish(self) -> None:
        if self.digest.hexdigest() != self.transfer.sha256:
            self._reset()
            raise ChecksumMismatch(f"file {self.id} does not match its sha256")
        with self.store.begin(write=True) as conn:
            files.mark_complete(conn, self.id)
        log.info("file %s received (%d bytes)", self.id, self.transfer.size)


def _offset(state: Any) -> int:
    if not isinstance(state, dict) or not isinstance(state.get("offset"), int):
        raise ProtocolError("upload state does not follow the contract")
    return int(state["offset"])


def _range_start(content_range: str) -> int:
    """The first byte of a ``bytes a-b/size`` Content-Range; -1 if it is not one."""
    unit, _, spec = content_range.partition(" ")
    first = spec.partition("-")[0]
    return int(first) if unit == "bytes" and first.isdigit() else -1
