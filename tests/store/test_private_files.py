"""Files the app writes are owner-only from their first byte (issue 12): the log and its rotated
copies, the settings file and its temporary twin, whatever the umask and what was there before."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from bigcust_desktop.applog import LOG_FILE, setup_logging
from bigcust_desktop.store.settings import read_section, write_section

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_log_files_are_owner_only_also_after_rotation(tmp_path, open_umask):
    (tmp_path / LOG_FILE).write_text("left by an older version\n")
    (tmp_path / LOG_FILE).chmod(0o644)
    path = setup_logging(tmp_path)
    try:
        logging.getLogger("bigcust_desktop.test").warning("one line")
        handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None))
        handler.doRollover()
        logging.getLogger("bigcust_desktop.test").warning("after rotation")
    finally:
        setup_logging(None)
    assert path is not None
    files = sorted(tmp_path.iterdir())
    assert [p.name for p in files] == [LOG_FILE, LOG_FILE + ".1"]
    assert all(mode(p) == 0o600 for p in files), [(p.name, oct(mode(p))) for p in files]


def test_settings_are_written_owner_only_without_a_fixed_temporary_name(tmp_path, open_umask):
    path = tmp_path / "settings.json"
    # A temporary file someone prepared under the old fixed name must play no part.
    (tmp_path / "settings.json.tmp").write_text("{}")
    (tmp_path / "settings.json.tmp").chmod(0o666)
    write_section(path, "interface", {"language": "zh_CN"})
    assert mode(path) == 0o600
    assert read_section(path, "interface") == {"language": "zh_CN"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json", "settings.json.tmp"]
    assert (tmp_path / "settings.json.tmp").read_text() == "{}"
