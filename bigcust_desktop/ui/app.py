"""Starting the GUI: Qt application, translations, the profile's store, sign-in, demo mode.

Depends on `ui.qt`, the main window, store and sync; called by `cli.main` when no command is given.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import signal
import sys

from bigcust_desktop import __version__
from bigcust_desktop.applog import setup_logging
from bigcust_desktop.resource_files import resource
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.account import has_session, sign_in
from bigcust_desktop.sync.config import Endpoints, load_endpoints
from bigcust_desktop.sync.engine import signed_in_user
from bigcust_desktop.ui.demo import DEMO_PASSWORD, DEMO_USER, DemoServer
from bigcust_desktop.ui.errors import user_message
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import (
    QApplication,
    QCoreApplication,
    QIcon,
    QLibraryInfo,
    QLocale,
    QMessageBox,
    QTimer,
    QTranslator,
)
from bigcust_desktop.ui.signin import SignInDialog
from bigcust_desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)


def translation_path(language: str) -> str | None:
    """The compiled translation shipped in the package, or None."""
    path = resource("i18n", f"bigcust_{language}.qm")
    return str(path) if path.is_file() else None


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load the app's translation, and Qt's own for its standard dialogs and buttons.

    English is the source language and needs none.
    """
    # Dates, month names and number grouping follow the chosen language too.
    QLocale.setDefault(QLocale("zh_CN" if language == "zh_CN" else "en_US"))
    if language == "en":
        return None
    qt_own = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_own)
    translator = QTranslator(app)
    path = translation_path(language)
    if path is None or not translator.load(path):
        log.warning("translation %s not found; the interface stays in English", language)
        return None
    app.installTranslator(translator)
    return translator


def _quit_on_signals(window: MainWindow) -> None:
    """Ctrl+C in the terminal or SIGTERM closes the window as its close button would, so the
    demo's simulator stops and its throw-away profile is removed."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: window.close())
    # Python runs signal handlers only between bytecodes: a timer gives it a chance to.
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(lambda: None)
    heartbeat.start(300)


def _open(profile: Profile) -> tuple[Store, bool]:
    key = load_or_create_key(profile)
    store = open_store(profile, key.secret)
    store.migrate()
    return store, key.in_file


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("bigcust-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("bigcust")
    icon = resource("icons", "bigcust-desktop.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    server: DemoServer | None = None
    try:
        profile = Profile.throwaway_demo() if args.demo else Profile.resolve(args.profile)
        setup_logging(profile.log_dir, verbose=args.verbose)
        preferences = Preferences.load(profile.settings_path)
        install_translator(app, args.lang or preferences.language)
        store, key_in_file = _open(profile)
        user = signed_in_user(store)
        if args.demo:
            server = DemoServer()
            endpoints = Endpoints.single_server(server.start())
            user, store = sign_in(
                profile,
                store,
                endpoints,
                DEMO_USER,
                DEMO_PASSWORD,
                reopen=lambda: _open(profile)[0],
            )
    except Exception as exc:
        if server is not None:
            server.stop()
        message = user_message(exc)
        if message is None:
            log.exception("start-up failed")
            message = str(exc)
        QMessageBox.critical(None, "bigcust-desktop", message)
        return 2

    tasks = TaskManager()
    # One keyring look-up on the way to the window (a desktop keyring answers over D-Bus).
    signed_in = args.demo or (user is not None and has_session(profile))
    if not signed_in:
        dialog = SignInDialog(
            profile,
            store,
            endpoints=load_endpoints(profile.settings_path),
            username=user.username if user else "",
            can_work_offline=user is not None,
            reopen=lambda: _open(profile)[0],
            tasks=tasks,
        )
        if not dialog.exec():
            tasks.wait()
            store.close()
            return 0
        store = dialog.store
        user = dialog.user or user
        signed_in = has_session(profile)  # "work offline" leaves none

    note = ""
    if args.demo:
        note = QCoreApplication.translate("App", "demo")
        if key_in_file:
            note = QCoreApplication.translate(
                "App", "demo — no keyring: key kept in the throw-away profile"
            )
            log.warning("demo profile keeps its database key in %s", profile.demo_key_path)
    window = MainWindow(profile, store, user, title_note=note, tasks=tasks)
    window.show()
    if signed_in:
        window.start_sync()
    _quit_on_signals(window)
    try:
        return app.exec()
    finally:
        store.close()
        if server is not None:
            server.stop()
            store.wipe()
            shutil.rmtree(profile.root, ignore_errors=True)  # the demo leaves nothing behind
