"""Helpers of the UI tests: the signed-in users of the small dataset, an AppContext maker, and
typing text as a user would. Imported by the UI tests and their conftest (like sim/simhelpers).
"""

from __future__ import annotations

from bigcust_desktop.domain.identity import Role, UserProfile
from bigcust_desktop.store.engine import Store

ZHANGWEI = UserProfile(
    id="U-0002",
    username="zhangwei",
    name="张伟",
    role=Role.ACCOUNT_MANAGER,
    city="杭州",
    team_id="T-HZ-1",
)
WANGFANG = UserProfile(
    id="U-0001",
    username="wangfang",
    name="王芳",
    role=Role.REGIONAL_MANAGER,
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


def add_quote_line(qtbot, editor, product_text: str, quantity: str, discount: str) -> int:
    """In a QuoteEditor: find a product, add it with Enter, type quantity and discount (%) into
    the new line as a user does (F2, type, Enter); returns the line's row."""
    from bigcust_desktop.ui.qt import QAbstractItemView, Qt
    from bigcust_desktop.ui.quotes.lines_model import DISCOUNT, QUANTITY

    editor.catalogue.filter_edit.clear()
    type_text(qtbot, editor.catalogue.filter_edit, product_text)
    qtbot.keyClick(editor.catalogue.filter_edit, Qt.Key.Key_Return)
    row = editor.lines_model.rowCount() - 1
    for column, text in ((QUANTITY, quantity), (DISCOUNT, discount)):
        index = editor.lines_model.index(row, column)
        editor.lines_table.setCurrentIndex(index)
        qtbot.keyClick(editor.lines_table, Qt.Key.Key_F2)
        editor_widget = editor.lines_table.focusWidget()
        editor_widget.selectAll()
        qtbot.keyClicks(editor_widget, text)
        qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
        # The delegate commits on the next turn of the event loop.
        qtbot.waitUntil(lambda: editor.lines_table.state() == QAbstractItemView.State.NoState)
    return row
