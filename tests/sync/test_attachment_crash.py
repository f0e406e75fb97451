"""Crash test of attachment files: a child process syncing is SIGKILLed in the middle of an upload
and in the middle of a download, at random chunks; after each kill a normal sync completes the
file, its sha256 equal, and the server holds it once.

Real processes (tests/sync/crash_child.py, as test_crash.py uses it), a real simulator over
loopback, real encrypted stores.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from bigcust_desktop.domain.attachments import FileState
from bigcust_sim.launcher import SimulatorProcess

from .attachments_helpers import (
    MIB,
    attachments,
    own_contract,
    pdf_file,
    server_count,
    server_upload,
    sha,
)
from .laptop import Laptop
from .test_crash import Child

ROUNDS = int(os.environ.get("ATTACHMENT_CRASH_ROUNDS", "3"))  # of each kind
SIZE = 12 * MIB + 4321  # 13 upload chunks, 13 kept download chunks in 4 requests
LATENCY_MS = 20
SEED = int(os.environ.get("CRASH_SEED", "20261206"))


def _kill_after(child: Child, prefix: str, nth: int, rng: random.Random) -> None:
    """SIGKILL the child a moment after its `nth` marker starting with `prefix`."""
    left = [nth]

    def wanted(marker: str) -> bool:
        if marker.startswith(prefix):
            left[0] -= 1
        return left[0] <= 0

    try:
        child.wait_for(wanted)
        time.sleep(rng.uniform(0, LATENCY_MS / 1000))
    finally:
        child.kill()


def _chunks(laptop: Laptop, attachment_id: str) -> tuple[int, int]:
    """(chunks, bytes) of a file held in the laptop's cache."""
    return laptop.read(
        lambda conn: tuple(
            conn.exec_driver_sql(
                "SELECT count(*), coalesce(sum(length(data)), 0) FROM attachment_chunk"
                " WHERE attachment_id = ?",
                (attachment_id,),
            ).one()
        )
    )


@pytest.mark.timeout(240)
def test_sigkill_in_upload_and_download_completes_each_file_once(
    server: SimulatorProcess, laptop_factory: Callable[..., Laptop], tmp_path: Path
) -> None:
    office, home = laptop_factory("zhangwei"), laptop_factory("zhangwei")
    office.sync()
    home.sync()
    rng = random.Random(SEED)
    landed: Counter[str] = Counter()
    with open(tmp_path / "children.log", "wb") as log:
        for number in range(ROUNDS):
            # -- killed while sending: the next sync resumes at the server's offset.
            path, content = pdf_file(tmp_path, SIZE, f"上传 {number}.pdf")
            sent = attachments(office).add(own_contract(office, skip=number), path)
            before = server_count(server, "contract_attachment")
            child = Child(office.profile.root, log)
            server.set_faults(latency_ms=LATENCY_MS)
            child.go()
            _kill_after(child, "send PATCH /city/v1/attachments/", rng.randint(1, 11), rng)
            server.set_faults()
            held = server_upload(office, sent.id)
            landed["upload: mid-file" if 0 < held["offset"] < SIZE else "upload: else"] += 1
            assert office.integrity() == "ok"
            report = office.sync()
            assert report.files.failed == 0, report.files
            held = server_upload(office, sent.id)
            assert held["complete"] and held["offset"] == SIZE and held["sha256"] == sha(content)
            assert server_count(server, "contract_attachment") == before + 1  # no duplicate
            assert attachments(office).status(sent.id).state is FileState.ON_SERVER

            # -- killed while receiving: the next sync asks for the bytes still missing.
            child = Child(home.profile.root, log)
            server.set_faults(latency_ms=LATENCY_MS)
            child.go()
            _kill_after(child, "progress files ", rng.randint(1, 11), rng)
            server.set_faults()
            done, _ = _chunks(home, sent.id)
            landed["download: mid-file" if 0 < done < 13 else "download: else"] += 1
            assert home.integrity() == "ok"
            report = home.sync()
            assert report.files.failed == 0, report.files
            assert _chunks(home, sent.id) == (13, SIZE)
            assert attachments(home).status(sent.id).state is FileState.ON_SERVER
            copy = attachments(home).open_copy(sent.id)
            assert copy is not None and sha(copy.read_bytes()) == sha(content)
            attachments(home).close_copies()
    print(f"\nattachment kills landed: {dict(sorted(landed.items()))}")
    # Nearly every kill hit a file in transfer (else this test would prove nothing).
    assert landed["upload: mid-file"] >= ROUNDS - 1, landed
    assert landed["download: mid-file"] >= ROUNDS - 1, landed
