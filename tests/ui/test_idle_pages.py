"""Pages built in idle time (issue 13 §5, page switches during a priming sync): after the start
page's rows, the window builds the pages a user most likely opens next, one per pause of the event
loop, never while a page a user switched to loads or a dialog is modal, and not after the window
closed. A page built so reads nothing until shown and then shows what a page built on its first
show shows: the same rows in the same order, the same keyboard focus, its view from the settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event
from uihelpers import WANGFANG

from bigcust_desktop.store.settings import write_section
from bigcust_desktop.ui import page_stack
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.preferences import remember_page_view
from bigcust_desktop.ui.qt import QDialog, QPushButton, Qt
from bigcust_desktop.ui.tasks import TaskManager

WAIT = 10_000
PREBUILT = ("customers", "opportunities")


@pytest.fixture
def no_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's own warm-up waits far beyond the test: each test starts its own."""
    monkeypatch.setattr(page_stack, "WARM_UP_FIRST_MS", 600_000)


def quick_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_stack, "WARM_UP_FIRST_MS", 0)
    monkeypatch.setattr(page_stack, "WARM_UP_PAUSE_MS", 0)
    monkeypatch.setattr(page_stack, "WARM_UP_BUSY_MS", 20)


@pytest.fixture
def windows(qtbot, small_store) -> Iterator[Any]:
    """Makes main windows over the small store, signed in as 王芳 (regional manager: her owner
    filter reads the team's staff); closes them at the end."""
    made: list[tuple[MainWindow, TaskManager]] = []

    def make() -> MainWindow:
        tasks = TaskManager()
        window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
        qtbot.addWidget(window)
        window.show()
        made.append((window, tasks))
        return window

    yield make
    for window, tasks in made:
        window.close()
        tasks.wait()
    write_section(small_store.profile.settings_path, "views", {})  # the board chosen below


def settle(qtbot, window: MainWindow) -> None:
    """The start page drawn and nothing left in any lane (the status bar, the to-dos)."""
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=WAIT)
    qtbot.waitUntil(window.tasks.idle, timeout=WAIT)


