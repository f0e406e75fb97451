"""A page a user switches to reads and draws its rows before the sync goes on (issue 13: page
switches during a priming sync): the sync pauses between two pages of records while the switched-to
page loads, never for long, and not for a page that merely reloads on a change notice."""

from __future__ import annotations

import threading
from collections.abc import Callable

from bigcust_desktop.ui import tasks as tasks_module
from bigcust_desktop.ui.qt import QWidget
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.page_loader import PageLoader


def _failed(exc: BaseException) -> None:
    raise exc


def slow_page(qtbot, ctx, may_finish: threading.Event, drawn: list) -> QWidget:
    """A page whose read waits for ``may_finish``; its rows go to ``drawn``."""
    page = QWidget()
    qtbot.addWidget(page)

    def query() -> Callable[[], str]:
        def work() -> str:
            may_finish.wait(30)
            return "rows"

        return work

    page.loader = PageLoader(page, ctx, None, query, drawn.append)
    return page


def sync_page_boundary(ctx, went_on: list) -> None:
    """In the sync lane, what the sync does between two pages of records."""
    ctx.tasks.run(
        ctx.tasks.yield_to_foreground, lambda _: went_on.append(True), _failed, lane=Lane.SYNC
    )


def test_the_sync_waits_while_a_page_switched_to_loads(qtbot, ctx):
    may_finish, drawn, went_on = threading.Event(), [], []
    page = slow_page(qtbot, ctx, may_finish, drawn)
    page.show()  # a user's switch: the page's load holds the foreground
    sync_page_boundary(ctx, went_on)
    qtbot.wait(300)  # far below the hold's ceiling
    assert went_on == []  # the sync waits at its page boundary
    may_finish.set()
    qtbot.waitUntil(lambda: went_on == [True], timeout=10000)
    assert drawn == ["rows"]  # the rows first, then the sync


def test_the_hold_ends_by_itself(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(tasks_module, "FOREGROUND_MAX_MS", 100)
    ctx.tasks.foreground()  # never released: a page whose read never came back
    went_on: list = []
    sync_page_boundary(ctx, went_on)
    qtbot.waitUntil(lambda: went_on == [True], timeout=10000)


def test_a_reload_on_a_change_notice_does_not_hold_the_sync(qtbot, ctx):
    may_finish, drawn, went_on = threading.Event(), [], []
    page = slow_page(qtbot, ctx, may_finish, drawn)
    may_finish.set()
    page.show()
    qtbot.waitUntil(lambda: drawn == ["rows"], timeout=10000)
    qtbot.wait(50)  # the switch's hold, released once its rows were drawn
    may_finish.clear()
    ctx.notify({"customer"})  # the sync wrote a page: the page on screen reloads
    sync_page_boundary(ctx, went_on)
    qtbot.waitUntil(lambda: went_on == [True], timeout=10000)  # while that reload still reads
    may_finish.set()
    qtbot.waitUntil(lambda: drawn == ["rows", "rows"], timeout=10000)
