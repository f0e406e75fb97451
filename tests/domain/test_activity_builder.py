"""`drafts.activities.new_activity`: a logged contact in wire form, refused if it cannot be."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.drafts.activities import CLOCK_SLACK, new_activity
from bigcust_desktop.domain.errors import ValidationErrors

NOW = dt.datetime(2026, 5, 4, 8, 30, tzinfo=dt.UTC)


def build(**overrides):
    fields = {
        "customer_id": "CUS-000001",
        "owner_id": "U-0002",
        "channel": "visit",
        "topic": "  专线扩容需求沟通 ",
        "outcome": "positive",
        "occurred_at": NOW - dt.timedelta(hours=2),
        "now": NOW,
    }
    return new_activity(**(fields | overrides))


def codes(exc: pytest.ExceptionInfo[ValidationErrors]) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def test_a_good_contact_in_wire_form():
    record = build(notes="  ", contact_id="CON-1", contact_customer_id="CUS-000001")
    assert record["topic"] == "专线扩容需求沟通"
    assert record["occurred_at"] == "2026-05-04T06:30:00Z"
    assert record["notes"] is None and record["opportunity_id"] is None
    assert record["contact_id"] == "CON-1"


def test_a_local_time_is_stored_as_utc():
    shanghai = dt.timezone(dt.timedelta(hours=8))
    record = build(occurred_at=dt.datetime(2026, 5, 4, 9, 0, tzinfo=shanghai))
    assert record["occurred_at"] == "2026-05-04T01:00:00Z"


def test_every_bad_field_is_named_at_once():
    with pytest.raises(ValidationErrors) as exc:
        build(
            topic=" ",
            channel="fax",
            outcome="",
            occurred_at=NOW + CLOCK_SLACK + dt.timedelta(minutes=1),
            contact_id="CON-9",
            contact_customer_id="CUS-000002",
            opportunity_id="OPP-9",
            opportunity_customer_id="CUS-000003",
        )
    assert codes(exc) == {
        "topic": "field.blank",
        "channel": "field.enum",
        "outcome": "field.enum",
        "occurred_at": "activity.future",
        "contact_id": "activity.foreign_contact",
        "opportunity_id": "activity.foreign_opportunity",
    }


def test_a_clock_a_little_fast_is_tolerated_and_naive_times_refused():
    assert build(occurred_at=NOW + CLOCK_SLACK)["occurred_at"]
    with pytest.raises(ValidationErrors) as exc:
        build(occurred_at=dt.datetime(2026, 5, 4, 8, 0))
    assert codes(exc) == {"occurred_at": "instant.naive"}
