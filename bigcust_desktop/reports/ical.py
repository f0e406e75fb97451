"""A plan of visits and calls (拜访计划) as an iCalendar file (RFC 5545) for Outlook, 企业微信 or
钉钉 calendars, recorded in the audit log and as an audit event for the city CRM (`record_export`).
Depends on `icalendar`, the reports' file helpers and audit, and the store.

Times are written in Asia/Shanghai with its VTIMEZONE, so every calendar shows the same wall
clock; the file appears complete under its final name or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.vocab_city import AuditAction
from bigcust_desktop.reports.audit import record_export
from bigcust_desktop.reports.files import discard, output_error, publish, temp_beside
from bigcust_desktop.store.engine import Store

SHANGHAI = ZoneInfo("Asia/Shanghai")
PRODID = "-//bigcust-desktop//Visit plan//ZH"
UID_DOMAIN = "bigcust-desktop"
AUDIT_ACTION = "calendar_export"


@dataclass(frozen=True, slots=True)
class PlannedContact:
    """One planned visit or call: what the calendar entry needs, nothing more.

    ``uid`` is the planned item's own id, so that a re-exported plan updates the entries it
    created instead of adding copies; ``start`` is an aware instant.
    """

    uid: str
    kind: str  # "visit" or "call"
    summary: str  # e.g. 拜访：杭州市西湖区第一实验学校
    start: dt.datetime
    duration: dt.timedelta = dt.timedelta(hours=1)
    location: str | None = None
    description: str | None = None
    reminder: dt.timedelta | None = dt.timedelta(minutes=30)


def plan_calendar(items: Iterable[PlannedContact], name: str, now: dt.datetime) -> Calendar:
    """The calendar of a plan; ``now`` stamps every entry (DTSTAMP, UTC)."""
    items = list(items)
    if now.utcoffset() is None or any(i.start.utcoffset() is None for i in items):
        raise ValueError("plan times must carry their time zone")
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Asia/Shanghai")
    stamp = now.astimezone(dt.UTC)
    for item in sorted(items, key=lambda i: (i.start, i.uid)):
        event = Event()
        event.add("uid", f"{item.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        start = item.start.astimezone(SHANGHAI)
        event.add("dtstart", start)
        event.add("dtend", start + item.duration)
        event.add("summary", item.summary)
        event.add("categories", [item.kind])
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.reminder is not None:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", item.summary)
            alarm.add("trigger", -item.reminder)
            event.add_component(alarm)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal


def write_plan(items: Iterable[PlannedContact], path: Path, name: str, now: dt.datetime) -> Path:
    """Write the plan to ``path`` (an .ics file) through a temporary file beside it."""
    data = plan_calendar(items, name, now).to_ical()
    temp = temp_beside(path)
    try:
        temp.write_bytes(data)
    except OSError as exc:
        discard([temp])
        raise output_error(path, exc) from exc
    publish([(temp, path)])
    return path


def export_plan(
    store: Store,
    items: Iterable[PlannedContact],
    path: Path,
    name: str,
    user: UserProfile | None,
    now: dt.datetime,
    *,
    personal: bool = False,
) -> Path:
    """Write the plan to ``path`` and record the export in the audit log, together: the file
    appears under its name only once the export is recorded. ``personal``: the entries name key
    contacts (personal data, exported only when the user said so), which the audit records."""
    items = list(items)
    data = plan_calendar(items, name, now).to_ical()
    temp = temp_beside(path)
    try:
        try:
            temp.write_bytes(data)
        except OSError as exc:
            raise output_error(path, exc) from exc
        with store.begin(write=True) as conn:
            record_export(
                conn,
                user,
                report="calendar",
                scope={"calendar": name},
                rows=len(items),
                file_name=path.name,
                details={"calendar": name, "entries": len(items), "file": path.name,
                         "folder": str(path.parent), "contains_personal_data": personal},
                action=(
                    AuditAction.PERSONAL_DATA_EXPORT if personal else AuditAction.CALENDAR_EXPORT
                ),
                personal_data=personal,
                now=now,
                local_action=AUDIT_ACTION,
            )  # fmt: skip
            publish([(temp, path)])
    except BaseException:
        discard([temp])
        raise
    return path
