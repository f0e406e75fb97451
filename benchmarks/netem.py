"""A throttling TCP proxy for the benchmarks: a link with a round-trip time and a bandwidth in each
direction (a mobile hotspot, an office's line to the provincial data centre) in front of a server.

Benchmarks only, never the test suite. `ThrottledLink(upstream_url, LINKS["hotspot"])` starts the
proxy as a child process (so that it does not share the benchmark's interpreter lock) and gives
`base_url`; `python benchmarks/netem.py --upstream HOST:PORT --link hotspot` runs one by hand.

The model: every chunk read from one side waits until the link in its direction is free, takes
size / bandwidth to cross it, then half the round-trip time to arrive; the link in each direction
is shared by all connections, as a hotspot is. A new connection costs one round trip before its
first byte. No loss, no TCP slow start: the figures are the floor a real link would reach.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import subprocess
import sys
from dataclasses import dataclass
from urllib.parse import urlsplit

CHUNK = 16 * 1024
READY = "netem listening on "


@dataclass(frozen=True)
class Link:
    name: str
    rtt_ms: float
    down_mbit: float  # server to laptop
    up_mbit: float  # laptop to server
    note: str

    def describe(self) -> str:
        return (
            f"{self.rtt_ms:g} ms round trip, {self.down_mbit:g} Mbit/s down / "
            f"{self.up_mbit:g} Mbit/s up"
        )


LINKS = {
    "hotspot": Link("hotspot", 60, 15, 5, "a phone's 4G hotspot at a customer's site"),
    "office": Link("office", 4, 100, 100, "an office's line to the provincial data centre"),
}


class _Direction:
    """One direction of the link: when it is next free, shared by every connection."""

    def __init__(self, delay_s: float, bytes_per_s: float) -> None:
        self.delay_s = delay_s
        self.bytes_per_s = bytes_per_s
        self.free_at = 0.0

    def arrival(self, now: float, size: int) -> float:
        start = max(now, self.free_at)
        self.free_at = start + size / self.bytes_per_s
        return self.free_at + self.delay_s


async def _pump(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, direction: _Direction
) -> None:
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            at, data = await queue.get()
            wait = at - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                break
            writer.write(data)
            await writer.drain()
        with contextlib.suppress(OSError):
            writer.write_eof()

    delivering = asyncio.create_task(deliver())
    try:
        while data := await reader.read(CHUNK):
            queue.put_nowait((direction.arrival(loop.time(), len(data)), data))
    except OSError:
        pass
    queue.put_nowait((loop.time() + direction.delay_s, b""))
    with contextlib.suppress(OSError):
        await delivering


async def serve(upstream: tuple[str, int], link: Link, port: int) -> None:
    half = link.rtt_ms / 2000
    down = _Direction(half, link.down_mbit * 1e6 / 8)
    up = _Direction(half, link.up_mbit * 1e6 / 8)

    async def handle(client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        await asyncio.sleep(2 * half)  # the handshake's round trip
        try:
            server_r, server_w = await asyncio.open_connection(*upstream)
        except OSError:
            client_w.close()
            return
        await asyncio.gather(_pump(client_r, server_w, up), _pump(server_r, client_w, down))
        for w in (client_w, server_w):
            w.close()

    server = await asyncio.start_server(handle, "127.0.0.1", port)
    print(READY + str(server.sockets[0].getsockname()[1]), flush=True)
    async with server:
        await server.serve_forever()


class ThrottledLink:
    """The proxy as a child process: ``with ThrottledLink(url, LINKS["hotspot"]) as link:``."""

    def __init__(self, upstream_url: str, link: Link) -> None:
        parts = urlsplit(upstream_url)
        self.upstream = f"{parts.hostname}:{parts.port}"
        self.link = link
        self.base_url = ""
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> ThrottledLink:
        command = [sys.executable, __file__, "--upstream", self.upstream, "--link", self.link.name]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line.startswith(READY):
            self.__exit__()
            raise RuntimeError(f"netem did not start: {line!r}")
        self.base_url = f"http://127.0.0.1:{int(line[len(READY) :])}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, help="HOST:PORT of the real server")
    parser.add_argument("--link", choices=sorted(LINKS), default="hotspot")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    host, _, port = args.upstream.rpartition(":")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve((host, int(port)), LINKS[args.link], args.port))


if __name__ == "__main__":
    main()
