"""Shared UI fixtures: an AppContext over the small dataset, signed in as 张伟 (zhangwei, U-0002).

`ctx` reads the session's `small_store` (never write through it); `write_ctx` works on a store of
its own per test module, loaded from the same dataset, for forms that save.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from uihelpers import WANGFANG, ZHANGWEI, make_context

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store


@pytest.fixture
def zhangwei() -> UserProfile:
    return ZHANGWEI


@pytest.fixture
def ctx(qapp, small_store: Store) -> Iterator:
    """Read-only: the session's small store, signed in as zhangwei (account manager)."""
    context = make_context(small_store)
    yield context
    context.tasks.wait()
    forget_views(small_store)


@pytest.fixture
def manager_ctx(qapp, small_store: Store) -> Iterator:
    """Read-only: the session's small store, signed in as 王芳 (regional manager of T-HZ-1)."""
    context = make_context(small_store, WANGFANG)
    yield context
    context.tasks.wait()
    forget_views(small_store)


def forget_views(store: Store) -> None:
    """The views a test chose (the board) are remembered in the shared store's profile: forget
    them, so the next test opens every page on its default view."""
    from bigcust_desktop.store.settings import write_section

    write_section(store.profile.settings_path, "views", {})


@pytest.fixture(scope="module")
def module_store(tmp_path_factory: pytest.TempPathFactory, small_template) -> Iterator[Store]:
    """A store of this test module's own, a copy of the session's loaded and analysed small
    store (`small_template`): forms may write to it."""
    from storecopy import open_copy

    from bigcust_desktop.store.profile import Profile

    store = open_copy(
        small_template, Profile.resolve(tmp_path_factory.mktemp("ui-write") / "profile")
    )
    yield store
    store.close()


@pytest.fixture
def write_ctx(qapp, module_store: Store) -> Iterator:
    """Signed in as zhangwei over the module's writable store."""
    context = make_context(module_store)
    yield context
    context.tasks.wait()


@pytest.fixture
def manager_window(qtbot, small_store: Store) -> Iterator:
    """The main window over the session's small store, signed in as 王芳, with no session."""
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.tasks import TaskManager

    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    tasks.wait()


@pytest.fixture
def no_generated_todos(monkeypatch: pytest.MonkeyPatch) -> None:
    """The window makes no renewal or care to-dos by itself (at start and after each sync): for
    tests that count the pending changes a user made."""
    monkeypatch.setattr("bigcust_desktop.ui.todos.generate.make_generated_todos", lambda _ctx: None)
