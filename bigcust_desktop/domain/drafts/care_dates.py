"""Holiday care dates (节日关怀): the holidays a manager greets his customers on, their dates in
any year (the lunar ones through `lunardate`), and the one care to-do per customer and holiday.

Depends on `lunardate` (a pure calendar table, GPL-3.0-or-later) and the domain's to-do rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lunardate import LunarDate

from bigcust_desktop.domain.drafts.todos import SHANGHAI, morning_of, new_todo
from bigcust_desktop.domain.vocab_city import TodoKind, TodoSource

# The to-do is due this many days before the holiday unless the user chooses otherwise (time
# for a card, a gift or a call), and is made a week before it is due.
DEFAULT_DAYS_BEFORE = 7
NOTICE_DAYS = 7
# Names of key contacts a holiday to-do's notes list at most.
_NAMED_CONTACTS = 5


@dataclass(frozen=True)
class Holiday:
    """A holiday greeted on: its code (in the to-do's source id), its Chinese name, and its
    date as (month, day) of the lunar calendar when ``lunar``, else of the Gregorian one."""

    code: str
    name: str
    month: int
    day: int
    lunar: bool

    def date_in(self, year: int) -> dt.date:
        """The holiday's Gregorian date in ``year`` (a lunar one: that lunar year's date, which
        falls in the same Gregorian year for these four festivals)."""
        if self.lunar:
            return LunarDate(year, self.month, self.day).to_solar_date()
        return dt.date(year, self.month, self.day)


# The business greetings of a Chinese account manager: the four traditional festivals and the
# two public holidays a company marks. 教师节 and 三八节 are left out: they fit a school or the
# women among the contacts, not every customer, and are added by hand where they fit.
HOLIDAYS: tuple[Holiday, ...] = (
    Holiday("new_year", "元旦", 1, 1, lunar=False),
    Holiday("spring_festival", "春节", 1, 1, lunar=True),
    Holiday("lantern_festival", "元宵节", 1, 15, lunar=True),
    Holiday("dragon_boat", "端午节", 5, 5, lunar=True),
    Holiday("mid_autumn", "中秋节", 8, 15, lunar=True),
    Holiday("national_day", "国庆节", 10, 1, lunar=False),
)


@dataclass(frozen=True)
class HolidayDate:
    holiday: Holiday
    day: dt.date

    @property
    def source_id(self) -> str:
        """The to-do's source id: one to-do per customer, holiday and year (``mid_autumn-2026``)."""
        return f"{self.holiday.code}-{self.day.year}"


def is_holiday_source(source_id: str) -> bool:
    """Whether ``source_id`` names a holiday of `HOLIDAYS` and a year (``mid_autumn-2026``)."""
    code, _, year = source_id.rpartition("-")
    return code in {h.code for h in HOLIDAYS} and year.isdigit() and len(year) == 4


def holidays_ahead(today: dt.date, days: int) -> list[HolidayDate]:
    """The holidays on or after ``today`` and at most ``days`` days later, in date order."""
    found = [
        HolidayDate(holiday, holiday.date_in(year))
        for year in (today.year, today.year + 1)
        for holiday in HOLIDAYS
    ]
    last = today + dt.timedelta(days=days)
    return sorted((h for h in found if today <= h.day <= last), key=lambda h: h.day)


def holidays_to_prepare(today: dt.date, days_before: int) -> list[HolidayDate]:
    """The holidays whose care to-do is to be made today: those due (``days_before`` days
    before the holiday) within the next `NOTICE_DAYS` days, or already due."""
    return holidays_ahead(today, max(0, days_before) + NOTICE_DAYS)


def holiday_todo(
    *,
    customer_id: str,
    owner_id: str,
    holiday: HolidayDate,
    days_before: int,
    now: dt.datetime,
    contact_names: Sequence[str] = (),
) -> dict[str, Any]:
    """The care to-do of a customer's holiday greeting: due at 09:00 ``days_before`` days
    before the holiday (today at the latest), naming the customer's key contacts."""
    today = now.astimezone(SHANGHAI).date()
    due = morning_of(max(holiday.day - dt.timedelta(days=max(0, days_before)), today))
    names = list(contact_names[:_NAMED_CONTACTS])
    if len(contact_names) > _NAMED_CONTACTS:
        names.append("等")
    when = f"{holiday.day.month}月{holiday.day.day}日"
    return new_todo(
        customer_id=customer_id,
        owner_id=owner_id,
        kind=TodoKind.CARE,
        title=f"{holiday.holiday.name}关怀（{when}）",
        now=now,
        due_at=due,
        remind_at=due,
        notes=f"关键人：{'、'.join(names)}" if names else None,
        source_entity=TodoSource.HOLIDAY,
        source_id=holiday.source_id,
    )
