"""Starting the GUI: Qt application, translations, the main window's shell on screen at once,
then the profile opened behind it (`ui.startup`); demo mode.

Depends on `ui.qt`, the main window and the start-up; everything heavier (the store, sync, the
reports) loads later, in a background lane. Called by `cli.main` when no command is given.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys

from bigcust_desktop import __version__
from bigcust_desktop.resource_files import resource
from bigcust_desktop.ui.errors import failure_text
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QApplication, QIcon, QTimer
from bigcust_desktop.ui.startup import EXIT_FAILED, StartUp
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_desktop.ui.translations import install_qt_catalogues, install_translators

log = logging.getLogger(__name__)


def _quit_on_signals(window: MainWindow) -> None:
    """Ctrl+C in the terminal or SIGTERM closes the window as its close button would, so the
    demo's simulator stops and its throw-away profile is removed."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: window.close())
    # Python runs signal handlers only between bytecodes: a timer gives it a chance to.
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(300)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("bigcust-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("bigcust")
    try:
        from bigcust_desktop.store.profile import Profile
        from bigcust_desktop.ui.preferences import Preferences

        profile = Profile.throwaway_demo() if args.demo else Profile.resolve(args.profile)
        preferences = Preferences.load(profile.settings_path)
        language = args.lang or preferences.language
        # The shell's own texts now; Qt's (its standard dialogs) after the first paint.
        install_translators(app, language, qt=False)
    except Exception as exc:  # before any window: the profile's folder or settings
        from bigcust_desktop.ui.qt import QMessageBox

        QMessageBox.critical(None, "bigcust-desktop", failure_text(exc, "starting"))
        return EXIT_FAILED

    tasks = TaskManager()
    window = MainWindow(profile, tasks=tasks)
    startup = StartUp(window, profile, tasks, demo=args.demo)
    window.show()

    def after_first_paint() -> None:
        # What the first paint does not wait for: the log file (a module and a file away;
        # until then warnings go to stderr), the window icon (an SVG, its image plugin) and
        # Qt's own translation (no standard dialog is open yet).
        from bigcust_desktop.applog import setup_logging

        setup_logging(profile.log_dir, verbose=args.verbose)
        icon = resource("icons", "bigcust-desktop.svg")
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        install_qt_catalogues(app, language)

    startup.begin(first=after_first_paint)
    _quit_on_signals(window)
    try:
        code = app.exec()
    finally:
        tasks.wait()
        startup.close()
    return startup.exit_code or code
