"""Holiday care dates: the festivals' dates on known years (the State Council's holiday notices
give the same days), which are prepared when, and the one to-do per customer and holiday."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.drafts.care_dates import (
    HOLIDAYS,
    holiday_todo,
    holidays_ahead,
    holidays_to_prepare,
    is_holiday_source,
)
from bigcust_desktop.domain.drafts.todos import SHANGHAI
from bigcust_desktop.domain.timefmt import parse_instant

BY_CODE = {h.code: h for h in HOLIDAYS}


@pytest.mark.parametrize(
    ("code", "year", "expected"),
    [
        # 国务院办公厅 holiday notices for 2026 and 2027 (春节 2026-02-17, 中秋节 2026-09-25 ...).
        ("spring_festival", 2026, dt.date(2026, 2, 17)),
        ("lantern_festival", 2026, dt.date(2026, 3, 3)),
        ("dragon_boat", 2026, dt.date(2026, 6, 19)),
        ("mid_autumn", 2026, dt.date(2026, 9, 25)),
        ("spring_festival", 2027, dt.date(2027, 2, 6)),
        ("dragon_boat", 2027, dt.date(2027, 6, 9)),
        ("mid_autumn", 2027, dt.date(2027, 9, 15)),
        ("new_year", 2027, dt.date(2027, 1, 1)),
        ("national_day", 2026, dt.date(2026, 10, 1)),
    ],
)
def test_holiday_dates_on_known_years(code: str, year: int, expected: dt.date) -> None:
    assert BY_CODE[code].date_in(year) == expected


def test_holidays_ahead_cross_the_year_in_date_order() -> None:
    found = holidays_ahead(dt.date(2026, 12, 20), 60)
    assert [(h.holiday.code, h.day) for h in found] == [
        ("new_year", dt.date(2027, 1, 1)),
        ("spring_festival", dt.date(2027, 2, 6)),
    ]
    assert found[1].source_id == "spring_festival-2027"


def test_a_holiday_is_prepared_a_week_before_its_to_do_is_due() -> None:
    # 中秋节 2026-09-25, due 7 days before (09-18), made from 09-11 on.
    assert [h.holiday.code for h in holidays_to_prepare(dt.date(2026, 9, 11), 7)] == ["mid_autumn"]
    assert holidays_to_prepare(dt.date(2026, 9, 10), 7) == []
    # On the day itself still (a to-do missed is made late), and 国庆节 (due 09-24) beside it.
    assert [h.holiday.code for h in holidays_to_prepare(dt.date(2026, 9, 25), 7)] == [
        "mid_autumn",
        "national_day",
    ]
    assert [h.holiday.code for h in holidays_to_prepare(dt.date(2026, 9, 26), 7)] == [
        "national_day"
    ]
    assert [h.holiday.code for h in holidays_to_prepare(dt.date(2026, 9, 5), 14)] == ["mid_autumn"]


def test_the_holiday_to_do_is_due_days_before_or_today_at_the_latest() -> None:
    mid_autumn = holidays_ahead(dt.date(2026, 9, 1), 30)[0]
    now = dt.datetime(2026, 9, 12, 1, 0, tzinfo=dt.UTC)
    names = ["张一", "李二", "王三", "赵四", "钱五", "孙六"]
    todo = holiday_todo(customer_id="CUS-000001", owner_id="U-0002", holiday=mid_autumn,
                        days_before=7, now=now, contact_names=names)  # fmt: skip
    due = parse_instant(todo["due_at"]).astimezone(SHANGHAI)
    assert (due.date(), due.hour) == (dt.date(2026, 9, 18), 9)
    assert todo["title"] == "中秋节关怀（9月25日）"
    assert todo["notes"] == "关键人：张一、李二、王三、赵四、钱五、等"
    assert (todo["kind"], todo["source_entity"], todo["source_id"]) == (
        "care",
        "holiday",
        "mid_autumn-2026",
    )
    late = holiday_todo(customer_id="CUS-000001", owner_id="U-0002", holiday=mid_autumn,
                        days_before=7, now=now + dt.timedelta(days=10))  # fmt: skip
    assert parse_instant(late["due_at"]).astimezone(SHANGHAI).date() == dt.date(2026, 9, 22)
    assert late["notes"] is None


def test_a_holiday_source_names_a_known_holiday_and_a_year() -> None:
    assert is_holiday_source("mid_autumn-2026")
    assert not is_holiday_source("mid_autumn")
    assert not is_holiday_source("christmas-2026")
    assert not is_holiday_source("mid_autumn-26")
