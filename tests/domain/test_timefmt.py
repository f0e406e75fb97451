"""Wire forms of instants, dates and months."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.timefmt import (
    format_date,
    format_instant,
    format_month,
    normalize_instant,
    parse_date,
    parse_instant,
    parse_month,
)

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def _code(fn, value) -> str:
    with pytest.raises(ValidationError) as info:
        fn(value)
    return info.value.code


def test_instant_round_trip_and_offsets():
    value = parse_instant("2026-11-27T04:05:06Z")
    assert value == dt.datetime(2026, 11, 27, 4, 5, 6, tzinfo=dt.UTC)
    assert value.utcoffset() == dt.timedelta(0)
    assert format_instant(value) == "2026-11-27T04:05:06Z"
    assert normalize_instant("2026-11-27T12:05:06+08:00") == "2026-11-27T04:05:06Z"
    assert normalize_instant("2026-11-27T04:05:06.250Z") == "2026-11-27T04:05:06.250000Z"
    assert format_instant(dt.datetime(2026, 1, 1, 8, tzinfo=SHANGHAI)) == "2026-01-01T00:00:00Z"


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        ("2026-11-27T04:05:06", "instant.naive"),
        ("2026-11-27", "instant.naive"),
        ("2026-13-27T04:05:06Z", "instant.invalid"),
        ("2026-11-27T24:05:06Z", "instant.invalid"),
        ("yesterday", "instant.invalid"),
        ("２０２６-11-27T04:05:06Z", "instant.invalid"),
        (1700000000, "instant.invalid"),
    ],
)
def test_bad_instants(bad, code):
    assert _code(parse_instant, bad) == code
    assert _code(normalize_instant, bad) == code


def test_format_instant_refuses_naive():
    with pytest.raises(ValidationError) as info:
        format_instant(dt.datetime(2026, 1, 1))
    assert info.value.code == "instant.naive"


@given(
    st.datetimes(
        min_value=dt.datetime(1970, 1, 2),
        max_value=dt.datetime(9998, 12, 31),
        timezones=st.sampled_from([dt.UTC, SHANGHAI, dt.timezone(dt.timedelta(hours=-5))]),
    )
)
def test_any_aware_instant_round_trips(value):
    text = format_instant(value)
    assert text.endswith("Z")
    assert parse_instant(text) == value
    assert normalize_instant(text) == text


def test_dates_and_months():
    assert parse_date("2026-02-28") == dt.date(2026, 2, 28)
    assert format_date(dt.date(2026, 2, 3)) == "2026-02-03"
    assert format_date(dt.datetime(2026, 2, 3, 23, 0)) == "2026-02-03"
    assert parse_month("2026-10") == dt.date(2026, 10, 1)
    assert format_month(dt.date(2026, 10, 31)) == "2026-10"


@pytest.mark.parametrize(
    "bad",
    ["2026-02-30", "20260228", "2026-W09-6", "2026-2-28", "26-02-28", "", None, "２０２６-02-28"],
)
def test_bad_dates(bad):
    assert _code(parse_date, bad) == "date.invalid"


@pytest.mark.parametrize("bad", ["2026-13", "2026-00", "2026-1", "202610", "2026-10-01", "0000-01"])
def test_bad_months(bad):
    assert _code(parse_month, bad) == "month.invalid"


@given(st.dates())
def test_date_round_trip(day):
    assert parse_date(format_date(day)) == day
