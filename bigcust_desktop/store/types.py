"""Column types of the store: money as integer fen, two-place decimals, UTC instants, JSON text.

Depends on SQLAlchemy and the domain's money and time rules; `bulk.py` writes the same forms.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Dialect, Integer, String, Text
from sqlalchemy.types import TypeDecorator

from bigcust_desktop.domain.money import from_fen, parse_decimal, to_fen
from bigcust_desktop.domain.timefmt import (
    format_date,
    format_instant,
    normalize_instant,
    parse_instant,
)

_HUNDREDTH = Decimal("0.01")


def _two_place_int(text: str) -> int | None:
    """``"1280.50"`` -> 128050 without a Decimal, or None if `text` is not in that plain form."""
    if len(text) > 3 and text[-3] == "." and text.isascii():
        head, tail = text[:-3], text[-2:]
        digits = head[1:] if head[0] == "-" else head
        if digits.isdigit() and tail.isdigit():
            return int(head + tail)
    return None


def hundredths(value: str | int | Decimal, field: str = "amount") -> int:
    """A two-place decimal (wire string, int or Decimal) as integer hundredths, rounded half-up.

    Money in fen is the same figure: the column form of `Money` and `Decimal2`.
    """
    if type(value) is str:
        fast = _two_place_int(value)  # the wire form: most values take this path
        if fast is not None:
            return fast
    number = parse_decimal(value, field)
    return int(number.quantize(_HUNDREDTH, ROUND_HALF_UP).scaleb(2))


def instant_text(value: str | dt.datetime, field: str = "at") -> str:
    """An instant (wire string or aware datetime) in the canonical wire text the store keeps."""
    if type(value) is str:
        if len(value) == 20 and value[19] == "Z" and value[10] == "T":
            return value
        return normalize_instant(value, field)
    return format_instant(value, field)  # type: ignore[arg-type]


def date_text(value: str | dt.date) -> str:
    """A date (wire string or `date`) as ``YYYY-MM-DD``, the form SQLAlchemy's Date keeps."""
    return value if type(value) is str else format_date(value)  # type: ignore[arg-type,return-value]


class Money(TypeDecorator[Decimal]):
    """Yuan as `Decimal` in Python, integer fen in the database (exact sums in SQL)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise TypeError(f"money must be Decimal or int, not {type(value).__name__}")
        return to_fen(Decimal(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_fen(value)


class Decimal2(TypeDecorator[Decimal]):
    """A non-money decimal with two places (score, percentage, GB) kept as integer hundredths."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise TypeError(f"a decimal must be Decimal or int, not {type(value).__name__}")
        return hundredths(Decimal(value))

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value).scaleb(-2)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """An instant as its wire text (``2026-11-27T04:05:06Z``), aware UTC `datetime` in Python.

    Text in the wire form lets the feed's strings go in untouched and sorts chronologically
    (whole-second values; a sub-second value sorts before its whole second, which no list minds).
    """

    impl = String(27)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, dt.datetime):
            raise TypeError(f"an instant must be a datetime, not {type(value).__name__}")
        # format_instant refuses naive datetimes: a wall-clock time without zone is ambiguous.
        return format_instant(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else parse_instant(value)


class JsonText(TypeDecorator[Any]):
    """JSON kept as text, Chinese left readable (SQLAlchemy's JSON would escape it)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)
