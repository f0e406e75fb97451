"""Segments and campaigns offline (store.segments, store.campaigns): a target list with the
fatigue rule, tasks, outcomes logged as contacts, the next round, the response; real files."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.vocab_city import RoundTarget, SuppressionReason, TaskOutcome
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.queries.book import Book

from . import records as rec
from .test_analytics_queries import NOW, book

CUSTOMERS = ["CUS-000001", "CUS-000002", "CUS-000003"]


def _fields(entity: str, **more):
    record = rec.sample(entity)
    record.update(more)
    return {k: v for k, v in record.items() if k not in ("id", "version", "updated_at")}


@pytest.fixture
def campaign(store):
    load_dataset(store, book())
    definition = {**rec.sample("segment")["definition"]}
    definition.update(industries=None, categories_not_held=None, customer_ids=CUSTOMERS)
    segment = store.segments.create(_fields("segment", definition=definition))
    made = store.campaigns.create(
        _fields("campaign", segment_id=segment["id"], topic="专线续约", product_id=None)
    )
    first = store.campaigns.add_round(
        _fields(
            "campaign_round",
            campaign_id=made["id"],
            position=1,
            name="第一轮 电话",
            channel="phone",
            target_rule="all",
            after_round_id=None,
            starts_on="2026-11-27",
            ends_on="2026-12-10",
        )
    )
    return store, made, first


def test_a_segment_evaluates_to_the_books_customers(campaign):
    store, made, _ = campaign
    members = store.segments.customers(made["segment_id"], Book(), now=NOW)
    assert members == CUSTOMERS
    assert store.segments.customers(made["segment_id"], Book(manager_id="U-0002"), now=NOW) == [
        "CUS-000002"
    ]
    only_finance = store.segments.evaluate({"industries": ["finance"]}, Book(), now=NOW)
    assert set(only_finance) <= set(CUSTOMERS)


def test_targets_keep_suppressed_customers_with_the_earlier_contact(campaign):
    store, made, _ = campaign
    targets = store.campaigns.targets(made["id"], Book(), at=NOW)
    assert [t.customer_id for t in targets.targets] == ["CUS-000001", "CUS-000003"]
    ((who, warning),) = targets.suppressed
    assert who.customer_id == "CUS-000002"  # heard of 专线续约 a week ago
    assert warning.reason == SuppressionReason.FATIGUE_TOPIC
    assert warning.earlier.activity_id == "ACT-000003"
    assert (warning.earlier.channel, warning.earlier.owner_id) == ("visit", "U-0001")
    assert "visit" in warning.note and "专线续约" in warning.note


def test_assign_log_outcomes_next_round_and_response(campaign):
    store, made, first = campaign
    targets = store.campaigns.targets(made["id"], Book(), at=NOW)
    tasks = store.campaigns.assign(first["id"], targets, now=NOW)
    by_customer = {t["customer_id"]: t for t in tasks}
    managers = {t.customer_id: t.manager_id for t in targets.targets}
    managers |= {t.customer_id: t.manager_id for t, _ in targets.suppressed}
    assert by_customer["CUS-000001"]["assignee_id"] == "U-0001"
    assert all(t["assignee_id"] == managers[t["customer_id"]] for t in tasks)  # their own
    suppressed = by_customer["CUS-000002"]
    assert (suppressed["state"], suppressed["suppression_reason"]) == (
        "suppressed",
        "fatigue_topic",
    )
    pending = {(e.entity, e.record_id) for e in store.outbox.pending()}
    assert {("campaign_task", t["id"]) for t in tasks} <= pending  # all go out with the sync

    mine = store.campaigns.open_tasks("U-0001")
    assert [t.customer_id for t in mine] == ["CUS-000001", "CUS-000003"]  # both his customers
    later = NOW + dt.timedelta(hours=2)
    done = store.campaigns.log_outcome(
        mine[0].id, TaskOutcome.NOT_REACHED, "U-0001", notes="无人接听", now=later
    )
    assert (done["state"], done["outcome"]) == ("done", "not_reached")
    activity = store.activities.get(done["activity_id"])
    assert activity is not None
    assert (activity["channel"], activity["outcome"], activity["topic"]) == (
        "phone",
        "no_answer",
        "专线续约",
    )
    assert activity["campaign_task_id"] == done["id"]

    assert store.campaigns.open_tasks("U-0002") == []
    opened = store.campaigns.log_outcome(
        mine[1].id, TaskOutcome.OPPORTUNITY_OPENED, "U-0001", now=later
    )
    opportunity = store.opportunities.get(opened["opportunity_id"])
    assert opportunity is not None and opportunity["customer_id"] == "CUS-000003"
    assert store.activities.get(opened["activity_id"])["opportunity_id"] == opportunity["id"]

    again = store.campaigns.next_targets(first["id"], RoundTarget.NOT_REACHED)
    assert [t.customer_id for t in again.targets] == ["CUS-000001"]

    (row,) = store.campaigns.response(Book(), [made["id"]])
    assert (row.targets, row.suppressed, row.open) == (2, 1, 0)
    assert (row.not_reached, row.opportunities, row.interested, row.declined) == (1, 1, 0, 0)
    assert row.acceptance == 1  # the one reached opened an opportunity


def test_the_fatigue_check_when_logging_or_planning_a_contact(campaign):
    store, _, _ = campaign
    warning = store.campaigns.check_contact("CUS-000002", "专线 续约", at=NOW)
    assert warning is not None and warning.earlier.activity_id == "ACT-000003"
    assert store.campaigns.check_contact("CUS-000002", "云主机", at=NOW) is None
    planned = NOW + dt.timedelta(days=40)  # beyond the 30-day window
    assert store.campaigns.check_contact("CUS-000002", "专线续约", at=planned) is None
