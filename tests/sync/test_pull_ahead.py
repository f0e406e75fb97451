"""Priming overlaps the download of the next feed page with the writing of the current one, one
page ahead at most, and asks for the content coding the link measured best.

Real simulator over loopback, real encrypted stores; the pull is driven page by page through
`pull_system` with a small page size so that the small profile gives many pages.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import Connection, event

from bigcust_desktop.sync.compression import PROBE_AFTER
from bigcust_desktop.sync.engine import SyncSession
from bigcust_desktop.sync.progress import SyncProgress, ignore_progress
from bigcust_desktop.sync.pull import pull_system

from .consistency import USER, cursor_seqs
from .laptop import Laptop

LIMIT = 300  # zhangwei's BOSS feed in pages of 300: about thirty pages
WAIT = 10.0  # generous: the wait ends as soon as the awaited thing happens


@pytest.fixture
def signed_in(laptop_factory: Callable[..., Laptop]) -> Iterator[tuple[Laptop, SyncSession]]:
    laptop = laptop_factory(USER)
    with laptop.session() as session:
        session.auth.token()
        yield laptop, session


def pull_boss(
    laptop: Laptop,
    session: SyncSession,
    progress: Callable[[SyncProgress], None] = ignore_progress,
    **kwargs: Any,
) -> Any:
    return pull_system(
        laptop.store,
        session.auth,
        session.clients["boss"],
        progress=progress,
        limit=LIMIT,
        **kwargs,
    )


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.002)
    return True


def test_next_page_downloads_while_a_page_is_written(signed_in: tuple[Laptop, SyncSession]):
    """At the COMMIT of the first page, the second page has arrived, and no third was asked for."""
    laptop, session = signed_in
    stats = session.stats
    before = stats.requests
    seen: dict[str, Any] = {}
    at_begin: list[int] = []

    def begin(conn: Connection) -> None:
        if not at_begin and conn.get_execution_options().get("bigcust_write"):
            at_begin.append(stats.bytes_received)  # page 1 is in; page 2 was just asked for

    def at_commit(conn: Connection) -> None:
        if seen or not conn.get_execution_options().get("bigcust_write"):
            return
        # This thread holds page 1's write transaction open until page 2's body is in (it may
        # have come in already while page 1 was written: counted from page 1's BEGIN).
        seen["downloaded"] = wait_until(lambda: stats.bytes_received > at_begin[0], WAIT)
        time.sleep(0.3)  # room for a reader that would run further ahead
        seen["requests"] = stats.requests - before

    event.listen(laptop.store.engine, "begin", begin)
    event.listen(laptop.store.engine, "commit", at_commit)
    try:
        result = pull_boss(laptop, session)
    finally:
        event.remove(laptop.store.engine, "commit", at_commit)
        event.remove(laptop.store.engine, "begin", begin)
    assert result.pages > 3
    assert seen == {"downloaded": True, "requests": 2}
    assert stats.requests - before == result.pages


def test_a_failure_while_writing_stops_the_reader(signed_in: tuple[Laptop, SyncSession]):
    """The page written stays with its cursor; the worker thread ends; the session's coding is
    back; the next pull goes on from there to the same cache as an uninterrupted one."""
    laptop, session = signed_in
    headers = dict(session.clients["boss"].session.headers)

    class Stop(Exception):
        pass

    def fail(_event: SyncProgress) -> None:
        raise Stop

    with pytest.raises(Stop):
        pull_boss(laptop, session, fail)
    assert not [t for t in threading.enumerate() if t.name.startswith("pull-boss")]
    assert dict(session.clients["boss"].session.headers) == headers
    first = cursor_seqs(laptop)["boss"]
    assert first > 0
    rest = pull_boss(laptop, session)
    assert cursor_seqs(laptop)["boss"] > first
    assert rest.pages > 1


def encodings_seen(session: SyncSession) -> list[str]:
    """The Content-Encoding of every feed page the BOSS client receives (a requests hook)."""
    seen: list[str] = []

    def hook(response: Any, *_args: Any, **_kwargs: Any) -> None:
        if "/changes" in response.url:
            seen.append(response.headers.get("Content-Encoding", "identity"))

    session.clients["boss"].session.hooks["response"].append(hook)
    return seen


@pytest.mark.parametrize("mode", ["gzip", "identity"])
def test_fixed_compression_setting(signed_in: tuple[Laptop, SyncSession], mode: str):
    laptop, session = signed_in
    seen = encodings_seen(session)
    pull_boss(laptop, session, compression=mode)
    assert len(seen) > 3
    assert set(seen) == {mode}


def test_auto_compression_measures_identity_after_gzip(signed_in: tuple[Laptop, SyncSession]):
    """The rule of `CompressionChoice`: gzip first, then one page without, then the faster."""
    laptop, session = signed_in
    seen = encodings_seen(session)
    pull_boss(laptop, session)
    assert seen[:PROBE_AFTER] == ["gzip"] * PROBE_AFTER
    assert "identity" in seen[PROBE_AFTER:]


def test_pages_are_asked_for_by_their_size_in_bytes(laptop_factory: Callable[..., Laptop]):
    """A feed whose records are large comes in more, smaller pages (memory is bounded by a
    page's bytes, not by its count of records), and the cache ends the same."""
    results, counts = [], []
    for page_bytes in (10**9, 40_000):  # no bound worth the name; then about 100 records a page
        laptop = laptop_factory(USER)
        with laptop.session() as session:
            session.auth.token()
            results.append(pull_boss(laptop, session, page_bytes=page_bytes))
        counts.append(laptop.counts())
    plain, bounded = results
    assert bounded.records == plain.records > 0
    assert bounded.pages >= 2 * plain.pages
    assert counts[0] == counts[1]


def test_the_worker_pauses_before_it_checks_each_page(signed_in: tuple[Laptop, SyncSession]):
    """The pull's worker calls ``pause`` before it checks each page it fetched (the window's
    yield to a page a user switched to), on the worker, never on the writing thread."""
    laptop, session = signed_in
    pauses: list[str] = []

    def pause() -> None:
        pauses.append(threading.current_thread().name)

    result = pull_boss(laptop, session, pause=pause)
    assert result.pages > 3
    assert len(pauses) == result.pages
    assert all(name.startswith("pull-boss") for name in pauses)
