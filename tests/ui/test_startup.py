"""Start-up as `bigcust-desktop --profile DIR` runs it (issue 13 §5): the main window's shell is on
screen before the store is open and before the store's libraries are even loaded; the profile
opens behind it and the start page's figures follow. What can go wrong at open still ends
properly in this order: the sign-in dialog over the window when there is no session, a wrong key
or a bug as a plain message (a bug with a reference, never its text), and the exit code.

Each case is a fresh process, since what is loaded before the first paint is the point.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from storecopy import open_empty
from uihelpers import WANGFANG

from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import KEYRING_USERNAME, load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import REFRESH_TOKEN

# Watches the app as a user would see it; prints what it saw, then ends it as a user would.
CHILD = textwrap.dedent(
    """
    import sys
    from bigcust_desktop.cli import main
    from bigcust_desktop.ui.qt import QApplication, QEvent, QLabel, QObject, QPushButton, QTimer
    from bigcust_desktop.ui.main_window import MainWindow

    mode, profile = sys.argv[1], sys.argv[2]
    app = QApplication(sys.argv[:1])
    HEAVY = ("sqlalchemy", "sqlcipher3", "keyring", "PySide6.QtCharts", "requests",
             "bigcust_desktop.store.engine", "bigcust_desktop.store.models",
             # the command line's commands, the user's rules, the dialogs of a failed start
             "bigcust_desktop.cli.session", "bigcust_desktop.cli.cache",
             "bigcust_desktop.domain.identity", "bigcust_desktop.domain.permissions",
             "bigcust_desktop.ui.key_missing", "bigcust_desktop.ui.rebuild_dialog")

    class FirstPaint(QObject):
        def __init__(self, window):
            super().__init__(window)
            self.window, self.seen = window, False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint:
                self.seen = True
                w = self.window
                print("PAINT loaded", sorted(m for m in HEAVY if m in sys.modules), flush=True)
                # PySide builds its `Qt` namespace (hundreds of enums) when it is first named.
                qt_built = any("Qt" in vars(sys.modules[m]) for m in ("PySide6.QtCore",
                                                                      "PySide6.QtGui"))
                print("PAINT namespace", qt_built, flush=True)
                print("PAINT open", w.ctx.is_open, flush=True)
                print("PAINT status", w.online_label.text(), flush=True)
                w.opened.connect(lambda: opened(w))
            return False

    def opened(window):
        print("OPENED", window.windowTitle(), flush=True)
        page = window.dashboard
        def filled():
            print("FILLED", page.data is not None, flush=True)
            window.close()
        page.loaded.connect(filled)

    built = MainWindow.__init__
    def watched(self, *args, **kwargs):
        built(self, *args, **kwargs)
        self.installEventFilter(FirstPaint(self))
    MainWindow.__init__ = watched

    def look():
        for widget in app.topLevelWidgets():
            if widget.isVisible() and widget.objectName() in ("startFailure", "signInDialog"):
                window = widget.parent()
                print("DIALOG", widget.objectName(), flush=True)
                print("OVER", window is not None and window.isVisible(), flush=True)
                print("TEXT", getattr(widget, "text", lambda: "")().replace("\\n", " "), flush=True)
                offline = widget.findChild(QPushButton, "workOfflineButton")
                print("OFFLINE", offline is not None and offline.isVisibleTo(widget), flush=True)
                note = widget.findChild(QLabel, "offlineNote")
                print("NOTE", note.text() if note and note.isVisibleTo(widget) else "", flush=True)
                widget.reject() if widget.objectName() == "signInDialog" else widget.accept()
                return
        QTimer.singleShot(20, look)

    if mode == "dialog":
        QTimer.singleShot(0, look)
    sys.exit(main(["--profile", profile, "--lang", "en"]))
    """
)


def run_child(mode: str, profile: Profile) -> tuple[int, dict[str, str], str]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(profile.root)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    seen: dict[str, str] = {}
    for line in done.stdout.splitlines():
        key, _, rest = line.partition(" ")
        if key == "PAINT":
            what, _, rest = rest.partition(" ")
            key = f"PAINT {what}"
        seen[key] = rest
    return done.returncode, seen, done.stderr


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    """A profile of 王芳 with her cache open once (schema current), as after a sign-in."""
    profile = Profile.resolve(tmp_path / "profile")
    store = open_empty(profile)  # a copy of a migrated store
    store.meta.remember_user(WANGFANG)
    store.close()
    return profile


def test_the_shell_is_on_screen_before_the_store_is_open(profile: Profile):
    ProfileSecrets(profile).set(REFRESH_TOKEN, "placeholder-not-a-token")  # no sign-in dialog
    code, seen, stderr = run_child("shell", profile)
    assert code == 0, stderr[-3000:]
    # Not even the store's libraries yet, nor anything else the shell does not draw.
    assert seen["PAINT loaded"] == "[]", seen
    assert seen["PAINT namespace"] == "False"  # nor Qt's enums, about 20 ms to build
    assert seen["PAINT open"] == "False"
    assert seen["PAINT status"] == "Opening the data on this computer…"
    assert "王芳" in seen["OPENED"]  # the user from the store, once opened
    assert seen["FILLED"] == "True"  # and the start page's figures after it


def test_no_session_asks_to_sign_in_over_the_window(profile: Profile):
    code, seen, stderr = run_child("dialog", profile)
    assert seen.get("DIALOG") == "signInDialog", stderr[-3000:]
    assert seen["OVER"] == "True"  # the window is already there, behind the dialog
    assert code == 0  # cancelling the sign-in ends the app, as it always did


def test_a_wrong_key_is_a_plain_message_and_exit_code_2(profile: Profile):
    import keyring

    keyring.set_password(profile.keyring_service, KEYRING_USERNAME, "00" * 32)
    code, seen, stderr = run_child("dialog", profile)
    assert seen.get("DIALOG") == "startFailure", stderr[-3000:]
    assert seen["OVER"] == "True"
    assert "cannot be opened with the key" in seen["TEXT"]
    assert code == 2


def test_a_bug_at_open_shows_a_reference_never_its_text(profile: Profile):
    profile.db_path.unlink()
    profile.db_path.mkdir()  # no store can open a folder: an error with no message of its own
    code, seen, stderr = run_child("dialog", profile)
    assert seen.get("DIALOG") == "startFailure", stderr[-3000:]
    text = seen["TEXT"]
    assert "Something went wrong" in text and str(profile.db_path) not in text
    reference = text.split("reference ")[1].split(";")[0]
    assert reference.startswith("E-")
    log = "".join(p.read_text(encoding="utf-8") for p in profile.log_dir.glob("*.log*"))
    assert f"bug {reference}" in log and "Traceback" in log  # the details are in the log
    assert code == 2


def test_a_first_run_offers_sign_in_not_offline_work_on_no_data(profile: Profile):
    # The user is known (signed in once) but no sync ever finished: nothing to work on.
    _code, seen, stderr = run_child("dialog", profile)
    assert seen.get("DIALOG") == "signInDialog", stderr[-3000:]
    assert seen["OFFLINE"] == "False"  # no 离线工作 into an empty window
    assert "sign in once while online" in seen["NOTE"]


def test_with_data_offline_work_is_offered(profile: Profile):
    store = open_store(profile, load_or_create_key(profile).secret)
    store.sync_state.feed_read("city")  # one sync finished: there is a cache
    store.close()
    _code, seen, stderr = run_child("dialog", profile)
    assert seen.get("DIALOG") == "signInDialog", stderr[-3000:]
    assert seen["OFFLINE"] == "True" and seen["NOTE"] == ""
