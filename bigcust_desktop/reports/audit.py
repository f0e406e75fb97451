"""Every export recorded twice in one transaction: a line in the local audit log, and an audit
event (city data: report, scope, row count) queued for the city CRM, where the team's regional
manager and the province see it (issue 12). The one function every export calls.

Depends on SQLAlchemy Core, the store's models and record edits, and the domain's identity.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, insert

from bigcust_desktop import __version__
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab_city import AuditAction
from bigcust_desktop.store import edits
from bigcust_desktop.store.models import AuditLog

AUDIT_ACTION = "export"  # the local audit log's action of every export
MAX_SCOPE_ITEMS = 30  # the wire format's limit on the scope object
MAX_REPORT_CHARS = 64


def _scope(scope: Mapping[str, Any]) -> dict[str, Any]:
    """The scope as the wire takes it: at most 30 keys, plain values."""
    out: dict[str, Any] = {}
    for key, value in list(scope.items())[:MAX_SCOPE_ITEMS]:
        plain = (
            value if isinstance(value, str | int | float | bool) or value is None else str(value)
        )
        out[str(key)] = plain
    return out


def record_export(
    conn: Connection,
    user: UserProfile | None,
    *,
    report: str,
    scope: Mapping[str, Any],
    rows: int,
    file_name: str | None,
    details: Mapping[str, Any],
    action: AuditAction = AuditAction.EXPORT,
    personal_data: bool = False,
    now: dt.datetime | None = None,
    local_action: str = AUDIT_ACTION,
) -> dict[str, Any] | None:
    """Write the local audit row and queue the audit event in the caller's transaction.

    Without a signed-in user (a cache opened offline with no profile), only the local row is
    written: an event must name its user and team. Returns the queued event, if any.
    """
    at = now or dt.datetime.now(dt.UTC)
    conn.execute(
        insert(AuditLog).values(
            at=at, user_id=user.id if user else None, action=local_action, details=dict(details)
        )
    )
    if user is None or not user.id or not user.team_id:
        return None
    stamp = format_instant(at)
    return edits.create_record(
        conn,
        "audit_event",
        {
            "action": action.value,
            "report": report[:MAX_REPORT_CHARS],
            "scope": _scope(scope),
            "row_count": max(0, int(rows)),
            "file_name": (file_name or None) and file_name[:255],
            "contains_personal_data": personal_data,
            "occurred_at": stamp,
            "client": f"bigcust-desktop {__version__}",
            "user_id": user.id,
            "team_id": user.team_id,
            "received_at": stamp,  # the server sets its own
        },
    )
