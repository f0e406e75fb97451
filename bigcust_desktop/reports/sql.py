"""Small pieces shared by the report queries: raw fen, period conditions, grouped rows.

Sums are taken over integer fen in SQL (exact) and turned into yuan once. Depends on SQLAlchemy
Core, the store's models and the domain's money rule.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, String, func, type_coerce

from bigcust_desktop.domain.money import from_fen
from bigcust_desktop.reports.period import Period


def fen(column: Any) -> ColumnElement[int]:
    """A money column as its stored integer fen: arithmetic on it never goes through `Money`,
    whose bind conversion would read a literal like 50 as yuan."""
    return type_coerce(column, Integer)


def yuan(value: int | None) -> Decimal:
    """Integer fen (None for an empty sum) as yuan."""
    return from_fen(int(value or 0))


def month_text(column: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a stored date column (dates are kept as ``YYYY-MM-DD`` text)."""
    return type_coerce(func.substr(column, 1, 7), String)


def in_months(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """Conditions keeping a ``YYYY-MM`` text column (a bill period) inside `period`."""
    start, end = period.month_texts()
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column <= end)
    return conditions


def in_dates(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """Conditions keeping a date column inside `period`'s months."""
    first, after = period.dates()
    conditions: list[ColumnElement[bool]] = []
    if first is not None:
        conditions.append(column >= first)
    if after is not None:
        conditions.append(column < after)
    return conditions


def in_instants(column: Any, period: Period) -> list[ColumnElement[bool]]:
    """Conditions keeping an instant column inside `period`'s months, Beijing time."""
    start, end = period.instants()
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column < end)
    return conditions


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """`part / whole` to four places (a percentage with two), None when `whole` is zero."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"))
