"""Export reports to Excel: the API the UI (from a worker thread) and the CLI call.

Reads one snapshot of the store, writes each workbook to a temporary file beside its target,
then, in one write transaction, records the export in the audit log and renames the files into
place. Depends on the store, the report definitions and the writer.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection

from bigcust_desktop import __version__
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.timefmt import format_instant, parse_instant, parse_month
from bigcust_desktop.reports.audit import record_export
from bigcust_desktop.reports.catalog import definitions
from bigcust_desktop.reports.definition import ReportContent, ReportContext, ReportDefinition
from bigcust_desktop.reports.errors import ExportCancelled, ReportOutputError, ReportUsageError
from bigcust_desktop.reports.files import (
    check_output,
    default_file_name,
    discard,
    output_error,
    publish,
    temp_beside,
)
from bigcust_desktop.reports.period import BEIJING, ReportFilters
from bigcust_desktop.reports.scope import Scope, Staff, resolve_scope, user_label
from bigcust_desktop.reports.writer import DocumentInfo, WorkbookWriter
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.analytics import last_billed_period
from bigcust_desktop.store.services.meta import read_meta
from bigcust_desktop.store.services.sync_state import LAST_SYNC_KEY

ProgressCallback = Callable[[int, int | None], None]
AUDIT_ACTION = "export"


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    reports: tuple[str, ...]
    rows: dict[str, int]  # sheet title -> data rows (the cover not counted)


@dataclass(frozen=True)
class ExportResult:
    files: tuple[ExportedFile, ...]

    @property
    def path(self) -> Path:
        """The (first) workbook written."""
        return self.files[0].path

    @property
    def rows(self) -> dict[str, int]:
        """Rows per sheet over every file (sheet titles carry their report's prefix)."""
        return {sheet: n for f in self.files for sheet, n in f.rows.items()}

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


@dataclass
class _Plan:
    final: Path
    built: list[tuple[ReportDefinition, ReportContext, ReportContent]]


class _Progress:
    def __init__(self, callback: ProgressCallback | None, total: int | None) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def add(self, rows: int) -> None:
        self.done += rows
        if self.callback is not None:
            self.callback(self.done, self.total)


def _local(instant: dt.datetime) -> str:
    return f"{instant.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）"


def _targets(
    chosen: list[ReportDefinition], out_path: Path, separate: bool, now: dt.datetime
) -> list[tuple[list[ReportDefinition], Path]]:
    if not separate or (len(chosen) == 1 and out_path.suffix.lower() == ".xlsx"):
        return [(chosen, check_output(out_path))]
    folder = out_path.expanduser().absolute()
    if not folder.is_dir():
        raise ReportOutputError(
            "report.folder_missing",
            f"The folder {folder} does not exist (one workbook per report needs a folder).",
            {"folder": str(folder)},
        )
    local = now.astimezone(BEIJING)
    return [([d], check_output(folder / default_file_name([d.name], local))) for d in chosen]


def _context(
    conn: Connection,
    definition: ReportDefinition,
    filters: ReportFilters,
    scope: Scope,
    staff: Staff,
    as_of: dt.datetime,
) -> ReportContext:
    today = as_of.astimezone(BEIJING).date()
    last_billed = parse_month(last_billed_period(conn, today), "period")
    period = definition.period_for(filters.period_from, filters.period_to, today, last_billed)
    if definition.max_months is not None and len(period.months()) > definition.max_months:
        raise ReportUsageError(
            "report.period_too_long",
            f"The {definition.name} report covers at most {definition.max_months} months.",
            {"report": definition.name, "max": definition.max_months},
        )
    return ReportContext(conn, scope, staff, period, as_of, filters.stale_days)


def _last_sync(conn: Connection) -> str:
    value = read_meta(conn, LAST_SYNC_KEY)
    if isinstance(value, str):
        try:
            return _local(parse_instant(value))
        except ValidationError:
            pass
    return "未同步"


def _cover_facts(
    plan: _Plan,
    scope: Scope,
    user: UserProfile | None,
    filters: ReportFilters,
    as_of: dt.datetime,
    now: dt.datetime,
    last_sync: str,
) -> list[tuple[str, str]]:
    defs = [d for d, _, _ in plan.built]
    facts = [
        ("报表", "、".join(f"{d.title_zh}（{d.name}）" for d in defs)),
        ("期间", "；".join(f"{d.title_zh}：{ctx.period.label()}" for d, ctx, _ in plan.built)),
        ("范围", scope.label),
    ]
    if any(d.name == "coverage" for d in defs):
        facts.append(("未接触天数（N）", str(filters.stale_days)))
    facts += [
        ("数据截至", _local(as_of)),
        ("最近同步", last_sync),
        ("导出人", user_label(user)),
        ("导出时间", _local(now)),
        ("生成程序", f"bigcust-desktop {__version__}"),
        ("说明", "所有数值均为导出时的静态值，不含公式；以 =、+、-、@ 开头的文本按文本保存。"),
    ]
    return facts


def _write(
    plan: _Plan,
    temp: Path,
    facts: list[tuple[str, str]],
    info: DocumentInfo,
    subtitle: list[str],
    tracker: _Progress,
    cancel: threading.Event | None,
) -> dict[str, int]:
    writer = WorkbookWriter(info, on_rows=tracker.add, cancel=cancel)
    try:
        for definition, ctx, content in plan.built:
            lines = [f"期间：{ctx.period.label()}", *subtitle]
            writer.write_summary(f"{definition.short_zh}-汇总", content.summary, lines)
            for table in content.tables:
                writer.write_table(table, f"{definition.short_zh}-{table.sheet}")
        writer.write_cover("大客户报表 · " + "、".join(d.title_zh for d, _, _ in plan.built), facts)
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        try:
            writer.save(temp)
        except OSError as exc:
            raise output_error(plan.final, exc) from exc
    except BaseException:
        writer.discard()
        raise
    return dict(writer.rows)


def _record(
    store: Store,
    user: UserProfile | None,
    filters: ReportFilters,
    as_of: dt.datetime,
    now: dt.datetime,
    files: list[ExportedFile],
    staged: list[tuple[Path, Path]],
) -> None:
    """Audit rows (and the audit events for the city CRM) and renames in one transaction: no
    recorded export without its file, and no file without its record (a failed commit removes
    the files again)."""
    published = False
    try:
        with store.begin(write=True) as conn:
            for f in files:
                details = {
                    "report": list(f.reports),
                    "filters": {**filters.to_json(), "as_of": format_instant(as_of)},
                    "rows": sum(f.rows.values()),
                    "sheets": f.rows,
                    "file": f.path.name,
                    "folder": str(f.path.parent),
                }
                record_export(
                    conn,
                    user,
                    report=",".join(f.reports),
                    scope={k: v for k, v in details["filters"].items() if v is not None},
                    rows=details["rows"],
                    file_name=f.path.name,
                    details=details,
                    now=now,
                )
            publish(staged)
            published = True
    except BaseException:
        if published:
            discard(final for _, final in staged)
        raise


def export(
    store: Store,
    report_names: Sequence[str],
    filters: ReportFilters,
    user: UserProfile | None,
    out_path: Path,
    *,
    separate: bool = False,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Write `report_names` ("all" for every report) to `out_path`: one workbook, or with
    `separate` one per report into the folder `out_path`.

    `user` is the signed-in user's profile (id, name, role, team_id ...), None if unknown.
    `progress(done, total)` is called as rows are written; setting `cancel` stops the export
    with ExportCancelled and leaves no file. Raises ReportUsageError (bad choice) and
    ReportOutputError (cannot write); both carry a code and an English message.
    """
    chosen = definitions(list(report_names))
    now = dt.datetime.now(dt.UTC)
    as_of = filters.as_of or now
    targets = _targets(chosen, Path(out_path), separate, now)
    staged: list[tuple[Path, Path]] = []
    files: list[ExportedFile] = []
    try:
        with store.begin() as conn:  # one snapshot: summaries and details agree
            staff = Staff.load(conn)
            scope = resolve_scope(conn, user, filters, staff)
            plans = []
            for defs, final in targets:
                plan = _Plan(final, [])
                for d in defs:
                    if cancel is not None and cancel.is_set():
                        raise ExportCancelled()
                    ctx = _context(conn, d, filters, scope, staff, as_of)
                    plan.built.append((d, ctx, d.build(ctx)))  # summaries now, details lazily
                plans.append(plan)
            total = sum(
                len(content.summary.rows) + sum(t.count or 0 for t in content.tables)
                for plan in plans
                for _, _, content in plan.built
            )
            tracker = _Progress(progress, total)
            last_sync = _last_sync(conn)
            subtitle = [
                f"范围：{scope.label}",
                f"数据截至：{_local(as_of)}",
                f"导出：{user_label(user)}，{_local(now)}",
            ]
            for plan in plans:
                temp = temp_beside(plan.final)
                staged.append((temp, plan.final))
                names = tuple(d.name for d, _, _ in plan.built)
                info = DocumentInfo(
                    title="大客户报表：" + "、".join(d.title_zh for d, _, _ in plan.built),
                    subject=scope.label,
                    creator=user.name if user and user.name else "bigcust-desktop",
                    keywords=", ".join(names),
                    description="\n".join(subtitle),
                    created=now,
                )
                facts = _cover_facts(plan, scope, user, filters, as_of, now, last_sync)
                rows = _write(plan, temp, facts, info, subtitle, tracker, cancel)
                files.append(ExportedFile(plan.final, names, rows))
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        _record(store, user, filters, as_of, now, files, staged)
    except BaseException:
        discard(temp for temp, _ in staged)
        raise
    return ExportResult(tuple(files))
