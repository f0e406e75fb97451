"""What a signal returns: whether it fired, the figures behind it, and the revenue at risk.

Figures are structured (name, value, unit) so that the UI formats them in the user's language
(``¥12.3万``, ``−32%``). Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import NamedTuple


class SignalCode(StrEnum):
    """The at-risk signals (流失预警), in the order the worklist shows them."""

    REVENUE_FALLING = "revenue_falling"
    ARREARS_GROWING = "arrears_growing"
    REPEATED_FAULTS = "repeated_faults"
    LINES_LOST = "lines_lost"
    TERM_ENDING = "term_ending"
    NOT_CONTACTED = "not_contacted"
    COMPETITOR_OFFER = "competitor_offer"


def wire_signal(code: SignalCode) -> str:
    """The signal's code as the city CRM knows it (a to-do's ``source_id``, a segment's filter:
    `vocab_city.Signal`), where the two names differ."""
    return "contract_ending" if code is SignalCode.TERM_ENDING else code.value


class Unit(StrEnum):
    FEN = "fen"  # money, integer fen
    PERCENT = "percent"  # Decimal with one place, signed
    COUNT = "count"
    DAYS = "days"
    MONTHS = "months"
    DATE = "date"
    INSTANT = "instant"
    PERIOD = "period"  # YYYY-MM
    TEXT = "text"  # a code or an identifier, shown as is or translated by the UI


FigureValue = int | Decimal | str | dt.date | dt.datetime | None


class Figure(NamedTuple):
    """One figure behind a verdict. A named tuple, not a dataclass: a whole-book recompute
    builds a hundred thousand of them, and a tuple is built in half the time."""

    name: str
    value: FigureValue
    unit: Unit


class Signal(NamedTuple):
    """One signal's verdict on one customer (a named tuple, as `Figure`: seven a customer).

    ``note`` says why a signal could not be judged (``no_bills``, ``short_history``) when it did
    not fire for lack of data rather than on the figures.
    """

    code: SignalCode
    fired: bool
    figures: tuple[Figure, ...] = ()
    revenue_at_risk_fen: int = 0
    note: str | None = None

    def figure(self, name: str) -> FigureValue:
        """The value of a named figure (None when absent)."""
        return next((f.value for f in self.figures if f.name == name), None)


_TENTH = Decimal("0.1")


def pct_change(new: int, old: int) -> Decimal:
    """(new − old) / old in percent with one place, half away from zero; ``old`` must be > 0."""
    return (Decimal(new - old) * 100 / Decimal(old)).quantize(_TENTH, rounding=ROUND_HALF_UP)


def quiet(code: SignalCode, note: str | None = None, *figures: Figure) -> Signal:
    return Signal(code, False, tuple(figures), 0, note)
