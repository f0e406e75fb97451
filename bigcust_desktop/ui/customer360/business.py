"""Tables of a customer's business in the 360 view: open opportunities, live quotes, open fault
tickets with their SLA, recent contacts and change requests. Depends on `ui.qt`, `ui.labels`,
`ui.widgets` and the domain's SLA rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.sla import is_breached, remaining
from bigcust_desktop.ui.labels import (
    date_text,
    field_label,
    label,
    local_time_text,
    percent_text,
)
from bigcust_desktop.ui.qt import QCoreApplication, Qt
from bigcust_desktop.ui.quotes.number import number_text
from bigcust_desktop.ui.widgets.charts import AMBER, RED
from bigcust_desktop.ui.widgets.table_model import Column, money_column

Row = dict[str, Any]
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PENDING_STYLE = "#2f6fb0"


def _state(row: Row) -> str:
    state = row.get("sync_state") or "synced"
    return "" if state == "synced" else label("sync_state", state)


def _state_color(row: Row) -> str | None:
    state = row.get("sync_state") or "synced"
    return {"pending": _PENDING_STYLE, "rejected": RED, "conflict": RED}.get(state)


def sync_column() -> Column:
    return Column(QCoreApplication.translate("Customer360", "Sync"), _state, color=_state_color)


def opportunity_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Customer360", "Opportunity"), lambda r: r["title"]),
        Column(
            QCoreApplication.translate("Customer360", "Stage"),
            lambda r: label("stage", r["stage"]),
        ),
        money_column(
            QCoreApplication.translate("Customer360", "Amount / year"), lambda r: r["amount"]
        ),
        Column(
            QCoreApplication.translate("Customer360", "Probability"),
            lambda r: percent_text(r["probability"]),
            _RIGHT,
            sort_key=lambda r: r["probability"],
        ),
        Column(
            QCoreApplication.translate("Customer360", "Expected close"),
            lambda r: date_text(r["expected_close"]),
            color=lambda r: RED if r["expected_close"] < dt.date.today() else None,
        ),
        sync_column(),
    ]


def quote_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Customer360", "Quote"), lambda r: r["title"]),
        Column(
            QCoreApplication.translate("Customer360", "Status"),
            lambda r: label("quote_status", r["status"]),
        ),
        money_column(QCoreApplication.translate("Customer360", "Total"), lambda r: r["total"]),
        Column(
            QCoreApplication.translate("Customer360", "Valid until"),
            lambda r: date_text(r["valid_until"]),
        ),
        Column(QCoreApplication.translate("Customer360", "No."), number_text),
        sync_column(),
    ]


def sla_text(row: Row, now: dt.datetime) -> str:
    """``3 h 20 min left`` or ``breached 5 h ago`` from the domain's SLA rule."""
    left = remaining(row["due_at"], now)
    minutes = int(abs(left).total_seconds() // 60)
    span = (
        QCoreApplication.translate("Customer360", "%1 h %2 min")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )
    if is_breached(row["due_at"], row.get("resolved_at"), now):
        return QCoreApplication.translate("Customer360", "Breached %1 ago").replace("%1", span)
    return QCoreApplication.translate("Customer360", "%1 left").replace("%1", span)


def ticket_columns(now: Callable[[], dt.datetime]) -> list[Column]:
    def sla_color(row: Row) -> str | None:
        current = now()
        if is_breached(row["due_at"], row.get("resolved_at"), current):
            return RED
        return AMBER if remaining(row["due_at"], current) < dt.timedelta(hours=2) else None

    return [
        Column(QCoreApplication.translate("Customer360", "Fault"), lambda r: r["title"]),
        Column(
            QCoreApplication.translate("Customer360", "Line"),
            lambda r: r.get("service_number") or r["subscriber_id"],
        ),
        Column(
            QCoreApplication.translate("Customer360", "Severity"),
            lambda r: label("severity", r["severity"]),
        ),
        Column(
            QCoreApplication.translate("Customer360", "Status"),
            lambda r: label("ticket_status", r["status"]),
        ),
        Column(
            QCoreApplication.translate("Customer360", "SLA"),
            lambda r: sla_text(r, now()),
            sort_key=lambda r: r["due_at"],
            color=sla_color,
            tooltip=lambda r: QCoreApplication.translate("Customer360", "Due %1").replace(
                "%1", local_time_text(r["due_at"])
            ),
        ),
        sync_column(),
    ]


def activity_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Customer360", "When"),
            lambda r: local_time_text(r["occurred_at"]),
            sort_key=lambda r: r["occurred_at"],
        ),
        Column(
            QCoreApplication.translate("Customer360", "Channel"),
            lambda r: label("channel", r["channel"]),
        ),
        Column(QCoreApplication.translate("Customer360", "Topic"), lambda r: r["topic"]),
        Column(
            QCoreApplication.translate("Customer360", "Outcome"),
            lambda r: label("outcome", r["outcome"]),
        ),
        Column(
            QCoreApplication.translate("Customer360", "Contact"),
            lambda r: r.get("contact_name") or "",
        ),
        Column(
            QCoreApplication.translate("Customer360", "By"),
            lambda r: r.get("owner_name") or r["owner_id"],
        ),
        Column(
            QCoreApplication.translate("Customer360", "Notes"),
            lambda r: r.get("notes") or "",
            tooltip=lambda r: r.get("notes") or "",
        ),
        sync_column(),
    ]


def _changes_text(row: Row) -> str:
    entity = row["target_entity"]
    return "; ".join(
        f"{field_label(entity, name)} → {value}" for name, value in (row["changes"] or {}).items()
    )


def change_request_columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("Customer360", "Requested"),
            lambda r: local_time_text(r["requested_at"]),
            sort_key=lambda r: r["requested_at"],
        ),
        Column(
            QCoreApplication.translate("Customer360", "Record"),
            lambda r: label("entity", r["target_entity"]),
        ),
        Column(QCoreApplication.translate("Customer360", "Proposed"), _changes_text),
        Column(
            QCoreApplication.translate("Customer360", "Status"),
            lambda r: label("change_request_status", r["status"]),
        ),
        Column(
            QCoreApplication.translate("Customer360", "Reviewer's note"),
            lambda r: r.get("reviewer_note") or "",
        ),
        sync_column(),
    ]
