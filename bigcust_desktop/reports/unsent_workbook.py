"""The unsent-work export as a workbook a person reads (issue 18): one row per edit — when, what
record, which customer, what changed (old → new), its state and the server's reason, in Chinese.

The JSON form (`store.outbox.export_unsent`) stays for re-import and support; `write_unsent`
picks the form by the file's extension for the CLI and the window. Written through the one
workbook writer; like the JSON it is not an export of the book but the user's own changes, so it
is not an audit event (which would itself wait to be sent and keep a sign-out refused).
Depends on the store, the writer, the files helpers and the reports' Chinese labels.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from bigcust_desktop import __version__
from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.reports.definition import Chart, Column, Figure, Kind, Summary, Table
from bigcust_desktop.reports.files import check_output, discard, output_error, publish, temp_beside
from bigcust_desktop.reports.labels import (
    CATEGORY,
    CHANNEL,
    OUTCOME,
    QUOTE_STATUS,
    SEVERITY,
    STAGE,
    TICKET_STATUS,
    label,
)
from bigcust_desktop.reports.period import BEIJING
from bigcust_desktop.reports.writer import DocumentInfo, WorkbookWriter
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.outbox.export import UnsentEdit

STATE = {"pending": "待发送", "sending": "待发送", "rejected": "被拒绝", "conflict": "冲突"}
KIND = {"create": "新建", "update": "修改", "delete": "删除"}
FIELD = {
    "customer_id": "客户",
    "owner_id": "负责人",
    "title": "名称",
    "name": "名称",
    "stage": "阶段",
    "status": "状态",
    "severity": "严重程度",
    "product_category": "产品",
    "amount": "年金额",
    "probability": "赢率",
    "expected_close": "预计成交日期",
    "lost_reason": "输单原因",
    "notes": "备注",
    "term_months": "期限（月）",
    "valid_until": "有效期至",
    "total": "总价",
    "lines": "报价明细",
    "channel": "渠道",
    "topic": "主题",
    "outcome": "结果",
    "occurred_at": "发生时间",
    "description": "描述",
    "due_at": "到期时间",
    "due_on": "到期日期",
    "resolution": "处理结果",
    "changes": "申请修改内容",
    "reason": "原因",
    "location": "地点",
    "starts_at": "开始时间",
    "ends_at": "结束时间",
}
_VALUES: dict[str, Mapping[str, str]] = {
    "stage": STAGE,
    "product_category": CATEGORY,
    "severity": SEVERITY,
    "channel": CHANNEL,
    "outcome": OUTCOME,
}
_STATUS = {"quote": QUOTE_STATUS, "fault_ticket": TICKET_STATUS}
_SKIP = frozenset({"id", "version", "updated_at", "history", "circuits"})
_MAX_TEXT = 500  # a cell stays readable; the JSON keeps everything
_EMPTY = "（空）"

COLUMNS = (
    Column("修改时间", Kind.DATETIME, 18),
    Column("记录类型", Kind.TEXT, 12),
    Column("记录", Kind.TEXT, 28),
    Column("客户", Kind.TEXT, 28),
    Column("操作", Kind.TEXT, 8),
    Column("修改内容（原值 → 新值）", Kind.TEXT, 60),
    Column("状态", Kind.TEXT, 10),
    Column("原因", Kind.TEXT, 50),
)


def write_unsent(store: Store, path: Path) -> int:
    """Write every unsent, refused or conflicting edit to `path`: a workbook for ``.xlsx``,
    else the JSON document; returns how many."""
    if path.suffix.lower() == ".xlsx":
        return write_workbook(store, path)
    return store.outbox.export_unsent(path)


def _value(entity: str, field: str, value: Any) -> str:
    if value is None or value == "":
        return _EMPTY
    if field == "status" and entity in _STATUS:
        return label(_STATUS[entity], str(value))
    if field in _VALUES:
        return label(_VALUES[field], str(value))
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list | dict):
        return f"{len(value)} 项" if isinstance(value, list) else "（已修改）"
    text = str(value)
    return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"


def changes_text(edit: UnsentEdit) -> str:
    """备注：旧 → 新；阶段：线索 → 方案报价 (a create lists its values, a delete says so)."""
    if edit.kind == "delete":
        return "删除这条记录"
    old = edit.server_record or {}
    parts = []
    for field, new in edit.fields.items():
        if field in _SKIP:
            continue
        name = FIELD.get(field, field)
        if edit.kind == "create" or field not in old:
            parts.append(f"{name}：{_value(edit.entity, field, new)}")
        else:
            before = _value(edit.entity, field, old.get(field))
            parts.append(f"{name}：{before} → {_value(edit.entity, field, new)}")
    return "；".join(parts)


def reason_text(edit: UnsentEdit) -> str:
    """Why the edit is not on the server, in Chinese (never the server's English)."""
    if edit.state == "conflict" and edit.conflict:
        fields = sorted(
            set(edit.conflict.get("mine") or {}) | set(edit.conflict.get("theirs") or {})
        )
        named = "、".join(FIELD.get(f, f) for f in fields)
        return f"服务器上同一内容已被他人修改（{named}），请在同步面板中选择保留哪一方"
    if edit.state != "rejected":
        return "尚未发送，下次同步时发送" if edit.state == "pending" else "已发出，等待服务器确认"
    reasons = []
    for error in edit.errors:
        code = str(error.get("code") or "")
        owner = error.get("owner") if code == "not_visible" else None
        if isinstance(owner, Mapping) and owner.get("name"):
            reasons.append(f"客户已划转给 {owner['name']}，请联系其处理或放弃此修改")
        elif code == "not_visible":
            reasons.append("客户已不在您的客户范围内（可能已划转给其他客户经理）")
        elif code == "not_found":
            reasons.append("服务器上已没有这条记录")
        else:
            field = FIELD.get(str(error.get("field") or ""), str(error.get("field") or ""))
            reasons.append(f"服务器拒绝了{field or '此修改'}（{code or '未知原因'}）")
    return "；".join(reasons) or "服务器拒绝了此修改"


def _record_name(edit: UnsentEdit) -> str:
    record = edit.record or edit.server_record or edit.fields
    for key in ("title", "name", "topic", "number"):
        if record.get(key):
            return str(record[key])
    return edit.record_id


def _customer(names: Mapping[str, str], customer_id: Any) -> str:
    if not customer_id:
        return ""
    # A customer that left the book is no longer here: its id, for the new manager to find it.
    return names.get(str(customer_id)) or f"（已不在本机）{customer_id}"


def write_workbook(store: Store, path: Path) -> int:
    """The workbook: a summary by record type and state, then one row per edit."""
    final = check_output(Path(path))
    edits = store.outbox.unsent()
    user = store.meta.user()
    customer_ids = {
        str(c)
        for e in edits
        for c in [(e.record or e.server_record or e.fields).get("customer_id")]
        if c
    }
    names = store.customers.names(customer_ids) if customer_ids else {}
    now = dt.datetime.now(dt.UTC)
    rows = [
        (
            dt.datetime.fromisoformat(e.created_at),
            HOMES[e.entity].label_zh if e.entity in HOMES else e.entity,
            _record_name(e),
            _customer(names, (e.record or e.server_record or e.fields).get("customer_id")),
            KIND.get(e.kind, e.kind),
            changes_text(e),
            STATE.get(e.state, e.state),
            reason_text(e),
        )
        for e in edits
    ]
    by_type: dict[str, Counter[str]] = {}
    for row in rows:
        by_type.setdefault(row[1], Counter())[row[6]] += 1
    states = ("待发送", "被拒绝", "冲突")
    summary = Summary(
        heading="未发送到服务器的修改",
        figures=[Figure(state, sum(c[state] for c in by_type.values())) for state in states],
        columns=[Column("记录类型", Kind.TEXT, 16), *(Column(s, Kind.INT, 10) for s in states)],
        rows=[[kind, *(counts[s] for s in states)] for kind, counts in sorted(by_type.items())],
        chart=Chart("bar", "各类记录的未发送修改", "条数", (1, 2, 3)),
        notes=(
            "本文件供阅读和核对；要交给技术支持或重新导入，请另存为 JSON 格式。",
            "时间为北京时间。",
        ),
    )
    exported = f"{now.astimezone(BEIJING):%Y-%m-%d %H:%M}（北京时间）"
    who = user.name if user and user.name else ""
    info = DocumentInfo(
        title="未发送的修改",
        subject=who,
        creator=who or "bigcust-desktop",
        keywords="unsent_edits",
        description=f"导出：{who}，{exported}",
        created=now,
    )
    temp = temp_beside(final)
    writer = WorkbookWriter(info)
    try:
        try:
            writer.write_summary("汇总", summary, [f"导出：{who}，{exported}"])
            writer.write_table(Table("明细", COLUMNS, rows, len(rows)), "明细")
            writer.write_cover(
                "未发送的修改",
                [
                    ("内容", "本机尚未发送到服务器、被拒绝或有冲突的修改"),
                    ("条数", str(len(rows))),
                    ("导出人", who),
                    ("导出时间", exported),
                    ("生成程序", f"bigcust-desktop {__version__}"),
                ],
            )
            try:
                writer.save(temp)
            except OSError as exc:
                raise output_error(final, exc) from exc
        except BaseException:
            writer.discard()
            raise
        publish([(temp, final)])
    except BaseException:
        discard([temp])
        raise
    if os.name == "posix":
        os.chmod(final, 0o600)  # the user's own edits, owner-only like the JSON
    return len(rows)
