"""`bigcust-desktop --demo` as `make demo` runs it: the simulator starts on loopback, the app signs
in, syncs and shows the window; closing it stops the simulator and leaves nothing behind. None of
its network happens on the GUI thread (an audit hook watches every socket connection)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent(
    """
    import sys
    import threading

    on_gui_thread = []

    def audit(event, args):
        if event == "socket.connect" and threading.current_thread() is threading.main_thread():
            on_gui_thread.append(args[1])

    sys.addaudithook(audit)
    from bigcust_desktop.cli import main
    from bigcust_desktop.ui.qt import QApplication, QTimer

    app = QApplication(sys.argv[:1])

    def watch():
        windows = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
        if not windows:
            QTimer.singleShot(100, watch)
            return
        window = windows[0]

        def synced(report):
            print("TITLE", window.windowTitle(), flush=True)
            print("PULLED", sum(report.summary()["pulled"].values()), flush=True)
            print("ROOT", window.profile.root, flush=True)
            print("GUI_THREAD_CONNECTS", len(on_gui_thread), flush=True)
            window.close()

        window.synced.connect(synced)

    QTimer.singleShot(0, watch)
    sys.exit(main(["--demo", "--lang", "en"]))
    """
)


def test_demo_starts_the_simulator_syncs_and_cleans_up(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",  # as on a headless machine
        "TMPDIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=240, env=env
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    assert "demo" in lines["TITLE"] and "no keyring" in lines["TITLE"]
    assert int(lines["PULLED"]) > 1000  # zhangwei's book arrived over HTTP
    assert "demo profile keeps its database key" in done.stderr  # said in the log, too
    assert lines["GUI_THREAD_CONNECTS"] == "0"  # sign-in and sync ran in the sync lane
    assert not Path(lines["ROOT"]).exists()
    assert not list(tmp_path.glob("bigcust-demo-*"))  # profile and simulator data removed
