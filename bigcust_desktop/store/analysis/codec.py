"""Figures and signals to and from the JSON kept in the materialised tables.

Each value keeps its type (int, Decimal, date, instant, text), so a figure read back equals the
one computed. Depends on the domain's analytics figures and time formats.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.analytics.figures import Figure, FigureValue, Signal, SignalCode, Unit
from bigcust_desktop.domain.timefmt import format_instant, parse_instant


def _encode_value(value: FigureValue) -> tuple[str, Any]:
    if value is None:
        return "none", None
    if isinstance(value, bool):
        return "int", int(value)
    if isinstance(value, int):
        return "int", value
    if isinstance(value, Decimal):
        return "decimal", str(value)
    if isinstance(value, dt.datetime):
        return "instant", format_instant(value)
    if isinstance(value, dt.date):
        return "date", value.isoformat()
    return "text", str(value)


def _decode_value(kind: str, value: Any) -> FigureValue:
    if kind == "none" or value is None:
        return None
    if kind == "int":
        return int(value)
    if kind == "decimal":
        return Decimal(value)
    if kind == "instant":
        return parse_instant(value)
    if kind == "date":
        return dt.date.fromisoformat(value)
    return str(value)


def encode_figures(figures: Iterable[Figure]) -> list[dict[str, Any]]:
    out = []
    for f in figures:
        kind, value = _encode_value(f.value)
        out.append({"name": f.name, "unit": f.unit.value, "type": kind, "value": value})
    return out


def decode_figures(rows: Sequence[dict[str, Any]]) -> tuple[Figure, ...]:
    return tuple(
        Figure(r["name"], _decode_value(r["type"], r["value"]), Unit(r["unit"])) for r in rows
    )


def encode_signals(signals: Iterable[Signal]) -> list[dict[str, Any]]:
    return [
        {
            "code": s.code.value,
            "revenue_at_risk_fen": s.revenue_at_risk_fen,
            "figures": encode_figures(s.figures),
            "note": s.note,
        }
        for s in signals
    ]


def decode_signals(rows: Sequence[dict[str, Any]]) -> tuple[Signal, ...]:
    return tuple(
        Signal(
            SignalCode(r["code"]),
            True,
            decode_figures(r["figures"]),
            int(r["revenue_at_risk_fen"]),
            r.get("note"),
        )
        for r in rows
    )
