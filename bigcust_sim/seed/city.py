"""City CRM data: opportunities (商机) sized to their customer, quotes (报价单) priced by the domain
rule with numbers and revisions, activities with competitors' offers noted.

Depends on the domain's stage and pricing rules and seed modules.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.pricing import (
    below_floor_points,
    needs_approval,
    price_line,
    quote_total,
    wire_approval_level,
)
from bigcust_desktop.domain.stages import DEFAULT_PROBABILITY, Stage
from bigcust_sim.seed import stories
from bigcust_sim.seed.catalogue import PRODUCTS, Product
from bigcust_sim.seed.context import Context, pick, poisson
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.organisation import Organisation
from bigcust_sim.seed.wire import DAY, Ids, day, instant, money, new_uuid, work_time

_STAGES = (("lead", 18), ("qualified", 17), ("proposal", 15), ("negotiation", 12), ("won", 22),
           ("lost", 16))  # fmt: skip
_CATEGORY_MIX: dict[str, tuple[tuple[str, int], ...]] = {
    "internet": (("cloud", 35), ("idc", 25), ("leased_line", 20), ("mobile", 15), ("vnet", 5)),
    "finance": (("leased_line", 40), ("mobile", 25), ("cloud", 15), ("idc", 10), ("vnet", 10)),
    "government": (("leased_line", 35), ("mobile", 25), ("cloud", 20), ("vnet", 10),
                   ("broadband", 10)),
}  # fmt: skip
_DEFAULT_MIX = (("mobile", 35), ("leased_line", 20), ("vnet", 15), ("broadband", 15),
                ("cloud", 10), ("idc", 5))  # fmt: skip
_TITLES: dict[str, tuple[str, ...]] = {
    "mobile": ("移动办公套餐升级", "新增集团手机号码", "员工手机卡集采", "物联网卡批量采购"),
    "vnet": ("集团V网组网", "V网短号扩容"),
    "broadband": ("企业宽带提速", "门店宽带覆盖", "办公区千兆宽带改造"),
    "leased_line": ("互联网专线扩容", "总部-分支MSTP组网", "OTN精品专线", "SD-WAN组网改造",
                    "5G行业专网试点"),
    "idc": ("IDC机柜租用", "机房搬迁至移动IDC", "IDC带宽扩容"),
    "cloud": ("业务系统上云", "灾备上云", "GPU算力租用", "云主机扩容"),
}  # fmt: skip
# Yearly contract value ranges per category, in yuan.
_AMOUNT = {"mobile": (20_000, 400_000), "vnet": (2_000, 40_000), "broadband": (3_000, 60_000),
           "leased_line": (24_000, 800_000), "idc": (60_000, 1_200_000),
           "cloud": (10_000, 600_000)}  # fmt: skip
_QUANTITY = {"mobile": (10, 300), "vnet": (20, 500), "broadband": (1, 10), "leased_line": (1, 6),
             "idc": (1, 12), "cloud": (1, 40)}  # fmt: skip
_LOST_REASONS = ("价格高于竞争对手报价", "客户预算取消", "选择了其他运营商", "项目延期至明年",
                 "客户内部决策变更", "技术方案不满足要求")  # fmt: skip
_OPP_NOTES = ("客户要求提供三家比价", "需总部审批", "已与信息中心主任初步沟通", "预计年底招标",
              "竞争对手在接触", None, None, None)  # fmt: skip
_APPROVE_NOTES = ("同意，请尽快推进签约", "考虑客户战略价值，同意特价", "同意，下不为例")
_REJECT_NOTES = ("折扣超出授权，请重新报价", "请先与客户确认用量后再报")
_REASONS = ("竞争对手报价更低，客户要求跟价", "客户为战略客户，三年合约锁定",
            "集团统一采购，量大从优", "续约挽留，客户已收到异网报价")  # fmt: skip
_CHANNELS = (("visit", 30), ("phone", 35), ("sms", 8), ("email", 10), ("meeting", 10),
             ("campaign", 7))  # fmt: skip
_TOPICS = ("年度业务回顾", "专线扩容需求沟通", "5G专网方案交流", "续约洽谈", "云服务推介",
           "IDC机房参观", "集团V网成员变更", "节日走访", "满意度回访", "账单核对", "新业务推介",
           "信息化规划交流")  # fmt: skip
_OUTCOMES = (("positive", 35), ("neutral", 45), ("negative", 8), ("no_answer", 12))
# Offers other carriers made to our customers, as managers note them: carrier, offer, monthly fee.
_OFFERS = (
    ("china_telecom", "天翼云主机首年五折", "1800.00"),
    ("china_unicom", "互联网专线带宽免费翻倍", "4500.00"),
    ("china_telecom", "千兆宽带融合套餐免一年月租", None),
    ("china_broadnet", "物联网卡每张每月0.5元", "500.00"),
    ("china_unicom", "集团手机卡套餐七折、赠送终端", "12000.00"),
)
_ACTIVITY_NOTES = ("客户对方案感兴趣，下周再约", "关键人出差，改约", "已发送资费说明",
                   "客户反映网络质量有改善", "需要准备报价", None)  # fmt: skip


def _orderable(category: str) -> list[Product]:
    return [p for p in PRODUCTS if p.category == category and p.active]


_ORDERABLE = {c: _orderable(c) for c in _TITLES}


def _weights(
    plans: list[CustomerPlan], mean: float, size: Callable[[CustomerPlan], float]
) -> list[float]:
    """Per-customer means that follow ``size`` and average ``mean``; none for closed customers."""
    raw = [0.0 if p.status == "closed" else size(p) for p in plans]
    scale = mean * len(plans) / sum(raw)
    return [w * scale for w in raw]


def opportunities(
    ctx: Context, plans: list[CustomerPlan], org: Organisation
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Opportunities across all stages, and the quotes made for them."""
    rng = ctx.rng("opportunities")
    today = ctx.today
    opp_ids, quote_ids = Ids("OPP", 6), Ids("QUO", 6)
    opps: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    means = _weights(
        plans,
        ctx.spec.opportunities_per_customer,
        lambda p: (p.lines + 2) ** 0.35 * (0.3 if p.status == "dormant" else 1.0),
    )
    for plan, mean in zip(plans, means, strict=True):
        stale = plan.story == stories.NOT_CONTACTED
        for _ in range(poisson(rng, mean)):
            stage = pick(rng, _STAGES)
            category = pick(rng, _CATEGORY_MIX.get(plan.industry, _DEFAULT_MIX))
            closed = stage in ("won", "lost")
            if closed or stale:
                created = today - 91 - int(rng.random() * 450)
            else:
                created = today - 1 - int(rng.random() ** 1.5 * 180)
            created = max(created, plan.created)
            if closed:
                close = min(today - 1, created + 14 + int(rng.random() * 180))
                updated = close
            else:
                close = created + 30 + int(rng.random() * 180)
                if close <= today and rng.random() < 0.8:
                    close = today + 1 + int(rng.random() * 120)  # most plans get moved forward
                updated = created + int((today - 1 - created) * rng.random())
                if stale:
                    updated = min(updated, today - 91)
            probability = DEFAULT_PROBABILITY[Stage(stage)]
            if not closed and rng.random() < 0.25:
                probability = max(5, min(95, probability + rng.choice((-10, -5, 5, 10))))
            lo, hi = _AMOUNT[category]
            # A bigger customer buys bigger: scaled by its lines, about 1 for a book's median.
            size = min(6.0, max(0.25, ((plan.lines + 1) / 5) ** 0.5))
            amount = int((lo + (hi - lo) * rng.random() ** 2.5) * size) // 100 * 100
            created_at = work_time(rng, created)
            opp_id = opp_ids.next()
            title = f"{plan.record['short_name']}{rng.choice(_TITLES[category])}"
            opps.append(
                {
                    "id": opp_id,
                    "customer_id": plan.id,
                    "owner_id": plan.manager.id,
                    "title": title,
                    "stage": stage,
                    "product_category": category,
                    "amount": money(amount * 100),
                    "probability": probability,
                    "expected_close": day(close),
                    "lost_reason": rng.choice(_LOST_REASONS) if stage == "lost" else None,
                    "notes": rng.choice(_OPP_NOTES),
                    "created_at": instant(created_at),
                    "version": 1,
                    "updated_at": instant(max(created_at, work_time(rng, updated))),
                }
            )
            plan.opportunity_ids.append(opp_id)
            approver = org.regional_manager(plan.manager.team_id).id
            first: dict[str, Any] | None = None
            for n in range(_quote_count(rng, stage)):
                quotes.append(
                    _quote(
                        ctx,
                        rng,
                        quote_ids.next(),
                        plan,
                        opps[-1],
                        category,
                        created_at,
                        close,
                        stage,
                        n,
                        approver,
                    )
                )
                if first is None:
                    first = quotes[-1]
                else:
                    # A revision keeps the earlier version, which points to its successor.
                    quotes[-1].update(revision_of=first["id"], revision_no=n + 1)
                    first["superseded_by"] = quotes[-1]["id"]
    _number_quotes(quotes, {p.id: p.manager.city for p in plans})
    return opps, quotes


