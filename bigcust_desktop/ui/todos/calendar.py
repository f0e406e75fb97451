"""The planned items of a week as the calendar file's entries (`reports.ical.PlannedContact`):
open visits, calls and meetings only, each under its own id so a re-export updates them.

Depends on `ui.qt` (the translated summaries), `ui.labels` and `reports.ical`'s entry type.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bigcust_desktop.domain.drafts.todos import PLANNED_KINDS
from bigcust_desktop.reports.ical import PlannedContact
from bigcust_desktop.store.queries.todos import TodoRow
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QCoreApplication


def planned_contacts(rows: Iterable[TodoRow], *, with_contacts: bool) -> list[PlannedContact]:
    """The entries; a key contact's name (personal data) only when the user said so."""
    items = []
    for row in rows:
        if row.status != "open" or row.kind not in PLANNED_KINDS or row.starts_at is None:
            continue
        ends = row.ends_at if row.ends_at and row.ends_at > row.starts_at else None
        reminder = row.starts_at - row.remind_at if row.remind_at else None
        items.append(
            PlannedContact(
                uid=row.id,
                kind=row.kind,
                summary=QCoreApplication.translate("CalendarEntry", "%1: %2 · %3")
                .replace("%1", label("todo_kind", row.kind))
                .replace("%2", row.customer_name)
                .replace("%3", row.title),
                start=row.starts_at,
                duration=(ends - row.starts_at) if ends else dt.timedelta(hours=1),
                location=row.location,
                description=row.contact_name if with_contacts else None,
                reminder=reminder if reminder is None or reminder >= dt.timedelta(0) else None,
            )
        )
    return items
