"""Fault ticket (报障工单) severities, SLA due times, breach test and status moves.

SLA hours run on the wall clock, around the clock: the network operations centre works 24/7.
Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"


SLA_HOURS: dict[Severity, int] = {
    Severity.CRITICAL: 4,
    Severity.MAJOR: 8,
    Severity.MINOR: 24,
    Severity.INFO: 72,
}


def _aware(value: dt.datetime, field: str) -> dt.datetime:
    if not isinstance(value, dt.datetime) or value.utcoffset() is None:
        raise ValidationError(
            field, "instant.naive", "A date and time must carry its time zone (e.g. UTC)."
        )
    return value


def sla_hours(severity: str, restore_hours: int | None = None) -> int:
    """The hours a ticket has: the contracted restore time of its circuit where a contract in
    force sets one (its service level: gold, silver...), else the severity's."""
    try:
        by_severity = SLA_HOURS[Severity(severity)]
    except ValueError:
        raise ValidationError(
            "severity", "ticket.severity", "Unknown severity.", {"value": str(severity)[:40]}
        ) from None
    return restore_hours if restore_hours is not None and restore_hours > 0 else by_severity


def due_at(severity: str, opened_at: dt.datetime, restore_hours: int | None = None) -> dt.datetime:
    """When a ticket of this severity opened at ``opened_at`` must be resolved (UTC); a
    contracted ``restore_hours`` (the circuit's service level) takes the severity's place."""
    hours = sla_hours(severity, restore_hours)
    return _aware(opened_at, "opened_at").astimezone(dt.UTC) + dt.timedelta(hours=hours)


def remaining(due_at: dt.datetime, now: dt.datetime) -> dt.timedelta:
    """Time left until the due time; negative once it has passed."""
    return _aware(due_at, "due_at") - _aware(now, "now")


def is_breached(due_at: dt.datetime, resolved_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Resolved after the due time, or still unresolved after it."""
    due = _aware(due_at, "due_at")
    if resolved_at is not None:
        return _aware(resolved_at, "resolved_at") > due
    return _aware(now, "now") > due


class TicketStatus(StrEnum):
    NEW = "new"
    ACCEPTED = "accepted"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


# The operations centre accepts, works and resolves, and may resolve at once (a known outage
# already fixed). The manager who reported it closes a resolved ticket once the customer confirms,
# reopens it to in_progress when it is not fixed, or closes a new one opened by mistake.
TICKET_ALLOWED_MOVES: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.NEW: frozenset(
        {
            TicketStatus.ACCEPTED,
            TicketStatus.IN_PROGRESS,
            TicketStatus.RESOLVED,
            TicketStatus.CLOSED,
        }
    ),
    TicketStatus.ACCEPTED: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED}),
    TicketStatus.IN_PROGRESS: frozenset({TicketStatus.RESOLVED}),
    TicketStatus.RESOLVED: frozenset({TicketStatus.CLOSED, TicketStatus.IN_PROGRESS}),
    TicketStatus.CLOSED: frozenset(),
}

# The moves an account manager makes from the laptop; the rest belong to the operations centre.
MANAGER_TICKET_MOVES: frozenset[tuple[TicketStatus, TicketStatus]] = frozenset(
    {
        (TicketStatus.NEW, TicketStatus.CLOSED),
        (TicketStatus.RESOLVED, TicketStatus.CLOSED),
        (TicketStatus.RESOLVED, TicketStatus.IN_PROGRESS),
    }
)

OPEN_TICKET_STATUSES: frozenset[TicketStatus] = frozenset(
    {TicketStatus.NEW, TicketStatus.ACCEPTED, TicketStatus.IN_PROGRESS}
)


def can_move_ticket(frm: str, to: str) -> bool:
    try:
        a, b = TicketStatus(frm), TicketStatus(to)
    except ValueError:
        return False
    return a is b or b in TICKET_ALLOWED_MOVES[a]


def check_ticket_move(frm: str, to: str, field: str = "status") -> None:
    """Raise ``ticket.move_not_allowed`` unless the move is allowed (same status: allowed)."""
    if not can_move_ticket(frm, to):
        raise ValidationError(
            field,
            "ticket.move_not_allowed",
            f"A fault ticket cannot go from {frm} to {to}.",
            {"from": str(frm), "to": str(to)},
        )