def _number_quotes(quotes: list[dict[str, Any]], cities: dict[str, str]) -> None:
    """Readable numbers per city and year in order of creation; a revision keeps its number."""
    counters: dict[tuple[str, str], int] = {}
    for quote in sorted(quotes, key=lambda q: (q["created_at"], q["id"])):
        if quote["revision_of"] is not None:
            continue
        # The year in Shanghai time: a quote made on 1 January 06:00 belongs to the new year.
        year = str(int(quote["created_at"][:4]) + (quote["created_at"][5:13] >= "12-31T16"))
        key = (cities[quote["customer_id"]], year)
        counters[key] = counters.get(key, 0) + 1
        quote["number"] = f"{key[0]}-{key[1]}-{counters[key]:06d}"
    numbers = {q["id"]: q["number"] for q in quotes}
    for quote in quotes:
        if quote["revision_of"] is not None:
            quote["number"] = numbers[quote["revision_of"]]


def _quote_count(rng: random.Random, stage: str) -> int:
    if stage in ("proposal", "negotiation"):
        return 2 if rng.random() < 0.2 else 1
    if stage == "won":
        return 1
    if stage == "lost":
        return 1 if rng.random() < 0.5 else 0
    if stage == "qualified":
        return 1 if rng.random() < 0.15 else 0
    return 0


