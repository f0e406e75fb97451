"""The visit plan as .ics: parsed back with icalendar, times in Asia/Shanghai, stable UIDs."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bigcust_desktop.reports.ical import PlannedContact, plan_calendar, write_plan

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)


def plan() -> list[PlannedContact]:
    return [
        PlannedContact(
            "7f0c4c9e-1",
            "visit",
            "拜访：杭州市西湖区第一实验学校",
            dt.datetime(2026, 12, 1, 1, 30, tzinfo=dt.UTC),  # 09:30 in Hangzhou
            location="杭州市西湖区文三路1号",
            description="专线续约，带报价单；联系人：王芳，信息中心主任",
        ),
        PlannedContact(
            "7f0c4c9e-2",
            "call",
            "电话：宁波港集团",
            dt.datetime(2026, 11, 30, 15, 0, tzinfo=SHANGHAI),
            duration=dt.timedelta(minutes=15),
            reminder=None,
        ),
    ]


def test_written_plan_parses_back_with_shanghai_times(tmp_path):
    path = write_plan(plan(), tmp_path / "plan.ics", "张伟的拜访计划", NOW)
    cal = Calendar.from_ical(path.read_bytes())
    assert str(cal["prodid"]).startswith("-//bigcust-desktop")
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    events = cal.walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [
        "电话：宁波港集团",
        "拜访：杭州市西湖区第一实验学校",
    ]
    visit = events[1]
    start = visit.decoded("dtstart")
    assert start == dt.datetime(2026, 12, 1, 9, 30, tzinfo=SHANGHAI)
    assert visit["dtstart"].params["TZID"] == "Asia/Shanghai"
    assert visit.decoded("dtend") - start == dt.timedelta(hours=1)
    assert str(visit["uid"]) == "7f0c4c9e-1@bigcust-desktop"
    assert str(visit["location"]) == "杭州市西湖区文三路1号"
    assert visit.decoded("dtstamp") == NOW
    [alarm] = visit.walk("VALARM")
    assert alarm.decoded("trigger") == -dt.timedelta(minutes=30)
    assert not events[0].walk("VALARM")
    assert events[0].decoded("dtend") - events[0].decoded("dtstart") == dt.timedelta(minutes=15)


def test_text_with_commas_and_semicolons_is_escaped():
    data = plan_calendar(plan(), "plan", NOW).to_ical()
    assert b"\\uff1b" not in data  # Chinese punctuation stays as is (UTF-8)
    assert "；".encode() in data
    back = Calendar.from_ical(data)
    [visit] = [e for e in back.walk("VEVENT") if "专线" in str(e.get("description", ""))]
    assert str(visit["description"]) == "专线续约，带报价单；联系人：王芳，信息中心主任"


def test_naive_times_are_refused(tmp_path):
    naive = PlannedContact("x", "visit", "拜访", dt.datetime(2026, 12, 1, 9, 30))
    with pytest.raises(ValueError):
        write_plan([naive], tmp_path / "plan.ics", "plan", NOW)
    assert not list(tmp_path.iterdir())
