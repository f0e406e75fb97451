"""Short constructors of field specifications, so that a record schema reads like its table.

Used by `records` and `schema_city`. Depends on `fieldspec` only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from bigcust_desktop.domain.fieldspec import FieldSpec, Format, Kind

BIG = 10**9  # a bound for counters (minutes, messages, lines) that no real record reaches


def ident(ref: str | None = None, *, nullable: bool = False) -> FieldSpec:
    """A record id; ``ref`` names the entity it points to."""
    return FieldSpec(Kind.STR, nullable, max_len=64, min_len=1, ref=ref)


def string(
    max_len: int = 200,
    *,
    nullable: bool = False,
    min_len: int | None = None,
    fmt: Format | None = None,
) -> FieldSpec:
    # A required string must say something; an optional one may be blank (rules decide more).
    low = (0 if nullable else 1) if min_len is None else min_len
    return FieldSpec(Kind.STR, nullable, max_len=max_len, min_len=low, fmt=fmt)


def text(max_len: int = 4000, *, nullable: bool = True, min_len: int = 0) -> FieldSpec:
    return FieldSpec(Kind.TEXT, nullable, max_len=max_len, min_len=min_len)


def enum(values: Iterable[str], *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.ENUM, nullable, values=frozenset(str(v) for v in values))


def money(*, nullable: bool = False, signed: bool = False) -> FieldSpec:
    """Yuan with two places; ``signed`` for amounts that may be negative (冲正/退费)."""
    return FieldSpec(Kind.MONEY, nullable, signed=signed)


def decimal(lo: int, hi: int, places: int = 2, *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(
        Kind.DECIMAL, nullable, minimum=Decimal(lo), maximum=Decimal(hi), places=places
    )


def integer(lo: int, hi: int, *, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.INT, nullable, minimum=lo, maximum=hi)


def date(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.DATE, nullable)


def month(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.MONTH, nullable)


def instant(*, nullable: bool = False) -> FieldSpec:
    return FieldSpec(Kind.INSTANT, nullable)


def values(element: FieldSpec, *, max_items: int = 200, nullable: bool = True) -> FieldSpec:
    """A list of plain values (codes, ids); null means "no condition" where it is a filter."""
    return FieldSpec(Kind.LIST, nullable, element=element, max_items=max_items)


def record(schema: Mapping[str, FieldSpec], *, nullable: bool = False) -> FieldSpec:
    """A structured sub-record (an object with its own schema)."""
    return FieldSpec(Kind.OBJECT, nullable, item=schema)


def records(schema: Mapping[str, FieldSpec], *, max_items: int = 1000) -> FieldSpec:
    """A list of sub-records (quote lines, ticket history, contract circuits)."""
    return FieldSpec(Kind.LIST, item=schema, max_items=max_items)


def obj(*, max_items: int = 100, nullable: bool = False) -> FieldSpec:
    """A free-form JSON object (its keys are checked by a record rule, if at all)."""
    return FieldSpec(Kind.OBJECT, nullable, max_items=max_items)


BOOL = FieldSpec(Kind.BOOL)
CITY = string(50)
