"""A full disk or a read-only cache met while working is the environment's failure, with its
own message and next step, never "something went wrong" (issue 18)."""

from __future__ import annotations

import sqlcipher3
from sqlalchemy.exc import OperationalError

from bigcust_desktop.ui.errors import failure_text


def _driver_error(text: str) -> OperationalError:
    return OperationalError("INSERT INTO outbox ...", {}, sqlcipher3.OperationalError(text))


def test_a_full_disk_during_a_sync_says_so(qapp):
    text = failure_text(_driver_error("database or disk is full"), "syncing")
    assert "disk is full" in text and "Something went wrong" not in text


def test_a_read_only_cache_says_so(qapp):
    text = failure_text(_driver_error("attempt to write a readonly database"), "saving")
    assert "read-only" in text and "Something went wrong" not in text


def test_a_full_disk_writing_a_file_says_so(qapp):
    text = failure_text(OSError(28, "No space left on device", "/tmp/x.xlsx"), "exporting")
    assert "disk is full" in text
