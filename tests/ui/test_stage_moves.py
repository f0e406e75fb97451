"""Stage moves a new user makes on the board: a lead cannot be dropped on 赢单, a closing move asks
for what it needs and shows the amount, a move is undone while it is unsent (its outbox entry
removed), a refused drop says why, and the board or table view is remembered per user."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint
from sqlalchemy import func, select
from uihelpers import WANGFANG, make_context, type_text

from bigcust_desktop.domain.stages import can_move, refusal
from bigcust_desktop.store.models import OutboxEntry
from bigcust_desktop.store.outbox.decide import AlreadySent
from bigcust_desktop.store.outbox.entries import EntryState, set_state
from bigcust_desktop.store.wire import read_wire
from bigcust_desktop.ui.labels import money_text
from bigcust_desktop.ui.opportunities.close_dialog import CloseDealDialog
from bigcust_desktop.ui.opportunities.page import OpportunitiesPage
from bigcust_desktop.ui.qt import QDragMoveEvent, Qt


def open_board(qtbot, ctx) -> OpportunitiesPage:
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    if not page.board_button.isChecked():
        with qtbot.waitSignal(page.loaded, timeout=10000):
            qtbot.mouseClick(page.board_button, Qt.MouseButton.LeftButton)
    return page


def outbox_size(store) -> int:
    with store.begin() as conn:
        return conn.execute(select(func.count()).select_from(OutboxEntry)).scalar()


def stored(store, opportunity_id: str) -> dict:
    with store.begin() as conn:
        return read_wire(conn, "opportunity", opportunity_id)


def drop(page: OpportunitiesPage, frm: str, to: str):
    source = page.board.columns[frm]
    index = source.model.index(0)
    card = source.model.card(0)
    data = source.model.mimeData([index])
    target = page.board.columns[to].model
    allowed = target.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    if allowed:
        target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    return card, allowed


def test_a_lead_cannot_jump_to_won_on_board_table_dialog_or_server_rule(qtbot, ctx):
    assert not can_move("lead", "won") and not can_move("qualified", "won")
    assert can_move("proposal", "won") and can_move("negotiation", "won")
    assert refusal("lead", "won") == "stage.won_needs_offer"
    page = open_board(qtbot, ctx)
    _card, allowed = drop(page, "lead", "won")
    assert not allowed


def test_a_refused_drop_says_why(qtbot, ctx):
    page = open_board(qtbot, ctx)
    source = page.board.columns["lead"]
    data = source.model.mimeData([source.model.index(0)])
    view = page.board.columns["won"].view
    event = QDragMoveEvent(
        QPoint(20, 20),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dragMoveEvent(event)
    assert not event.isAccepted()
    text = page.message.text()
    assert "proposal or negotiation" in text and page.message.isVisible()


def test_a_drop_on_won_asks_the_signing_date_shows_the_amount_and_can_be_undone(qtbot, write_ctx):
    store = write_ctx.store
    page = open_board(qtbot, write_ctx)
    before = outbox_size(store)
    card, allowed = drop(page, "negotiation", "won")
    assert allowed
    dialog = page.findChild(CloseDealDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.amount_label.text() == money_text(card.amount)
    assert stored(store, card.id)["stage"] == "negotiation"  # nothing stored yet
    signed = dt.date.today() - dt.timedelta(days=2)
    dialog.signed_edit.clear()
    type_text(qtbot, dialog.signed_edit, signed.isoformat())
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    record = stored(store, card.id)
    assert record["stage"] == "won" and record["expected_close"] == signed.isoformat()
    assert outbox_size(store) == before + 1
    assert page.undo_button.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    record = stored(store, card.id)
    assert record["stage"] == "negotiation" and record["expected_close"] != signed.isoformat()
    assert outbox_size(store) == before  # the entry is gone, nothing goes to the server
    assert page.board.columns["negotiation"].model.row_of(card.id) >= 0
    assert not page.undo_button.isVisible()


def test_a_won_date_in_the_future_is_refused_in_the_dialog(qtbot, write_ctx):
    page = open_board(qtbot, write_ctx)
    card, _ = drop(page, "proposal", "won")
    dialog = page.findChild(CloseDealDialog)
    dialog.signed_edit.clear()
    type_text(qtbot, dialog.signed_edit, (dt.date.today() + dt.timedelta(days=30)).isoformat())
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.has_errors()
    assert stored(write_ctx.store, card.id)["stage"] == "proposal"


def test_a_drop_on_lost_asks_the_reason_in_the_close_dialog(qtbot, write_ctx):
    page = open_board(qtbot, write_ctx)
    card, _ = drop(page, "qualified", "lost")
    dialog = page.findChild(CloseDealDialog)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.errors.has_errors()  # no reason, no move
    type_text(qtbot, dialog.reason_edit, "预算取消")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    record = stored(write_ctx.store, card.id)
    assert record["stage"] == "lost" and record["lost_reason"] == "预算取消"


def test_a_move_the_push_has_taken_cannot_be_undone(qtbot, write_ctx):
    store = write_ctx.store
    page = open_board(qtbot, write_ctx)
    card, _ = drop(page, "lead", "qualified")
    qtbot.waitUntil(lambda: page.undo_button.isVisible(), timeout=10000)
    move = page._last_move
    assert move is not None and move.seq is not None
    with store.begin(write=True) as conn:
        set_state(conn, move.seq, EntryState.SENDING)
    with pytest.raises(AlreadySent):
        store.opportunities.undo_move(move)
    assert stored(store, card.id)["stage"] == "qualified"


def test_the_board_or_table_is_remembered_per_user(qtbot, write_ctx):
    page = open_board(qtbot, write_ctx)  # zhangwei chose the board
    page.close()
    again = OpportunitiesPage(write_ctx)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=10000):
        again.show()
    assert again.board_button.isChecked()
    other = make_context(write_ctx.store, WANGFANG)
    theirs = OpportunitiesPage(other)
    qtbot.addWidget(theirs)
    with qtbot.waitSignal(theirs.loaded, timeout=10000):
        theirs.show()
    assert theirs.table_button.isChecked()
    other.tasks.wait()


def test_the_dialog_offers_the_same_moves_and_asks_the_signing_date_for_won(qtbot, write_ctx):
    from sqlalchemy import select as sql_select

    from bigcust_desktop.store.models import Opportunity
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

    with write_ctx.store.begin() as conn:
        lead, negotiation = (
            conn.execute(
                sql_select(Opportunity.id).where(Opportunity.stage == stage).limit(1)
            ).scalar()
            for stage in ("lead", "negotiation")
        )
    dialog = OpportunityDialog(write_ctx, opportunity_id=lead)
    qtbot.addWidget(dialog)
    codes = [dialog.stage_combo.itemData(i) for i in range(dialog.stage_combo.count())]
    assert "won" not in codes and "qualified" in codes  # the board's rule, in the dialog
    dialog = OpportunityDialog(write_ctx, opportunity_id=negotiation)
    qtbot.addWidget(dialog)
    dialog.close_edit.set_value(dt.date.today() + dt.timedelta(days=60))
    dialog.stage_combo.set_code("won")
    assert "Signing" in dialog.close_label.text()
    assert dialog.close_edit.value() <= dt.date.today() + dt.timedelta(days=1)
