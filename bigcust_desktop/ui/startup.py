"""Opening a profile behind the window already on screen: the key from the keyring, the customer
list's first page (read straight from the file, shown while the rest loads), the store, its
schema, the signed-in user and the modules the start page needs, all in the sync lane; then
the sign-in dialog over the window when there is no session, or the demo's simulator and its
sign-in; a failure at open as a plain message, after which the app ends.

The window paints first (DESIGN §8: start-up against a bare window); nothing here runs on the GUI
thread but the dialogs. Depends on `ui.qt`, `ui.tasks`, `ui.errors` and the main window; store,
sync and the simulator launcher are loaded in the lane.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bigcust_desktop.ui.errors import failure_text, message_box
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.page_stack import PAGE_DATA_MODULES
from bigcust_desktop.ui.qt import QCoreApplication, QObject, Signal
from bigcust_desktop.ui.tasks import Lane, TaskManager
from bigcust_desktop.ui.widgets.after_paint import AfterPaint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.first_page import FirstPage
    from bigcust_desktop.store.profile import Profile
    from bigcust_desktop.sync.config import Endpoints
    from bigcust_desktop.ui.demo import DemoServer

log = logging.getLogger(__name__)

EXIT_FAILED = 2
FIRST_PAGE_ROWS = 200  # the customer list's first page (`ui.customers.list_model.PAGE`)
# How long the lane waits for the first rows to be drawn before it loads the store's modules:
# importing them holds the GIL, and drawing a table beside them took three times as long.
FIRST_ROWS_WAIT_S = 1.0


def open_profile(
    profile: Profile, first_rows: Callable[[FirstPage], None] | None = None
) -> tuple[Store, bool]:
    """The profile's store at the newest schema; True when the key lives in the demo's file.
    ``first_rows`` gets the customer list's first page as soon as the key is known, before the
    store's modules load (not for a cache that needs a migration first)."""
    from bigcust_desktop.store.keys import load_or_create_key

    key = load_or_create_key(profile)
    if first_rows is not None:
        from bigcust_desktop.store.first_page import read_first_page

        first = read_first_page(profile.db_path, key.secret, FIRST_PAGE_ROWS)
        if first is not None:
            first_rows(first)
    from bigcust_desktop.store.engine import open_store

    store = open_store(profile, key.secret)
    try:
        store.migrate()
    except BaseException:
        store.close()
        raise
    return store, key.in_file


@dataclass
class Opened:
    """What the lane hands the GUI thread once the profile is open."""

    store: Store
    user: UserProfile | None
    signed_in: bool
    key_in_file: bool
    has_cache: bool = True  # a sync has finished once: there is data to work on offline


@dataclass
class _Opening:
    """What the lane has opened so far: closed at exit even if the start-up failed half-way."""

    store: Store | None = None
    server: DemoServer | None = None


def _open(
    profile: Profile,
    state: _Opening,
    data_module: str,
    demo_step: Callable[[str], None] | None,
    demo_texts: tuple[str, str],
    first_rows: Callable[[FirstPage], None] | None = None,
) -> Opened:
    """In the sync lane: the profile's store, its user, the demo's sign-in, the first page's
    store queries; ``demo_step`` (the demo only) says what is going on; ``first_rows`` gets the
    customer list's first page before the store is open."""
    from bigcust_desktop.store.integrity import check_after_crash

    state.store, key_in_file = open_profile(profile, first_rows)
    check_after_crash(state.store)  # only after an unclean end; before the window is usable
    state.store.attachments.close_copies()  # left by a run that ended without closing
    user = state.store.meta.user()
    if demo_step is not None:
        user = _demo_sign_in(profile, state, demo_step, demo_texts)
    # The store queries of the first page (the one asked for already, or the start page) load
    # here; its widgets' module loads on the GUI thread (Qt types are made only there).
    importlib.import_module(data_module)
    # One keyring look-up (a desktop keyring answers over D-Bus), here rather than on screen;
    # its sync modules load after the first rows are read.
    from bigcust_desktop.sync.account import has_session

    signed_in = demo_step is not None or (user is not None and has_session(profile))
    has_cache = any(state.store.sync_state.status(counts=False).last_sync.values())
    return Opened(state.store, user, signed_in, key_in_file, has_cache)


