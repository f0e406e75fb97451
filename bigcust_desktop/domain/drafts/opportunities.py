"""Opportunity (商机) records as a manager creates and changes them: a new one with the
probability its stage suggests, an edit, and a move on the stage board.

Pure functions returning wire-form dicts for `store.edits`; depends on the domain rules only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.form_input import parse_amount, text_or_none, validated
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import money_str
from bigcust_desktop.domain.stages import (
    Stage,
    check_lost_reason,
    check_move,
    check_signed_on,
    default_probability,
)
from bigcust_desktop.domain.timefmt import format_date, format_instant


def new_opportunity(
    *,
    customer_id: str | None,
    owner_id: str,
    title: str,
    product_category: str,
    amount: str | Decimal,
    expected_close: dt.date | str,
    now: dt.datetime,
    stage: str = Stage.LEAD,
    probability: int | None = None,
    lost_reason: str | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """A new opportunity in wire form; the probability defaults from the stage.

    Raises `ValidationErrors` naming every bad field at once.
    """
    errors: list[ValidationError] = []
    draft: dict[str, Any] = {
        "customer_id": customer_id,
        "owner_id": owner_id,
        "title": (title or "").strip(),
        "stage": stage,
        "product_category": product_category,
        "expected_close": expected_close
        if isinstance(expected_close, str)
        else format_date(expected_close),
        "lost_reason": text_or_none(lost_reason),
        "notes": text_or_none(notes),
        "created_at": format_instant(now),
    }
    try:
        draft["amount"] = money_str(parse_amount(amount))
    except ValidationError as exc:
        errors.append(exc)
    try:
        draft["probability"] = default_probability(stage) if probability is None else probability
    except ValidationError as exc:
        errors.append(exc)
    if stage != Stage.LOST:
        draft["lost_reason"] = None
    return validated("opportunity", draft, errors)


def opportunity_changes(current: Mapping[str, Any], edits: Mapping[str, Any]) -> dict[str, Any]:
    """The changes to store when a user edits an opportunity (``edits``: the form's fields).

    A stage change must be an allowed move; the probability follows the new stage unless the
    user changed it too; a lost reason is required for ``lost`` and dropped for any other stage.
    """
    errors: list[ValidationError] = []
    changes = dict(edits)
    if "title" in changes:
        changes["title"] = (changes["title"] or "").strip()
    for name in ("notes", "lost_reason"):
        if name in changes:
            changes[name] = text_or_none(changes[name])
    if isinstance(changes.get("expected_close"), dt.date):
        changes["expected_close"] = format_date(changes["expected_close"])
    if "amount" in changes:
        try:
            changes["amount"] = money_str(parse_amount(changes["amount"]))
        except ValidationError as exc:
            errors.append(exc)
    stage = changes.get("stage", current["stage"])
    if stage != current["stage"]:
        try:
            check_move(current["stage"], stage)
        except ValidationError as exc:
            errors.append(exc)
        else:
            if changes.get("probability", current["probability"]) == current["probability"]:
                changes["probability"] = default_probability(stage)
    if stage == Stage.LOST:
        reason = changes.get("lost_reason", current.get("lost_reason"))
        try:
            check_lost_reason(stage, reason)
        except ValidationError as exc:
            errors.append(exc)
    elif current.get("lost_reason") is not None or changes.get("lost_reason") is not None:
        changes["lost_reason"] = None
    return validated("opportunity", changes, errors)


def stage_move(
    current: Mapping[str, Any],
    to: str,
    lost_reason: str | None = None,
    *,
    signed_on: dt.date | None = None,
    today: dt.date | None = None,
) -> dict:
    """The changes of a move on the stage board: the stage, its default probability, and what a
    closing stage needs: the reason for ``lost``; for ``won`` the signing date (``signed_on``,
    not after ``today``), kept as the won deal's close date."""
    edits: dict[str, Any] = {"stage": to, "lost_reason": lost_reason}
    if to == Stage.WON and to != current["stage"]:
        try:
            check_signed_on(signed_on, today or dt.date.max)
        except ValidationError as exc:
            raise ValidationErrors([exc]) from None
        assert signed_on is not None
        edits["expected_close"] = signed_on
    return opportunity_changes(current, edits)
