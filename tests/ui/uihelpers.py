"""Helpers of the UI tests: the signed-in users of the small dataset, an AppContext maker, and
typing text as a user would. Imported by the UI tests and their conftest (like sim/simhelpers).
"""

from __future__ import annotations

from bigcust_desktop.store.engine import Store
from bigcust_desktop.sync.auth import UserProfile

ZHANGWEI = UserProfile(
    id="U-0002",
    username="zhangwei",
    name="张伟",
    role="account_manager",
    city="杭州",
    team_id="T-HZ-1",
)
WANGFANG = UserProfile(
    id="U-0001",
    username="wangfang",
    name="王芳",
    role="regional_manager",
    city="杭州",
    team_id="T-HZ-1",
)


def make_context(store: Store, user: UserProfile | None = ZHANGWEI):
    """An AppContext with its own task runner (wait on `ctx.tasks` before the store closes)."""
    from bigcust_desktop.ui.context import AppContext
    from bigcust_desktop.ui.tasks import TaskManager

    tasks = TaskManager()
    return AppContext(store.profile, store, user, tasks)


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: key clicks for ASCII; other text (Chinese) arrives committed by an
    input method, which QTest cannot press, so it is inserted as the IME would commit it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    widget.setFocus()
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)
