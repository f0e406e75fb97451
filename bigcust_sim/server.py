"""Runs the simulator on uvicorn: binds (port 0 = a free port), prints the one ready line, serves
until SIGTERM/SIGINT, or until stdin closes when asked (so a dead parent never leaves it running).

With `workers` > 1 (PostgreSQL) this process is a supervisor: it seeds, binds the socket and starts
that many worker processes that accept on it, each with its own context; the first runs churn.
Depends on uvicorn and the application.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from typing import Any

import uvicorn

from bigcust_sim.app import build_app
from bigcust_sim.config import ServerConfig
from bigcust_sim.context import open_context
from bigcust_sim.faults import quiet_dropped_connections

READY_PREFIX = "bigcust-sim listening on "


def _announce_when_started(server: uvicorn.Server, url: str) -> None:
    while not server.started and not server.should_exit:
        time.sleep(0.01)
    if server.started:
        sys.stdout.write(f"{READY_PREFIX}{url}\n")
        sys.stdout.flush()


def _exit_when_stdin_closes(server: uvicorn.Server) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    server.should_exit = True


def _bind(config: ServerConfig) -> tuple[socket.socket, str]:
    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only disables Nagle on sockets that say so, and with
    # Nagle on, a small response on a kept-alive connection waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, config.port))
    port = sock.getsockname()[1]
    host = f"[{config.host}]" if family == socket.AF_INET6 else config.host
    return sock, f"http://{host}:{port}"


def _uvicorn(config: ServerConfig, *, churn: bool) -> uvicorn.Server:
    ctx = open_context(config)
    app = build_app(ctx, churn=churn)
    return uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=3,
            lifespan="on",
        )
    )


def serve(config: ServerConfig, *, exit_with_stdin: bool = False) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    quiet_dropped_connections()
    if config.workers > 1:
        _supervise(config, exit_with_stdin=exit_with_stdin)
        return
    server = _uvicorn(config, churn=True)
    sock, url = _bind(config)
    threading.Thread(target=_announce_when_started, args=(server, url), daemon=True).start()
    if exit_with_stdin:
        threading.Thread(target=_exit_when_stdin_closes, args=(server,), daemon=True).start()
    server.run(sockets=[sock])


def _worker(config: ServerConfig, sock: socket.socket, index: int, ready: Any) -> None:
    """One worker process: its own context and connection pool, serving the shared socket."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    quiet_dropped_connections()
    server = _uvicorn(config, churn=index == 0)

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.01)
        ready.put(index if server.started else -1)

    threading.Thread(target=announce, daemon=True).start()
    server.run(sockets=[sock])


def _supervise(config: ServerConfig, *, exit_with_stdin: bool) -> None:
    # Seed (or check) once here, so that the workers only open what exists.
    open_context(config).db.dispose()
    sock, url = _bind(config)
    spawn = multiprocessing.get_context("spawn")
    ready = spawn.Queue()
    workers = [
        spawn.Process(target=_worker, args=(config, sock, i, ready), daemon=True)
        for i in range(config.workers)
    ]
    for worker in workers:
        worker.start()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    if exit_with_stdin:
        threading.Thread(target=_set_when_stdin_closes, args=(stop,), daemon=True).start()
    try:
        for _ in workers:
            if ready.get(timeout=120) < 0:
                raise SystemExit("a worker did not start")
        sys.stdout.write(f"{READY_PREFIX}{url}\n")
        sys.stdout.flush()
        while not stop.wait(0.5):
            if not all(worker.is_alive() for worker in workers):
                raise SystemExit("a worker process ended; stopping the others")
    finally:
        for worker in workers:
            if worker.pid is not None and worker.is_alive():
                os.kill(worker.pid, signal.SIGTERM)
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()


def _set_when_stdin_closes(stop: threading.Event) -> None:
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except (OSError, ValueError):
        pass
    stop.set()
