"""The approvals queue on a real store (issues 11 and 12): a below-floor submission needs its
reason, the level of authority shown, nobody decides a quote of her own (a regional manager's
goes to the city manager), the approver sees the reason with the customer's arrears, value tier
and the quote's expiry, and the queue moves on to the next quote after a decision."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from uihelpers import WANGFANG, add_quote_line, make_context, type_text

from bigcust_desktop.domain.drafts.quotes import approval_decision
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.identity import Role, UserProfile
from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.models import User
from bigcust_desktop.ui.qt import QLabel, Qt
from bigcust_desktop.ui.quotes.approvals import ApprovalsPage
from bigcust_desktop.ui.quotes.editor import QuoteEditor

CUSTOMER = "CUS-000004"  # zhangwei's, in wangfang's team
LEVEL = 5  # the queue's approval-level column


def city_manager(store) -> UserProfile:
    """周红 (zhouhong), the seeded city manager of 杭州."""
    with store.begin() as conn:
        row = conn.execute(select(User).where(User.username == "zhouhong")).one()
        return UserProfile(row.id, row.username, row.name, Role(row.role), row.city, row.team_id)


def stored(store, quote_id: str) -> dict:
    with store.begin() as conn:
        return read_wire(conn, "quote", quote_id)


def submit_below_floor(qtbot, ctx, title: str, reason: str) -> str:
    """Make a quote 25 % off a ¥128 plan (6.25 points below its floor) and submit it."""
    editor = QuoteEditor(ctx, customer_id=CUSTOMER)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    type_text(qtbot, editor.title_edit, title)
    add_quote_line(qtbot, editor, "128元", "20", "25")
    type_text(qtbot, editor.header.reason_edit, reason)
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    return saved.args[0]


def open_queue(qtbot, ctx) -> ApprovalsPage:
    page = ApprovalsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    return page


def choose(qtbot, page: ApprovalsPage, quote_id: str) -> None:
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == quote_id)
    page.queue.selectRow(row)
    qtbot.waitUntil(lambda: (page.current or {}).get("id") == quote_id, timeout=10000)


def test_a_below_floor_submission_needs_a_reason_and_shows_its_level(qtbot, write_ctx):
    editor = QuoteEditor(write_ctx, customer_id=CUSTOMER)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    type_text(qtbot, editor.title_edit, "无理由的特价")
    add_quote_line(qtbot, editor, "128元", "20", "25")
    # ¥96.00 against a floor of ¥102.40: 6.25 points below, within a district's authority.
    assert editor.totals.approval_level.text() == "Approval level: District"
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert "approval_reason" in editor.errors.shown and editor.current is None
    assert editor.findChild(QLabel, "approval_reasonError").isVisible()
    # Deeper: 40 % off is 25 points below the floor (city); 50 % off goes to the province.
    editor.lines_model.setData(editor.lines_model.index(0, 4), "50")
    assert editor.totals.approval_level.text() == "Approval level: Province"
    type_text(qtbot, editor.header.reason_edit, "竞争对手报价更低")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    record = stored(write_ctx.store, saved.args[0])
    assert record["status"] == "pending_approval"
    assert record["approval_reason"] == "竞争对手报价更低"


def test_a_regional_managers_own_quote_goes_to_the_city_manager(qtbot, write_ctx):
    own = make_context(write_ctx.store, WANGFANG)
    quote_id = submit_below_floor(qtbot, own, "区域经理自己的特价", "年度框架续约")
    assert stored(write_ctx.store, quote_id)["owner_id"] == WANGFANG.id
    mine = open_queue(qtbot, own)
    assert quote_id not in {r.id for r in mine.model.rows()}
    assert "city manager" in mine.intro.text()
    # Nor can she decide it by any other way.
    with pytest.raises(ValidationErrors) as refused:
        approval_decision(stored(write_ctx.store, quote_id), approve=True, approver=WANGFANG,
                          note="同意")  # fmt: skip
    assert refused.value.errors[0].code == "quote.approval_forbidden"

    boss = make_context(write_ctx.store, city_manager(write_ctx.store))
    queue = open_queue(qtbot, boss)
    at = next(i for i, r in enumerate(queue.model.rows()) if r.id == quote_id)
    assert queue.model.data(queue.model.index(at, LEVEL)) == "District"
    choose(qtbot, queue, quote_id)
    assert queue.approve_button.isEnabled()
    with qtbot.waitSignal(queue.loaded, timeout=10000):
        qtbot.mouseClick(queue.approve_button, Qt.MouseButton.LeftButton)
    record = stored(write_ctx.store, quote_id)
    assert record["status"] == "approved" and record["approved_by"] == boss.user.id
    for context in (own, boss):
        context.tasks.wait()


def test_the_approver_sees_the_reason_arrears_tier_and_expiry(qtbot, write_ctx):
    quote_id = submit_below_floor(qtbot, write_ctx, "带理由的特价", "战略客户，三年续约")
    manager = make_context(write_ctx.store, WANGFANG)
    page = open_queue(qtbot, manager)
    choose(qtbot, page, quote_id)
    qtbot.waitUntil(lambda: "战略客户" in page.facts.text(), timeout=10000)
    facts = page.facts.text()
    record = stored(write_ctx.store, quote_id)
    assert "Reason for approval: 战略客户，三年续约" in facts
    assert "Approval level: District" in facts
    assert "Customer's arrears:" in facts and "Value tier:" in facts
    assert f"Valid until: {record['valid_until']}" in facts
    manager.tasks.wait()


def test_the_queue_moves_on_to_the_next_quote_after_a_decision(qtbot, write_ctx):
    for n in range(3):
        submit_below_floor(qtbot, write_ctx, f"排队的特价 {n}", "批量续约")
    manager = make_context(write_ctx.store, WANGFANG)
    page = open_queue(qtbot, manager)
    ids = [r.id for r in page.model.rows()]
    assert len(ids) >= 3
    choose(qtbot, page, ids[1])
    type_text(qtbot, page.note_edit, "同意")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in page.model.rows()] == [ids[0], *ids[2:]]
    # The one after the decided quote is chosen, not the top of the queue.
    assert page.queue.currentIndex().row() == 1
    qtbot.waitUntil(lambda: (page.current or {}).get("id") == ids[2], timeout=10000)
    manager.tasks.wait()
