"""Fault tickets (报障工单) as a manager opens and moves them: a new ticket due by its severity's
SLA with its first history entry, and the moves that are the manager's (close, reopen).

Pure functions returning wire-form dicts for `store.edits`; depends on the domain rules only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.drafts.form_input import text_or_none, validated
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.sla import MANAGER_TICKET_MOVES, TicketStatus, check_ticket_move
from bigcust_desktop.domain.sla import due_at as sla_due_at
from bigcust_desktop.domain.timefmt import format_instant


def new_fault_ticket(
    *,
    customer_id: str | None,
    subscriber_id: str | None,
    reported_by: str,
    severity: str,
    title: str,
    description: str,
    now: dt.datetime,
    restore_hours: int | None = None,
) -> dict[str, Any]:
    """A new ticket: status ``new``, due by the contracted restore time of the circuit
    (``restore_hours``, `store.queries.analytics_sources.contracted_restore_hours`) or else the
    severity's SLA, its first history entry."""
    errors: list[ValidationError] = []
    opened = format_instant(now)
    draft: dict[str, Any] = {
        "customer_id": customer_id,
        "subscriber_id": subscriber_id,
        "reported_by": reported_by,
        "severity": severity,
        "title": (title or "").strip(),
        "description": (description or "").strip(),
        "status": str(TicketStatus.NEW),
        "opened_at": opened,
        "resolved_at": None,
        "resolution": None,
        "history": [
            {"status": str(TicketStatus.NEW), "at": opened, "by": reported_by, "note": None}
        ],
    }
    if not subscriber_id:
        errors.append(
            ValidationError("subscriber_id", "field.required", "Pick the line or circuit.")
        )
    try:
        draft["due_at"] = format_instant(sla_due_at(severity, now, restore_hours))
    except ValidationError as exc:
        errors.append(exc)
    draft["history"][0]["note"] = draft["title"][:1000] or None
    return validated("fault_ticket", draft, errors)


def ticket_move(
    current: Mapping[str, Any], to: str, *, by: str, note: str | None, now: dt.datetime
) -> dict[str, Any]:
    """A manager's move of a ticket (close once fixed, reopen when not): status and history.

    Only the moves of `sla.MANAGER_TICKET_MOVES` are a manager's; reopening must say why.
    """
    frm = current["status"]
    errors: list[ValidationError] = []
    try:
        check_ticket_move(frm, to)
    except ValidationError as exc:
        raise ValidationErrors([exc]) from None
    if (TicketStatus(frm), TicketStatus(to)) not in MANAGER_TICKET_MOVES:
        errors.append(
            ValidationError(
                "status",
                "ticket.move_not_manager",
                "This change of status is made by the operations centre.",
                {"from": frm, "to": to},
            )
        )
    text = text_or_none(note)
    if to == TicketStatus.IN_PROGRESS and text is None:
        errors.append(
            ValidationError("note", "ticket.reopen_note", "Say what is still not working.")
        )
    entry = {"status": to, "at": format_instant(now), "by": by, "note": text}
    changes = {"status": to, "history": [*(current.get("history") or []), entry]}
    return validated("fault_ticket", changes, errors)
