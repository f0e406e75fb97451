"""Fault ticket SLA: due times, breaches, status moves."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.sla import (
    MANAGER_TICKET_MOVES,
    SLA_HOURS,
    TICKET_ALLOWED_MOVES,
    Severity,
    TicketStatus,
    can_move_ticket,
    check_ticket_move,
    due_at,
    is_breached,
    remaining,
    sla_hours,
)

OPENED = dt.datetime(2026, 11, 3, 6, 0, tzinfo=dt.UTC)
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def test_sla_hours():
    assert [SLA_HOURS[s] for s in Severity] == [4, 8, 24, 72]


@pytest.mark.parametrize(("severity", "hours"), [("critical", 4), ("major", 8), ("info", 72)])
def test_due_at_counts_wall_clock_hours(severity, hours):
    assert due_at(severity, OPENED) == OPENED + dt.timedelta(hours=hours)


def test_a_contracted_restore_time_takes_the_severitys_place():
    assert sla_hours("info", 4) == 4  # a gold circuit: 4 hours even for a minor fault
    assert sla_hours("critical", 12) == 12  # what the contract says, stricter or not
    assert sla_hours("major", None) == sla_hours("major", 0) == 8  # none contracted
    assert due_at("info", OPENED, 2) == OPENED + dt.timedelta(hours=2)
    with pytest.raises(ValidationError):
        sla_hours("unknown", 4)


def test_due_at_is_utc_whatever_the_zone_given():
    local = dt.datetime(2026, 11, 3, 14, 0, tzinfo=SHANGHAI)
    due = due_at(Severity.MAJOR, local)
    assert due == OPENED + dt.timedelta(hours=8)
    assert due.utcoffset() == dt.timedelta(0)


def test_naive_times_and_unknown_severity_are_refused():
    with pytest.raises(ValidationError) as info:
        due_at("major", dt.datetime(2026, 11, 3, 6, 0))
    assert (info.value.field, info.value.code) == ("opened_at", "instant.naive")
    with pytest.raises(ValidationError) as info:
        due_at("urgent", OPENED)
    assert info.value.code == "ticket.severity"
    with pytest.raises(ValidationError):
        remaining(OPENED, dt.datetime(2026, 11, 3))
    with pytest.raises(ValidationError):
        is_breached(OPENED, dt.datetime(2026, 11, 3), OPENED)


def test_remaining_and_breach():
    due = due_at("critical", OPENED)
    before, after = due - dt.timedelta(minutes=1), due + dt.timedelta(minutes=1)
    assert remaining(due, before) == dt.timedelta(minutes=1)
    assert remaining(due, after) == dt.timedelta(minutes=-1)
    assert not is_breached(due, None, before)
    assert not is_breached(due, None, due)  # due at 10:00 and still open at 10:00 is on time
    assert is_breached(due, None, after)
    # Once resolved, the resolution time decides, not the clock.
    assert not is_breached(due, before, after)
    assert is_breached(due, after, after + dt.timedelta(days=3))


@pytest.mark.parametrize(
    ("frm", "to"),
    [
        ("new", "accepted"),
        ("new", "resolved"),
        ("new", "closed"),
        ("accepted", "in_progress"),
        ("in_progress", "resolved"),
        ("resolved", "closed"),
        ("resolved", "in_progress"),
        ("closed", "closed"),
    ],
)
def test_ticket_moves_allowed(frm, to):
    assert can_move_ticket(frm, to)
    check_ticket_move(frm, to)


@pytest.mark.parametrize(
    ("frm", "to"),
    [("closed", "new"), ("in_progress", "new"), ("resolved", "accepted"), ("new", "open")],
)
def test_ticket_moves_refused(frm, to):
    with pytest.raises(ValidationError) as info:
        check_ticket_move(frm, to)
    assert info.value.code == "ticket.move_not_allowed"


def test_manager_moves_are_allowed_moves():
    for frm, to in MANAGER_TICKET_MOVES:
        assert to in TICKET_ALLOWED_MOVES[frm]
    assert TICKET_ALLOWED_MOVES[TicketStatus.CLOSED] == frozenset()
