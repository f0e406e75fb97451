"""Reading exported workbooks back with openpyxl: figures, tables, detail rows, exact money."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from openpyxl.worksheet.worksheet import Worksheet


def money(value: Any) -> Decimal:
    """A money cell as read back (int or float) as an exact two-place Decimal."""
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return Decimal(str(value)).quantize(Decimal("0.01"))


def figures(ws: Worksheet) -> dict[str, Any]:
    """The key-figure block of a summary sheet: label -> value."""
    out: dict[str, Any] = {}
    inside = False
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == "主要指标":
            inside = True
            continue
        if inside:
            if not row or row[0] is None:
                break
            out[row[0]] = row[1]
    assert out, f"no key figures on {ws.title}"
    return out


def summary_table(ws: Worksheet, first_header: str) -> list[dict[str, Any]]:
    """The rows of the summary sheet's table whose first header cell is `first_header`."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r and r[0] == first_header)
    header = [h for h in rows[start] if h is not None]
    out = []
    for r in rows[start + 1 :]:
        if not r or r[0] is None:
            break
        out.append(dict(zip(header, r, strict=False)))
    return out


def sheet_rows(ws: Worksheet) -> tuple[list[str], list[dict[str, Any]]]:
    """Header texts and data rows (as dicts) of a table sheet."""
    rows = ws.iter_rows(values_only=True)
    header = list(next(rows))
    return header, [dict(zip(header, r, strict=False)) for r in rows]


def total(rows: list[dict[str, Any]], column: str) -> Decimal:
    return sum((money(r[column]) for r in rows if r[column] is not None), Decimal("0.00"))
