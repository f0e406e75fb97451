"""The 营销活动 page offline on a store of its own (the small dataset's seeded campaign): a
follow-up round takes those the earlier round did not reach, targets change hands before
assignment, a task becomes a to-do once, and the empty states say what to do."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from uihelpers import WANGFANG, ZHANGWEI, make_context, type_text

from bigcust_desktop.domain.vocab_city import RoundTarget
from bigcust_desktop.store.models import CampaignTask, Todo
from bigcust_desktop.ui.campaigns.page import CampaignsPage
from bigcust_desktop.ui.qt import QComboBox, QLabel, Qt

WAIT = 20_000


@pytest.fixture
def manager(qapp, module_store) -> Iterator:
    context = make_context(module_store, WANGFANG)
    yield context
    context.tasks.wait()


def _page(qtbot, ctx) -> CampaignsPage:
    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    tab = page.plan or page.tasks
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        page.show()
    return page


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_follow_up_round_targets_those_the_earlier_round_did_not_reach(qtbot, manager):
    page = _page(qtbot, manager)
    plan = page.plan
    seeded = next(c for c in plan.campaigns.rows() if c.rounds == 2)
    plan.select_campaign(seeded.id)
    first, second = plan.rounds.rows()
    assert (second.target_rule, second.after_round_id) == ("not_reached", first.id)
    plan.select_round(second.id)
    with qtbot.waitSignal(plan.targets_loaded, timeout=WAIT):
        _click(qtbot, plan.build_button)
    expected = manager.store.campaigns.next_targets(first.id, RoundTarget.NOT_REACHED)
    shown = {r.customer_id for r in plan.targets.rows()}
    assert shown == {t.customer_id for t in expected.targets} and shown
    assert not plan.assign_button.isEnabled()  # the seeded round is assigned already
    assert "%1" not in plan.target_summary.text()

    # Follow up the first round: the form opens on those it did not reach, by phone.
    plan.select_round(first.id)
    dialog = plan.add_round(follow=True)
    assert (dialog.rule.code(), dialog.after.current_id(), dialog.channel.code()) == (
        "not_reached", first.id, "phone"
    )  # fmt: skip
    assert dialog.position == 3
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        _click(qtbot, dialog.save_button)
    third = plan.round()
    assert third.position == 3 and third.after_round_id == first.id and third.tasks == 0


def test_targets_change_hands_before_the_round_is_assigned(qtbot, manager):
    store = manager.store
    page = _page(qtbot, manager)
    plan = page.plan
    dialog = plan.new_campaign()
    type_text(qtbot, dialog.name_edit, "企业宽带提速")
    type_text(qtbot, dialog.topic_edit, "宽带提速")
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        _click(qtbot, dialog.save_button)
    rounds = plan.add_round()
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        _click(qtbot, rounds.save_button)
    with qtbot.waitSignal(plan.targets_loaded, timeout=WAIT):
        _click(qtbot, plan.build_button)
    rows = plan.targets.rows()
    assert len(rows) >= 2
    names = dict(store.staff.choices(WANGFANG.team_id))
    # Each target goes to its own manager, named in the assignee column; there is nothing to
    # reassign (another manager's book does not hold the customer).
    assert plan.targets.data(plan.targets.index(0, 2)) == names[rows[0].manager_id]
    assert plan.findChild(QComboBox, "assigneeCombo") is None
    with qtbot.waitSignal(plan.assigned, timeout=WAIT):
        _click(qtbot, plan.assign_button)
    with store.begin() as conn:
        assigned = dict(
            conn.execute(
                select(CampaignTask.customer_id, CampaignTask.assignee_id).where(
                    CampaignTask.round_id == plan.round().id
                )
            ).all()
        )
    assert all(assigned[r.customer_id] == r.manager_id for r in rows)
    qtbot.waitUntil(lambda: not plan.assign_button.isEnabled(), timeout=WAIT)  # assigned once


def test_without_a_saved_segment_the_form_says_where_segments_are_made(qtbot, module_store):
    lonely = dataclasses.replace(WANGFANG, id="U-9999", team_id="T-NONE")
    ctx = make_context(module_store, lonely)
    try:
        page = _page(qtbot, ctx)
        plan = page.plan
        assert "No campaigns yet" in plan.summary.text()
        dialog = plan.new_campaign()
        assert dialog.no_segment.isVisibleTo(dialog) and not dialog.segment.isEnabled()
        type_text(qtbot, dialog.name_edit, "试点")
        type_text(qtbot, dialog.topic_edit, "试点")
        _click(qtbot, dialog.save_button)
        error = dialog.findChild(QLabel, "segment_idError")
        assert error is not None and error.isVisibleTo(dialog) and error.text()
        assert dialog.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        ctx.tasks.wait()


def test_a_task_becomes_a_to_do_once_and_a_manager_sees_only_his_tasks(qtbot, module_store):
    ctx = make_context(module_store, ZHANGWEI)
    try:
        page = _page(qtbot, ctx)
        assert page.plan is None and page.tabs.count() == 1
        tasks = page.tasks
        rows = tasks.model.rows()
        assert rows and all(t.assignee_id == ZHANGWEI.id for t in rows)
        task = rows[0]
        tasks.select_task(task.id)
        _click(qtbot, tasks.todo_button)
        qtbot.waitUntil(lambda: tasks.message.text() != "", timeout=WAIT)
        first = tasks.message.text()
        _click(qtbot, tasks.todo_button)
        qtbot.waitUntil(lambda: tasks.message.text() != first, timeout=WAIT)
        with module_store.begin() as conn:
            made = conn.execute(
                select(Todo.kind, Todo.title, Todo.starts_at).where(Todo.source_id == task.id)
            ).all()
        assert len(made) == 1
        kind, title, starts = made[0]
        assert kind == ("call" if task.channel == "phone" else kind)
        assert task.campaign_name in title and (starts is not None or kind == "task")
    finally:
        ctx.tasks.wait()

    nobody = make_context(module_store, dataclasses.replace(ZHANGWEI, id="U-9998"))
    try:
        other = _page(qtbot, nobody)
        empty = other.tasks
        assert empty.model.rowCount() == 0
        assert "No open campaign tasks" in empty.summary.text()
        assert not empty.outcome_buttons[next(iter(empty.outcome_buttons))].isEnabled()
    finally:
        nobody.tasks.wait()
