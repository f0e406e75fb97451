"""Wire forms of dates, months and instants (docs/data-model.md): strict parsing, canonical output.

Pure functions over strings and `datetime`; depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.errors import ValidationError

UTC = dt.UTC


def _is_canonical_instant(s: str) -> bool:
    # "2026-11-27T04:05:06Z": the form every server record should already carry, so the hot path
    # of feed validation can hand the string back without formatting it again.
    return (
        len(s) == 20
        and s[19] == "Z"
        and s[10] == "T"
        and s[4] == "-"
        and s[7] == "-"
        and s[13] == ":"
        and s[16] == ":"
    )


def parse_instant(s: str, field: str = "at") -> dt.datetime:
    """An ISO 8601 instant with a UTC offset (``Z`` or ``+08:00``) as an aware UTC datetime.

    A string without an offset is refused: a local wall-clock time is ambiguous on a laptop that
    travels, and the wire always says which zone it means.
    """
    if type(s) is not str or not s.isascii():
        raise ValidationError(field, "instant.invalid", "An instant must be an ISO 8601 string.")
    try:
        value = dt.datetime.fromisoformat(s)
    except ValueError:
        raise ValidationError(
            field, "instant.invalid", "Not a valid date and time.", {"value": s[:40]}
        ) from None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field, "instant.naive", "A date and time must carry its time zone (e.g. Z)."
        )
    return value.astimezone(UTC)


def format_instant(value: dt.datetime, field: str = "at") -> str:
    """The wire form of an aware datetime: UTC, ``YYYY-MM-DDTHH:MM:SSZ``.

    Sub-second precision is kept (``.123456Z``) only when present, so parse then format is lossless
    and a whole-second instant always has one spelling.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            field, "instant.naive", "A date and time must carry its time zone (e.g. Z)."
        )
    utc = value.astimezone(UTC)
    text = (
        f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}"
        f"T{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}"
    )
    if utc.microsecond:
        text += f".{utc.microsecond:06d}"
    return text + "Z"


def normalize_instant(s: str, field: str = "at") -> str:
    """Check an instant string and return its canonical wire form."""
    if type(s) is str and _is_canonical_instant(s) and s.isascii():
        try:
            dt.datetime.fromisoformat(s)
        except ValueError:
            pass  # parse_instant below says what is wrong
        else:
            return s
    return format_instant(parse_instant(s, field), field)


def parse_date(s: str, field: str = "date") -> dt.date:
    """A ``YYYY-MM-DD`` date; other ISO spellings (``20261127``, week dates) are refused."""
    if type(s) is not str or len(s) != 10 or s[4] != "-" or s[7] != "-" or not s.isascii():
        raise ValidationError(
            field, "date.invalid", "A date is written YYYY-MM-DD.", {"value": str(s)[:40]}
        )
    # With the dashes in place, fromisoformat reads ASCII digits only: no sign, space or week date.
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise ValidationError(
            field, "date.invalid", "Not a real calendar date.", {"value": s}
        ) from None


def format_date(value: dt.date) -> str:
    """The wire form ``YYYY-MM-DD`` of a date (a datetime gives its own calendar date)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def parse_month(s: str, field: str = "period") -> dt.date:
    """A ``YYYY-MM`` month as the date of its first day."""
    if (
        type(s) is not str
        or len(s) != 7
        or s[4] != "-"
        or not s.isascii()
        or not (s[:4] + s[5:]).isdigit()
        or not 1 <= int(s[5:]) <= 12
        or int(s[:4]) < 1
    ):
        raise ValidationError(
            field, "month.invalid", "A month is written YYYY-MM.", {"value": str(s)[:40]}
        )
    return dt.date(int(s[:4]), int(s[5:]), 1)


def format_month(value: dt.date) -> str:
    """The wire form ``YYYY-MM`` of the month a date falls in."""
    return f"{value.year:04d}-{value.month:02d}"
