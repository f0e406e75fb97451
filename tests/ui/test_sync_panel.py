"""The sync panel on a real store: a conflict resolved side by side, a refused edit discarded.

The conflict and the refusal come from the outbox's own settlement, fed the answers a server
gives (the server round trip itself is covered in tests/sync)."""

from __future__ import annotations

from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import OutboxEntry
from bigcust_desktop.store.outbox import Batch, Conflicted, Rejected
from bigcust_desktop.ui.qt import QMessageBox, QPushButton, QRadioButton, Qt
from bigcust_desktop.ui.sync_panel.page import SyncPanelPage


def _server_answer(ctx, record_id: str, answer) -> None:
    """The outbox's next batch sent, and `answer(op_id)` come back for the record's edit."""
    walk = ctx.store.outbox.walk()
    batch = walk.next_batch()
    (entry,) = [e for e in batch.entries if e.record_id == record_id]
    walk.settle(Batch(batch.system, (entry,)), [answer(entry.op_id)])


def _opportunity(ctx, stage: str) -> dict:
    with ctx.store.begin() as conn:
        record_id = conn.exec_driver_sql(
            "SELECT id FROM opportunity WHERE stage = ? AND sync_state = 'synced' LIMIT 1",
            (stage,),
        ).scalar()
        return edits.read_wire(conn, "opportunity", record_id)


def make_panel(qtbot, ctx) -> SyncPanelPage:
    panel = SyncPanelPage(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 700)
    with qtbot.waitSignal(panel.loaded, timeout=5000):  # read in the background once shown
        panel.show()
    return panel


def test_conflict_is_resolved_side_by_side(qtbot, write_ctx):
    ctx = write_ctx
    record = _opportunity(ctx, "proposal")
    with ctx.store.begin(write=True) as conn:
        edits.update_record(conn, "opportunity", record["id"], {"notes": "经理：客户要求下周报价"})
    theirs = {**record, "notes": "城市侧：已转交方案组", "version": record["version"] + 1}
    _server_answer(ctx, record["id"], lambda op_id: Conflicted(op_id, theirs))
    panel = make_panel(qtbot, ctx)
    assert panel.conflict_model.rowCount() == 1
    assert "Conflicts: 1" in panel.summary.text()
    panel.tabs.setCurrentIndex(2)
    panel.conflict_list.selectRow(0)
    mine = panel.findChild(QRadioButton, "mine_notes")
    assert mine.text() == "经理：客户要求下周报价"
    assert panel.findChild(QRadioButton, "theirs_notes").text() == "城市侧：已转交方案组"
    resolve = panel.findChild(QPushButton, "resolveConflict")
    assert not resolve.isEnabled()  # nothing chosen yet
    qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    assert resolve.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=5000):  # written, then the lists read again
        qtbot.mouseClick(resolve, Qt.MouseButton.LeftButton)
    assert panel.conflict_model.rowCount() == 0
    with ctx.store.begin() as conn:
        entry = conn.execute(
            select(OutboxEntry.__table__).where(OutboxEntry.record_id == record["id"])
        ).first()
        local = edits.read_wire(conn, "opportunity", record["id"])
    assert entry.state == "pending" and entry.fields == {"notes": "经理：客户要求下周报价"}
    assert local["notes"] == "经理：客户要求下周报价"
    assert panel.pending_model.rowCount() == 1


def test_refused_edit_shows_the_reason_and_can_be_discarded(qtbot, write_ctx):
    ctx = write_ctx
    record = _opportunity(ctx, "negotiation")
    with ctx.store.begin(write=True) as conn:
        edits.update_record(conn, "opportunity", record["id"], {"amount": "1.00"})
    errors = [{"field": "customer_id", "code": "not_visible", "message": "客户已转给其他经理"}]
    _server_answer(ctx, record["id"], lambda op_id: Rejected(op_id, errors))
    panel = make_panel(qtbot, ctx)
    assert panel.rejected_model.rowCount() == 1
    reason = panel.rejected_model.index(0, 3)
    # The reason by its code, in the user's language; the server's words in the tooltip (详情).
    assert "no longer in your book" in panel.rejected_model.data(reason)
    assert "客户已转给其他经理" in panel.rejected_model.data(reason, Qt.ItemDataRole.ToolTipRole)
    panel.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.findChild(QPushButton, "discardRejected"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "confirmDiscard") is not None)
    box = panel.findChild(QMessageBox, "confirmDiscard")
    with qtbot.waitSignal(panel.loaded, timeout=5000):  # discarded once confirmed
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    assert panel.rejected_model.rowCount() == 0
    with ctx.store.begin() as conn:
        local = edits.read_wire(conn, "opportunity", record["id"])
    assert local["amount"] == record["amount"]  # back to the server's value
