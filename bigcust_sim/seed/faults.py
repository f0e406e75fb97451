"""Fault tickets (报障工单) with history and SLA due times: most resolved, some late, some open.

Depends on `domain.sla` and seed modules.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from bigcust_desktop.domain.sla import SLA_HOURS, Severity, due_at
from bigcust_sim.seed import stories
from bigcust_sim.seed.context import Context, poisson
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.organisation import Organisation
from bigcust_sim.seed.wire import DAY, Ids, day, day_number, instant, work_time

NOC = "NOC"  # who the network operations centre's history entries are by
# Of the tickets opened in the last days before as_of, the share still open.
_OPEN_DAYS = 10
_OPEN_SHARE = 0.4
_SEVERITY = {  # critical, major, minor, info
    "leased_line": (15, 35, 40, 10),
    "idc": (10, 30, 45, 15),
    "cloud": (8, 30, 47, 15),
    "broadband": (3, 25, 55, 17),
    "mobile": (1, 10, 55, 34),
    "iot": (1, 15, 50, 34),
}
_SEVERITIES = ("critical", "major", "minor", "info")
# kind | title | description | resolution (written by the operations centre)
_PROBLEM_TABLE = """
leased_line|专线中断|客户反映专线业务全部中断，总部与分支无法互通。|光缆被市政施工挖断，已熔接恢复。
leased_line|专线丢包严重|业务高峰期丢包率超过5%，视频会议卡顿。|汇聚层端口拥塞，已调整带宽并扩容。
leased_line|专线时断时续|专线每天多次闪断，每次约1-2分钟。|客户侧光模块老化，已更换。
idc|机柜断电告警|机柜A路电源告警，部分服务器重启。|PDU故障，已更换并恢复双路供电。
idc|IDC带宽异常|出口带宽跑满，疑似遭受DDoS攻击。|已启用流量清洗，攻击流量已牵引。
cloud|云主机无法访问|云主机远程登录超时，业务不可用。|宿主机故障，已热迁移至新宿主机。
cloud|云盘性能下降|云盘IO延迟明显升高。|存储集群均衡完成，性能恢复。
broadband|宽带频繁掉线|办公宽带每小时掉线数次。|入户光衰过大，已重新熔纤。
broadband|宽带速率不达标|测速仅为签约速率的三成。|OLT端口限速配置错误，已修正。
mobile|手机无法上网|多名员工手机在办公楼内无法使用数据业务。|基站传输故障，已恢复。
mobile|室内信号弱|办公楼高层室内信号差，通话经常中断。|已调整室分天线并增补微站。
mobile|短信收不到|部分号码收不到验证码短信。|短信中心路由异常，已修复。
iot|物联网卡离线|多张物联网卡批量离线，终端无法上报数据。|APN配置异常，已修正并恢复在线。
iot|物联网卡流量异常|物联网卡流量突增，疑似被盗用。|已开启机卡绑定并限制流量。
"""
_PROBLEMS: dict[str, list[tuple[str, str, str]]] = {}
for _row in _PROBLEM_TABLE.strip().splitlines():
    _kind, _title, _description, _resolution = _row.split("|")
    _PROBLEMS.setdefault(_kind, []).append((_title, _description, _resolution))
_ACCEPT_NOTES = ("已受理", "已受理，派单处理中")
_CLOSE_NOTES = ("客户确认恢复", "回访客户，业务正常", None)


def _severity(rng: random.Random, kind: str) -> str:
    weights = _SEVERITY[kind]
    roll = rng.random() * sum(weights)
    for severity, weight in zip(_SEVERITIES, weights, strict=True):
        roll -= weight
        if roll < 0:
            return severity
    return "info"


def build(ctx: Context, plans: list[CustomerPlan], org: Organisation) -> list[dict[str, Any]]:
    """Tickets over the last year; `repeated_faults` customers get several on one line lately."""
    rng = ctx.rng("faults")
    today = ctx.today
    ids = Ids("FLT", 6)
    tickets: list[dict[str, Any]] = []
    raw = [0.0 if p.status == "closed" else (p.lines**0.5) for p in plans]
    scale = ctx.spec.faults_per_customer * len(plans) / sum(raw)
    for plan, weight in zip(plans, raw, strict=True):
        lines = [s for s in plan.subscribers if s["status"] != "cancelled"]
        if not lines:
            continue
        recent: dict[str, int] = {}  # faults per line within the story window
        planned: list[tuple[dict[str, Any], int]] = []
        if plan.story == stories.REPEATED_FAULTS:
            # A line old enough to have had all its faults within the window; a circuit if any.
            cutoff = day(today - stories.RECENT_FAULT_DAYS)
            older = [s for s in lines if s["activated_on"] < cutoff] or lines
            circuits = [s for s in older if s["kind"] != "mobile"] or older
            line = rng.choice(circuits)
            for _ in range(3 + int(rng.random() * 3)):
                planned.append(
                    (line, today - 1 - int(rng.random() * (stories.RECENT_FAULT_DAYS - 2)))
                )
            recent[line["id"]] = 99
        for _ in range(poisson(rng, weight * scale)):
            line = rng.choice(lines)
            when = today - 1 - int(rng.random() * 364)
            if when >= today - stories.RECENT_FAULT_DAYS:
                # Outside the story, no line has more than two faults in the recent window.
                if recent.get(line["id"], 0) >= 2:
                    when -= stories.RECENT_FAULT_DAYS
                else:
                    recent[line["id"]] = recent.get(line["id"], 0) + 1
            planned.append((line, when))
        planned.sort(key=lambda item: item[1])
        for line, when in planned:
            if when <= day_number(dt.date.fromisoformat(line["activated_on"])):
                continue  # a fault drawn before the line existed
            tickets.append(_ticket(ctx, rng, ids.next(), plan, org, line, when))
    return tickets


def _ticket(
    ctx: Context,
    rng: random.Random,
    ticket_id: str,
    plan: CustomerPlan,
    org: Organisation,
    line: dict[str, Any],
    when: int,
) -> dict[str, Any]:
    kind = line["kind"]
    severity = _severity(rng, kind)
    title, description, resolution = rng.choice(_PROBLEMS[kind])
    reporter = plan.manager.id
    if rng.random() < 0.1:
        reporter = org.regional_manager(plan.manager.team_id).id
    opened = work_time(rng, when) if rng.random() < 0.8 else when * DAY + int(rng.random() * DAY)
    opened_dt = dt.datetime.fromtimestamp(opened, dt.UTC)
    due = int(due_at(severity, opened_dt).timestamp())
    sla = SLA_HOURS[Severity(severity)] * 3600
    roll = rng.random()
    ratio = 0.15 + rng.random() * 0.8
    if roll > 0.97:
        ratio = 3 + rng.random() * 7  # stuck: waiting for a permit, a part, the customer
    elif roll > 0.82:
        ratio = 1.05 + rng.random() * 2  # breached
    resolved = opened + int(sla * ratio)
    accepted = opened + min(300 + int(rng.random() * 1500), (resolved - opened) // 5)
    working = accepted + min(300 + int(rng.random() * 3300), (resolved - opened) // 5)
    if ctx.now - opened < _OPEN_DAYS * DAY and rng.random() < _OPEN_SHARE:
        # Still being worked at as_of (past its due time or not); the later steps lie ahead.
        later = ctx.now + 600 + int(rng.random() * 3 * DAY)
        resolved = later + DAY
        roll = rng.random()
        if roll < 0.3:
            accepted = working = later
        elif roll < 0.6:
            working = later
    closed = resolved + int((0.5 + rng.random() * 2.5) * DAY) if rng.random() < 0.8 else None
    events = [
        ("new", opened, reporter, f"{line['service_number']} {title}"),
        ("accepted", accepted, NOC, rng.choice(_ACCEPT_NOTES)),
        ("in_progress", working, NOC, f"已派单至{plan.city}网络维护中心"),
        ("resolved", resolved, NOC, resolution),
    ]
    if closed is not None:
        events.append(("closed", closed, reporter, rng.choice(_CLOSE_NOTES)))
    history = [
        {"status": status, "at": instant(at), "by": by, "note": note}
        for status, at, by, note in events
        if at < ctx.now
    ]
    status = history[-1]["status"]
    done = status in ("resolved", "closed")
    return {
        "id": ticket_id,
        "customer_id": plan.id,
        "subscriber_id": line["id"],
        "reported_by": reporter,
        "severity": severity,
        "title": title,
        "description": f"{line['service_number']}：{description}",
        "status": status,
        "opened_at": instant(opened),
        "due_at": instant(due),
        "resolved_at": instant(resolved) if done else None,
        "resolution": resolution if done else None,
        "history": history,
        "version": len(history),
        "updated_at": history[-1]["at"],
    }
