"""What a report is made of: columns, tables, a summary block with a chart, and its definition.

Every report builds a `ReportContent` from the store; the one writer (`writer.py`) turns it into
sheets. Depends on SQLAlchemy (the connection a report reads through) and the report filters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Select

from bigcust_desktop.reports.period import Period, add_months, local_date
from bigcust_desktop.reports.scope import Scope, Staff


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


@dataclass(frozen=True)
class ReportDefinition:
    """A report: names, the period it covers when none is chosen, and how it is built."""

    name: str
    title_zh: str
    title_en: str
    short_zh: str  # prefix of its sheet names
    description: str
    default_period: Callable[[dt.date], Period]
    build: Callable[[ReportContext], ReportContent]
    # Reports with one column per month need a closed period of at most this many months.
    max_months: int | None = None

    def period_for(self, start: dt.date | None, end: dt.date | None, today: dt.date) -> Period:
        """The period covered: the chosen months, the default where none, closed if needed."""
        default = self.default_period(today)
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
