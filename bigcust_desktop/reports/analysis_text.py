"""Chinese text of the analysis's signals and figures for workbooks: a signal's figures in one
cell (``近3月典型月 ¥1,200.00；基线典型月 ¥1,800.00；变化 −33.3%``).

Depends on the domain's analytics figures and the reports' labels.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from bigcust_desktop.domain.analytics.figures import Figure, SignalCode, Unit
from bigcust_desktop.reports.labels import CHANNEL, label

SIGNAL_TITLE = {
    SignalCode.REVENUE_FALLING: "收入下滑",
    SignalCode.ARREARS_GROWING: "欠费增长",
    SignalCode.REPEATED_FAULTS: "故障反复",
    SignalCode.LINES_LOST: "用户流失",
    SignalCode.TERM_ENDING: "合约到期",
    SignalCode.NOT_CONTACTED: "长期未接触",
    SignalCode.COMPETITOR_OFFER: "竞争对手报价",
}

FIGURE_LABEL = {
    "basis": "比较基准",
    "recent_from": "近期起",
    "recent_to": "近期止",
    "recent_total": "近期合计",
    "recent_typical": "近期典型月",
    "baseline_from": "基线起",
    "baseline_to": "基线止",
    "baseline_total": "基线合计",
    "baseline_typical": "基线典型月",
    "change": "变化",
    "owed": "欠费",
    "periods_owing": "连续欠费月数",
    "newest_overdue": "最近逾期账期",
    "oldest_days": "最长逾期天数",
    "service_number": "号码",
    "faults": "故障数",
    "breaches": "超时数",
    "last_opened": "最近报障",
    "lines_hit": "涉及用户",
    "window_days": "统计天数",
    "cancelled": "拆机",
    "suspended": "停机",
    "lines": "用户数",
    "share": "占比",
    "lost_monthly": "流失月收入",
    "ends_on": "到期日",
    "days_left": "剩余天数",
    "first": "最早到期",
    "source": "来源",
    "commitments": "到期项",
    "monthly": "月收入",
    "last_contact": "最近接触",
    "days_since": "间隔天数",
    "gap_days": "阈值天数",
    "channel": "渠道",
    "owner_id": "接触人",
    "mentions": "提及次数",
    "term": "关键词",
    "at": "时间",
    "activity_id": "记录",
    "spend": "消费得分",
    "tenure": "在网得分",
    "growth": "增长得分",
    "member_paid_lines": "私用号码数",
}
# Figures the cell leaves out: identifiers and window bounds a reader does not need.
HIDDEN = frozenset({"activity_id", "recent_from", "recent_to", "baseline_from", "baseline_to"})
BASIS = {"year_ago": "去年同期", "months_before": "此前月份"}
SOURCE = {"subscriber": "号码合约", "contract": "合同"}
BEIJING = dt.timezone(dt.timedelta(hours=8))


def money_text(fen: int) -> str:
    return f"¥{Decimal(fen) / 100:,.2f}"


def figure_text(f: Figure) -> str:
    """One figure's value as a reader sees it."""
    v = f.value
    if v is None:
        return "—"
    if f.unit == Unit.FEN and isinstance(v, int):
        return money_text(v)
    if f.unit == Unit.PERCENT:
        return f"{v}%"
    if f.unit == Unit.DAYS:
        return f"{v}天"
    if f.unit == Unit.MONTHS:
        return f"{v}个月"
    if f.unit == Unit.INSTANT and isinstance(v, dt.datetime):
        return v.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")
    if f.unit == Unit.DATE and isinstance(v, dt.date):
        return v.isoformat()
    if f.name == "channel":
        return label(CHANNEL, str(v))
    if f.name == "basis":
        return BASIS.get(str(v), str(v))
    if f.name == "source":
        return SOURCE.get(str(v), str(v))
    return str(v)


def figures_text(figures: Iterable[Figure], names: dict[str, str] | None = None) -> str:
    """The figures in one line, Chinese labels, full-width semicolons between them."""
    staff = names or {}
    parts = []
    for f in figures:
        if f.name in HIDDEN:
            continue
        value = staff.get(str(f.value), str(f.value)) if f.name == "owner_id" else figure_text(f)
        parts.append(f"{FIGURE_LABEL.get(f.name, f.name)} {value}")
    return "；".join(parts)
