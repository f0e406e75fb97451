"""The one Excel writer every report feeds: openpyxl write-only, rows streamed in batches.

Detail sheets get a styled, frozen header, autofilter, widths, formats and print settings; the
summary sheet its key figures, table and native chart; the cover who, when and what. Depends on
the report definitions, and on openpyxl when a workbook is written (not at import).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bigcust_desktop.reports.definition import Column, Kind, Summary, Table
from bigcust_desktop.reports.errors import ExportCancelled
from bigcust_desktop.reports.text import clean_text, one_line, sheet_title

# openpyxl (with numpy, which it loads when installed) takes a quarter of a second to import: it
# loads in the export's worker when a workbook is written, never with the window or the CLI.
if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell
    from openpyxl.chart import BarChart, LineChart
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

BATCH_ROWS = 1000

_PAPER_A4 = "9"  # ECMA-376 paper size code
_HEADER_COLOR, _SECTION_COLOR, _BORDER_COLOR = "1F4E78", "DDEBF7", "8EA9C1"


@dataclass(frozen=True)
class DocumentInfo:
    """Document properties shown by Excel's File > Info and the file manager."""

    title: str
    subject: str
    creator: str
    keywords: str
    description: str
    created: dt.datetime  # aware


class WorkbookWriter:
    """One workbook being written. Sheets appear in the order they are added, the cover first.

    Call `write_cover` last (it lists the sheets written), then `save`; on any failure call
    `discard` so that openpyxl's temporary sheet files do not outlive the export.
    """

    def __init__(
        self,
        info: DocumentInfo,
        *,
        on_rows: Callable[[int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        from openpyxl import Workbook

        self._wb = Workbook(write_only=True)
        self._set_properties(info)
        self._info = info
        self._on_rows = on_rows
        self._cancel = cancel
        self.rows: dict[str, int] = {}  # sheet title -> data rows
        self._cover = self._new_sheet("封面")

    # -- sheets ----------------------------------------------------------------------------

    def _new_sheet(self, title: str) -> WriteOnlyWorksheet:
        from openpyxl.worksheet.properties import PageSetupProperties

        title = sheet_title(title)
        if title in self.rows or any(ws.title == title for ws in self._wb.worksheets):
            raise ValueError(f"duplicate sheet title {title!r}")
        ws = self._wb.create_sheet(title)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = _PAPER_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.oddHeader.left.text = _escape_header(self._info.title)
        ws.oddHeader.right.text = _escape_header(title)
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
        return ws

    def write_table(self, table: Table, title: str | None = None) -> int:
        """A sheet (named `title`, else the table's own name) of `table`'s rows under its
        header; returns the number of rows written."""
        from openpyxl.utils import get_column_letter

        from bigcust_desktop.reports.cells import CellMaker

        ws = self._new_sheet(title or table.sheet)
        columns = table.columns
        self._set_widths(ws, columns)
        ws.freeze_panes = "A2"
        ws.row_dimensions[1].height = 32
        ws.print_title_rows = "1:1"
        ws.append(self._header_cells(ws, columns))
        maker = CellMaker(ws)
        converters = [maker.converter(c.kind) for c in columns]
        pairs = list(enumerate(converters))
        count = 0
        rows = iter(table.rows)
        while batch := list(islice(rows, BATCH_ROWS)):
            self._check_cancel()
            for row in batch:
                ws.append([convert(row[i]) for i, convert in pairs])
            count += len(batch)
            self._advance(len(batch))
        ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
        self.rows[ws.title] = count
        return count

    def write_summary(self, title: str, summary: Summary, subtitle: Sequence[str] = ()) -> None:
        """The summary sheet: heading, key figures, the table the chart draws, notes, chart."""
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        from bigcust_desktop.reports.cells import CellMaker

        ws = self._new_sheet(title)
        maker = CellMaker(ws)
        width = max(len(summary.columns), 2)
        ws.column_dimensions["A"].width = max(summary.columns[0].width, 24)
        for index, column in enumerate(summary.columns[1:], 2):
            ws.column_dimensions[get_column_letter(index)].width = max(column.width, 14)
        ws.append([self._styled(ws, summary.heading, font=Font(bold=True, size=16))])
        row = 1
        for line in subtitle:
            ws.append([self._styled(ws, line, font=Font(italic=True, color="595959"))])
            row += 1
        ws.append([])
        ws.append([self._section(ws, "主要指标"), self._section(ws, "")])
        row += 2
        for figure in summary.figures:
            value = maker.converter(figure.kind)(figure.value)
            ws.append([self._styled(ws, figure.label, font=Font(bold=True)), value])
            row += 1
        ws.append([])
        header_row = row + 2
        ws.row_dimensions[header_row].height = 32  # room for wrapped headers
        ws.append(self._header_cells(ws, summary.columns))
        converters = [maker.converter(c.kind) for c in summary.columns]
        for data in summary.rows:
            ws.append([convert(value) for convert, value in zip(converters, data, strict=True)])
        last_row = header_row + len(summary.rows)
        if summary.notes:
            ws.append([])
            for note in summary.notes:
                ws.append([maker.text(f"说明：{note}")])
        if summary.rows:
            anchor = f"{get_column_letter(width + 2)}4"
            ws.add_chart(self._chart(ws, summary, header_row, last_row), anchor)
        self.rows[ws.title] = len(summary.rows)
        self._advance(len(summary.rows))

    def write_cover(self, heading: str, facts: Sequence[tuple[str, str]]) -> None:
        """The first sheet: what was exported, with which filters, by whom and when, and the
        sheets that follow with their row counts."""
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Font

        from bigcust_desktop.reports.cells import NUMBER_FORMATS, CellMaker, styled_array

        ws = self._cover
        ws.column_dimensions["A"].width = 22
        ws.column_dimensions["B"].width = 70
        maker = CellMaker(ws)
        ws.append([self._styled(ws, heading, font=Font(bold=True, size=16))])
        ws.append([])
        for label, value in facts:
            ws.append([self._styled(ws, label, font=Font(bold=True)), maker.text(value)])
        ws.append([])
        ws.append([self._section(ws, "工作表"), self._section(ws, "行数")])
        count_array = styled_array(ws, number_format=NUMBER_FORMATS[Kind.INT])
        for title, count in self.rows.items():
            ws.append([maker.text(title), Cell(ws, 1, 1, count, count_array)])

    def save(self, path: Path) -> None:
        self._wb.save(path)

    def discard(self) -> None:
        """Remove openpyxl's temporary sheet files after a failed or cancelled export."""
        for ws in self._wb.worksheets:
            # Private openpyxl state: the write-only sheet streams to a temp file it only
            # removes on save or at interpreter exit, too late for a cancelled export.
            rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
            with contextlib.suppress(Exception):
                if rows is not None:
                    rows.close()
            if writer is not None:
                with contextlib.suppress(Exception):
                    writer.close()
                with contextlib.suppress(Exception):
                    writer.cleanup()

    # -- pieces ----------------------------------------------------------------------------

    def _set_properties(self, info: DocumentInfo) -> None:
        # Names from central systems reach the properties too: the same cleaning as cells.
        props = self._wb.properties
        props.title = one_line(info.title)
        props.subject = one_line(info.subject)
        props.creator = one_line(info.creator)
        props.lastModifiedBy = props.creator
        props.keywords = one_line(info.keywords)
        props.description = clean_text(info.description)
        props.category = "报表"
        props.language = "zh-CN"
        props.created = info.created.astimezone(dt.UTC).replace(tzinfo=None)

    def _check_cancel(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelled()

    def _advance(self, rows: int) -> None:
        if self._on_rows is not None:
            self._on_rows(rows)

    @staticmethod
    def _set_widths(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        from openpyxl.utils import get_column_letter

        for index, column in enumerate(columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width

    @staticmethod
    def _styled(ws: WriteOnlyWorksheet, text: str, **style: Any) -> Cell:
        from openpyxl.cell.cell import Cell

        from bigcust_desktop.reports.cells import styled_array

        cell = Cell(ws, 1, 1, None, styled_array(ws, **style))
        cell.value = clean_text(text)  # headings carry names: a user's, a team's
        cell.data_type = "s"  # headings are ours, never formulas
        return cell

    def _section(self, ws: WriteOnlyWorksheet, text: str) -> Cell:
        from openpyxl.styles import Font, PatternFill

        fill = PatternFill("solid", fgColor=_SECTION_COLOR)
        return self._styled(ws, text, font=Font(bold=True), fill=fill)

    def _header_cells(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[Cell]:
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        from bigcust_desktop.reports.cells import styled_array

        thin = Side(style="thin", color=_BORDER_COLOR)
        array = styled_array(
            ws,
            font=Font(bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=_HEADER_COLOR),
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True),
            border=Border(left=thin, right=thin, top=thin, bottom=thin),
        )
        cells = []
        for column in columns:
            cell = Cell(ws, 1, 1, None, array)
            cell.value = clean_text(column.header)
            cell.data_type = "s"
            cells.append(cell)
        return cells

    @staticmethod
    def _chart(
        ws: WriteOnlyWorksheet, summary: Summary, header_row: int, last_row: int
    ) -> BarChart | LineChart:
        from openpyxl.chart import BarChart, LineChart, Reference

        spec = summary.chart
        chart: BarChart | LineChart
        if spec.kind == "line":
            chart = LineChart()
        else:
            chart = BarChart()
            chart.type = "col"
            chart.grouping = "clustered"
        chart.title = one_line(spec.title)
        chart.y_axis.title = one_line(spec.y_title)
        chart.y_axis.number_format = spec.y_format
        # openpyxl 3.1 marks axes deleted unless told otherwise: Excel then draws no labels.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.legend.position = "b"
        chart.width, chart.height = 18, 9
        for index in spec.series:
            data = Reference(ws, min_col=index + 1, min_row=header_row, max_row=last_row)
            chart.add_data(data, titles_from_data=True)
        if isinstance(chart, LineChart):
            for series in chart.series:
                series.smooth = False  # a smoothed line invents values between the months
                series.marker.symbol = "circle"
        chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row))
        return chart


def _escape_header(text: str) -> str:
    """Header and footer text treats ``&`` as a code; a literal one is doubled."""
    return one_line(text).replace("&", "&&")