def _quote(
    ctx: Context,
    rng: random.Random,
    quote_id: str,
    plan: CustomerPlan,
    opp: dict[str, Any],
    category: str,
    opp_created: int,
    close: int,
    stage: str,
    revision: int,
    approver: str,
) -> dict[str, Any]:
    today = ctx.today
    products = _ORDERABLE[category]
    chosen = rng.sample(products, min(len(products), 1 + int(rng.random() * 3)))
    term = max([rng.choice((12, 24, 36))] + [p.term for p in chosen])
    deep = rng.random() < 0.3  # some quotes go below the floor and need approval
    lines, priced = [], []
    depth = Decimal(0)
    one_time = Decimal(0)
    for product in chosen:
        lo, hi = _QUANTITY[category]
        quantity = lo + int((hi - lo) * rng.random() ** 2)
        gap = (1 - product.floor / product.fee) * 100  # deepest discount without approval
        pct = gap + 1 + rng.random() * 9 if deep else rng.random() * max(0.0, gap - 0.5)
        discount = Decimal(int(min(pct, 60.0) * 2)) / 2
        unit, floor = Decimal(product.fee) / 100, Decimal(product.floor) / 100
        once = product.charge == "one_time"
        if once:
            quantity = max(1, quantity // 10)
        line = price_line(unit, quantity, discount, 1 if once else term, floor)
        priced.append(line)
        depth = max(depth, below_floor_points(line.net_unit_price, floor))
        if once:
            one_time += line.line_total
        lines.append(
            {
                "id": new_uuid(rng),
                "product_id": product.id,
                "quantity": quantity,
                "unit_price": f"{unit:.2f}",
                "discount_pct": f"{discount:.2f}",
                "net_unit_price": f"{line.net_unit_price:.2f}",
                "line_total": f"{line.line_total:.2f}",
                "customer_id": None,
                "charge_type": product.charge,
                "vat_category": product.vat,
            }
        )
    below = needs_approval(priced)
    status = _quote_status(rng, stage, below)
    end = close if stage in ("won", "lost") else today - 1
    created_day = opp_created // DAY
    created_day += int(max(0, end - created_day) * (0.3 + 0.7 * rng.random()))
    created = max(opp_created + 3600, work_time(rng, min(created_day, today - 1)))
    valid_until = created // DAY + 30
    if status in ("approved", "sent") and valid_until < today:
        status = "expired"
    reviewed = below and status in ("approved", "rejected", "sent", "accepted", "expired")
    note = None
    if reviewed:
        note = rng.choice(_REJECT_NOTES if status == "rejected" else _APPROVE_NOTES)
    updated = (
        created if status == "draft" else min(ctx.now - 1, created + int(rng.random() * 5 * DAY))
    )
    return {
        "id": quote_id,
        "customer_id": plan.id,
        "opportunity_id": opp["id"],
        "owner_id": plan.manager.id,
        "title": opp["title"] + ("报价" if revision == 0 else "报价（修订）"),
        "status": status,
        "term_months": term,
        "valid_until": day(valid_until),
        "notes": None,
        "approved_by": approver if reviewed else None,
        "approval_note": note,
        "total": f"{quote_total(priced):.2f}",
        "created_at": instant(created),
        "lines": lines,
        "number": None,  # given in order of creation by _number_quotes
        "revision_of": None,
        "revision_no": 1,
        "superseded_by": None,
        "approval_reason": rng.choice(_REASONS) if below else None,
        "approval_level": wire_approval_level(depth) if below else None,
        "one_time_total": f"{one_time:.2f}",
        "version": 1,
        "updated_at": instant(updated),
    }


def _quote_status(rng: random.Random, stage: str, below: bool) -> str:
    roll = rng.random()
    if stage == "qualified":
        return "draft"
    if stage == "won":
        return "accepted"
    if stage == "lost":
        return "rejected" if below and roll < 0.3 else "expired"
    if stage == "negotiation":
        return "sent" if roll < 0.7 else "approved"
    if below:
        return "pending_approval" if roll < 0.5 else "approved" if roll < 0.8 else "rejected"
    return "draft" if roll < 0.35 else "approved" if roll < 0.65 else "sent"


def activities(ctx: Context, plans: list[CustomerPlan]) -> list[dict[str, Any]]:
    """Contacts over the last twelve months; none in the last 90 days for `not_contacted`."""
    rng = ctx.rng("activities")
    today = ctx.today
    ids = Ids("ACT", 6)
    out: list[dict[str, Any]] = []
    tier_weight = {"strategic": 1.8, "key": 1.3, "standard": 1.0, "basic": 0.6}
    means = _weights(
        plans, ctx.spec.activities_per_customer, lambda p: tier_weight[p.record["value_tier"]]
    )
    for plan, mean in zip(plans, means, strict=True):
        if plan.status == "closed":
            continue
        count = max(1, poisson(rng, mean))
        stale = plan.story == stories.NOT_CONTACTED
        days = []
        for n in range(count):
            if stale:
                days.append(today - 91 - int(rng.random() * 274))
            elif n == 0:
                days.append(today - 1 - int(rng.random() * 59))  # everyone else was seen lately
            else:
                days.append(max(plan.created, today - 1 - int(rng.random() * 364)))
        for when in sorted(days):
            channel = pick(rng, _CHANNELS)
            topic = rng.choice(_TOPICS)
            outcome = pick(rng, _OUTCOMES)
            if channel in ("phone", "campaign") and rng.random() < 0.15:
                outcome = "no_answer"
            elif outcome == "no_answer" and channel in ("visit", "meeting"):
                outcome = "neutral"
            if plan.story == stories.ARREARS_GROWING and when > today - 60 and rng.random() < 0.5:
                topic, outcome = "欠费催缴", "negative"
            owner = plan.manager.id
            opportunity = None
            if plan.opportunity_ids and rng.random() < 0.25:
                opportunity = rng.choice(plan.opportunity_ids)
            contact = rng.choice(plan.contact_ids) if rng.random() < 0.9 else None
            at = work_time(rng, when)
            offer = None
            rival = plan.story == stories.COMPETITOR_OFFER and when == max(days)
            if rival or (when < today - 180 and rng.random() < 0.02):
                # Lately for the story's customers; long ago (not a signal) for a few others.
                carrier, text, fee = rng.choice(_OFFERS)
                offer = {"carrier": carrier, "offer": text, "monthly_fee": fee, "valid_until": None}
                topic, channel = "异网竞争信息", "visit" if channel == "campaign" else channel
            out.append(
                {
                    "id": ids.next(),
                    "customer_id": plan.id,
                    "opportunity_id": opportunity,
                    "contact_id": contact,
                    "owner_id": owner,
                    "channel": channel,
                    "topic": topic,
                    "outcome": outcome,
                    "occurred_at": instant(at),
                    "notes": rng.choice(_ACTIVITY_NOTES),
                    "product_id": None,
                    "campaign_id": None,
                    "campaign_task_id": None,
                    "competitor_offer": offer,
                    "version": 1,
                    "updated_at": instant(at + 600),
                }
            )
    return out
