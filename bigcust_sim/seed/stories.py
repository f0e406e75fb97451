"""Stories (ground truth): which ~15% of customers carry a pattern a manager should notice, and
which carry a pattern that only looks like one (a seasonal dip, a refund month).

The codes are the at-risk signal codes of `domain.vocab_city.Signal`. The ground truth is written
to the data directory (`ground-truth.json`), never served. Depends on `seed.customers` and
`seed.context`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bigcust_sim.seed.context import Context
from bigcust_sim.seed.customers import CustomerPlan

REVENUE_SLIDING = "revenue_sliding"  # bill totals fall month after month over the last months
ARREARS_GROWING = "arrears_growing"  # each of the last bills left (partly) unpaid
REPEATED_FAULTS = "repeated_faults"  # several faults on one line within the last 90 days
LINES_CANCELLED = "lines_cancelled"  # a third of the lines cancelled within the last 60 days
CONTRACT_ENDING = "contract_ending"  # the customer's term contract ends within 90 days
NOT_CONTACTED = "not_contacted"  # no contact of any channel within the last 90 days
COMPETITOR_OFFER = "competitor_offer"  # a competitor's offer noted in an activity lately

STORIES: tuple[str, ...] = (
    REVENUE_SLIDING,
    ARREARS_GROWING,
    REPEATED_FAULTS,
    LINES_CANCELLED,
    CONTRACT_ENDING,
    NOT_CONTACTED,
    COMPETITOR_OFFER,
)

# Patterns that are not stories: a signal that fires on them is a false positive.
SEASONAL_DIP = "seasonal_dip"  # December or February bills 20-35 % lower, as every year
REFUND_MONTH = "refund_month"  # one month's bill lowered (or turned negative) by a refund
NOT_STORIES: tuple[str, ...] = (SEASONAL_DIP, REFUND_MONTH)
# Data-quality findings the generator planted (issue 14, 客户资料准确度), per customer.
DUPLICATE_USCC = "duplicate_uscc"  # registered twice under one credit code
DUPLICATE_NAME = "duplicate_name"  # near-equal names at one address
LEGACY_RESIDENT_ID = "legacy_resident_id"  # a contact with a 15-digit ID
LANDLINE_ONLY = "landline_only"  # a key contact reachable by landline only
SHARE = 0.15
# Days before as_of that the story windows cover.
RECENT_FAULT_DAYS = 90
COMPETITOR_DAYS = 90
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


@dataclass
class GroundTruth:
    """The answer key of a data set: stories, look-alikes and planted data-quality findings."""

    stories: dict[str, list[str]]
    not_stories: dict[str, list[str]] = field(default_factory=dict)
    data_quality: dict[str, list[str]] = field(default_factory=dict)

    def mark(self, table: dict[str, list[str]], customer_id: str, code: str) -> None:
        codes = table.setdefault(customer_id, [])
        if code not in codes:
            codes.append(code)

    def document(self, profile: str, seed: int, as_of: str) -> dict[str, Any]:
        """What `ground-truth.json` holds (sorted, so a data set always writes the same file)."""
        return {
            "profile": profile,
            "seed": seed,
            "as_of": as_of,
            "windows_days": {
                "repeated_faults": RECENT_FAULT_DAYS,
                "lines_cancelled": RECENT_CANCEL_DAYS,
                "contract_ending": CONTRACT_WINDOW_DAYS,
                "not_contacted": CONTACT_GAP_DAYS,
                "competitor_offer": COMPETITOR_DAYS,
            },
            "months": {"revenue_sliding": SLIDING_MONTHS, "arrears_growing": ARREARS_MONTHS},
            "stories": dict(sorted(self.stories.items())),
            "not_stories": {k: sorted(v) for k, v in sorted(self.not_stories.items())},
            "data_quality": {k: sorted(v) for k, v in sorted(self.data_quality.items())},
        }


GROUND_TRUTH_FILE = "ground-truth.json"


def write(path: Path, document: dict[str, Any]) -> None:
    """Write the answer key owner-only next to the simulator's database."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=1)
