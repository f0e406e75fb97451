"""Rules of competitor lines (异网): what a customer holds with another carrier, recorded on the
laptop, and what the customer's book spends there. Depends on the domain's record schema.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_date, format_instant
from bigcust_desktop.domain.vocab_city import CompetitorStatus


def new_competitor_line(
    *,
    customer_id: str,
    recorded_by: str,
    carrier: str,
    service: str,
    lines: int,
    source: str,
    observed_on: dt.date | None,
    now: dt.datetime,
    monthly_spend: Decimal | None = None,
    contract_end: dt.date | None = None,
    status: str = CompetitorStatus.ACTIVE,
    notes: str | None = None,
) -> dict[str, Any]:
    """A competitor line in wire form (without id/version/updated_at); raises
    `ValidationErrors` naming every bad field."""
    errors: list[ValidationError] = []
    if observed_on is None:
        errors.append(ValidationError("observed_on", "field.required", "This field is required."))
    elif observed_on > now.date() + dt.timedelta(days=1):
        errors.append(
            ValidationError("observed_on", "competitor.future", "It cannot be learned tomorrow.")
        )
    fields = {
        "customer_id": customer_id,
        "carrier": carrier,
        "service": service,
        "lines": lines,
        "monthly_spend": None if monthly_spend is None else f"{monthly_spend:.2f}",
        "contract_end": None if contract_end is None else format_date(contract_end),
        "source": source,
        "status": status,
        "observed_on": None if observed_on is None else format_date(observed_on),
        "notes": (notes or "").strip() or None,
        "recorded_by": recorded_by,  # the server sets its own
        "created_at": format_instant(now),
    }
    checked = fields
    try:
        checked = validate_record(
            "competitor_line", {k: v for k, v in fields.items() if v is not None}, from_feed=False
        )
    except ValidationErrors as exc:
        errors.extend(e for e in exc.errors if not any(e.field == f.field for f in errors))
    if errors:
        raise ValidationErrors(errors)
    return {**fields, **checked}


def monthly_spend_held(lines: Iterable[tuple[str, Decimal | None]]) -> Decimal:
    """What a customer pays other carriers a month on its active lines, where known."""
    return sum(
        (spend for status, spend in lines if status == CompetitorStatus.ACTIVE and spend),
        start=Decimal(0),
    )
