"""Navigation and help: icons from one licensed set on the left navigation, every page in the
转到 menu (审批 included, with a shortcut), Alt+Left back to where the user came from, and 帮助
with the user guide and the keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from uihelpers import WANGFANG, ZHANGWEI

from bigcust_desktop.resource_files import resource
from bigcust_desktop.store.models import Customer
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QAction, QDialog, QKeySequence, Qt
from bigcust_desktop.ui.tasks import TaskManager

WAIT = 10_000


@pytest.fixture
def window(qtbot, small_store) -> Iterator[MainWindow]:
    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, WANGFANG, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    window.close()
    tasks.wait()


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def test_every_navigation_item_has_an_icon_of_the_shipped_set(window):
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert not item.icon().isNull(), item.text()
    licence = resource("icons", "tabler", "LICENSE")
    assert licence.is_file() and "MIT License" in licence.read_text(encoding="utf-8")
    notices = resource("NOTICES.md").read_text(encoding="utf-8")
    assert "Tabler Icons" in notices and "pypinyin" in notices


def test_every_page_of_the_navigation_is_in_the_go_menu(window):
    go = _action(window, "go_approvals")
    assert go.isVisible() and not go.shortcut().isEmpty()
    go.trigger()
    assert window.pages.currentWidget() is window.approvals
    shortcuts = [_action(window, f"go_{n}").shortcut().toString() for n in ("dashboard", "sync")]
    assert shortcuts == ["Ctrl+1", "Ctrl+8"]  # the numbers users learned stay


def test_approvals_stay_out_of_an_account_managers_go_menu(qtbot, small_store):
    tasks = TaskManager()
    window = MainWindow(small_store.profile, small_store, ZHANGWEI, tasks=tasks)
    qtbot.addWidget(window)
    assert not _action(window, "go_approvals").isVisible()
    window.close()
    tasks.wait()


def _open_from_list(qtbot, window, small_store) -> str:
    with small_store.begin() as conn:
        customer_id = conn.execute(select(Customer.id).order_by(Customer.id).limit(1)).scalar()
    _action(window, "go_customers").trigger()
    with qtbot.waitSignal(window.customer360.loaded, timeout=WAIT):
        window.ctx.open_customer.emit(customer_id)
    assert window.pages.currentWidget() is window.customer360
    return customer_id


def test_alt_left_goes_back_from_a_360_view_to_where_the_user_came_from(qtbot, window, small_store):
    _open_from_list(qtbot, window, small_store)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.customers
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is window.dashboard
    back = _action(window, "backAction")
    assert back.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Back)) != (
        QKeySequence.SequenceMatch.NoMatch
    ) or back.shortcut() == QKeySequence("Alt+Left")


def test_back_returns_to_the_customer_seen_before(qtbot, window, small_store):
    first = _open_from_list(qtbot, window, small_store)
    with small_store.begin() as conn:
        other = conn.execute(select(Customer.id).where(Customer.id != first).limit(1)).scalar()
    with qtbot.waitSignal(window.customer360.loaded, timeout=WAIT):
        window.ctx.open_customer.emit(other)
    with qtbot.waitSignal(window.customer360.loaded, timeout=WAIT):
        _action(window, "backAction").trigger()
    assert window.customer360.customer_id == first


def test_help_shows_the_user_guide_and_the_keyboard_shortcuts(qtbot, window):
    _action(window, "userGuideAction").trigger()
    guide = window.findChild(QDialog, "userGuideDialog")
    assert guide is not None and guide.isVisible()
    assert "User guide" in guide.text() or "用户指南" in guide.text()
    assert "Sign in" in guide.text() or "登录" in guide.text()
    assert _action(window, "userGuideAction").shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    guide.close()
    _action(window, "shortcutsAction").trigger()
    keys = window.findChild(QDialog, "shortcutsDialog")
    assert keys is not None and keys.isVisible()
    listed = keys.shortcuts()
    for expected in ("F5", "Ctrl+F", "Ctrl+1", "Ctrl+9", "Alt+Left", "Ctrl+S", "F4"):
        assert any(
            key == QKeySequence(expected).toString(QKeySequence.SequenceFormat.NativeText)
            for _, key in listed
        ), expected
