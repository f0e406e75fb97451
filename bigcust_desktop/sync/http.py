"""One HTTP session per system, with timeouts, a deadline per request, cancel, retries,
Retry-After and problem details.

Every request of the sync goes through `SystemClient.call`; depends on `requests` and
`sync.inflight` (both loaded lazily, with the first client).
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bigcust_desktop.sync.config import Endpoints, RetryPolicy
from bigcust_desktop.sync.errors import (
    AccountDisabled,
    AuthRequired,
    InvalidCredentials,
    LoginThrottled,
    NetworkError,
    ProtocolError,
    RequestRejected,
    ServerBusy,
    SyncCancelled,
    SyncError,
)

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

USER_AGENT = "bigcust-desktop"


@dataclass
class CallStats:
    """Counters for the sync panel, the CLI status and the benchmarks."""

    requests: int = 0
    retries: int = 0
    bytes_received: int = 0


class TokenExpired(SyncError):
    """401 token_expired: the caller refreshes once and repeats the request."""

    code = "auth.token_expired"


def _problem(response: requests.Response) -> tuple[str, str]:
    """(code, detail) of an RFC 9457 problem document, tolerant of anything else."""
    try:
        body = response.json()
    except ValueError:
        return f"http_{response.status_code}", response.reason or ""
    if not isinstance(body, dict):
        return f"http_{response.status_code}", ""
    code = str(body.get("code") or f"http_{response.status_code}")
    return code, str(body.get("detail") or body.get("title") or "")


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # HTTP-date form: treat as absent and back off normally


class SystemClient:
    """Talks to one system (crm, boss or city) over one `requests.Session`.

    Retries only what is safe to repeat: every request of the contract is idempotent (GETs, and
    pushes carry op_ids), so timeouts, resets, truncated bodies and 5xx are retried with capped
    exponential backoff and full jitter; 429/503 wait for their Retry-After.
    """

    def __init__(
        self,
        system: str,
        base_url: str,
        endpoints: Endpoints,
        *,
        cancel: threading.Event | None = None,
        stats: CallStats | None = None,
    ) -> None:
        self.system = system
        self.base_url = base_url.rstrip("/")
        self._timeout = (endpoints.connect_timeout, endpoints.read_timeout)
        self._deadline = endpoints.request_deadline
        self._retry: RetryPolicy = endpoints.retry
        self._cancel = cancel or threading.Event()
        self.stats = stats or CallStats()
        self._rng = random.Random()
        # requests takes a tenth of a second to load: paid at the first sync, not at every start.
        from bigcust_desktop.sync.inflight import watch_connections
        from bigcust_desktop.sync.tls import trusted_session

        # TLS is always verified: against the operator's CA bundle, else the OS trust store.
        self.session = trusted_session(endpoints.ca_bundle)
        # A deadline or a cancel can reach the socket of a request in flight.
        watch_connections(self.session)
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})

    def close(self) -> None:
        self.session.close()

    def _sleep(self, seconds: float) -> None:
        if self._cancel.wait(seconds):
            raise SyncCancelled("sync cancelled")

    def check_cancel(self) -> None:
        """Raise `SyncCancelled` once the cancel is set: for work between two reads of a stream
        (the watchdog's poll may come after a fast answer is read whole)."""
        if self._cancel.is_set():
            raise SyncCancelled("sync cancelled")

    def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        params: dict[str, Any] | None = None,
        json: Any = None,
        data: bytes | None = None,
        headers: Callable[[], Mapping[str, str]] | None = None,
        consume: Callable[[requests.Response], Any] | None = None,
        on_retry: Callable[[SyncError, float], None] | None = None,
    ) -> Any:
        """Send one request and return its decoded JSON body, retrying what is retryable.

        For files: `data` is a raw body, `headers` gives extra headers for each attempt (a
        resumed download asks for the range it still lacks), and `consume` reads a successful
        answer as a stream instead of JSON, inside the request's deadline and cancel watch; what
        it raises from the connection breaking off counts as a network error, retried.
        """
        url = self.base_url + path
        auth = {"Authorization": f"Bearer {token}"} if token else {}
        last: SyncError | None = None
        for attempt in range(self._retry.attempts):
            self.check_cancel()
            extra = dict(headers()) if headers else {}
            try:
                return self._once(method, url, {**auth, **extra}, params, json, data, consume)
            except ServerBusy as exc:
                if exc.retry_after > self._retry.max_retry_after:
                    raise
                last, delay = exc, exc.retry_after
            except NetworkError as exc:
                last = exc
                cap = min(self._retry.max_delay, self._retry.base_delay * 2**attempt)
                delay = self._rng.uniform(0, cap)
            if attempt + 1 < self._retry.attempts:
                self.stats.retries += 1
                log.info(
                    "%s %s %s failed (%s), retry %d in %.2fs",
                    self.system,
                    method,
                    path,
                    last.code,
                    attempt + 1,
                    delay,
                )
                if on_retry:
                    on_retry(last, delay)
                self._sleep(delay)
        assert last is not None
        raise last

    def _once(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        params: dict[str, Any] | None,
        body: Any,
        data: bytes | None = None,
        consume: Callable[[requests.Response], Any] | None = None,
    ) -> Any:
        from bigcust_desktop.sync.inflight import watched  # loaded with requests by __init__

        self.stats.requests += 1
        with watched(self._deadline, self._cancel) as watch:
            try:
                response, content, consumed = self._send(
                    method, url, headers, params, body, data, consume
                )
            except Exception as exc:
                if watch.fired is None:
                    raise
                # The watchdog shut the socket: whatever the read then raised, this is why.
                if watch.fired == "cancelled":
                    raise SyncCancelled("sync cancelled") from exc
                raise NetworkError(
                    f"{self.system} did not answer within {self._deadline:g} s",
                    code="sync.timeout",
                ) from exc
        if consume is not None and response.status_code < 400:
            return consumed
        self.stats.bytes_received += len(content)
        return self._decode(response, content)

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        params: dict[str, Any] | None,
        body: Any,
        data: bytes | None = None,
        consume: Callable[[requests.Response], Any] | None = None,
    ) -> tuple[requests.Response, bytes, Any]:
        import requests  # already loaded by __init__: a dictionary look-up

        try:
            response = self.session.request(
                method,
                url,
                headers=headers,
                params=params,
                json=body,
                data=data,
                timeout=self._timeout,
                stream=consume is not None,
            )
            with response:
                if consume is not None and response.status_code < 400:
                    return response, b"", consume(response)
                content = response.content  # reads the whole body: a drop mid-body raises here
        except requests.exceptions.SSLError as exc:
            raise SyncError(
                f"TLS verification failed for {self.system}: {exc}", code="sync.tls"
            ) from exc
        except requests.exceptions.Timeout as exc:
            raise NetworkError(f"{self.system} timed out", code="sync.timeout") from exc
        except requests.exceptions.RequestException as exc:
            # ConnectionError, ChunkedEncodingError, ContentDecodingError: the exchange broke off.
            raise NetworkError(f"{self.system} connection failed: {type(exc).__name__}") from exc
        return response, content, None

    def _decode(self, response: requests.Response, content: bytes) -> Any:
        """The JSON body of a success; a failure status as the matching `SyncError`."""
        status = response.status_code
        if status < 400:
            try:
                return response.json()
            except ValueError as exc:
                raise ProtocolError(f"{self.system} sent a body that is not whole JSON") from exc
        code, detail = _problem(response)
        raise problem_error(self.system, status, code, detail, _retry_after(response))


def problem_error(
    system: str, status: int, code: str, detail: str, retry_after: float | None
) -> SyncError:
    """The `SyncError` of a problem answer (docs/sync-protocol.md, Errors): its code says what
    the user reads; its English message, with the server's detail, goes to the log only."""
    message = f"{system} answered {status} {code}: {detail}".strip()
    if status == 429 and code == "login_throttled":
        return LoginThrottled(message, retry_after or 60.0, status=status)
    if status in (429, 503):
        if retry_after is not None:
            return ServerBusy(message, retry_after, status=status)
        return NetworkError(message, code="sync.server_busy", status=status)
    if status >= 500:
        return NetworkError(message, code="sync.server_error", status=status)
    if status == 401:
        if code == "token_expired":
            return TokenExpired(message, status=status)
        if code == "invalid_credentials":
            return InvalidCredentials(message, status=status)
        return AuthRequired(message, status=status)
    if status == 403 and code == "account_disabled":
        return AccountDisabled(message, status=status)
    return RequestRejected(message, code=f"server.{code}", status=status)
