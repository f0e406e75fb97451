"""Contact signals: no contact of any channel for long, a competitor's offer noted in an activity.

Depends on the standard library and the analytics types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from bigcust_desktop.domain.analytics.figures import Figure, Signal, SignalCode, Unit, quiet
from bigcust_desktop.domain.analytics.inputs import ContactRef
from bigcust_desktop.domain.analytics.thresholds import Thresholds


def not_contacted(
    last: ContactRef | None,
    monthly_fen: int,
    now: dt.datetime,
    limits: Thresholds,
    explain: bool = True,
) -> Signal:
    """Whether no contact of any channel (a call-centre campaign counts) happened within
    ``contact_gap_days``; never contacted fires too. At risk: a year of the customer's lines.
    ``explain`` False: a quiet verdict comes without its figure (the last contact)."""
    code = SignalCode.NOT_CONTACTED
    if last is not None and now - last.at <= dt.timedelta(days=limits.contact_gap_days):
        if not explain:
            return quiet(code)
        return quiet(code, None, Figure("last_contact", last.at, Unit.INSTANT))
    figures: tuple[Figure, ...] = (Figure("gap_days", limits.contact_gap_days, Unit.DAYS),)
    if last is not None:
        figures += (
            Figure("last_contact", last.at, Unit.INSTANT),
            Figure("days_since", (now - last.at).days, Unit.DAYS),
            Figure("channel", last.channel, Unit.TEXT),
            Figure("owner_id", last.owner_id, Unit.TEXT),
        )
    return Signal(code, True, figures, 12 * max(0, monthly_fen))


def competitor_term(text: str, terms: Iterable[str]) -> str | None:
    """The first competitor word found in ``text`` (None when there is none)."""
    return next((term for term in terms if term in text), None)


def competitor_offer(
    notes: Sequence[ContactRef],
    monthly_fen: int,
    now: dt.datetime,
    limits: Thresholds,
    explain: bool = True,
) -> Signal:
    """Whether an activity within ``competitor_window_days`` mentions a competitor's offer.
    Quiet, it has no figures to explain (``explain`` is taken as by every signal)."""
    code = SignalCode.COMPETITOR_OFFER
    since = now - dt.timedelta(days=limits.competitor_window_days)
    found = [
        (note, term)
        for note in notes
        if since <= note.at <= now
        and (
            term := note.competitor
            or competitor_term(note.text or note.topic, limits.competitor_terms)
        )
    ]
    if not found:
        return quiet(code)
    note, term = max(found, key=lambda item: (item[0].at, item[0].activity_id))
    figures = (
        Figure("mentions", len(found), Unit.COUNT),
        Figure("term", term, Unit.TEXT),
        Figure("at", note.at, Unit.INSTANT),
        Figure("channel", note.channel, Unit.TEXT),
        Figure("owner_id", note.owner_id, Unit.TEXT),
        Figure("activity_id", note.activity_id, Unit.TEXT),
    )
    return Signal(code, True, figures, 12 * max(0, monthly_fen))
