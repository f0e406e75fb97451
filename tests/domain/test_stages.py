"""Opportunity stages: probabilities, allowed moves, lost reason, weighted value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.stages import (
    ALLOWED_MOVES,
    DEFAULT_PROBABILITY,
    OPEN_STAGES,
    WON_FROM,
    Stage,
    can_move,
    check_lost_reason,
    check_move,
    default_probability,
    weighted_value,
)


def test_default_probabilities():
    assert [DEFAULT_PROBABILITY[s] for s in Stage] == [10, 25, 50, 75, 100, 0]
    assert default_probability("proposal") == 50
    assert {Stage.LEAD, Stage.QUALIFIED, Stage.PROPOSAL, Stage.NEGOTIATION} == OPEN_STAGES


@pytest.mark.parametrize(
    ("frm", "to"),
    [
        ("lead", "qualified"),
        ("lead", "proposal"),  # forward several steps
        ("proposal", "won"),  # a deal is won on an offer
        ("negotiation", "won"),
        ("qualified", "negotiation"),
        ("proposal", "qualified"),  # back one step
        ("qualified", "lead"),
        ("negotiation", "proposal"),
        ("negotiation", "lost"),
        ("lead", "lost"),
        ("lost", "lead"),  # reopen
        ("won", "won"),  # not a move
        ("proposal", "proposal"),
    ],
)
def test_allowed_moves(frm, to):
    assert can_move(frm, to)
    check_move(frm, to)


@pytest.mark.parametrize(
    ("frm", "to"),
    [
        ("negotiation", "qualified"),  # back two steps
        ("proposal", "lead"),
        ("won", "lost"),
        ("won", "negotiation"),
        ("lost", "proposal"),
        ("lost", "won"),
        ("lead", "closed"),
        ("lead", "won"),  # a lead dropped on 赢单 is no revenue
        ("qualified", "won"),
    ],
)
def test_refused_moves(frm, to):
    assert not can_move(frm, to)
    with pytest.raises(ValidationError) as info:
        check_move(frm, to)
    assert info.value.field == "stage"
    assert info.value.code in {"stage.move_not_allowed", "stage.unknown"}


def test_move_error_carries_both_stages():
    with pytest.raises(ValidationError) as info:
        check_move("won", "lead")
    assert info.value.code == "stage.move_not_allowed"
    assert info.value.params == {"from": "won", "to": "lead"}


def test_every_open_stage_can_be_lost_and_won_is_final():
    for stage in OPEN_STAGES:
        assert Stage.LOST in ALLOWED_MOVES[stage]
        assert (Stage.WON in ALLOWED_MOVES[stage]) == (stage in WON_FROM)
    assert ALLOWED_MOVES[Stage.WON] == frozenset()
    assert ALLOWED_MOVES[Stage.LOST] == {Stage.LEAD}


def test_lost_needs_a_reason():
    check_lost_reason("lost", "选择了其他运营商")
    check_lost_reason("won", None)
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as info:
            check_lost_reason("lost", reason)
        assert info.value.code == "opportunity.lost_reason"


def test_weighted_value():
    assert weighted_value(Decimal("240000.00"), 50) == Decimal("120000.00")
    assert weighted_value(Decimal("0.05"), 50) == Decimal("0.03")  # half-up at the fen
    assert weighted_value(Decimal("100.00"), 0) == Decimal("0.00")
    for bad in (-1, 101, True, 50.0):
        with pytest.raises(ValidationError):
            weighted_value(Decimal("1.00"), bad)
