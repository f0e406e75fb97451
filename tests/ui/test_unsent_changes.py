"""Unsent changes in the window (issue 11): each pending or refused change opens and is
discarded one by one only after a confirmation naming what is lost; a refused edit whose record
left the cache opens as a read-only copy with the reason; the status bar counts pending,
refused and conflicting changes apart and a click opens their tab; sign-out says how many
changes are unsent, offers to sync first, and its default button is the safe one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_sync_panel import _opportunity, _server_answer, make_panel
from uihelpers import ZHANGWEI

from bigcust_desktop.store import bulk, edits
from bigcust_desktop.store.outbox import Rejected
from bigcust_desktop.store.outbox.held import hold_revoked
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.qt import QDialog, QMessageBox, QPushButton, Qt
from bigcust_desktop.ui.tasks import TaskManager

WAIT = 5000


def _refused_big_opportunity(ctx) -> dict:
    record = _opportunity(ctx, "negotiation")
    with ctx.store.begin(write=True) as conn:
        edits.update_record(conn, "opportunity", record["id"], {"amount": "300000.00"})
    errors = [{"field": "customer_id", "code": "not_visible", "message": "not in your book"}]
    _server_answer(ctx, record["id"], lambda op_id: Rejected(op_id, errors))
    return record


def _message_box(qtbot, parent, name: str) -> QMessageBox:
    qtbot.waitUntil(lambda: parent.window().findChild(QMessageBox, name) is not None, timeout=WAIT)
    return parent.window().findChild(QMessageBox, name)


def test_discarding_a_refused_edit_asks_first_naming_what_is_lost(qtbot, write_ctx):
    ctx = write_ctx
    record = _refused_big_opportunity(ctx)
    panel = make_panel(qtbot, ctx)
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.findChild(QPushButton, "discardRejected"), Qt.MouseButton.LeftButton)
    box = _message_box(qtbot, panel, "confirmDiscard")
    assert record["title"] in box.text() and "300,000.00" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert panel.rejected_model.rowCount() == 1  # nothing lost
    qtbot.mouseClick(panel.findChild(QPushButton, "discardRejected"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.window().findChild(QMessageBox, "confirmDiscard") not in (None, box),
        timeout=WAIT,
    )
    box = panel.window().findChild(QMessageBox, "confirmDiscard")
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert panel.rejected_model.rowCount() == 0


def test_a_pending_change_is_discarded_on_its_own_after_confirming(qtbot, write_ctx):
    ctx = write_ctx
    first, second = _opportunity(ctx, "lead"), _opportunity(ctx, "proposal")
    with ctx.store.begin(write=True) as conn:
        edits.update_record(conn, "opportunity", first["id"], {"notes": "第一条"})
        edits.update_record(conn, "opportunity", second["id"], {"notes": "第二条"})
    panel = make_panel(qtbot, ctx)
    assert panel.pending_model.rowCount() == 2
    panel.pending.view.selectRow(1)
    qtbot.mouseClick(panel.findChild(QPushButton, "discardPending"), Qt.MouseButton.LeftButton)
    box = _message_box(qtbot, panel, "confirmDiscard")
    assert "第二条" in box.text()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert panel.pending_model.rowCount() == 1
    with ctx.store.begin() as conn:
        assert edits.read_wire(conn, "opportunity", first["id"])["notes"] == "第一条"
        assert edits.read_wire(conn, "opportunity", second["id"])["notes"] == second["notes"]
    assert panel.findChild(QPushButton, "openPending").isEnabled()


def test_a_refused_edit_whose_record_left_the_cache_opens_read_only(qtbot, write_ctx):
    ctx = write_ctx
    record = _refused_big_opportunity(ctx)
    with ctx.store.begin(write=True) as conn:  # the feed revokes the customer
        hold_revoked(conn, [record["customer_id"]])
        bulk.delete_customers_cascade(conn, [record["customer_id"]])
    panel = make_panel(qtbot, ctx)
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.findChild(QPushButton, "fixRejected"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(QDialog, "refusedCopy") is not None, timeout=WAIT)
    dialog = panel.findChild(QDialog, "refusedCopy")
    assert dialog.isVisible()
    assert "left your book" in dialog.reason.text()
    assert "300,000.00" in dialog.copy_text()
    assert dialog.findChild(QPushButton, "exportUnsent") is not None
    dialog.close()


@pytest.fixture
def window(qtbot, write_ctx) -> Iterator[MainWindow]:
    store = write_ctx.store
    tasks = TaskManager()
    window = MainWindow(store.profile, store, ZHANGWEI, tasks=tasks)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    tasks.wait()


def test_the_status_bar_counts_refusals_apart_and_opens_their_tab(qtbot, write_ctx, window):
    _refused_big_opportunity(write_ctx)
    with qtbot.waitSignal(window.status.loaded, timeout=WAIT):
        window.status.refresh()
    counts = write_ctx.store.outbox.counts()
    assert counts.rejected >= 1 and counts.conflicts == 0
    # A refusal is not a conflict: each is counted on its own.
    assert f"Conflicts: {counts.conflicts}<" in window.status.conflicts_label.text()
    assert f"Refused: {counts.rejected}<" in window.status.rejected_label.text()
    window.status.rejected_label.linkActivated.emit("rejected")
    qtbot.waitUntil(lambda: window.pages.built_page("sync") is not None, timeout=WAIT)
    panel = window.pages.built_page("sync")
    assert window.pages.currentWidget() is panel and panel.tabs.currentIndex() == 1


def test_sign_out_names_the_unsent_changes_and_defaults_to_the_safe_button(
    qtbot, write_ctx, window
):
    unsent = write_ctx.store.outbox.unsent_total
    assert unsent
    window.sign_out()
    box = _message_box(qtbot, window, "signOutQuestion")
    assert str(unsent) in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    sync_first = window.findChild(QPushButton, "syncThenSignOut")
    assert sync_first is not None and sync_first in box.buttons()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert window.isVisible() and write_ctx.store.outbox.unsent_total == unsent
