"""What the campaign screens read (store.campaigns.listed/rounds/segment_choices) and an
outcome logged with the user's own opportunity draft; real database files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bigcust_desktop.domain.drafts.opportunities import new_opportunity
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.vocab_city import TaskOutcome
from bigcust_desktop.store.queries.book import Book

from .test_analytics_queries import NOW
from .test_campaign_services import _fields, campaign  # noqa: F401 (the fixture)


def test_a_teams_campaigns_with_their_rounds_and_tasks(campaign):  # noqa: F811
    store, made, first = campaign
    (row,) = store.campaigns.listed(made["team_id"])
    assert (row.id, row.rounds, row.segment_id) == (made["id"], 1, made["segment_id"])
    assert row.segment_name == store.segments.get(made["segment_id"])["name"]
    assert store.campaigns.listed("T-NOBODY") == []
    (before,) = store.campaigns.rounds(made["id"])
    assert (before.id, before.tasks) == (first["id"], 0)
    store.campaigns.assign(first["id"], store.campaigns.targets(made["id"], Book(), at=NOW))
    (after,) = store.campaigns.rounds(made["id"])
    assert after.tasks == 3  # two targets and one suppressed


def test_segment_choices_are_the_users_own_and_the_teams_shared(campaign):  # noqa: F811
    store, made, _ = campaign
    segment = store.segments.get(made["segment_id"])
    mine = store.campaigns.segment_choices(segment["owner_id"], segment["team_id"])
    assert (segment["id"], segment["name"]) in mine
    others = store.campaigns.segment_choices("U-9999", "T-OTHER")
    assert segment["id"] not in {sid for sid, _ in others}


def test_an_outcome_opens_the_users_drafted_opportunity(campaign):  # noqa: F811
    store, made, first = campaign
    store.campaigns.assign(first["id"], store.campaigns.targets(made["id"], Book(), at=NOW))
    task = store.campaigns.open_tasks("U-0001")[0]
    later = NOW + dt.timedelta(hours=1)

    def draft(customer_id: str) -> dict:
        return new_opportunity(
            customer_id=customer_id, owner_id="U-0001", title="专线续约：三年期",
            product_category="leased_line", amount=Decimal("36000"),
            expected_close=dt.date(2027, 2, 1), now=later,
        )  # fmt: skip

    with pytest.raises(ValidationError) as refused:
        store.campaigns.log_outcome(
            task.id, TaskOutcome.OPPORTUNITY_OPENED, "U-0001",
            opportunity=draft("CUS-000002"), now=later,
        )  # fmt: skip
    assert refused.value.code == "campaign_task.customer"
    done = store.campaigns.log_outcome(
        task.id, TaskOutcome.OPPORTUNITY_OPENED, "U-0001",
        opportunity=draft(task.customer_id), now=later,
    )  # fmt: skip
    opportunity = store.opportunities.get(done["opportunity_id"])
    assert (opportunity["title"], Decimal(opportunity["amount"])) == ("专线续约：三年期", 36000)
