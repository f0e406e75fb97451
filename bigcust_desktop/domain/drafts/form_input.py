"""Reading what a user typed into a form, shared by the record builders: amounts, optional
text, the local (Beijing) date, and the record-schema check every builder ends with.

Depends on the domain's money, records and error types only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import parse_decimal, to_money
from bigcust_desktop.domain.records import validate_record

BEIJING = ZoneInfo("Asia/Shanghai")
# What people type around an amount: grouping commas (ASCII or full-width), a yuan sign, spaces.
_AMOUNT_NOISE = re.compile(r"[,，\s¥￥]")
# Chinese business writes large sums in 万 (10^4) and 亿 (10^8): "128万", "1.28亿元", "3万元".
_UNITS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}
_WITH_UNIT = re.compile(r"(?P<number>[^万亿元]+?)(?P<unit>[万亿])?元?", re.ASCII)


def text_or_none(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def validated(entity: str, draft: dict[str, Any], errors: list[ValidationError]) -> dict[str, Any]:
    """The draft checked against the record schema; every error, the builder's own included."""
    known = {e.field.split("[")[0].split(".")[0] for e in errors}
    try:
        checked = validate_record(
            entity, {k: v for k, v in draft.items() if k not in known}, from_feed=False
        )
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = {}
    if errors:
        raise ValidationErrors(errors)
    return checked


def parse_amount(text: str | Decimal, field: str = "amount") -> Decimal:
    """An amount typed by a user as yuan with two places: ``"¥12,800"``, ``"12800.5"``,
    ``"128万"``, ``"1.28亿元"``; full-width digits are read as digits. Exact: no float."""
    if isinstance(text, Decimal):
        return to_money(text, field)
    # NFKC folds full-width digits and points (１２８．５) into ASCII, as an IME may type them.
    cleaned = _AMOUNT_NOISE.sub("", unicodedata.normalize("NFKC", text or ""))
    if not cleaned:
        raise ValidationError(field, "field.required", "This field is required.")
    match = _WITH_UNIT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(field, "money.invalid", "Not an amount of money.")
    unit = match["unit"]
    if unit is None:
        return to_money(match["number"], field)
    number = parse_decimal(match["number"], field, "money.invalid")
    return to_money(number * _UNITS[unit], field)


# How people type a date: 2026-12-20, 2026/12/20, 2026.12.20, 2026年12月20日, 2026-2-3, 20261220.
_TYPED_DATE = re.compile(
    r"(?P<y>\d{4})(?:[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?|(?P<m8>\d{2})(?P<d8>\d{2}))",
    re.ASCII,
)


def parse_typed_date(text: str, field: str = "date") -> dt.date:
    """A date as a user types it, taken exactly as typed: ``2026-02-30`` is refused
    (``date.invalid``), never moved to another day. Full-width digits are read as digits."""
    cleaned = unicodedata.normalize("NFKC", text or "").strip().replace(" ", "")
    if not cleaned:
        raise ValidationError(field, "field.required", "This field is required.")
    match = _TYPED_DATE.fullmatch(cleaned)
    if match is None:
        raise ValidationError(field, "date.invalid", "A date is written YYYY-MM-DD.")
    month, day = match["m"] or match["m8"], match["d"] or match["d8"]
    try:
        return dt.date(int(match["y"]), int(month), int(day))
    except ValueError:
        raise ValidationError(field, "date.invalid", "Not a real calendar date.") from None


def local_today(now: dt.datetime) -> dt.date:
    """The calendar date in Beijing at the instant ``now`` (dates in forms are local dates)."""
    return now.astimezone(BEIJING).date()
