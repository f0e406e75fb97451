"""The campaign flow of issue 15 on real screens against the simulator over loopback: 王芳 builds a
campaign from a saved segment, sees the suppressed customer with the reason (the earlier contact,
its channel, who made it), assigns the round and syncs; 张伟, offline, sees his tasks and logs
outcomes (one opens a prefilled opportunity), then syncs; 王芳 syncs, and the response on screen
and in the exported report shows them."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sync.laptop import Laptop
from uihelpers import make_context, type_text

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.domain.vocab_city import TaskOutcome
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.campaigns.page import CampaignsPage
from bigcust_desktop.ui.qt import Qt
from bigcust_sim.launcher import SimulatorProcess

WAIT = 30_000
TOPIC = "云专线提速"
NAME = "云专线提速季"


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    data = tmp_path_factory.mktemp("ui-campaigns") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


def _laptop(server, root: Path, username: str) -> Laptop:
    machine = Laptop(root / username, server.base_url, username)
    machine.login()
    machine.sync()
    return machine


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_plan_assign_log_offline_and_see_the_response(qtbot, server, tmp_path):
    wf = _laptop(server, tmp_path, "wangfang")
    zw = _laptop(server, tmp_path, "zhangwei")
    try:
        _run(qtbot, wf, zw, tmp_path)
    finally:
        wf.close()
        zw.close()


def _run(qtbot, wf: Laptop, zw: Laptop, tmp_path: Path) -> None:
    wangfang, zhangwei = wf.store.meta.user(), zw.store.meta.user()
    segment_id, segment_name = wf.store.campaigns.segment_choices(wangfang.id, wangfang.team_id)[0]
    members = wf.store.segments.customers(segment_id, Book.of(wangfang))
    # 张伟 called one of the segment's customers about the topic three days ago.
    heard = zw.store.segments.customers(segment_id, Book.of(zhangwei))[0]
    at = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=3)
    zw.store.activities.create(
        new_activity(customer_id=heard, owner_id=zhangwei.id, channel="phone", topic=TOPIC,
                     outcome="positive", occurred_at=at, now=at)
    )  # fmt: skip
    zw.sync()
    wf.sync()

    # -- 王芳 plans: campaign from the segment, an SMS round, its target list -------------------
    ctx = make_context(wf.store, wangfang)
    page = CampaignsPage(ctx)
    qtbot.addWidget(page)
    plan = page.plan
    assert plan is not None and page.response is not None
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        page.show()
    dialog = plan.new_campaign()
    assert dialog.segment.count() >= 1 and not dialog.no_segment.isVisible()
    type_text(qtbot, dialog.name_edit, NAME)
    type_text(qtbot, dialog.topic_edit, TOPIC)
    dialog.segment.set_current_id(segment_id)
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        _click(qtbot, dialog.save_button)
    assert plan.campaign().name == NAME and plan.campaign().segment_name == segment_name
    rounds = plan.add_round()
    assert rounds.channel.code() == "sms"
    with qtbot.waitSignal(plan.loaded, timeout=WAIT):
        _click(qtbot, rounds.save_button)
    first = plan.round()
    assert first is not None and first.channel == "sms"
    with qtbot.waitSignal(plan.targets_loaded, timeout=WAIT):
        _click(qtbot, plan.build_button)
    rows = plan.targets.rows()
    assert {r.customer_id for r in rows} == set(members)
    (left_out,) = [r for r in rows if r.warning is not None]
    assert left_out.customer_id == heard
    why = plan.targets.data(plan.targets.index(rows.index(left_out), 3))
    assert "张伟" in why and TOPIC in why and "Phone" in why
    with qtbot.waitSignal(plan.assigned, timeout=WAIT) as made:
        _click(qtbot, plan.assign_button)
    assert made.args == [len(members)]
    ctx.tasks.wait()
    wf.sync()

    # -- 张伟, offline after one sync: his tasks, outcomes logged -------------------------------
    zw.sync()
    zctx = make_context(zw.store, zhangwei)
    zpage = CampaignsPage(zctx)
    qtbot.addWidget(zpage)
    assert zpage.plan is None and zpage.tabs.count() == 1
    tasks = zpage.tasks
    with qtbot.waitSignal(tasks.loaded, timeout=WAIT):
        zpage.show()
    ours = [t for t in tasks.model.rows() if t.campaign_name == NAME]
    expected = [c for c in members if c != heard]
    assert {t.customer_id for t in ours} == set(
        zw.store.segments.customers(segment_id, Book.of(zhangwei))
    ) - {heard}
    assert len(ours) >= 3, "the small profile gives 张伟 at least three of the segment's customers"
    answers = [TaskOutcome.INTERESTED, TaskOutcome.DECLINED, TaskOutcome.OPPORTUNITY_OPENED]
    for task, outcome in zip(ours, answers, strict=False):
        assert tasks.select_task(task.id)
        if outcome == TaskOutcome.OPPORTUNITY_OPENED:
            _click(qtbot, tasks.outcome_buttons[outcome])
            opp = tasks.dialog
            assert opp is not None and opp.title_edit.text() == f"{NAME}：{TOPIC}"
            type_text(qtbot, opp.amount_edit, "48000")
            with qtbot.waitSignal(tasks.loaded, timeout=WAIT):
                _click(qtbot, opp.save_button)
        else:
            with qtbot.waitSignal(tasks.loaded, timeout=WAIT):
                _click(qtbot, tasks.outcome_buttons[outcome])
    assert not any(t.campaign_name == NAME and t.id in {o.id for o in ours[:3]}
                   for t in tasks.model.rows())  # fmt: skip
    zctx.tasks.wait()
    pushed = zw.sync().push  # three tasks closed, three contacts, one opportunity
    assert (pushed.sent, pushed.applied, pushed.rejected, pushed.conflicts) == (7, 7, 0, 0)

    # -- 王芳 syncs: the response on screen and in the exported report --------------------------
    wf.sync()
    response = page.response
    page.tabs.setCurrentWidget(response)
    with qtbot.waitSignal(response.loaded, timeout=WAIT):
        response.loader.refresh()
    (row,) = [r for r in response.model.rows() if r.round_id == first.id]
    assert (row.targets, row.suppressed) == (len(expected), 1)
    assert (row.interested, row.declined, row.opportunities) == (1, 1, 1)
    assert row.reached == 3
    shown = [response.model.data(response.model.index(response.model.rows().index(row), c))
             for c in range(response.model.columnCount())]  # fmt: skip
    assert shown[0] == NAME and shown[-1] == "66.67%"
    out = tmp_path / "response.xlsx"
    with qtbot.waitSignal(response.exported, timeout=WAIT):
        response.export_to(str(out))
    sheet = openpyxl.load_workbook(out, read_only=True)
    found = [
        row
        for ws in sheet.worksheets
        for row in ws.iter_rows(values_only=True)
        if row and NAME in row
    ]
    assert len(found) == 1, "the campaign's round is in the exported report"
    # 目标客户, 免打扰, 待执行, 有意向, 拒绝, 未接通, 已转商机 as on screen.
    targets = len(expected)
    assert found[0][3:10] == (targets, 1, targets - 3, 1, 1, 0, 1)
    ctx.tasks.wait()
