"""Quotes through the real widgets, offline then synced with the simulator (issues 11, 12, 17):
a revision and its earlier version both listed once the server has numbered them; a regional
manager's own below-floor quote waits in her city manager's queue, not hers, with its reason and
level, and the city manager's approval is accepted by the server."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.ui.qt import QAbstractItemView, Qt
from bigcust_desktop.ui.quotes.approvals import ApprovalsPage
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.lines_model import DISCOUNT, QUANTITY

CUSTOMER = "CUS-000004"  # zhangwei's, in wangfang's team (杭州)
WAIT = 20_000  # ms: a ceiling for background work, never a pause
NUMBER = re.compile(r"杭州-\d{4}-\d{6}")


@pytest.fixture
def contexts(qapp) -> Iterator[list]:
    made: list = []
    yield made
    for ctx in made:
        ctx.tasks.wait()


def context_of(laptop, contexts: list):
    from bigcust_desktop.ui.context import AppContext
    from bigcust_desktop.ui.tasks import TaskManager

    ctx = AppContext(laptop.profile, laptop.store, laptop.store.meta.user(), TaskManager())
    contexts.append(ctx)
    return ctx


def synced(laptop_factory, username: str):
    laptop = laptop_factory(username)
    laptop.sync()
    return laptop


def editor_for(qtbot, ctx, **kwargs) -> QuoteEditor:
    editor = QuoteEditor(ctx, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def add_line(qtbot, editor: QuoteEditor, quantity: str, discount: str) -> None:
    """The ¥128 group plan, with quantity and discount typed as a user does."""
    editor.catalogue.filter_edit.clear()
    qtbot.keyClicks(editor.catalogue.filter_edit, "128")
    qtbot.keyClick(editor.catalogue.filter_edit, Qt.Key.Key_Return)
    row = editor.lines_model.rowCount() - 1
    for column, text in ((QUANTITY, quantity), (DISCOUNT, discount)):
        editor.lines_table.setCurrentIndex(editor.lines_model.index(row, column))
        qtbot.keyClick(editor.lines_table, Qt.Key.Key_F2)
        field = editor.lines_table.focusWidget()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: editor.lines_table.state() == QAbstractItemView.State.NoState)


def submit(qtbot, editor: QuoteEditor, title: str, reason: str = "") -> str:
    editor.title_edit.setText(title)
    if reason:
        editor.header.reason_edit.setPlainText(reason)
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    return saved.args[0]


def stored(laptop, quote_id: str) -> dict:
    return laptop.read(lambda conn: read_wire(conn, "quote", quote_id))


def test_revise_a_quote_and_see_both_versions_synced(qtbot, laptop_factory, server, contexts):
    laptop = synced(laptop_factory, "zhangwei")
    ctx = context_of(laptop, contexts)
    editor = editor_for(qtbot, ctx, customer_id=CUSTOMER)
    add_line(qtbot, editor, "3", "10")
    v1 = submit(qtbot, editor, "两版报价（同步）")
    assert editor.header.number_label.text().startswith("Draft ")  # offline: no number yet
    laptop.sync()
    number = stored(laptop, v1)["number"]
    assert NUMBER.fullmatch(number)

    first = editor_for(qtbot, ctx, quote_id=v1)
    assert first.header.number_label.text() == number
    with qtbot.waitSignal(first.saved, timeout=WAIT) as revised:
        qtbot.mouseClick(first.revise_button, Qt.MouseButton.LeftButton)
    v2 = revised.args[0]
    first.lines_model.setData(first.lines_model.index(0, QUANTITY), "6")
    with qtbot.waitSignal(first.saved, timeout=WAIT):
        qtbot.mouseClick(first.submit_button, Qt.MouseButton.LeftButton)
    laptop.sync()
    on_server = server.admin("GET", f"/records/quote/{v2}")
    on_server = on_server.get("record", on_server)
    assert on_server["revision_no"] == 2 and on_server["number"] == number
    assert stored(laptop, v1)["superseded_by"] == v2  # the feed brought the earlier version back

    old = editor_for(qtbot, ctx, quote_id=v1)
    assert old.version_bar.combo.count() == 2
    assert "replaced by version 2" in old.version_bar.summary.text()
    assert not old.revise_button.isEnabled() and not old.save_button.isEnabled()
    assert old.lines_model.data(old.lines_model.index(0, QUANTITY)) == "3"
    new = editor_for(qtbot, ctx, quote_id=v2)
    assert new.version_bar.summary.text() == "Version 2, replaces version 1"
    assert new.header.number_label.text() == f"{number} (version 2)"
    assert new.lines_model.data(new.lines_model.index(0, QUANTITY)) == "6"


def test_a_regional_managers_own_quote_goes_to_her_city_manager_synced(
    qtbot, laptop_factory, server, contexts
):
    wangfang = synced(laptop_factory, "wangfang")
    own = context_of(wangfang, contexts)
    editor = editor_for(qtbot, own, customer_id=CUSTOMER)
    add_line(qtbot, editor, "20", "25")  # 6.25 points below the floor: district
    quote_id = submit(qtbot, editor, "区域经理自己的特价（同步）", "年度框架续约，对标异网")
    wangfang.sync()
    record = stored(wangfang, quote_id)
    assert record["status"] == "pending_approval" and record["approval_level"] == "district"
    assert record["approval_reason"] == "年度框架续约，对标异网"

    mine = ApprovalsPage(own)
    qtbot.addWidget(mine)
    with qtbot.waitSignal(mine.loaded, timeout=WAIT):
        mine.show()
    assert quote_id not in {r.id for r in mine.model.rows()}
    assert "city manager" in mine.intro.text()

    zhouhong = synced(laptop_factory, "zhouhong")
    boss = context_of(zhouhong, contexts)
    queue = ApprovalsPage(boss)
    qtbot.addWidget(queue)
    with qtbot.waitSignal(queue.loaded, timeout=WAIT):
        queue.show()
    rows = queue.model.rows()
    at = next(i for i, r in enumerate(rows) if r.id == quote_id)
    assert rows[at].level.value == "district"
    queue.queue.selectRow(at)
    qtbot.waitUntil(lambda: "年度框架续约" in queue.facts.text(), timeout=WAIT)
    assert "Approval level: District" in queue.facts.text()
    with qtbot.waitSignal(queue.loaded, timeout=WAIT):
        qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    report = zhouhong.sync()
    assert report is not None
    on_server = server.admin("GET", f"/records/quote/{quote_id}")
    on_server = on_server.get("record", on_server)
    assert on_server["status"] == "approved"
    assert on_server["approved_by"] == boss.user.id != on_server["owner_id"]
