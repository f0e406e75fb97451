"""Fast wire-format spellings for bulk generation: money from fen, dates, instants, ids, UUIDs.

Depends on the standard library only (its output matches `domain.timefmt`'s canonical forms).
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
import uuid

DAY = 86_400
_EPOCH = dt.date(1970, 1, 1)
_day_text: dict[int, str] = {}


def money(fen: int) -> str:
    """A decimal string in yuan with two places, from an integer amount of fen."""
    if fen < 0:
        return "-" + money(-fen)
    return f"{fen // 100}.{fen % 100:02d}"


def fen_of(text: str) -> int:
    """The integer fen of a wire money string (the inverse of `money`)."""
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def day_number(value: dt.date) -> int:
    """Days since 1970-01-01: the integer calendar every generator module counts in."""
    return (value - _EPOCH).days


def day_date(number: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=number)


def day(number: int) -> str:
    """The ``YYYY-MM-DD`` form of a day number (cached: a data set has a few thousand days)."""
    text = _day_text.get(number)
    if text is None:
        text = _day_text[number] = day_date(number).isoformat()
    return text


# "THH:MM:SSZ" for every second of a day, built once: instants are the bulk of the output.
_CLOCK = [f"T{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}Z" for s in range(DAY)]


def instant(seconds: int) -> str:
    """The ``YYYY-MM-DDTHH:MM:SSZ`` form of a count of seconds since the epoch (UTC)."""
    days, rest = divmod(seconds, DAY)
    return day(days) + _CLOCK[rest]


def month(year: int, month_no: int) -> str:
    return f"{year:04d}-{month_no:02d}"


def add_months(value: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (earlier if negative), clipped to the end of short months."""
    year, month0 = divmod(value.year * 12 + value.month - 1 + months, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return dt.date(year, month0 + 1, min(value.day, last))


def work_time(rng: random.Random, day_no: int) -> int:
    """An instant on the given day within Shanghai office hours (08:30-18:30, i.e. 00:30-10:30Z)."""
    return day_no * DAY + 1800 + int(rng.random() * 36_000)


def new_uuid(rng: random.Random) -> str:
    """A UUID4 string drawn from ``rng``, so that seeded records keep the same ids run to run."""
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Ids:
    """Sequential readable ids (``CUS-000001``) per entity, as the server systems mint them."""

    def __init__(self, prefix: str, width: int) -> None:
        self._prefix = prefix
        self._width = width
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"{self._prefix}-{self.count:0{self._width}d}"
