"""Service signals: repeated faults and SLA breaches on one line, lines cancelled or suspended,
term commitments ending soon. Depends on the domain's SLA rule and the analytics types.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bigcust_desktop.domain.analytics.figures import Figure, Signal, SignalCode, Unit, quiet
from bigcust_desktop.domain.analytics.inputs import FaultFacts, LineLoss, TermCommitment
from bigcust_desktop.domain.analytics.thresholds import Thresholds
from bigcust_desktop.domain.sla import is_breached


def repeated_faults(
    faults: Sequence[FaultFacts], now: dt.datetime, limits: Thresholds, explain: bool = True
) -> Signal:
    """Whether one line had ``fault_min_count`` faults, or ``breach_min_count`` SLA breaches,
    opened within the last ``fault_window_days``. The worst line is the one shown. ``explain``
    False: a quiet verdict comes without its figures (the recompute keeps none)."""
    code = SignalCode.REPEATED_FAULTS
    since = now - dt.timedelta(days=limits.fault_window_days)
    per_line: dict[str, list[FaultFacts]] = {}
    for fault in faults:
        if since <= fault.opened_at <= now:
            per_line.setdefault(fault.subscriber_id, []).append(fault)
    if not per_line:
        return quiet(code)

    weights = {
        sid: (len(items), sum(is_breached(f.due_at, f.resolved_at, now) for f in items))
        for sid, items in per_line.items()
    }
    hit = [
        per_line[sid]
        for sid, (faults_on_line, breached) in weights.items()
        if faults_on_line >= limits.fault_min_count or breached >= limits.breach_min_count
    ]
    if not (hit or explain):
        return quiet(code)
    worst_id = max(weights, key=lambda sid: (weights[sid], sid))
    worst = per_line[worst_id]
    count, breaches = weights[worst_id]
    figures = (
        Figure("service_number", worst[0].service_number, Unit.TEXT),
        Figure("faults", count, Unit.COUNT),
        Figure("breaches", breaches, Unit.COUNT),
        Figure("window_days", limits.fault_window_days, Unit.DAYS),
        Figure("last_opened", max(f.opened_at for f in worst), Unit.INSTANT),
        Figure("lines_hit", len(hit), Unit.COUNT),
    )
    at_risk = 12 * sum(items[0].monthly_fen for items in hit)
    return Signal(code, bool(hit), figures, at_risk)


def lines_lost(
    losses: Sequence[LineLoss],
    lines: int,
    today: dt.date,
    limits: Thresholds,
    explain: bool = True,
) -> Signal:
    """Whether at least ``line_loss_min_lines`` lines, and ``line_loss_min_share_pct`` of the
    customer's lines, were cancelled or suspended within the last ``line_loss_window_days``.
    ``explain`` False: a quiet verdict comes without its figures."""
    code = SignalCode.LINES_LOST
    since = today - dt.timedelta(days=limits.line_loss_window_days)
    cancelled = lost = lost_monthly = 0
    for loss in losses:
        if since <= loss.status_date <= today:
            lost += loss.lines
            lost_monthly += loss.monthly_fen
            if loss.status == "cancelled":
                cancelled += loss.lines
    fired = (
        lines > 0
        and lost >= limits.line_loss_min_lines
        and lost * 100 >= limits.line_loss_min_share_pct * lines
    )
    if not (fired or explain):
        return quiet(code)
    share = 0 if not lines else lost * 100 // lines
    figures = (
        Figure("cancelled", cancelled, Unit.COUNT),
        Figure("suspended", lost - cancelled, Unit.COUNT),
        Figure("lines", lines, Unit.COUNT),
        Figure("share", share, Unit.PERCENT),
        Figure("window_days", limits.line_loss_window_days, Unit.DAYS),
        Figure("lost_monthly", lost_monthly, Unit.FEN),
    )
    return Signal(code, fired, figures, 12 * lost_monthly if fired else 0)


def term_ending(
    terms: Sequence[TermCommitment], today: dt.date, limits: Thresholds, explain: bool = True
) -> Signal:
    """Whether a term (a line's contract today, a framework contract later) ends within
    ``term_window_days``; one already ended does not count (it is a lost line or a renewal).
    Quiet, it has no figures to explain (``explain`` is taken as by every signal)."""
    code = SignalCode.TERM_ENDING
    until = today + dt.timedelta(days=limits.term_window_days)
    ending = [t for t in terms if today <= t.ends_on <= until]
    if not ending:
        return quiet(code)
    first = min(ending, key=lambda t: (t.ends_on, t.ref_id))
    monthly = sum(t.monthly_fen for t in ending)
    figures = (
        Figure("ends_on", first.ends_on, Unit.DATE),
        Figure("days_left", (first.ends_on - today).days, Unit.DAYS),
        Figure("first", first.label, Unit.TEXT),
        Figure("source", first.source, Unit.TEXT),
        Figure("commitments", len(ending), Unit.COUNT),
        Figure("lines", sum(t.lines for t in ending), Unit.COUNT),
        Figure("monthly", monthly, Unit.FEN),
    )
    return Signal(code, True, figures, 12 * monthly)
