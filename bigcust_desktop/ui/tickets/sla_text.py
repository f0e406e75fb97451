"""How a ticket's SLA reads: time left, overdue by how long, met or breached once resolved.

The rule (due time, breach) is `domain.sla`; this only words it. Depends on `ui.qt` and domain.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.sla import OPEN_TICKET_STATUSES, is_breached, remaining
from bigcust_desktop.ui.qt import QCoreApplication

RED = "#c0392b"
ORANGE = "#d35400"
GREEN = "#27ae60"
_SOON = dt.timedelta(hours=1)  # under an hour left: shown in orange, the manager should chase


def duration_text(span: dt.timedelta) -> str:
    """``2 d 3 h``, ``3 h 20 min`` or ``12 min`` (the sign is the caller's to word)."""
    minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("SlaText", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("SlaText", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    return QCoreApplication.translate("SlaText", "%1 min").replace("%1", str(minutes))


GREY = "#7f8c8d"
# 紧急 and 重要: offline, the manager also calls the operations centre's hotline.
URGENT_SEVERITIES = frozenset({"critical", "major"})


def sla_state(
    status: str,
    due_at: dt.datetime,
    resolved_at: dt.datetime | None,
    now: dt.datetime,
    *,
    submitted: bool = True,
) -> tuple[str, str | None]:
    """(text, colour) of the SLA column for a ticket at ``now``. A ticket the server has not
    accepted yet (logged offline) has no clock running: the operations centre has not seen it."""
    if not submitted:
        return QCoreApplication.translate("SlaText", "Not submitted"), GREY
    if status in OPEN_TICKET_STATUSES and resolved_at is None:
        left = remaining(due_at, now)
        if left < dt.timedelta(0):
            return QCoreApplication.translate("SlaText", "Overdue %1").replace(
                "%1", duration_text(left)
            ), RED
        return QCoreApplication.translate("SlaText", "%1 left").replace(
            "%1", duration_text(left)
        ), ORANGE if left < _SOON else None
    if resolved_at is None:
        return "", None  # closed without a resolution time (withdrawn): no SLA to judge
    if is_breached(due_at, resolved_at, now):
        late = resolved_at - due_at
        return QCoreApplication.translate("SlaText", "Breached by %1").replace(
            "%1", duration_text(late)
        ), RED
    return QCoreApplication.translate("SlaText", "Met"), GREEN
