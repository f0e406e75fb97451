"""Report filters (period, manager, team, city, N days) and the calendar they are read in.

Months and days are Beijing time, as the users live them; instants are compared in UTC. Depends on
the domain's time rules only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.timefmt import format_instant, format_month, parse_month
from bigcust_desktop.reports.errors import ReportUsageError

# China has kept UTC+8 without daylight saving since 1991: a fixed offset is exact and needs no
# time-zone database (which Windows lacks without the tzdata package).
BEIJING = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")
MAX_STALE_DAYS = 3650


def local_naive(instant: dt.datetime) -> dt.datetime:
    """An aware instant as Beijing wall-clock time without zone: Excel has no time zones."""
    return instant.astimezone(BEIJING).replace(tzinfo=None)


def local_date(instant: dt.datetime) -> dt.date:
    return instant.astimezone(BEIJING).date()


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month `count` months after the month of `month` (negative: before)."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def month_start(month: dt.date) -> dt.datetime:
    """Midnight Beijing time of the first day of `month`, as an aware UTC instant."""
    local = dt.datetime(month.year, month.month, 1, tzinfo=BEIJING)
    return local.astimezone(dt.UTC)


@dataclass(frozen=True)
class Period:
    """Whole months from `start` to `end` inclusive (first days); None leaves that side open."""

    start: dt.date | None
    end: dt.date | None

    def months(self) -> list[dt.date]:
        if self.start is None or self.end is None:
            raise ValueError("an open period has no list of months")
        count = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
        return [add_months(self.start, i) for i in range(count + 1)]

    def month_texts(self) -> tuple[str | None, str | None]:
        """Bounds as ``YYYY-MM`` (bill periods), inclusive."""
        return (
            None if self.start is None else format_month(self.start),
            None if self.end is None else format_month(self.end),
        )

    def dates(self) -> tuple[dt.date | None, dt.date | None]:
        """First day of the first month, first day after the last month (exclusive)."""
        return self.start, None if self.end is None else add_months(self.end, 1)

    def instants(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """Start and exclusive end as UTC instants, months taken in Beijing time."""
        first, after = self.dates()
        return (
            None if first is None else month_start(first),
            None if after is None else month_start(after),
        )

    def label(self) -> str:
        start, end = self.month_texts()
        if start and end:
            return start if start == end else f"{start} 至 {end}"
        if start:
            return f"{start} 起"
        if end:
            return f"至 {end}"
        return "全部"


def _month(text: str | None, which: str) -> dt.date | None:
    if text is None or text == "":
        return None
    try:
        return parse_month(text.strip(), which)
    except ValidationError:
        raise ReportUsageError(
            "report.period_invalid",
            f"Bad period {text!r}: write a month as YYYY-MM, e.g. 2026-10.",
            {"value": str(text)[:20]},
        ) from None


@dataclass(frozen=True)
class ReportFilters:
    """What the user chose. Months are first days; `as_of` (aware) defaults to the export time.

    `manager_id` narrows to one manager's book, `team_id` to a team, `city` to customers of a
    city; the signed-in user's role narrows further (see `scope.resolve_scope`). `stale_days` is
    the N of "customers not contacted in N days".
    """

    period_from: dt.date | None = None
    period_to: dt.date | None = None
    manager_id: str | None = None
    team_id: str | None = None
    city: str | None = None
    stale_days: int = 30
    as_of: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.period_from and self.period_to and self.period_from > self.period_to:
            raise ReportUsageError(
                "report.period_order",
                "The period starts after it ends: --from must not be later than --to.",
                {"from": format_month(self.period_from), "to": format_month(self.period_to)},
            )
        if type(self.stale_days) is not int or not 1 <= self.stale_days <= MAX_STALE_DAYS:
            raise ReportUsageError(
                "report.days_invalid",
                f"The number of days must be a whole number from 1 to {MAX_STALE_DAYS}.",
            )
        if self.as_of is not None and self.as_of.utcoffset() is None:
            raise ValueError("as_of must carry its time zone")

    @classmethod
    def parse(
        cls,
        *,
        period_from: str | None = None,
        period_to: str | None = None,
        manager_id: str | None = None,
        team_id: str | None = None,
        city: str | None = None,
        stale_days: int = 30,
        as_of: dt.datetime | None = None,
    ) -> ReportFilters:
        """Filters from text as typed (CLI, UI); raises ReportUsageError with a clear message."""
        return cls(
            period_from=_month(period_from, "from"),
            period_to=_month(period_to, "to"),
            manager_id=(manager_id or "").strip() or None,
            team_id=(team_id or "").strip() or None,
            city=(city or "").strip() or None,
            stale_days=stale_days,
            as_of=as_of,
        )

    def to_json(self) -> dict[str, Any]:
        """The filters as chosen, for the audit log."""
        return {
            "from": None if self.period_from is None else format_month(self.period_from),
            "to": None if self.period_to is None else format_month(self.period_to),
            "manager_id": self.manager_id,
            "team_id": self.team_id,
            "city": self.city,
            "stale_days": self.stale_days,
            "as_of": None if self.as_of is None else format_instant(self.as_of),
        }