def prebuild(qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_warm_up(monkeypatch)
    window.pages.warm_up(skip="dashboard")
    qtbot.waitUntil(lambda: not window.pages.warming_up, timeout=WAIT)
    assert all(window.pages.built_page(name) is not None for name in PREBUILT)


def test_pages_built_in_idle_time_read_nothing_until_shown(
    qtbot, windows, small_store, monkeypatch, no_warm_up
):
    window = windows()
    settle(qtbot, window)
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(small_store.engine, "before_cursor_execute", seen)
    try:
        prebuild(qtbot, window, monkeypatch)
        qtbot.wait(100)
        qtbot.waitUntil(window.tasks.idle, timeout=WAIT)
        assert statements == []
        # A sync wrote what they show: hidden, they only note that they are out of date (the
        # start page and the status bar, on screen, read again).
        asked = reads_asked(window)
        window.ctx.notify({"customer", "opportunity", "user"})
        qtbot.waitUntil(window.tasks.idle, timeout=WAIT)
        assert asked and not [o for o in asked if in_page(o, window, PREBUILT)]
        assert window.pages.currentWidget() is window.dashboard
        page = window.opportunities
        with qtbot.waitSignal(page.loaded, timeout=WAIT):
            window.show_page("opportunities")
        assert statements  # its rows, read once it is shown
        assert page.model.rowCount() > 0
    finally:
        event.remove(small_store.engine, "before_cursor_execute", seen)


def reads_asked(window: MainWindow) -> list[Any]:
    """The owners of the reads asked of the window's lanes from now on."""
    owners: list[Any] = []
    run = window.tasks.run

    def noted(*args: Any, owner: Any = None, **kwargs: Any) -> None:
        owners.append(owner)
        run(*args, owner=owner, **kwargs)

    window.tasks.run = noted  # type: ignore[method-assign]
    return owners


def in_page(owner: Any, window: MainWindow, names: tuple[str, ...]) -> bool:
    pages = [window.pages.built_page(name) for name in names]
    return any(owner is page or (owner is not None and page.isAncestorOf(owner)) for page in pages)


def _visit(qtbot, window: MainWindow, name: str) -> dict[str, Any]:
    """From a button of the start page that has the keyboard focus, as a user going there
    with the keyboard: the page's rows, its summary, its view and the focused widget."""
    window.show_page("dashboard")
    window.dashboard.findChildren(QPushButton)[0].setFocus()
    page = window.show_page(name)
    assert page.loader.loading  # its first load, at its first show in either case
    loaders = [page.loader, getattr(page, "totals_loader", page.loader)]
    qtbot.waitUntil(lambda: not any(loader.loading for loader in loaders), timeout=WAIT)
    focus = window.focusWidget()
    seen: dict[str, Any] = {"focus": focus.objectName() if focus else None}
    if name == "customers":
        model = page.model
        seen["rows"] = [model.customer_id(row) for row in range(model.rowCount())]
        seen["summary"] = page.count_label.text()
    else:
        seen["view"] = page.stack.currentWidget().objectName()
        seen["summary"] = page.summary.text()
        seen["rows"] = {
            stage: column.model.rowCount() for stage, column in page.board.columns.items()
        }
        seen["new"] = page.new_button.isEnabled()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # its shortcut
        dialog = page.findChild(OpportunityDialog)
        seen["ctrl_n"] = dialog is not None
        if dialog is not None:
            dialog.reject()
    return seen


def test_a_page_built_in_idle_time_shows_what_one_built_on_show_shows(
    qtbot, windows, small_store, monkeypatch, no_warm_up
):
    # The view 王芳 chose last time: the board (the page restores it from the settings).
    remember_page_view(small_store.profile.settings_path, WANGFANG.id, "opportunities", "board")
    found = []
    for early in (False, True):
        window = windows()
        settle(qtbot, window)
        if early:
            prebuild(qtbot, window, monkeypatch)
        found.append({name: _visit(qtbot, window, name) for name in PREBUILT})
        window.close()
    on_show, built_early = found
    assert built_early == on_show
    assert on_show["opportunities"]["view"] == "stageBoard"
    assert on_show["customers"]["rows"] and any(on_show["opportunities"]["rows"].values())
    assert on_show["customers"]["focus"] is not None and on_show["opportunities"]["ctrl_n"]


def test_the_warm_up_waits_for_the_start_pages_rows(qtbot, small_store, monkeypatch):
    quick_warm_up(monkeypatch)  # due at once, as a slow start page's rows may make it
    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
    steps: list[tuple[str, bool, bool]] = []
    window.pages.built.connect(
        lambda name, _page: steps.append(
            (name, window.dashboard.data is not None, window.tasks.showing)
        )
    )
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(lambda: len(steps) == len(PREBUILT), timeout=WAIT)
        # Each page built once the start page's rows were drawn, never while it loaded.
        assert steps == [(name, True, False) for name in PREBUILT]
    finally:
        window.close()
        tasks.wait()


def test_no_page_is_built_while_a_page_loads_or_a_dialog_is_modal(
    qtbot, windows, monkeypatch, no_warm_up
):
    window = windows()
    settle(qtbot, window)
    quick_warm_up(monkeypatch)
    release = window.tasks.foreground()  # a page a user switched to is loading
    window.pages.warm_up(skip="dashboard")
    qtbot.wait(300)
    assert window.pages.built_page("customers") is None
    release()  # its rows are drawn
    dialog = QDialog(window)
    dialog.open()  # window-modal, as every dialog of the pages
    qtbot.wait(300)
    assert window.pages.built_page("customers") is None
    dialog.close()
    qtbot.waitUntil(lambda: not window.pages.warming_up, timeout=WAIT)
    assert all(window.pages.built_page(name) is not None for name in PREBUILT)


def test_the_warm_up_stops_when_the_window_closes(qtbot, windows, monkeypatch, no_warm_up):
    window = windows()
    settle(qtbot, window)
    monkeypatch.setattr(page_stack, "WARM_UP_FIRST_MS", 100)
    window.pages.warm_up(skip="dashboard")
    assert window.pages.warming_up
    window.close()
    qtbot.wait(400)
    assert not window.pages.warming_up
    assert all(window.pages.built_page(name) is None for name in PREBUILT)


def test_the_owner_filter_is_read_after_the_first_rows(qtbot, manager_ctx):
    """王芳's owner filter lists her team: read once the page's rows are drawn, not while it is
    built (ahead of its first show, it reads nothing)."""
    from bigcust_desktop.ui.opportunities.page import OpportunitiesPage

    page = OpportunitiesPage(manager_ctx)
    qtbot.addWidget(page)
    qtbot.wait(100)
    qtbot.waitUntil(manager_ctx.tasks.idle, timeout=WAIT)
    assert page.filters.owner_filter.count() == 1  # "Everyone" only, nothing read
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    qtbot.waitUntil(lambda: page.filters.owner_filter.count() > 1, timeout=WAIT)
    page.filters.owner_filter.setCurrentIndex(1)  # a chosen owner narrows the list
    assert page.current_filter().owner_id == page.filters.owner_filter.current_id() is not None


def test_a_read_that_never_comes_back_does_not_stop_the_warm_up(
    qtbot, windows, monkeypatch, no_warm_up
):
    from bigcust_desktop.ui import tasks as tasks_module

    window = windows()
    settle(qtbot, window)
    quick_warm_up(monkeypatch)
    monkeypatch.setattr(tasks_module, "SHOWING_MAX_MS", 300)
    window.tasks.foreground()  # never released: its page's read never came back
    window.pages.warm_up(skip="dashboard")
    qtbot.wait(100)
    assert window.pages.built_page("customers") is None
    qtbot.waitUntil(lambda: not window.pages.warming_up, timeout=WAIT)
    assert not window.tasks.showing
