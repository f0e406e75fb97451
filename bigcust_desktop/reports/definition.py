"""What a report is made of: columns, tables, a summary block with a chart, and its definition.

Every report builds a `ReportContent` from the store; the one writer (`writer.py`) turns it into
sheets. Depends on SQLAlchemy (the connection a report reads through), the store's customers (the
scope is a condition on them) and the report filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Row, Select, select

from bigcust_desktop.reports.period import Period, add_months, local_date
from bigcust_desktop.reports.scope import Scope, Staff
from bigcust_desktop.store.models import Customer

# Rows a detail sheet fetches at a time: it writes them as they come, never holding them all.
STREAM_BATCH = 1000


class Kind(StrEnum):
    """How a column's values are written: the Python type expected and the Excel format."""

    TEXT = "text"  # str; written as text, formula-safe
    INT = "int"  # int
    MONEY = "money"  # Decimal yuan
    DECIMAL = "decimal"  # Decimal with two places
    PERCENT = "percent"  # a ratio (0.125 shows as 12.5%)
    HOURS = "hours"  # float hours
    DATE = "date"  # date
    DATETIME = "datetime"  # aware datetime, shown in Beijing time


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    width: float = 12


@dataclass
class Table:
    """One sheet of rows under a header row. `rows` is iterated once, while it is written.

    `count` (known or estimated in advance) drives the progress bar; None when unknown.
    """

    sheet: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    count: int | None = None


@dataclass(frozen=True)
class Figure:
    """One key figure of a summary block: label, value, how to format it."""

    label: str
    value: Any
    kind: Kind = Kind.INT


@dataclass(frozen=True)
class Chart:
    """A native Excel chart over the summary table: categories from its first column, one series
    per column index in `series` (header text names the series)."""

    kind: str  # "bar" (vertical bars) or "line"
    title: str
    y_title: str
    series: tuple[int, ...]
    y_format: str = "#,##0"


@dataclass
class Summary:
    """The summary sheet: heading, key figures, a small table (the chart's data) and notes."""

    heading: str
    figures: Sequence[Figure]
    columns: Sequence[Column]
    rows: list[Sequence[Any]]
    chart: Chart
    notes: Sequence[str] = ()


@dataclass
class ReportContent:
    summary: Summary
    tables: list[Table] = field(default_factory=list)


@dataclass
class ReportContext:
    """Everything a report reads through: one connection (one snapshot), scope, period, clock."""

    conn: Connection
    scope: Scope
    staff: Staff
    period: Period
    as_of: dt.datetime
    stale_days: int

    @property
    def today(self) -> dt.date:
        """The as-of day, Beijing time: arrears age and "not contacted in N days" count from it."""
        return local_date(self.as_of)

    def scoped(self, stmt: Select[Any]) -> Select[Any]:
        """`stmt` (which must join `Customer`) limited to the scope's customers."""
        return stmt.where(*self.scope.conditions) if self.scope.conditions else stmt

    def rows(self, stmt: Select[Any]) -> list[Row[Any]]:
        """Every row of `stmt` (which must join `Customer`) within the scope, read at once."""
        return list(self.conn.execute(self.scoped(stmt)))

    def stream(self, stmt: Select[Any]) -> Iterator[Row[Any]]:
        """The rows of `stmt` (which must join `Customer`) within the scope, fetched in batches."""
        return iter(self.conn.execute(self.scoped(stmt).execution_options(yield_per=STREAM_BATCH)))

    def customers(self) -> dict[str, Row[Any]]:
        """The scope's customers by id, with what the by-customer and by-manager sheets show."""
        stmt = select(
            Customer.id,
            Customer.name,
            Customer.manager_id,
            Customer.value_tier,
            Customer.industry,
            Customer.city,
        )
        return {r.id: r for r in self.rows(stmt)}


def whole_record(today: dt.date) -> Period:
    """No bounds: a report covers all that the cache holds unless a period is chosen."""
    return Period(None, None)


def recent_months(count: int, *, skip_current: bool = False) -> Callable[[dt.date], Period]:
    """A default period of `count` whole months ending with the current month, or with the month
    before it when the current one is not in the data yet (`skip_current`)."""

    def default_period(today: dt.date) -> Period:
        last = add_months(today, -1 if skip_current else 0)
        return Period(add_months(last, -(count - 1)), last)

    return default_period


@dataclass(frozen=True)
class ReportDefinition:
    """A report: names, the period it covers when none is chosen, and how it is built."""

    name: str
    title_zh: str
    title_en: str
    short_zh: str  # prefix of its sheet names
    description: str
    build: Callable[[ReportContext], ReportContent]
    default_period: Callable[[dt.date], Period] = whole_record
    # Reports with one column per month need a closed period of at most this many months.
    max_months: int | None = None
    # Reports of bills: the default period ends at the last billed month in the cache (a month
    # BOSS has not billed yet would read as a fall to zero), not at a month counted from today.
    ends_at_last_billed: bool = False

    def period_for(
        self,
        start: dt.date | None,
        end: dt.date | None,
        today: dt.date,
        last_billed: dt.date | None = None,
    ) -> Period:
        """The period covered: the chosen months, the default where none, closed if needed."""
        reference = today
        if self.ends_at_last_billed:  # without bills known: the last month BOSS could bill
            reference = last_billed or add_months(today, -1)
        default = self.default_period(reference)
        if start is None and end is None:
            return default
        if self.max_months is None:
            return Period(start, end)
        span = (
            (default.end.year - default.start.year) * 12 + default.end.month - default.start.month
            if default.start and default.end
            else 0
        )
        if start is None:
            start = add_months(end, -span)  # type: ignore[arg-type]
        if end is None:
            end = add_months(start, span)
        return Period(start, end)
