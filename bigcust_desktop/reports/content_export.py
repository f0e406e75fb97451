"""Write one ready-made `ReportContent` (a rehearsal, a segment's customers) as a workbook through
the one writer, and record the export (local audit log and the audit event) in the transaction
that renames it into place — as `export` does for the catalogue's reports.

Depends on the store, the report writer and files, and the export audit.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bigcust_desktop import __version__
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.reports.audit import record_export
from bigcust_desktop.reports.definition import ReportContent
from bigcust_desktop.reports.errors import ExportCancelled
from bigcust_desktop.reports.export import ExportedFile
from bigcust_desktop.reports.files import check_output, discard, output_error, publish, temp_beside
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.scope import user_label
from bigcust_desktop.reports.writer import DocumentInfo, WorkbookWriter
from bigcust_desktop.store.engine import Store


def _local(instant: dt.datetime) -> str:
    return f"{instant.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）"


def export_content(
    store: Store,
    user: UserProfile | None,
    out_path: Path,
    *,
    report: str,
    title: str,
    short: str,
    content: ReportContent,
    scope_label: str,
    scope: Mapping[str, Any],
    facts: tuple[tuple[str, str], ...] = (),
    personal_data: bool = False,
    cancel: threading.Event | None = None,
) -> ExportedFile:
    """Write ``content`` (summary sheet, then its tables, then the cover) to ``out_path``.

    Raises `ReportUsageError`/`ReportOutputError` as `export` does; `ExportCancelled` leaves no
    file. The audit row and event name ``report`` with ``scope`` and the rows written.
    """
    final = check_output(Path(out_path))
    now = dt.datetime.now(dt.UTC)
    subtitle = [f"范围：{scope_label}", f"导出：{user_label(user)}，{_local(now)}"]
    info = DocumentInfo(
        title=title,
        subject=scope_label,
        creator=user.name if user and user.name else "bigcust-desktop",
        keywords=report,
        description="\n".join(subtitle),
        created=now,
    )
    temp = temp_beside(final)
    writer = WorkbookWriter(info, cancel=cancel)
    try:
        try:
            writer.write_summary(f"{short}-汇总", content.summary, subtitle)
            for table in content.tables:
                writer.write_table(table, f"{short}-{table.sheet}")
            writer.write_cover(
                title,
                [
                    ("报表", title),
                    ("范围", scope_label),
                    *facts,
                    ("导出人", user_label(user)),
                    ("导出时间", _local(now)),
                    ("生成程序", f"bigcust-desktop {__version__}"),
                    ("说明", "所有数值均为导出时的静态值，不含公式。"),
                ],
            )
            if cancel is not None and cancel.is_set():
                raise ExportCancelled()
            try:
                writer.save(temp)
            except OSError as exc:
                raise output_error(final, exc) from exc
        except BaseException:
            writer.discard()
            raise
        rows = dict(writer.rows)
        with store.begin(write=True) as conn:
            record_export(
                conn,
                user,
                report=report,
                scope=scope,
                rows=sum(rows.values()),
                file_name=final.name,
                personal_data=personal_data,
                details={
                    "report": [report],
                    "scope": dict(scope),
                    "rows": sum(rows.values()),
                    "sheets": rows,
                    "file": final.name,
                    "folder": str(final.parent),
                },
                now=now,
            )
            publish([(temp, final)])
    except BaseException:
        discard([temp])
        raise
    return ExportedFile(final, (report,), rows)
