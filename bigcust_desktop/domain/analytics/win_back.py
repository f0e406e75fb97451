"""Win-back leads (异网策反): a customer's active lines with other carriers as cross-sell leads,
the competitor's contract ending soonest first, with the catalogue category an opportunity for
each needs. Pure rules, no I/O; money in Decimal yuan as recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from bigcust_desktop.domain.vocab import ProductCategory
from bigcust_desktop.domain.vocab_city import CompetitorService, CompetitorStatus

# The catalogue category that replaces a competitor's service (None: no single one does).
CATEGORY_OF_SERVICE: dict[str, ProductCategory | None] = {
    CompetitorService.MOBILE: ProductCategory.MOBILE,
    CompetitorService.IOT: ProductCategory.MOBILE,
    CompetitorService.BROADBAND: ProductCategory.BROADBAND,
    CompetitorService.LEASED_LINE: ProductCategory.LEASED_LINE,
    CompetitorService.FIXED_VOICE: None,
    CompetitorService.IDC: ProductCategory.IDC,
    CompetitorService.CLOUD: ProductCategory.CLOUD,
    CompetitorService.OTHER: None,
}


@dataclass(frozen=True, slots=True)
class CompetitorHolding:
    """What the cache knows of one competitor line (`competitor_line`)."""

    id: str
    carrier: str
    service: str
    lines: int
    status: str
    monthly_spend: Decimal | None = None
    contract_end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class WinBackLead:
    """An active competitor line to win back: its figures and what an opportunity needs."""

    holding: CompetitorHolding
    category: str | None
    days_left: int | None  # to the competitor's contract end (negative: ended, free to move)

    @property
    def annual_spend(self) -> Decimal | None:
        spend = self.holding.monthly_spend
        return None if spend is None else spend * 12


def win_back_leads(holdings: Iterable[CompetitorHolding], today: dt.date) -> list[WinBackLead]:
    """The active holdings as leads: a known contract end first, soonest (or already past)
    first; then those without one, the largest monthly spend first."""
    leads = [
        WinBackLead(
            h,
            None if (c := CATEGORY_OF_SERVICE.get(h.service)) is None else c.value,
            None if h.contract_end is None else (h.contract_end - today).days,
        )
        for h in holdings
        if h.status == CompetitorStatus.ACTIVE
    ]

    def order(lead: WinBackLead) -> tuple[int, int, Decimal, str]:
        spend = lead.holding.monthly_spend or Decimal(0)
        if lead.days_left is None:
            return (1, 0, -spend, lead.holding.id)
        return (0, lead.days_left, -spend, lead.holding.id)

    return sorted(leads, key=order)
