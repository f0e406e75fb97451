"""Rules across the fields of one record, run after each field passed its own check.

A rule judges only the fields it is given: a partial push is judged again, merged, by the server
(`check_record`). Depends on the domain rules only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.identifiers import check_iot_number
from bigcust_desktop.domain.stages import check_lost_reason
from bigcust_desktop.domain.vocab_city import Signal, TaskOutcome, TaskState, TodoStatus

RecordRule = Callable[[dict[str, Any], bool, list[ValidationError]], None]

_SIGNALS = frozenset(str(s) for s in Signal)


def _has(out: dict[str, Any], *names: str) -> bool:
    return all(name in out for name in names)


def _order(
    out: dict[str, Any], first: str, then: str, errors: list[ValidationError], code: str
) -> None:
    # Wire dates and instants sort as text (canonical forms), so no parsing is needed.
    if _has(out, first, then) and None not in (out[first], out[then]) and out[then] < out[first]:
        errors.append(
            ValidationError(then, code, f"{then} cannot be before {first}.", {"after": first})
        )


def _opportunity(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    # Judged only when both fields are known and valid: a partial push without lost_reason is
    # judged on the merged record by the server, and a bad lost_reason is already reported.
    if "stage" in out and "lost_reason" in out:
        try:
            check_lost_reason(out["stage"], out.get("lost_reason"))
        except ValidationError as exc:
            errors.append(exc)


def _contact(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    if _has(out, "mobile", "landline") and not out["mobile"] and not out["landline"]:
        errors.append(
            ValidationError("mobile", "contact.no_phone", "Give a mobile or a landline number.")
        )


def _subscriber(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    if out.get("kind") == "iot" and isinstance(out.get("service_number"), str):
        try:
            out["service_number"] = check_iot_number(out["service_number"])
        except ValidationError as exc:
            errors.append(exc)


def _dated(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _order(out, "starts_on", "ends_on", errors, "dates.order")


def _segment_filter(definition: Any, path: str, errors: list[ValidationError]) -> None:
    if not isinstance(definition, dict):
        return
    for low, high in (
        ("value_score_min", "value_score_max"),
        ("monthly_spend_min", "monthly_spend_max"),
        ("lines_min", "lines_max"),
    ):
        a, b = definition.get(low), definition.get(high)
        if a is not None and b is not None and float(a) > float(b):
            errors.append(
                ValidationError(
                    f"{path}.{high}", "range.order", "The maximum is below the minimum."
                )
            )


def _segment(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _segment_filter(out.get("definition"), "definition", errors)


def _campaign(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _dated(out, full, errors)
    _segment_filter(out.get("target_definition"), "target_definition", errors)


def _round(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _dated(out, full, errors)
    rule_given = _has(out, "target_rule", "after_round_id")
    if rule_given and out["target_rule"] != "all" and out["after_round_id"] is None:
        errors.append(
            ValidationError(
                "after_round_id",
                "round.after_required",
                "Name the earlier round whose targets this round follows up.",
            )
        )


def _task(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    state = out.get("state")
    if _has(out, "state", "suppression_reason") and (state == TaskState.SUPPRESSED) != (
        out["suppression_reason"] is not None
    ):
        errors.append(
            ValidationError(
                "suppression_reason",
                "task.suppression_reason",
                "A suppressed task, and only one, carries the reason.",
            )
        )
    if _has(out, "state", "outcome") and (state == TaskState.DONE) != (out["outcome"] is not None):
        errors.append(
            ValidationError(
                "outcome", "task.outcome", "A done task, and only one, carries its outcome."
            )
        )
    if _has(out, "outcome", "opportunity_id"):
        opened = out["outcome"] == TaskOutcome.OPPORTUNITY_OPENED
        if opened and out["opportunity_id"] is None:
            errors.append(
                ValidationError(
                    "opportunity_id", "task.opportunity", "Name the opportunity that was opened."
                )
            )


def _todo(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _order(out, "starts_at", "ends_at", errors, "times.order")
    if _has(out, "starts_at", "due_at") and out["starts_at"] is None and out["due_at"] is None:
        errors.append(ValidationError("due_at", "todo.when", "Give a planned time or a due time."))
    if _has(out, "status", "done_at") and (out["status"] == TodoStatus.DONE) != (
        out["done_at"] is not None
    ):
        errors.append(
            ValidationError("done_at", "todo.done_at", "A done to-do, and only one, has done_at.")
        )
    if _has(out, "source_entity", "source_id"):
        entity, source = out["source_entity"], out["source_id"]
        if (entity is None) != (source is None):
            errors.append(
                ValidationError("source_id", "todo.source", "Give both the source and its id.")
            )
        elif entity == "signal" and source not in _SIGNALS:
            errors.append(
                ValidationError("source_id", "todo.source", "Not an at-risk signal code.")
            )


def _contract(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    _dated(out, full, errors)
    circuits = out.get("circuits")
    if isinstance(circuits, list):
        seen: set[str] = set()
        for i, circuit in enumerate(circuits):
            sub = circuit.get("subscriber_id") if isinstance(circuit, dict) else None
            if sub in seen:
                errors.append(
                    ValidationError(
                        f"circuits[{i}].subscriber_id",
                        "contract.circuit_twice",
                        "A circuit is listed once per contract.",
                    )
                )
            seen.add(sub)


def _contact_role(out: dict[str, Any], full: bool, errors: list[ValidationError]) -> None:
    if (
        _has(out, "contact_id", "reports_to_contact_id")
        and out["reports_to_contact_id"] == out["contact_id"]
    ):
        errors.append(
            ValidationError(
                "reports_to_contact_id", "contact_role.self", "A person cannot report to self."
            )
        )


RULES: dict[str, RecordRule] = {
    "opportunity": _opportunity,
    "contact": _contact,
    "subscriber": _subscriber,
    "segment": _segment,
    "campaign": _campaign,
    "campaign_round": _round,
    "campaign_task": _task,
    "todo": _todo,
    "contract": _contract,
    "contact_role": _contact_role,
}
