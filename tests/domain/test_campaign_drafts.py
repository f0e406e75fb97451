"""A campaign and its rounds as a regional manager plans them (domain.drafts.campaigns): the
wire fields, and every bad field named at once."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.drafts.campaigns import new_campaign, new_round
from bigcust_desktop.domain.errors import ValidationErrors

NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)


def _campaign(**more):
    fields = dict(
        name="专线续约季",
        topic="专线续约",
        segment_id="SEG-000001",
        owner_id="U-0001",
        team_id="T-HZ-1",
        starts_on=dt.date(2026, 12, 1),
        ends_on=dt.date(2026, 12, 31),
        now=NOW,
    )
    fields.update(more)
    return new_campaign(**fields)


def test_a_campaign_is_active_on_its_segment():
    made = _campaign(name="  专线续约季 ")
    assert (made["name"], made["status"]) == ("专线续约季", "active")
    assert made["segment_id"] == "SEG-000001"
    assert (made["starts_on"], made["ends_on"]) == ("2026-12-01", "2026-12-31")


def test_a_campaign_names_every_bad_field_at_once():
    with pytest.raises(ValidationErrors) as caught:
        _campaign(name=" ", topic="", segment_id=None, ends_on=dt.date(2026, 11, 1))
    codes = {(e.field, e.code) for e in caught.value.errors}
    assert ("segment_id", "campaign.segment_required") in codes
    assert ("name", "field.blank") in codes and ("topic", "field.blank") in codes
    assert ("ends_on", "dates.order") in codes


def test_a_follow_up_round_names_the_round_it_follows():
    base = dict(
        campaign_id="CMP-1", team_id="T-HZ-1", position=2, name="第二轮 电话", channel="phone",
        starts_on=dt.date(2026, 12, 8), ends_on=dt.date(2026, 12, 15),
    )  # fmt: skip
    with pytest.raises(ValidationErrors) as caught:
        new_round(**base, target_rule="not_reached")
    assert [e.code for e in caught.value.errors] == ["round.after_required"]
    made = new_round(**base, target_rule="not_reached", after_round_id="RND-1")
    assert (made["after_round_id"], made["status"]) == ("RND-1", "planned")
    assert new_round(**base, after_round_id="RND-1")["after_round_id"] is None  # all targets
