"""Stories (ground truth): which ~15% of customers carry a pattern a manager should notice.

Depends on `seed.customers` and `seed.context`.
"""

from __future__ import annotations

from bigcust_sim.seed.context import Context
from bigcust_sim.seed.customers import CustomerPlan

REVENUE_SLIDING = "revenue_sliding"  # bill totals fall month after month over the last months
ARREARS_GROWING = "arrears_growing"  # each of the last bills left (partly) unpaid
REPEATED_FAULTS = "repeated_faults"  # several faults on one line within the last 90 days
LINES_CANCELLED = "lines_cancelled"  # a third of the lines cancelled within the last 60 days
CONTRACT_ENDING = "contract_ending"  # the customer's term contract ends within 90 days
NOT_CONTACTED = "not_contacted"  # no contact of any channel within the last 90 days

STORIES: tuple[str, ...] = (
    REVENUE_SLIDING,
    ARREARS_GROWING,
    REPEATED_FAULTS,
    LINES_CANCELLED,
    CONTRACT_ENDING,
    NOT_CONTACTED,
)
SHARE = 0.15
# Days before as_of that the story windows cover.
RECENT_FAULT_DAYS = 90
RECENT_CANCEL_DAYS = 60
CONTRACT_WINDOW_DAYS = 90
CONTACT_GAP_DAYS = 90
SLIDING_MONTHS = 4  # last months of falling bills
ARREARS_MONTHS = 4  # last bills left unpaid


def _eligible(plan: CustomerPlan, story: str, today: int) -> bool:
    if story == REVENUE_SLIDING:
        # A year of its own bills, and no branch lines on its accounts to blur the trend.
        return plan.holds_accounts and not plan.is_group and plan.created < today - 430
    if story == ARREARS_GROWING:
        return plan.holds_accounts and plan.created < today - 430
    if story == LINES_CANCELLED:
        return plan.lines >= 4 and plan.created < today - 200
    if story in (REPEATED_FAULTS, NOT_CONTACTED):
        return plan.created < today - 200
    return True


def assign(ctx: Context, plans: list[CustomerPlan]) -> dict[str, list[str]]:
    """Give ~15% of active customers one story, balanced across stories; the ground truth."""
    rng = ctx.rng("stories")
    candidates = [p for p in plans if p.status == "active"]
    rng.shuffle(candidates)
    target = round(SHARE * len(plans))
    counts = dict.fromkeys(STORIES, 0)
    truth: dict[str, list[str]] = {}
    for plan in candidates:
        if len(truth) >= target:
            break
        options = [s for s in STORIES if _eligible(plan, s, ctx.today)]
        if not options:
            continue
        story = min(options, key=lambda s: (counts[s], STORIES.index(s)))
        counts[story] += 1
        plan.story = story
        truth[plan.id] = [story]
    return dict(sorted(truth.items()))
