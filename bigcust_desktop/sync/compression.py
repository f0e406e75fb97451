"""Which content coding a feed is asked for on this link (gzip or identity), chosen by measurement.

Pure bookkeeping over (encoding, decoded bytes, seconds) of the pages a pull has fetched; no I/O.
"""

from __future__ import annotations

import statistics
from collections import deque
from dataclasses import dataclass, field
from typing import Literal

Encoding = Literal["gzip", "identity"]
Mode = Literal["auto", "gzip", "identity"]
MODES: tuple[Mode, ...] = ("auto", "gzip", "identity")

# Pages smaller than this say more about the round trip than about the link's throughput (the
# simulator does not even compress bodies under 1 kB); they are not counted.
MIN_SAMPLE_BYTES = 64 * 1024
# Gzip pages measured before identity is tried once; then each side's latest pages are compared.
PROBE_AFTER = 4
WINDOW = 5
# Pages until the losing coding is tried again, doubled each time it loses once more (so that a
# long priming on a slow link pays a handful of slow pages, not one in every hundred).
RECHECK_AFTER = 50
RECHECK_MAX = 800


@dataclass
class CompressionChoice:
    """The rule the client applies to one system's feed while pulling it (docs/sync-engine.md).

    It starts with gzip, what every slow link needs (a feed page shrinks about ten times). After
    `PROBE_AFTER` counted pages it asks for one page uncompressed, then keeps whichever coding
    delivered more decoded bytes per second of request time (median of each side's last `WINDOW`
    pages): that time is the whole cost of a page, the server's compression, the transfer and the
    client's decompression and JSON decode. The loser is tried again after `RECHECK_AFTER` pages,
    then twice as long after each further loss, in case the link changed. ``mode`` other than
    "auto" fixes the coding (the `compression` setting of the endpoints).
    """

    mode: Mode = "auto"
    rates: dict[Encoding, deque[float]] = field(
        default_factory=lambda: {"gzip": deque(maxlen=WINDOW), "identity": deque(maxlen=WINDOW)}
    )
    _counted: int = 0
    _winner: Encoding = "gzip"
    _next_probe: int = PROBE_AFTER
    _recheck: int = RECHECK_AFTER
    _probing: bool = False

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"compression must be one of {MODES}, not {self.mode!r}")

    def next_encoding(self) -> Encoding:
        """The coding to ask for in the next request (`Accept-Encoding`)."""
        if self.mode != "auto":
            return self.mode
        if self._counted >= self._next_probe:
            self._probing = True
            return "identity" if self._winner == "gzip" else "gzip"
        return self._winner

    def record(self, encoding: Encoding, decoded_bytes: int, seconds: float) -> None:
        """One page fetched with ``encoding``: its size once decoded and its request time."""
        if self.mode != "auto" or decoded_bytes < MIN_SAMPLE_BYTES or seconds <= 0:
            return
        self.rates[encoding].append(decoded_bytes / seconds)
        self._counted += 1
        if not self._probing or encoding == self._winner:
            return
        self._probing = False
        winner = self.best()
        if winner == self._winner:
            self._recheck = min(RECHECK_MAX, self._recheck * 2)
        else:
            self._winner = winner
            self._recheck = RECHECK_AFTER
        self._next_probe = self._counted + self._recheck

    def best(self) -> Encoding:
        """The coding with the higher median rate; gzip until identity has been measured."""
        gzip, identity = self.rates["gzip"], self.rates["identity"]
        if not identity:
            return "gzip"
        if not gzip:
            return "identity"
        return "identity" if statistics.median(identity) > statistics.median(gzip) else "gzip"

    @property
    def current(self) -> Encoding:
        """The coding the rule prefers now (for the log and the benchmarks)."""
        return self.mode if self.mode != "auto" else self._winner
