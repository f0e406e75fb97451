"""Not signed in with a cache open (offline work, or a session that ended): 登录 is where the user
looks, in the File menu and as a link in the status bar, and both ask the start-up to sign in."""

from __future__ import annotations

from bigcust_desktop.ui.qt import QAction


def test_sign_in_is_offered_wherever_the_app_is_not_signed_in(qtbot, manager_window):
    window = manager_window
    window.start_sync()  # this profile has no server and no session
    label = window.online_label
    assert "Not signed in" in label.text() and 'href="sign-in"' in label.text()
    with qtbot.waitSignal(window.sign_in_requested, timeout=1000):
        label.linkActivated.emit("sign-in")
    action = window.findChild(QAction, "signInAction")
    assert action is not None and action.isEnabled()
    assert action in window.menuBar().actions()[0].menu().actions()
    with qtbot.waitSignal(window.sign_in_requested, timeout=1000):
        action.trigger()
