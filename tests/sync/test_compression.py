"""The rule that picks a feed's content coding from the pages measured on the link (pure logic)."""

from __future__ import annotations

import itertools

import pytest

from bigcust_desktop.sync.compression import (
    MIN_SAMPLE_BYTES,
    PROBE_AFTER,
    RECHECK_AFTER,
    CompressionChoice,
)
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.errors import SyncError

PAGE = 500_000  # decoded bytes of a feed page of 1,000 records, about


def run(choice: CompressionChoice, pages: int, seconds: dict[str, float]) -> list[str]:
    """Fetch `pages` pages on a link where a page takes `seconds[encoding]`; the codings asked."""
    asked = []
    for _ in range(pages):
        encoding = choice.next_encoding()
        asked.append(encoding)
        choice.record(encoding, PAGE, seconds[encoding])
    return asked


def test_slow_link_stays_on_gzip_and_rechecks_ever_less_often():
    choice = CompressionChoice()
    asked = run(choice, 1000, {"gzip": 0.05, "identity": 0.4})  # a hotspot: identity 8x slower
    probes = [i for i, e in enumerate(asked) if e == "identity"]
    assert asked[:PROBE_AFTER] == ["gzip"] * PROBE_AFTER
    assert probes[0] == PROBE_AFTER
    gaps = [b - a for a, b in itertools.pairwise(probes)]
    assert gaps[0] == RECHECK_AFTER * 2 + 1
    assert gaps == sorted(gaps)  # each loss waits longer
    assert len(probes) <= 6
    assert choice.current == "gzip"


def test_fast_link_switches_to_identity_and_back_when_the_link_slows():
    choice = CompressionChoice()
    asked = run(choice, 20, {"gzip": 0.05, "identity": 0.02})  # loopback: compression costs
    assert asked[PROBE_AFTER + 1 :] == ["identity"] * (20 - PROBE_AFTER - 1)
    assert choice.current == "identity"
    # The laptop moves to a hotspot: the next gzip check wins and gzip comes back.
    asked = run(choice, 2 * RECHECK_AFTER, {"gzip": 0.05, "identity": 0.5})
    assert "gzip" in asked
    assert choice.current == "gzip"
    assert asked[-5:] == ["gzip"] * 5


def test_small_pages_and_fixed_modes_do_not_count():
    choice = CompressionChoice()
    for _ in range(3 * PROBE_AFTER):
        assert choice.next_encoding() == "gzip"
        choice.record("gzip", MIN_SAMPLE_BYTES - 1, 0.001)  # a no-op sync's page: latency only
    fixed = CompressionChoice("identity")
    assert run(fixed, 30, {"gzip": 0.01, "identity": 1.0}) == ["identity"] * 30
    with pytest.raises(ValueError):
        CompressionChoice("brotli")  # type: ignore[arg-type]


def test_the_setting_is_checked_and_kept():
    endpoints = Endpoints.single_server("http://127.0.0.1:1", compression="gzip")
    assert Endpoints.from_json(endpoints.to_json()).compression == "gzip"
    assert Endpoints.from_json({"crm_url": "https://a", "boss_url": "https://a",
                                "city_url": "https://a"}).compression == "auto"  # fmt: skip
    with pytest.raises(SyncError) as bad:
        Endpoints.single_server("http://127.0.0.1:1", compression="zip")  # type: ignore[arg-type]
    assert bad.value.code == "config.compression"
