"""The segments tab (客户分群) on real stores: define a segment with the keyboard, see its members
counted live, name and save it, reopen it, export it through the report writer (audited), copy
and delete it after a confirmation; a regional manager's segment covers his team's book."""

from __future__ import annotations

import openpyxl
from uihelpers import WANGFANG, ZHANGWEI, type_text

from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.analytics.page import InsightsPage
from bigcust_desktop.ui.qt import QMessageBox, Qt

DEFINED = {"industries": ["finance", "government"], "monthly_spend_min": "500.00"}


def open_tab(qtbot, ctx):
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    tab = page.segments
    with qtbot.waitSignals([tab.loaded, tab.previewed], timeout=20000):
        page.tabs.setCurrentWidget(tab)
    return page, tab


def tick(qtbot, tab, key: str, code: str) -> None:
    """Tick a choice as a user does: go to it, press Space; the count follows."""
    choices = tab.editor.lists[key]
    choices.setFocus()
    choices.setCurrentItem(choices.item_of(code))
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        qtbot.keyClick(choices, Qt.Key.Key_Space)


def member_ids(tab) -> set[str]:
    return {tab.members_model.row_at(r).id for r in range(tab.members_model.rowCount())}


def test_define_save_reopen_and_export_a_segment(qtbot, write_ctx, tmp_path):
    store = write_ctx.store
    book = Book.of(ZHANGWEI)
    _page, tab = open_tab(qtbot, write_ctx)
    assert tab.current is None and not tab.export_button.isEnabled()
    everyone = tab.members_model.rowCount()

    tick(qtbot, tab, "industries", "finance")
    tick(qtbot, tab, "industries", "government")
    tab.editor.spend_min.setFocus()
    type_text(qtbot, tab.editor.spend_min, "500")
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        qtbot.keyClick(tab.editor.spend_min, Qt.Key.Key_Return)  # the amount is taken
    expected = store.segments.evaluate(DEFINED, book)
    assert expected and len(expected) < everyone
    assert member_ids(tab) == set(expected)
    assert str(len(expected)) in tab.count.text()

    type_text(qtbot, tab.name, "金融政府月消费500以上")
    with qtbot.waitSignals([tab.saved, tab.loaded], timeout=20000):
        qtbot.keyClick(tab.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = next(s for s in store.segments.saved() if s.name == "金融政府月消费500以上")
    assert set(saved.definition["industries"]) == {"finance", "government"}
    assert saved.definition["monthly_spend_min"] == "500.00"
    assert saved.sync_state == "pending"  # goes to the city CRM with the next sync
    assert tab.current is not None and tab.current.id == saved.id and not tab.dirty

    # Reopen: a new empty segment first, then the saved one from the list.
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.current is None and tab.editor.conditions() == {}
    row = [s.id for s in tab.list_model.rows()].index(saved.id)
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        tab.list_table.selectRow(row)
    assert tab.name.text() == "金融政府月消费500以上"
    assert set(tab.editor.lists["industries"].chosen()) == {"finance", "government"}
    assert member_ids(tab) == set(expected) and tab.export_button.isEnabled()

    dialog = tab.actions.ask_export()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    path = tmp_path / "segment.xlsx"
    with qtbot.waitSignal(tab.exported, timeout=30000):
        tab.actions.export_to(path)
    sheet = openpyxl.load_workbook(path, read_only=True)["客户群-客户"]
    ids = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert ids == sorted(expected)
    assert any(e.entity == "audit_event" for e in store.outbox.pending())


def test_copy_then_delete_after_a_confirmation(qtbot, write_ctx):
    store = write_ctx.store
    _page, tab = open_tab(qtbot, write_ctx)
    type_text(qtbot, tab.name, "待删除")
    tick(qtbot, tab, "value_tiers", "key")
    with qtbot.waitSignals([tab.saved, tab.loaded], timeout=20000):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    original = tab.current
    with qtbot.waitSignals([tab.saved, tab.loaded], timeout=20000):
        qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert tab.current.name == "待删除（副本）" and tab.current.id != original.id
    assert tab.current.definition["value_tiers"] == ["key"]

    box = tab.actions.delete()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "待删除（副本）" in {s.name for s in store.segments.saved()}
    box = tab.actions.delete()
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    names = {s.name for s in store.segments.saved()}
    assert "待删除（副本）" not in names and "待删除" in names
    assert tab.current is None and not tab.delete_button.isEnabled()


def test_a_regional_managers_segment_covers_the_teams_book(qtbot, manager_ctx, ctx):
    store = manager_ctx.store
    _page, tab = open_tab(qtbot, manager_ctx)
    team = store.segments.evaluate({}, Book.of(WANGFANG))
    own = store.segments.evaluate({}, Book.of(ZHANGWEI))
    assert len(team) > len(own)
    assert str(len(team)) in tab.count.text()
    managers = tab.editor.lists["manager_ids"]
    assert not managers.isHidden() and managers.item_of(ZHANGWEI.id) is not None
    tick(qtbot, tab, "manager_ids", ZHANGWEI.id)
    assert str(len(own)) in tab.count.text()


def test_the_tab_in_the_window_has_no_mnemonic_clash(qtbot, manager_window):
    """Alt+letters of the segments tab, the page's tabs and the window's menus stay distinct."""
    from test_mnemonics import clashes, window_mnemonics

    page = manager_window.show_page("atrisk")
    tab = page.segments
    with qtbot.waitSignals([tab.loaded, tab.previewed], timeout=20000):
        page.tabs.setCurrentWidget(tab)
    assert not clashes(window_mnemonics(manager_window))
    assert not tab.editor.lists["manager_ids"].isHidden()


def test_unsaved_changes_are_kept_unless_the_user_discards_them(qtbot, write_ctx):
    _page, tab = open_tab(qtbot, write_ctx)
    type_text(qtbot, tab.name, "未保存")
    tick(qtbot, tab, "value_tiers", "strategic")
    assert tab.dirty
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    box = tab.actions.dialog
    assert box.objectName() == "confirmSegmentDiscard"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert tab.name.text() == "未保存" and tab.editor.lists["value_tiers"].chosen() == ["strategic"]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.previewed, timeout=20000):
        qtbot.mouseClick(
            tab.actions.dialog.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton
        )
    assert tab.name.text() == "" and tab.editor.conditions() == {} and not tab.dirty
