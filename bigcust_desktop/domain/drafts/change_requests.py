"""Builder of a change request (客户资料变更申请): a proposed correction of central customer data.

Which fields may be proposed comes from the data-home table; each value is checked and normalised
by the record schema of the target. Depends on the domain only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab import ChangeRequestStatus

TARGETS = ("customer", "contact")
REASON_MIN, REASON_MAX = 2, 500


def proposable_fields(target_entity: str) -> tuple[str, ...]:
    """The fields of a customer or contact a change request may propose (data-home table)."""
    home = HOMES.get(target_entity)
    if home is None or not home.via_change_request:
        return ()
    return home.editable_fields


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def new_change_request(
    *,
    customer_id: str,
    target_entity: str,
    target_id: str,
    current: Mapping[str, Any],
    proposed: Mapping[str, Any],
    reason: str,
    requested_by: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """The fields of a new change request, checked, in wire form (without id/version/updated_at).

    ``current`` is the target record as cached (wire form) and ``proposed`` maps field -> new
    value as typed. A field errors as ``changes.<field>``: not proposable
    (``change_request.field``), invalid for the target's schema, or equal to the current value
    (``change_request.unchanged``). Nothing proposed is ``change_request.empty`` on ``changes``;
    the reason needs 2 to 500 characters. Raises `ValidationErrors` naming every bad field.
    """
    errors: list[ValidationError] = []
    if target_entity not in TARGETS:
        raise ValidationErrors(
            [ValidationError("target_entity", "field.enum", "Not one of the allowed values.")]
        )
    allowed = proposable_fields(target_entity)
    changes: dict[str, Any] = {}
    for name, raw in proposed.items():
        key = f"changes.{name}"
        if name not in allowed:
            errors.append(
                ValidationError(
                    key,
                    "change_request.field",
                    "This field cannot be changed by a change request.",
                    {"field": name},
                )
            )
            continue
        value = _blank_to_none(raw)
        try:
            checked = validate_record(target_entity, {name: value}, from_feed=False)
        except ValidationErrors as exc:
            errors.extend(ValidationError(key, e.code, e.message, e.params) for e in exc.errors)
            continue
        new_value = checked.get(name)
        # Unchanged means equal to the value as cached: rewriting a cached value in its normal
        # form (a legacy 15-digit ID as 18 digits) is a real correction of the province's record.
        if new_value == _blank_to_none(current.get(name)):
            errors.append(
                ValidationError(
                    key,
                    "change_request.unchanged",
                    "The new value is the same as the current one.",
                )
            )
            continue
        changes[name] = new_value
    if not changes and not errors:
        errors.append(
            ValidationError("changes", "change_request.empty", "Propose at least one change.")
        )
    text = (reason or "").strip()
    if len(text) < REASON_MIN:
        errors.append(
            ValidationError(
                "reason",
                "field.too_short" if text else "field.blank",
                f"At least {REASON_MIN} characters." if text else "This field cannot be blank.",
                {"min": REASON_MIN},
            )
        )
    elif len(text) > REASON_MAX:
        errors.append(
            ValidationError(
                "reason", "field.too_long", f"At most {REASON_MAX} characters.", {"max": REASON_MAX}
            )
        )
    if errors:
        raise ValidationErrors(errors)
    fields = {
        "customer_id": customer_id,
        "target_entity": target_entity,
        "target_id": target_id,
        "changes": changes,
        "reason": text,
        "status": ChangeRequestStatus.PENDING.value,
        "reviewer_note": None,
        "requested_by": requested_by,
        "requested_at": format_instant(now.replace(microsecond=0)),
        "decided_at": None,
    }
    return validate_record("change_request", fields, from_feed=False)
