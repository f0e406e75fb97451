"""The provincial CRM's value factors per customer, and its score and tier by the domain rule.

Depends on `domain.value` and seed modules.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.domain.value import value_score, value_tier
from bigcust_sim.seed import stories
from bigcust_sim.seed.context import Context
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.wire import fen_of


def _clamp(value: float) -> int:
    return max(0, min(100, round(value)))


def score(ctx: Context, plans: list[CustomerPlan]) -> None:
    """Fill value_factors, value_score and value_tier on every customer record."""
    rng = ctx.rng("value")
    monthly: dict[str, int] = {}
    for plan in plans:
        fen = sum(fen_of(s["arpu_3m"]) for s in plan.subscribers)
        monthly[plan.id] = monthly.get(plan.id, 0) + fen
        if plan.parent is not None:
            # A group is worth what its branches spend too.
            monthly[plan.parent.id] = monthly.get(plan.parent.id, 0) + fen
    # The province ranks spend against all its big customers: a percentile, not an amount.
    ranked = sorted(plans, key=lambda p: (monthly[p.id], p.index))
    spend_rank = {plan.id: 100 * n / max(1, len(ranked) - 1) for n, plan in enumerate(ranked)}
    for plan in plans:
        spend = spend_rank[plan.id]
        recent, before = sum(plan.billed[-3:]), sum(plan.billed[-6:-3])
        growth = 50 + rng.gauss(0, 8)
        if before and recent:
            growth = 50 + (recent / before - 1) * 250
        elif plan.story == stories.LINES_CANCELLED:
            growth = 25 + rng.random() * 10
        years = (ctx.today - plan.created) / 365.25
        # Big customers who stay with the operator tend to give it most of their spend.
        share = rng.triangular(15, 85, 45) + spend * 0.3
        if plan.story == stories.LINES_CANCELLED:
            share *= 0.6
        payment = 92 + rng.random() * 8
        if plan.bill_count:
            payment -= 250 * plan.arrears_bills / plan.bill_count
        factors = {
            "spend": _clamp(spend),
            "growth": _clamp(growth),
            "tenure": _clamp(years * 100 / 15),
            "share": _clamp(share),
            "payment": _clamp(payment),
        }
        if plan.status == "closed":
            factors.update(spend=0, growth=0, share=0)
        total = value_score(factors)
        record: dict[str, Any] = plan.record
        record["value_factors"] = factors
        record["value_score"] = f"{total:.2f}"
        record["value_tier"] = value_tier(total).value
