"""The cache's key gone from the keyring while the cache exists (issue 18): the window asks
first, 退出 the default and changing nothing; 重新下载数据 sets the old file aside (never
deleted: it opens again if the key is restored) and goes on with a new cache and sign-in."""

from __future__ import annotations

import keyring
import pytest
from storecopy import open_empty

from bigcust_desktop.store.keys import KEYRING_USERNAME, delete_key
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QMessageBox, QPushButton
from bigcust_desktop.ui.signin import SignInDialog
from bigcust_desktop.ui.startup import StartUp
from bigcust_desktop.ui.tasks import TaskManager


@pytest.fixture
def keyless(profile):
    store = open_empty(profile)  # a copy of a migrated store
    with store.begin(write=True) as conn:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('note', '\"kept\"')")
    store.close()
    delete_key(profile)  # a keyring reset
    return profile


def _start(qtbot, profile):
    tasks = TaskManager()
    window = MainWindow(profile, tasks=tasks)
    qtbot.addWidget(window)
    startup = StartUp(window, profile, tasks, demo=False)
    window.show()
    startup.begin()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "keyMissing") is not None)
    return window, startup, tasks, window.findChild(QMessageBox, "keyMissing")


def _stop(window, startup, tasks):
    window.close()
    tasks.wait()
    startup.close()


def test_quitting_changes_nothing(qtbot, keyless):
    before = keyless.db_path.read_bytes()
    window, startup, tasks, box = _start(qtbot, keyless)
    assert "missing from the system keyring" in box.text()
    assert box.defaultButton().objectName() == "quitButton"
    box.defaultButton().click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert startup.exit_code != 0
    _stop(window, startup, tasks)
    assert keyless.db_path.read_bytes() == before
    assert keyring.get_password(keyless.keyring_service, KEYRING_USERNAME) is None


def test_downloading_again_sets_the_old_cache_aside_and_signs_in(qtbot, keyless):
    before = keyless.db_path.read_bytes()
    window, startup, tasks, box = _start(qtbot, keyless)
    assert "cannot be read without the key" in box.text()
    box.findChild(QPushButton, "downloadAgainButton").click()
    qtbot.waitUntil(lambda: window.findChild(SignInDialog) is not None, timeout=30_000)
    try:
        (aside,) = keyless.root.glob("cache.db.keyless-*")
        assert aside.read_bytes() == before
    finally:
        window.findChild(SignInDialog).reject()
        _stop(window, startup, tasks)
