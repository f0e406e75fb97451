"""Cell values for Excel: formula-safe text, serial dates, number formats per column kind.

A text that Excel could take for a formula (or an error code) is stored as a text cell with the
quote prefix, just as Excel stores a value typed after an apostrophe. Depends on openpyxl.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from bigcust_desktop.reports.definition import Kind
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.text import MAX_TEXT, clean_text

# What makes Excel, WPS or LibreOffice read a typed value as a formula, or a CSV importer run it.
FORMULA_TRIGGERS = frozenset("=+-@\t\r")

NUMBER_FORMATS: dict[Kind, str] = {
    Kind.INT: "#,##0",
    Kind.MONEY: "#,##0.00",
    Kind.DECIMAL: "#,##0.00",
    Kind.PERCENT: "0.0%",
    Kind.HOURS: "#,##0.0",
    Kind.DATE: "yyyy-mm-dd",
    Kind.DATETIME: "yyyy-mm-dd hh:mm",
}

_EPOCH_ORDINAL = dt.date(1899, 12, 30).toordinal()  # day 0 of Excel's 1900 date system
_SECONDS_PER_DAY = 86400.0


def needs_guard(text: str) -> bool:
    """Whether Excel could evaluate `text` (or read it as an error value) if written plainly.

    `CellMaker.text` applies the same rule inline, on the hot path of every text cell.
    """
    return bool(text) and (text[0] in FORMULA_TRIGGERS or text in ERROR_CODES)


def excel_date(value: dt.date) -> int:
    """A date as Excel's serial day number (what Excel stores; the cell format shows a date)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.toordinal() - _EPOCH_ORDINAL


def excel_datetime(value: dt.datetime) -> float:
    """An aware instant as Excel's serial number of its Beijing wall-clock time."""
    local = value.astimezone(BEIJING)
    seconds = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
    return local.toordinal() - _EPOCH_ORDINAL + seconds / _SECONDS_PER_DAY


def styled_array(ws: WriteOnlyWorksheet, **style: Any) -> StyleArray:
    """The style array of a cell given `style` (number_format, font, fill, quotePrefix ...).

    Cells made with a shared array skip openpyxl's per-cell style look-ups, the bulk of its cost
    on formatted columns; arrays are copied into each cell, so sharing one is safe.
    """
    proto = Cell(ws)
    for name, value in style.items():
        setattr(proto, name, value)
    return proto._style


class CellMaker:
    """Makes the cells of one worksheet: a converter per column kind, text always guarded."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self.ws = ws
        self._arrays = {
            kind: styled_array(ws, number_format=fmt) for kind, fmt in NUMBER_FORMATS.items()
        }
        self._guarded = styled_array(ws, quotePrefix=True)

    def text(self, value: Any) -> Any:
        """Text as a plain string, or a quote-prefixed text cell where Excel could evaluate it."""
        if value is None:
            return None
        text = value if type(value) is str else str(value)
        if not text:
            return None
        if not text.isprintable():  # cheap test first: control characters are rare
            text = clean_text(text)
            if not text:
                return None
        elif len(text) > MAX_TEXT:
            text = text[:MAX_TEXT]
        if text[0] in FORMULA_TRIGGERS or (text[0] == "#" and text in ERROR_CODES):
            cell = Cell(self.ws, 1, 1, None, self._guarded)
            cell.value = text
            cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
            return cell
        return text

    def converter(self, kind: Kind) -> Callable[[Any], Any]:
        """The function turning a value of `kind` into what `append` takes for that column."""
        if kind is Kind.TEXT:
            return self.text
        array, ws = self._arrays[kind], self.ws
        if kind is Kind.DATE:
            return lambda v: None if v is None else Cell(ws, 1, 1, excel_date(v), array)
        if kind is Kind.DATETIME:
            return lambda v: None if v is None else Cell(ws, 1, 1, excel_datetime(v), array)
        return lambda v: None if v is None else Cell(ws, 1, 1, v, array)
