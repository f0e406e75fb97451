"""Reading what a user typed into a form, shared by the record builders: amounts, optional
text, the local (Beijing) date, and the record-schema check every builder ends with.

Depends on the domain's money, records and error types only.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import to_money
from bigcust_desktop.domain.records import validate_record

BEIJING = ZoneInfo("Asia/Shanghai")
# What people type around an amount: grouping commas (ASCII or full-width), a yuan sign, spaces.
_AMOUNT_NOISE = re.compile(r"[,，\s¥￥]")


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
    """An amount typed by a user (``"¥12,800"``, ``"12800.5"``) as yuan with two places."""
    if isinstance(text, Decimal):
        return to_money(text, field)
    cleaned = _AMOUNT_NOISE.sub("", text or "")
    if not cleaned:
        raise ValidationError(field, "field.required", "This field is required.")
    return to_money(cleaned, field)


def local_today(now: dt.datetime) -> dt.date:
    """The calendar date in Beijing at the instant ``now`` (dates in forms are local dates)."""
    return now.astimezone(BEIJING).date()
