"""Opportunity (商机) sales stages: default win probabilities, allowed moves, weighted value.

Pure rules over `Stage`; raises `ValidationError`. Depends on the standard library only.

The moves, chosen to match how a pipeline is actually worked:

- an open stage may move forward by one or more steps (a deal can go faster than the funnel
  assumes), but ``won`` only from ``proposal`` or ``negotiation``: a deal is won on an offer the
  customer saw, so a lead dragged onto ``won`` by mistake is refused rather than booked as revenue;
- an open stage may move back one step only (a proposal sent back for requalification), so that
  a large backward jump, which usually means a new opportunity, is not hidden in history;
- any open stage may move to ``lost``;
- ``won`` is final: a won deal that later falls through is a new opportunity;
- ``lost`` may be reopened, to ``lead`` only, so a revived deal walks the funnel again;
- staying in the same stage is not a move and is always allowed (editing other fields).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.money import round_fen


class Stage(StrEnum):
    LEAD = "lead"
    QUALIFIED = "qualified"
    PROPOSAL = "proposal"
    NEGOTIATION = "negotiation"
    WON = "won"
    LOST = "lost"


# The funnel order; `lost` stands outside it.
FUNNEL: tuple[Stage, ...] = (
    Stage.LEAD,
    Stage.QUALIFIED,
    Stage.PROPOSAL,
    Stage.NEGOTIATION,
    Stage.WON,
)
OPEN_STAGES: frozenset[Stage] = frozenset(FUNNEL[:-1])
CLOSED_STAGES: frozenset[Stage] = frozenset({Stage.WON, Stage.LOST})
# A deal is won on an offer: from these stages only.
WON_FROM: frozenset[Stage] = frozenset({Stage.PROPOSAL, Stage.NEGOTIATION})

DEFAULT_PROBABILITY: dict[Stage, int] = {
    Stage.LEAD: 10,
    Stage.QUALIFIED: 25,
    Stage.PROPOSAL: 50,
    Stage.NEGOTIATION: 75,
    Stage.WON: 100,
    Stage.LOST: 0,
}


def _moves_from(stage: Stage) -> frozenset[Stage]:
    if stage is Stage.WON:
        return frozenset()
    if stage is Stage.LOST:
        return frozenset({Stage.LEAD})
    at = FUNNEL.index(stage)
    moves = set(FUNNEL[at + 1 : -1]) | {Stage.LOST}
    if stage in WON_FROM:
        moves.add(Stage.WON)
    if at > 0:
        moves.add(FUNNEL[at - 1])
    return frozenset(moves)


ALLOWED_MOVES: dict[Stage, frozenset[Stage]] = {stage: _moves_from(stage) for stage in Stage}


def _stage(value: str, field: str) -> Stage:
    try:
        return Stage(value)
    except ValueError:
        raise ValidationError(
            field, "stage.unknown", "Unknown sales stage.", {"value": str(value)[:40]}
        ) from None


def can_move(frm: str, to: str) -> bool:
    """Whether an opportunity may go from stage ``frm`` to ``to`` (same stage: yes)."""
    try:
        a, b = Stage(frm), Stage(to)
    except ValueError:
        return False
    return a is b or b in ALLOWED_MOVES[a]


def check_move(frm: str, to: str, field: str = "stage") -> None:
    """Raise ``stage.move_not_allowed`` unless `can_move`."""
    a, b = _stage(frm, field), _stage(to, field)
    if a is not b and b not in ALLOWED_MOVES[a]:
        raise ValidationError(
            field,
            "stage.move_not_allowed",
            f"An opportunity cannot move from {a.value} to {b.value}.",
            {"from": a.value, "to": b.value},
        )


def refusal(frm: str, to: str) -> str | None:
    """Why a move is refused, as a stable code the window explains (None: it is allowed).

    ``stage.won_final``, ``stage.won_needs_offer``, ``stage.back_one_step``,
    ``stage.lost_reopens_to_lead`` or, for an unknown stage, ``stage.unknown``.
    """
    try:
        a, b = Stage(frm), Stage(to)
    except ValueError:
        return "stage.unknown"
    if a is b or b in ALLOWED_MOVES[a]:
        return None
    if a is Stage.WON:
        return "stage.won_final"
    if a is Stage.LOST:
        return "stage.lost_reopens_to_lead"
    if b is Stage.WON:
        return "stage.won_needs_offer"
    return "stage.back_one_step"


def check_signed_on(signed_on: dt.date | None, today: dt.date, field: str = "signed_on") -> None:
    """A won deal's signing date: given, and not later than today (``opportunity.signed_on``)."""
    if signed_on is None or signed_on > today:
        raise ValidationError(
            field, "opportunity.signed_on", "Give the signing date, today or earlier."
        )


def default_probability(stage: str) -> int:
    """The win probability (percent) a new or moved opportunity gets unless the user sets one."""
    return DEFAULT_PROBABILITY[_stage(stage, "stage")]


def check_lost_reason(stage: str, lost_reason: str | None, field: str = "lost_reason") -> None:
    """A lost opportunity must say why (``opportunity.lost_reason``)."""
    if stage == Stage.LOST and not (lost_reason or "").strip():
        raise ValidationError(field, "opportunity.lost_reason", "Say why the opportunity was lost.")


def weighted_value(amount: Decimal, probability: int) -> Decimal:
    """Amount × probability / 100, rounded half-up to the fen (the pipeline's weighted value)."""
    if type(probability) is not int or not 0 <= probability <= 100:
        raise ValidationError(
            "probability",
            "opportunity.probability",
            "The probability is a whole percentage from 0 to 100.",
        )
    return round_fen(amount * probability / 100)
