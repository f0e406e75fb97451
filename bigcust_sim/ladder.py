"""The discount-authority ladder (区县 → 市 → 省) as the simulator applies it, provisionally.

How far the deepest quote line goes below its floor, in points of the floor price, decides the
level that must approve. The rule belongs in `bigcust_desktop/domain/pricing.py`; until it is
there the simulator and its seeded data answer with these bounds (docs/sync-protocol.md).
Depends on the domain's vocabulary only.
"""

from __future__ import annotations

from decimal import Decimal

from bigcust_desktop.domain.vocab_city import ApprovalLevel

LADDER: tuple[tuple[Decimal, ApprovalLevel], ...] = (
    (Decimal(10), ApprovalLevel.DISTRICT),
    (Decimal(25), ApprovalLevel.CITY),
)


def below_floor_points(floor: Decimal, net: Decimal) -> Decimal:
    """How many points of its floor a net unit price goes below it (0 when it does not)."""
    if not floor or net >= floor:
        return Decimal(0)
    return (floor - net) * 100 / floor


def approval_level(depth: Decimal) -> str | None:
    """The level a quote needs whose deepest line goes `depth` points below its floor."""
    if depth <= 0:
        return None
    for bound, level in LADDER:
        if depth <= bound:
            return level.value
    return ApprovalLevel.PROVINCE.value
