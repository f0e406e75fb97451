"""A decision others wait for is sent at once, in the background: a ticket move asks the window
for a push as soon as it is stored; the window runs it in the sync lane (or once more after the
sync that runs), says when it has landed, and says honestly when it could not be sent. The whole
way against the simulator: tests/ui/test_workday.py (the regional manager's approval)."""

from __future__ import annotations

from sqlalchemy import select
from uihelpers import type_text

from bigcust_desktop.store.models import FaultTicket
from bigcust_desktop.sync.engine import SyncReport
from bigcust_desktop.sync.errors import NetworkError
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.tickets.detail import TicketDetailDialog


def test_a_ticket_move_asks_for_a_push_at_once(qtbot, write_ctx):
    with write_ctx.store.begin() as conn:
        ticket_id = conn.execute(
            select(FaultTicket.id).where(
                FaultTicket.status == "new", FaultTicket.reported_by == "U-0002"
            )
        ).scalar()
    assert ticket_id is not None
    detail = TicketDetailDialog(write_ctx, ticket_id)
    qtbot.addWidget(detail)
    detail.show()
    type_text(qtbot, detail.note_edit, "误报，客户已恢复")
    with qtbot.waitSignal(write_ctx.push_requested, timeout=10000) as pushed:
        qtbot.mouseClick(detail.close_button, Qt.MouseButton.LeftButton)
    assert "Closed" in pushed.args[0]


def test_the_window_says_when_a_decision_lands_and_when_it_cannot(manager_window, monkeypatch):
    window = manager_window
    # No server set up in this profile: the decision waits, and the window says so.
    window.ctx.push_now("Approved: 集团专线报价")
    assert "sign in" in window.statusBar().currentMessage()
    # The sync lane itself is another test's; here a start only marks the sync as running.
    started = []

    def start(store) -> bool:
        started.append(store)
        window.sync.running = True
        return True

    monkeypatch.setattr(window.sync, "start", start)
    window.ctx.push_now("Approved: 集团专线报价")
    assert len(started) == 1 and window.sync.running
    # A second decision while that sync runs: one more sync follows, for it may have come late.
    window.ctx.push_now("Rejected: 宽带报价")
    assert len(started) == 1 and window.sync_flow.again
    window.sync.running = False
    window.sync.succeeded.emit(SyncReport())
    assert len(started) == 2
    window.sync.running = False
    window.sync.succeeded.emit(SyncReport())
    message = window.statusBar().currentMessage()
    assert message.startswith("Sent to the server") and "宽带报价" in message
    window.ctx.push_now("Rejected: 宽带报价")
    window.sync.running = False
    window.sync.failed.emit(NetworkError("crm connection failed: ConnectionError"))
    message = window.statusBar().currentMessage()
    assert message.startswith("Not sent yet") and "宽带报价" in message
