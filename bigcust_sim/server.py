"""Runs the simulator on uvicorn: binds (port 0 = a free port), prints the one ready line, serves
until SIGTERM/SIGINT, or until stdin closes when asked (so a dead parent never leaves it running).

Depends on uvicorn and the application.
"""

from __future__ import annotations

import logging
import socket
import sys
import threading
import time

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


def serve(config: ServerConfig, *, exit_with_stdin: bool = False) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    quiet_dropped_connections()
    ctx = open_context(config)
    app = build_app(ctx)

    family = socket.AF_INET6 if ":" in config.host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only disables Nagle on sockets that say so, and with
    # Nagle on, a small response on a kept-alive connection waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, config.port))
    port = sock.getsockname()[1]
    host = f"[{config.host}]" if family == socket.AF_INET6 else config.host

    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=3,
            lifespan="on",
        )
    )
    threading.Thread(
        target=_announce_when_started, args=(server, f"http://{host}:{port}"), daemon=True
    ).start()
    if exit_with_stdin:
        threading.Thread(target=_exit_when_stdin_closes, args=(server,), daemon=True).start()
    server.run(sockets=[sock])
