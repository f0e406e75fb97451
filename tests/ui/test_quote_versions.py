"""Quote versions on a real store (issue 17): revising keeps the earlier version, read-only, and
lists both with the quote ("version 2, replaces version 1"); the user switches between them; only
the latest version can be revised."""

from __future__ import annotations

from sqlalchemy import select
from uihelpers import add_quote_line, type_text

from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.models import Quote
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.quotes.editor import QuoteEditor

CUSTOMER = "CUS-000004"  # zhangwei's


def stored(store, quote_id: str) -> dict:
    with store.begin() as conn:
        return read_wire(conn, "quote", quote_id)


def open_editor(qtbot, ctx, **kwargs) -> QuoteEditor:
    editor = QuoteEditor(ctx, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def test_revise_a_quote_and_see_both_versions(qtbot, write_ctx):
    editor = open_editor(qtbot, write_ctx, customer_id=CUSTOMER)
    type_text(qtbot, editor.title_edit, "两个版本的报价")
    add_quote_line(qtbot, editor, "128元", "3", "10")
    with qtbot.waitSignal(editor.saved, timeout=10000) as first:
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    v1 = first.args[0]
    assert stored(write_ctx.store, v1)["status"] == "approved"
    with qtbot.waitSignal(editor.saved, timeout=10000) as second:
        qtbot.mouseClick(editor.revise_button, Qt.MouseButton.LeftButton)
    v2 = second.args[0]
    assert v2 != v1 and stored(write_ctx.store, v2)["revision_of"] == v1
    bar = editor.version_bar
    assert bar.isVisible() and bar.combo.count() == 2
    assert bar.summary.text() == "Version 2, replaces version 1"
    # The new version is a draft with the same lines, edited and saved on its own.
    assert editor.save_button.isEnabled() and editor.lines_model.rowCount() == 1
    editor.lines_model.setData(editor.lines_model.index(0, 2), "5")
    with qtbot.waitSignal(editor.saved, timeout=10000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(write_ctx.store, v2)["lines"][0]["quantity"] == 5
    assert stored(write_ctx.store, v1)["lines"][0]["quantity"] == 3  # the first is kept

    # Switch to the first version: read-only, replaced, not revisable again.
    bar.combo.setCurrentIndex(0)
    bar.combo.activated.emit(0)
    assert editor.current["id"] == v1
    assert "replaced by version 2" in bar.summary.text()
    assert not editor.save_button.isEnabled() and not editor.revise_button.isEnabled()
    assert editor.lines_model.data(editor.lines_model.index(0, 2)) == "3"
    bar.combo.activated.emit(1)
    assert editor.current["id"] == v2 and editor.save_button.isEnabled()

    # Opened afresh from the list, the old version shows both too.
    again = open_editor(qtbot, write_ctx, quote_id=v1)
    assert again.version_bar.combo.count() == 2
    assert not again.revise_button.isEnabled() and not again.save_button.isEnabled()


def test_a_seeded_revision_lists_its_earlier_version(qtbot, write_ctx):
    with write_ctx.store.begin() as conn:
        v2 = conn.execute(
            select(Quote.id).where(Quote.revision_no == 2, Quote.owner_id == "U-0002")
        ).scalar()
    editor = open_editor(qtbot, write_ctx, quote_id=v2)
    record = stored(write_ctx.store, v2)
    assert editor.version_bar.combo.count() == 2
    assert editor.version_bar.summary.text() == "Version 2, replaces version 1"
    assert editor.header.number_label.text() == f"{record['number']} (version 2)"
