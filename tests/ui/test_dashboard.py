"""The dashboard (工作台) drawn from a real store: figures, click-through, refresh by notice."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bigcust_desktop.domain.stages import OPEN_STAGES
from bigcust_desktop.store.edits import create_record
from bigcust_desktop.store.models import Bill, Customer, FaultTicket, Opportunity
from bigcust_desktop.ui.dashboard.page import DashboardPage
from bigcust_desktop.ui.qt import QPointF, Qt

OPEN = [s.value for s in OPEN_STAGES]


@pytest.fixture
def dashboard(qtbot, ctx):
    return _build(qtbot, ctx)


def _build(qtbot, ctx) -> DashboardPage:
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()  # a page reads its figures when first shown
    qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
    return page


def test_pipeline_matches_the_open_opportunities_of_my_book(dashboard, small_store, zhangwei):
    mine = select(Customer.id).where(Customer.manager_id == zhangwei.id)
    with small_store.begin() as conn:
        counts = dict(
            conn.execute(
                select(Opportunity.stage, func.count())
                .where(Opportunity.customer_id.in_(mine), Opportunity.stage.in_(OPEN))
                .group_by(Opportunity.stage)
            ).all()
        )
    shown = {f.stage: f.count for f in dashboard.data.pipeline}
    assert shown == {stage: counts.get(stage, 0) for stage in shown}
    assert sum(shown.values()) > 0
    lead = dashboard.findChild(type(dashboard.refresh_button), "pipelineStage_lead")
    assert lead.text().endswith(str(counts["lead"]))
    assert str(sum(counts.values())) in dashboard.pipeline.caption.text()


def test_six_months_of_billing_oldest_first(dashboard):
    periods = [m.period for m in dashboard.data.months]
    assert len(periods) == 6 and periods == sorted(periods)
    today = dt.datetime.now(dt.UTC).date()
    assert periods[-1] < f"{today:%Y-%m}"
    assert all(m.paid <= m.billed for m in dashboard.data.months)


def test_open_tickets_and_breaches_per_severity(dashboard, small_store, zhangwei):
    mine = select(Customer.id).where(Customer.manager_id == zhangwei.id)
    now = dt.datetime.now(dt.UTC)
    with small_store.begin() as conn:
        rows = conn.execute(
            select(FaultTicket.due_at).where(
                FaultTicket.customer_id.in_(mine),
                FaultTicket.status.in_(["new", "accepted", "in_progress"]),
            )
        ).all()
    assert sum(f.open for f in dashboard.data.tickets) == len(rows)
    assert sum(f.breached for f in dashboard.data.tickets) == sum(1 for r in rows if r[0] < now)
    assert dashboard.data.tickets[0].severity == "critical"


def test_chip_click_navigates_to_filtered_list(qtbot, dashboard, ctx):
    button = dashboard.findChild(type(dashboard.refresh_button), "pipelineStage_proposal")
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["opportunities", {"stage": "proposal"}]

    severity = dashboard.findChild(type(dashboard.refresh_button), "ticketsSeverity_major")
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as blocker:
        severity.setFocus()
        qtbot.keyClick(severity, Qt.Key.Key_Space)
    assert blocker.args == ["tickets", {"severity": "major", "open": True}]

    with qtbot.waitSignal(ctx.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(dashboard.contacts.all_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["customers", {"not_contacted_days": 60}]


def _bar_position(view, series, x: float, y: float):
    chart = view.chart()
    return view.mapFromScene(chart.mapToScene(chart.mapToPosition(QPointF(x, y), series)))


def test_clicking_a_bar_of_the_chart_opens_that_stage(qtbot, dashboard, ctx):
    card = dashboard.pipeline
    series = card.chart.series()[0]
    negotiation = 3
    # Two sets side by side around each category: the weighted set is right of centre.
    value = float(card.weighted_set.at(negotiation)) / 2
    point = _bar_position(card.view, series, negotiation + 0.12, value)
    with qtbot.waitSignal(ctx.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(card.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["opportunities", {"stage": "negotiation"}]


def test_worklist_row_opens_the_customer(qtbot, dashboard, ctx):
    table = dashboard.contacts.table
    if dashboard.contacts.worklist.rowCount() == 0:
        pytest.skip("everyone was contacted recently in this dataset")
    first = dashboard.contacts.worklist.row_at(0)
    table.setFocus()
    table.setCurrentIndex(dashboard.contacts.worklist.index(0, 0))
    with qtbot.waitSignal(ctx.open_customer, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [first.id]
    not_contacted = dashboard.data.not_contacted
    assert str(not_contacted) in dashboard.contacts.caption.text()


def test_regional_manager_sees_the_team_book(qtbot, manager_ctx):
    page = _build(qtbot, manager_ctx)
    assert "team" in page.heading.text()
    assert page.data.customers > 150  # the team has two account managers of 150 customers


def test_refreshes_on_a_change_it_shows_and_not_on_others(qtbot, write_ctx, zhangwei):
    page = _build(qtbot, write_ctx)
    before = {f.stage: f.count for f in page.data.pipeline}
    with write_ctx.store.begin() as conn:
        customer = conn.execute(
            select(Customer.id).where(Customer.manager_id == zhangwei.id).limit(1)
        ).scalar()
    with write_ctx.store.begin(write=True) as conn:
        create_record(
            conn,
            "opportunity",
            {
                "customer_id": customer,
                "owner_id": zhangwei.id,
                "title": "云专线扩容",
                "stage": "lead",
                "product_category": "leased_line",
                "amount": "120000.00",
                "probability": 10,
                "expected_close": "2027-03-31",
                "lost_reason": None,
                "notes": None,
                "created_at": "2026-01-05T02:00:00Z",
            },
        )
    with qtbot.assertNotEmitted(page.loaded, wait=300):
        write_ctx.notify({"product"})
    with qtbot.waitSignal(page.loaded, timeout=10000):
        write_ctx.notify({"opportunity"})
    after = {f.stage: f.count for f in page.data.pipeline}
    assert after["lead"] == before["lead"] + 1
    assert after["qualified"] == before["qualified"]


@pytest.mark.parametrize(
    ("top", "whole", "ticks"),
    [
        (150_000.0, False, (0.0, 50_000.0, 100_000.0, 150_000.0)),
        (1.2, False, (0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2)),
        (120.0, True, (0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0)),
        (2.0, True, (0.0, 1.0, 2.0)),
    ],
)
def test_axis_ticks_fall_on_round_figures(top, whole, ticks):
    from bigcust_desktop.ui.widgets.charts import nice_max, round_ticks

    end = nice_max(top, whole=whole)
    count, _decimals = round_ticks(end, whole=whole)
    assert tuple(round(end * i / (count - 1), 6) for i in range(count)) == ticks


def test_months_end_at_the_last_billed_month_and_never_compare_an_unbilled_one(
    dashboard, small_store
):
    with small_store.begin() as conn:
        newest = conn.execute(select(func.max(Bill.period))).scalar()
    periods = [m.period for m in dashboard.data.months]
    assert periods[-1] == newest  # the data ends before today: its last bills are the newest
    assert all(m.billed > 0 for m in dashboard.data.months)
    assert "-100.0%" not in dashboard.revenue.caption.text()
    assert periods[-1] in dashboard.revenue.caption.text()


def test_the_360_bill_chart_ends_at_the_last_billed_month(qtbot, ctx, small_store, zhangwei):
    from bigcust_desktop.ui.customer360.page import Customer360Page

    with small_store.begin() as conn:
        newest = conn.execute(select(func.max(Bill.period))).scalar()
        customer_id = conn.execute(
            select(Bill.customer_id)
            .join(Customer, Customer.id == Bill.customer_id)
            .where(Customer.manager_id == zhangwei.id, Bill.period == newest)
        ).scalar()
    page = Customer360Page(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show_customer(customer_id)
    assert page.data.months[-1].period == newest