def _demo_sign_in(
    profile: Profile, state: _Opening, step: Callable[[str], None], texts: tuple[str, str]
) -> UserProfile:
    """The demo's simulator on loopback, and its user signed in: network, in the lane."""
    from bigcust_desktop.sync.account import sign_in
    from bigcust_desktop.sync.config import Endpoints
    from bigcust_desktop.ui.demo import DEMO_PASSWORD, DEMO_USER, DemoServer

    step(texts[0])
    state.server = DemoServer()
    endpoints = Endpoints.single_server(state.server.start())
    step(texts[1])
    assert state.store is not None
    user, state.store = sign_in(
        profile,
        state.store,
        endpoints,
        DEMO_USER,
        DEMO_PASSWORD,
        reopen=lambda: open_profile(profile)[0],
    )
    return user


def _saved_endpoints(profile: Profile) -> Endpoints | None:
    """The endpoints saved in the profile, or None when they are no longer accepted (e.g. a
    plain http:// address of another host, refused since)."""
    from bigcust_desktop.sync.config import load_endpoints
    from bigcust_desktop.sync.errors import SyncError

    try:
        return load_endpoints(profile.settings_path)
    except SyncError as exc:
        log.warning("saved endpoints ignored: %s", exc.code)
        return None


class StartUp(QObject):
    """Opens the profile for ``window``; `exit_code` is set when the start-up ends the app."""

    step = Signal(str)  # what the start-up does now, from the lane (shown in the status bar)
    first_rows = Signal(object)  # FirstPage, from the lane: the customer list shows it at once

    def __init__(
        self, window: MainWindow, profile: Profile, tasks: TaskManager, *, demo: bool
    ) -> None:
        super().__init__(window)
        self._window, self._profile, self._tasks, self._demo = window, profile, tasks, demo
        self.exit_code = 0
        self._state = _Opening()  # set in the lane, read here once its task is over (or at exit)
        self.sign_in_dialog: QWidget | None = None  # open over the window
        self.step.connect(window.status.show_opening)
        self.first_rows.connect(self._show_first_rows)
        self._first_drawn = threading.Event()  # the lane goes on once the first rows are drawn
        window.sign_in_requested.connect(self.sign_in_again)

    @property
    def store(self) -> Store | None:
        return self._state.store

    @property
    def server(self) -> DemoServer | None:
        return self._state.server

    def begin(self, *, first: Callable[[], None] = lambda: None) -> None:
        """Open the profile once the window has painted its shell; ``first`` runs before."""
        self._first = first
        AfterPaint(self._window, self._painted)

    def _painted(self) -> None:
        self._first()
        # Plain values only: what runs in the lane touches no QObject and makes no Qt type.
        profile, demo, state = self._profile, self._demo, self._state
        data_module = PAGE_DATA_MODULES[self._window.wanted_page]
        say, emit, drawn = self.step.emit, self.first_rows.emit, self._first_drawn
        texts = (self.tr("Starting the demo's simulator…"), self.tr("Signing in to the demo…"))

        def first_rows(first: FirstPage) -> None:
            emit(first)
            drawn.wait(FIRST_ROWS_WAIT_S)

        def work() -> Opened:
            # The demo's cache is made by its sign-in: no first page to read before it.
            first = None if demo else first_rows
            return _open(profile, state, data_module, say if demo else None, texts, first)

        self._tasks.run(work, self._opened, self._failed, lane=Lane.SYNC)
        self._window.finish_shell()

    def _show_first_rows(self, first: FirstPage) -> None:
        table = self._window.show_first_rows(first)
        if table is None:
            self._first_drawn.set()
        else:
            AfterPaint(table, self._first_drawn.set)

    def _opened(self, opened: Opened) -> None:
        if not opened.signed_in:
            self._ask_sign_in(opened)
            return
        self._attach(opened.store, opened.user, opened.key_in_file)
        self._window.start_sync()
        from bigcust_desktop.ui.rebuild_dialog import check_in_background

        if not opened.store.unclean:  # checked already when the last run did not close it
            check_in_background(self._window, self._tasks, opened.store, self._profile)

    def _attach(self, store: Store, user: UserProfile | None, key_in_file: bool) -> None:
        note = ""
        if self._demo:
            note = QCoreApplication.translate("App", "demo")
            if key_in_file:
                note = QCoreApplication.translate(
                    "App", "demo — no keyring: key kept in the throw-away profile"
                )
                log.warning(
                    "demo profile keeps its database key in %s", self._profile.demo_key_path
                )
        self._state.store = store
        self._window.attach(store, user, title_note=note)

    def sign_in_again(self) -> None:
        """The window's 登录 (File menu, the status bar's link): sign in over the open cache;
        cancelling leaves the window as it was."""
        if not self._window.ctx.is_open or self.sign_in_dialog is not None:
            return
        store, user = self._window.store, self._window.ctx.user
        self._ask_sign_in(Opened(store, user, False, False, True), at_start=False)

    def _ask_sign_in(self, opened: Opened, *, at_start: bool = True) -> None:
        from bigcust_desktop.ui.signin import SignInDialog

        user = opened.user
        dialog = SignInDialog(
            self._profile,
            opened.store,
            endpoints=_saved_endpoints(self._profile),
            username=user.username if user else "",
            # Offline work needs data: a first run with no sync finished gets sign-in only.
            can_work_offline=user is not None and opened.has_cache and at_start,
            reopen=lambda: open_profile(self._profile)[0],
            tasks=self._tasks,
            parent=self._window,
        )
        self.sign_in_dialog = dialog

        def finished(accepted: int) -> None:
            self.sign_in_dialog = None
            self._state.store = dialog.store  # a new one when another user's cache was wiped
            if not accepted:
                if at_start:
                    self._window.close()  # the last window: the app ends, as before it opened
                return
            self._attach(dialog.store, dialog.user or user, opened.key_in_file)
            if dialog.offline:
                self._window.mark_signed_out()  # with the 登录 link, where the user looks
            else:
                self._window.start_sync()

        dialog.finished.connect(finished)
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        # The dialogs of a failed start load only when one is needed, not before the paint.
        from bigcust_desktop.ui.key_missing import ask_about_missing_key, is_key_missing
        from bigcust_desktop.ui.qt import QMessageBox
        from bigcust_desktop.ui.rebuild_dialog import is_damaged, offer_rebuild

        if is_damaged(exc) and not self._demo:
            offer_rebuild(self._window, self._profile, self._tasks, self._close, self._rebuilt)
            return
        if is_key_missing(exc):
            ask_about_missing_key(self._window, self._profile, self._open_anew)
            return
        message = failure_text(exc, "opening the profile")
        box = message_box(self._window, "bigcust-desktop", message, QMessageBox.Icon.Critical)
        box.setObjectName("startFailure")
        box.exec()
        self.exit_code = EXIT_FAILED
        self._window.close()

    def _close(self) -> None:
        """The damaged cache's connections, before the rebuild removes it (in the lane)."""
        if self._state.store is not None:
            self._state.store.close()

    def _open_anew(self, chosen: bool) -> None:
        """The user chose a new cache (the old one set aside) or to quit."""
        if not chosen:
            self.exit_code = EXIT_FAILED
            self._window.close()
            return
        self._first = lambda: None  # done at the first opening
        self._painted()

    def _rebuilt(self, store: Store | None) -> None:
        if store is None:  # quit, or the rebuild could not run: the app ends, nothing removed
            self.exit_code = EXIT_FAILED
            self._window.close()
            return
        self._state.store = store
        self._attach(store, store.meta.user(), False)
        self._window.start_sync()  # sends the changes queued again

    def close(self) -> None:
        """At exit: close the store; the demo's simulator stops and its profile is removed."""
        store = self._window.store if self._window.ctx.is_open else self.store
        if store is not None:
            store.close()
        if self.server is not None:
            self.server.stop()
            if store is not None:
                store.wipe()
            shutil.rmtree(self._profile.root, ignore_errors=True)  # the demo leaves nothing
