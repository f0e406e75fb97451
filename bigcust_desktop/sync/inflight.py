"""Interrupting an HTTP request in flight: an overall deadline per request, and a cancel that takes
effect mid-read rather than at the next request.

`requests` bounds each socket read, never a whole response, and cannot be told to stop: a server
that trickles a byte every few seconds holds a request for ever. A watchdog thread, one per
request, waits for the request to end; when the deadline passes or the cancel event is set first,
it shuts the request's socket down, which wakes the blocked read with an error at once. The
socket is found through the session's adapters (`watch_connections`): their connections tell the
watch of the thread that uses them which connection that is. Depends on `requests` and `urllib3`
(loaded with sync.http).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from requests import Session
from requests.adapters import HTTPAdapter
from urllib3 import poolmanager
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

# How often the watchdog looks at the cancel event: the longest a cancel waits to take effect.
POLL_SECONDS = 0.05

_current = threading.local()  # the Watch of the request this thread is making, if any


class Watch:
    """One request under watch: `fired` says why it was cut off ("cancelled", "deadline")."""

    def __init__(self, deadline: float, cancel: threading.Event) -> None:
        self._deadline = time.monotonic() + deadline
        self._cancel = cancel
        self._lock = threading.Lock()
        self._connection: HTTPConnection | None = None
        self._done = threading.Event()
        self.fired: str | None = None

    def attach(self, connection: HTTPConnection) -> None:
        """Called by the connection as the request starts using it (or reconnects it)."""
        with self._lock:
            self._connection = connection
            if self.fired is not None:
                _shut(connection)

    def finish(self) -> None:
        with self._lock:
            self._done.set()
            self._connection = None

    def run(self) -> None:
        """The watchdog: until the request is done, cut it off at the deadline or on cancel."""
        while not self._done.wait(POLL_SECONDS):
            if self.fired is None:
                if self._cancel.is_set():
                    reason = "cancelled"
                elif time.monotonic() >= self._deadline:
                    reason = "deadline"
                else:
                    continue
                with self._lock:
                    if self._done.is_set():
                        return
                    self.fired = reason
            # Keep at it until the request ends: a connection still connecting has no socket yet.
            with self._lock:
                if self._connection is not None:
                    _shut(self._connection)


def _shut(connection: HTTPConnection) -> None:
    sock = connection.sock
    if sock is None:
        return
    # The plain socket's shutdown, also under TLS: it wakes a read blocked in another thread
    # without tearing the TLS object from under it (the reader then sees an ordinary error).
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextlib.contextmanager
def watched(deadline: float, cancel: threading.Event) -> Iterator[Watch]:
    """Make one request inside this block: it is cut off at `deadline` seconds or on `cancel`."""
    watch = Watch(deadline, cancel)
    dog = threading.Thread(target=watch.run, name="request-watchdog", daemon=True)
    _current.watch = watch
    dog.start()
    try:
        yield watch
    finally:
        _current.watch = None
        watch.finish()
        dog.join()


class _Watched:
    """Mixed into urllib3's connections: tell the current request's watch which socket it uses."""

    def _tell_watch(self) -> None:
        watch: Watch | None = getattr(_current, "watch", None)
        if watch is not None:
            watch.attach(self)  # type: ignore[arg-type]

    def connect(self) -> None:
        self._tell_watch()
        super().connect()  # type: ignore[misc]

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._tell_watch()
        super().request(*args, **kwargs)  # type: ignore[misc]


class _HTTPConnection(_Watched, HTTPConnection):
    pass


class _HTTPSConnection(_Watched, HTTPSConnection):
    pass


class _HTTPPool(HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


_POOLS = {"http": _HTTPPool, "https": _HTTPSPool}


def _watch_pools(manager: Any) -> Any:
    """urllib3's standard pools of a pool manager, with connections a watch can reach. A SOCKS
    proxy's own pools stay as they are (its requests then keep only the per-read timeout)."""
    if manager.pool_classes_by_scheme is poolmanager.pool_classes_by_scheme:
        manager.pool_classes_by_scheme = _POOLS
    return manager


def watch_connections(session: Session) -> None:
    """Make every adapter of ``session`` (whatever its TLS set-up) use watchable connections:
    its pool manager now, and each proxy manager as it makes one."""
    for adapter in session.adapters.values():
        if not isinstance(adapter, HTTPAdapter):
            continue
        _watch_pools(adapter.poolmanager)
        make_proxy_manager = adapter.proxy_manager_for

        def proxy_manager_for(proxy: str, _make: Any = make_proxy_manager, **kwargs: Any) -> Any:
            return _watch_pools(_make(proxy, **kwargs))

        adapter.proxy_manager_for = proxy_manager_for  # type: ignore[method-assign]
