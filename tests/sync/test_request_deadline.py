"""A request ends at its overall deadline even when every read succeeds, and a cancel stops a
request in flight (issue 18: "the read timeout applies to each read, not to the response").

Against a tiny server on loopback written here: it trickles its answer one byte at a time, or
says nothing at all after the request, and keeps the connection open until the client leaves.
No mocks: the client is the real `SystemClient` and the real `run_sync`.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import REFRESH_TOKEN
from bigcust_desktop.sync.config import Endpoints, RetryPolicy
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.errors import NetworkError, SyncCancelled
from bigcust_desktop.sync.http import SystemClient
from bigcust_desktop.sync.lock import SyncLock

# A ceiling for a call that must end by itself: far above the deadlines and the cancel delay
# below, far below the read timeout (a hang detector, not a speed measurement).
ENDS_WITHIN = 20.0
ONE_TRY = RetryPolicy(attempts=1)
_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"


class SlowServer:
    """Accepts connections on loopback; each answer is `mode`:

    - ``"body"``: the headers at once, then one byte of body every ``interval`` seconds;
    - ``"headers"``: the status line and headers themselves one byte every ``interval``;
    - ``"silent"``: nothing after the request, ever.

    Each read the client makes succeeds well within its read timeout; only a deadline on the
    whole response, or a cancel that reaches the socket, can end the exchange.
    """

    def __init__(self, mode: str, interval: float = 0.05) -> None:
        self.mode, self.interval = mode, interval
        self.received = threading.Event()  # a whole request has arrived
        self.left = threading.Event()  # the client closed its end
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads = [threading.Thread(target=self._accept, daemon=True)]
        self._threads[0].start()

    def _accept(self) -> None:
        self._listener.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._answer, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                data += chunk
            self.received.set()
            to_send = _HEAD if self.mode == "headers" else b""
            if self.mode == "body":
                conn.sendall(_HEAD)
            try:
                while not self._stop.is_set():
                    if self.mode == "silent":
                        if conn.recv(1) == b"":  # blocks until the client goes
                            break
                        continue
                    byte, to_send = (to_send[:1], to_send[1:]) if to_send else (b" ", b"")
                    conn.sendall(byte)
                    self._stop.wait(self.interval)
            except OSError:
                pass  # the client broke the connection off: what a deadline or cancel does
            self.left.set()

    def close(self) -> None:
        self._stop.set()
        self._listener.close()
        for thread in self._threads:
            thread.join(timeout=5)


@pytest.fixture
def slow_server(request: pytest.FixtureRequest) -> Iterator[Callable[[str], SlowServer]]:
    made: list[SlowServer] = []

    def make(mode: str) -> SlowServer:
        made.append(SlowServer(mode))
        return made[-1]

    yield make
    for server in made:
        server.close()


def in_thread(call: Callable[[], Any]) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize("mode", ["body", "headers"])
def test_a_trickled_answer_ends_at_the_request_deadline(slow_server, mode: str) -> None:
    server = slow_server(mode)
    endpoints = Endpoints.single_server(
        server.url, read_timeout=10.0, request_deadline=0.5, retry=ONE_TRY
    )
    client = SystemClient("city", server.url, endpoints)
    try:
        thread, outcome = in_thread(lambda: client.call("GET", "/city/v1/changes"))
        thread.join(ENDS_WITHIN)
        assert not thread.is_alive(), "the request outlived its deadline"
        assert isinstance(outcome[0], NetworkError) and outcome[0].code == "sync.timeout"
        assert server.left.wait(5), "the connection was left open"
    finally:
        client.close()


def test_the_default_deadline_is_documented_and_bounded() -> None:
    endpoints = Endpoints.single_server("http://127.0.0.1:1")
    # Longer than a slow link needs for the biggest page, short enough that a stuck server
    # cannot hold the profile lock for long: docs/sync-protocol.md gives the figure.
    assert endpoints.read_timeout < endpoints.request_deadline <= 300


@pytest.mark.parametrize("mode", ["silent", "body"])
def test_cancel_interrupts_a_request_in_flight(slow_server, mode: str) -> None:
    server = slow_server(mode)
    # The read timeout alone would hold the request for a minute; the deadline even longer.
    endpoints = Endpoints.single_server(
        server.url, read_timeout=60.0, request_deadline=120.0, retry=ONE_TRY
    )
    cancel = threading.Event()
    client = SystemClient("crm", server.url, endpoints, cancel=cancel)
    try:
        thread, outcome = in_thread(lambda: client.call("GET", "/crm/v1/changes"))
        assert server.received.wait(ENDS_WITHIN)
        cancel.set()
        thread.join(ENDS_WITHIN)
        assert not thread.is_alive(), "cancel did not reach the request in flight"
        assert isinstance(outcome[0], SyncCancelled)
        assert server.left.wait(5)
    finally:
        client.close()


def test_a_cancelled_sync_stuck_on_a_server_frees_the_profile_lock(slow_server, store: Store):
    """The sync's first request (the token refresh) meets a server that never answers."""
    server = slow_server("silent")
    ProfileSecrets(store.profile).set(REFRESH_TOKEN, "placeholder-not-a-token")
    endpoints = Endpoints.single_server(
        server.url, read_timeout=60.0, request_deadline=120.0, retry=ONE_TRY
    )
    cancel = threading.Event()
    session = SyncSession(endpoints, ProfileSecrets(store.profile), cancel=cancel)
    try:
        thread, outcome = in_thread(lambda: run_sync(store.profile, store, session))
        assert server.received.wait(ENDS_WITHIN)
        cancel.set()
        thread.join(ENDS_WITHIN)
        assert not thread.is_alive()
        assert isinstance(outcome[0], SyncCancelled)
    finally:
        session.close()
    with SyncLock(store.profile.lock_path):  # the next sync may start at once
        pass
