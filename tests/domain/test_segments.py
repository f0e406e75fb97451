"""Saved segments' rules: a new segment in wire form, an edit's changes, who may change one, the
name a copy takes."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.drafts.segments import (
    copy_name,
    definition_of,
    may_change_segment,
    new_segment,
    segment_changes,
)
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.schema_city import SEGMENT_FILTER

NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)
OWNER = UserProfile("U-0002", "zhangwei", "张伟", "account_manager", "杭州", "T-HZ-1")


def test_a_new_segment_carries_every_condition_and_the_owners_team():
    fields = new_segment(
        name="  金融大客户 ",
        owner=OWNER,
        conditions={"industries": ["finance"], "under_valued": True, "monthly_spend_min": "500"},
        now=NOW,
    )
    assert fields["name"] == "金融大客户" and fields["visibility"] == "private"
    assert (fields["owner_id"], fields["team_id"]) == ("U-0002", "T-HZ-1")
    assert set(fields["definition"]) == set(SEGMENT_FILTER)
    assert fields["definition"]["under_valued"] is True
    assert fields["definition"]["lines_min"] is None


def test_bad_names_and_conditions_are_refused_by_field():
    with pytest.raises(ValidationErrors) as blank:
        new_segment(name=" ", owner=OWNER, conditions={}, now=NOW)
    assert [e.field for e in blank.value.errors] == ["name"]
    with pytest.raises(ValidationErrors) as wrong:
        definition_of({"industries": ["farming"]})
    assert wrong.value.errors[0].field.startswith("definition.industries")


def test_an_edit_changes_only_what_differs_and_a_shared_segment_stays_shared():
    old = new_segment(name="A", owner=OWNER, conditions={}, now=NOW, visibility="team")
    assert segment_changes(old, name="A", conditions={}, visibility="team") == {}
    changed = segment_changes(old, name="B", conditions={"lines_min": 10}, visibility="team")
    assert set(changed) == {"name", "definition"} and changed["definition"]["lines_min"] == 10
    with pytest.raises(ValidationErrors) as refused:
        segment_changes(old, name="A", conditions={}, visibility="private")
    assert refused.value.errors[0].code == "segment.visibility_fixed"


def test_only_the_owner_changes_a_segment_and_a_copy_takes_a_free_name():
    segment = {"owner_id": "U-0002"}
    other = UserProfile("U-0003", "lisi", "李四", "account_manager", "杭州", "T-HZ-1")
    assert may_change_segment(OWNER, segment) and not may_change_segment(other, segment)
    assert not may_change_segment(None, segment)
    assert copy_name("金融", set()) == "金融（副本）"
    assert copy_name("金融", {"金融（副本）", "金融（副本2）"}) == "金融（副本3）"
