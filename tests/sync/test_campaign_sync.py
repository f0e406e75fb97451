"""A campaign across the wire: the regional manager builds it from a segment and assigns it, the
account manager logs outcomes offline, the regional manager's response shows them after sync;
and an export's audit event reaching the server (issue 12)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bigcust_desktop.domain.vocab_city import TaskOutcome
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.queries.book import Book

from .laptop import Laptop


def _fields(**values):
    return {k: v for k, v in values.items()}


def _plan_campaign(regional: Laptop, customers: list[str]) -> tuple[str, str]:
    user = regional.store.meta.user()
    assert user is not None and user.role == "regional_manager"
    now = dt.datetime.now(dt.UTC)
    today = now.date()
    segment = regional.store.segments.create(
        _fields(
            name="专线客户回访",
            description=None,
            owner_id=user.id,
            team_id=user.team_id,
            visibility="team",
            definition={"customer_ids": customers},
            created_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    )
    campaign = regional.store.campaigns.create(
        _fields(
            name="冬季专线回访",
            topic="冬季专线回访（测试）",
            product_id=None,
            product_category="leased_line",
            description=None,
            status="active",
            starts_on=today.isoformat(),
            ends_on=(today + dt.timedelta(days=30)).isoformat(),
            team_id=user.team_id,
            owner_id=user.id,
            segment_id=segment["id"],
            target_definition=None,
            created_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    )
    first = regional.store.campaigns.add_round(
        _fields(
            campaign_id=campaign["id"],
            team_id=user.team_id,
            position=1,
            name="第一轮 电话",
            channel="phone",
            target_rule="all",
            after_round_id=None,
            starts_on=today.isoformat(),
            ends_on=(today + dt.timedelta(days=14)).isoformat(),
            script=None,
            status="running",
        )
    )
    targets = regional.store.campaigns.targets(campaign["id"], Book.of(user))
    assert [t.customer_id for t in targets.targets] == customers and not targets.suppressed
    regional.store.campaigns.assign(first["id"], targets)
    return campaign["id"], first["id"]


def test_a_campaign_planned_worked_offline_and_answered(laptop_factory) -> None:
    regional = laptop_factory("wangfang")
    regional.sync()
    manager_id = "U-0002"
    customers = regional.read(
        lambda conn: list(
            conn.execute(
                select(Customer.id)
                .where(Customer.manager_id == manager_id)
                .order_by(Customer.id)
                .limit(3)
            ).scalars()
        )
    )
    campaign_id, round_id = _plan_campaign(regional, customers)
    pushed = regional.sync().summary()
    assert pushed["rejected"] == 0 and pushed["conflicts"] == 0 and pushed["pushed"] >= 6
    assert {e["state"] for e in regional.outbox()} == {"applied"}

    manager = laptop_factory("zhangwei")
    manager.sync()
    tasks = manager.store.campaigns.open_tasks(manager_id)
    mine = [t for t in tasks if t.campaign_id == campaign_id]
    assert sorted(t.customer_id for t in mine) == customers
    outcomes = (TaskOutcome.NOT_REACHED, TaskOutcome.INTERESTED, TaskOutcome.OPPORTUNITY_OPENED)
    for task, outcome in zip(sorted(mine, key=lambda t: t.customer_id), outcomes, strict=True):
        manager.store.campaigns.log_outcome(task.id, outcome, manager_id, notes="测试")
    sent = manager.sync().summary()
    assert sent["rejected"] == 0 and sent["conflicts"] == 0

    regional.sync()
    (row,) = regional.store.campaigns.response(Book(), [campaign_id])
    assert row.round_id == round_id
    assert (row.targets, row.open, row.not_reached, row.interested, row.opportunities) == (
        3,
        0,
        1,
        1,
        1,
    )


def test_an_export_reaches_the_regional_managers_audit_trail(laptop_factory, server, tmp_path):
    from bigcust_desktop.reports import ReportFilters, export

    manager = laptop_factory("zhangwei")
    manager.sync()
    user = manager.store.meta.user()
    result = export(manager.store, ["arrears"], ReportFilters(), user, tmp_path / "a.xlsx")
    events = [e for e in manager.outbox() if e["entity"] == "audit_event"]
    assert len(events) == 1  # queued with the export, in its transaction
    manager.sync()
    assert [e["state"] for e in manager.outbox() if e["entity"] == "audit_event"] == ["applied"]

    seen = server.admin("GET", f"/audit-events?team_id={user.team_id}")
    mine = [e for e in seen if e["user_id"] == user.id and e["report"] == "arrears"]
    assert mine, seen[:3]  # the province's view
    assert mine[0]["row_count"] == result.total_rows
    assert mine[0]["file_name"] == "a.xlsx" and mine[0]["team_id"] == user.team_id
    regional = laptop_factory("wangfang")
    regional.sync()
    assert mine[0]["id"] in regional.ids("audit_event")  # and the regional manager's


def test_a_segment_saved_on_screen_reaches_the_team_with_its_conditions(laptop_factory) -> None:
    """A segment as the segments tab saves it (every condition, `under_valued` among them) is
    accepted by the city CRM and comes back to a teammate's laptop shared, as saved."""
    from bigcust_desktop.domain.drafts.segments import new_segment

    regional = laptop_factory("wangfang")
    regional.sync()
    user = regional.store.meta.user()
    conditions = {"industries": ["finance"], "under_valued": True, "monthly_spend_min": "500.00"}
    saved = regional.store.segments.create(
        new_segment(name="金融被低估客户", owner=user, conditions=conditions,
                    now=dt.datetime.now(dt.UTC), visibility="team")
    )  # fmt: skip
    pushed = regional.sync().summary()
    assert pushed["rejected"] == 0 and pushed["conflicts"] == 0

    manager = laptop_factory("zhangwei")
    manager.sync()
    seen = next(s for s in manager.store.segments.saved() if s.id == saved["id"])
    assert seen.visibility == "team" and seen.owner_name
    assert {k: v for k, v in seen.definition.items() if v is not None} == {
        "industries": ["finance"], "under_valued": True, "monthly_spend_min": "500.00",
    }  # fmt: skip
