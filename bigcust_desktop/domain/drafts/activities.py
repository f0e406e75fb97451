"""Builder of a new contact activity (客户接触记录) logged on the laptop: owner, time, defaults.

Checks what the record schema cannot: the contact happened (not in the future), the contact
person and the opportunity belong to the same customer. Depends on the domain only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_instant

# A laptop clock a few minutes fast must not refuse a contact logged as it ends.
CLOCK_SLACK = dt.timedelta(minutes=10)


def _aware(value: Any, field: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise ValidationError(
            field, "instant.naive", "A date and time must carry its time zone (e.g. UTC)."
        )
    return value


def new_activity(
    *,
    customer_id: str,
    owner_id: str,
    channel: str,
    topic: str,
    outcome: str,
    occurred_at: dt.datetime,
    now: dt.datetime,
    contact_id: str | None = None,
    opportunity_id: str | None = None,
    notes: str | None = None,
    contact_customer_id: str | None = None,
    opportunity_customer_id: str | None = None,
) -> dict[str, Any]:
    """The fields of a new activity, checked and in wire form (without id/version/updated_at).

    ``contact_customer_id`` / ``opportunity_customer_id``: the customer the chosen contact or
    opportunity belongs to, when the caller knows it; a different customer is refused
    (``activity.foreign_contact`` / ``activity.foreign_opportunity``). A time later than ``now``
    (beyond a little clock slack) is ``activity.future``. Raises `ValidationErrors` naming every
    bad field at once.
    """
    errors: list[ValidationError] = []
    occurred: dt.datetime | None = None
    try:
        occurred = _aware(occurred_at, "occurred_at")
        if occurred > _aware(now, "now") + CLOCK_SLACK:
            errors.append(
                ValidationError(
                    "occurred_at",
                    "activity.future",
                    "A contact that has not happened yet cannot be logged.",
                )
            )
    except ValidationError as exc:
        errors.append(exc)
    if contact_id and contact_customer_id is not None and contact_customer_id != customer_id:
        errors.append(
            ValidationError(
                "contact_id",
                "activity.foreign_contact",
                "This contact person belongs to another customer.",
            )
        )
    if (
        opportunity_id
        and opportunity_customer_id is not None
        and opportunity_customer_id != customer_id
    ):
        errors.append(
            ValidationError(
                "opportunity_id",
                "activity.foreign_opportunity",
                "This opportunity belongs to another customer.",
            )
        )
    text = (notes or "").strip()
    fields: dict[str, Any] = {
        "customer_id": customer_id,
        "opportunity_id": opportunity_id or None,
        "contact_id": contact_id or None,
        "owner_id": owner_id,
        "channel": channel,
        "topic": (topic or "").strip(),
        "outcome": outcome,
        "notes": text or None,
    }
    if occurred is not None:
        fields["occurred_at"] = format_instant(occurred)
    try:
        checked = validate_record("activity", fields, from_feed=False)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = fields
    if occurred is None and not any(e.field == "occurred_at" for e in errors):
        errors.append(ValidationError("occurred_at", "field.required", "This field is required."))
    if errors:
        raise ValidationErrors(errors)
    return checked
