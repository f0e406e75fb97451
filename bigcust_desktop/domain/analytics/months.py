"""Billing periods (``YYYY-MM``) as month numbers, so windows of months are plain arithmetic.

Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
import functools

SHANGHAI = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")  # China keeps no summer time


@functools.lru_cache(maxsize=1024)  # a book has a few dozen periods, met once per customer
def month_number(period: str) -> int:
    """``"2026-10"`` -> a month count (year × 12 + month − 1) that subtracts like integers."""
    year, month = period.split("-")
    return int(year) * 12 + int(month) - 1


@functools.lru_cache(maxsize=1024)
def period_of(number: int) -> str:
    """The ``YYYY-MM`` text of a month count."""
    year, month0 = divmod(number, 12)
    return f"{year:04d}-{month0 + 1:02d}"


def local_day(now: dt.datetime) -> dt.date:
    """The calendar day of an aware instant in the province (Asia/Shanghai)."""
    if now.utcoffset() is None:
        raise ValueError("an instant must carry its time zone")
    return now.astimezone(SHANGHAI).date()


def last_closed_period(today: dt.date) -> str:
    """The newest period BOSS can have billed on ``today``: the month before the current one."""
    return period_of(today.year * 12 + today.month - 2)
