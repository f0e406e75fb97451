"""Win-back leads from competitor lines: active ones only, the competitor's contract ending
soonest first (an ended one is the hottest), unknown ends after by spend, the category an
opportunity needs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from bigcust_desktop.domain.analytics.win_back import CompetitorHolding, win_back_leads

TODAY = dt.date(2026, 12, 6)


def holding(id_: str, *, service="leased_line", status="active", spend=None, end=None, lines=1):
    return CompetitorHolding(
        id_, "china_telecom", service, lines, status,
        None if spend is None else Decimal(spend), end,
    )  # fmt: skip


def test_ending_soonest_first_then_unknown_ends_by_spend_and_only_active_lines():
    leads = win_back_leads(
        [
            holding("later", end=dt.date(2027, 6, 30), spend="9000"),
            holding("unknown-small", spend="100"),
            holding("soon", end=dt.date(2027, 1, 15), spend="800"),
            holding("won", status="won_back", end=dt.date(2026, 12, 10)),
            holding("ended", end=dt.date(2026, 11, 30), spend="300"),
            holding("unknown-big", spend="5000"),
            holding("ended-line", status="ended"),
        ],
        TODAY,
    )
    assert [lead.holding.id for lead in leads] == [
        "ended", "soon", "later", "unknown-big", "unknown-small",
    ]  # fmt: skip
    assert [lead.days_left for lead in leads[:3]] == [-6, 40, 206]
    assert leads[3].days_left is None and leads[2].annual_spend == Decimal("108000")


def test_the_category_an_opportunity_needs():
    leads = win_back_leads(
        [holding("a", service="iot"), holding("b", service="fixed_voice"), holding("c")], TODAY
    )
    assert {lead.holding.id: lead.category for lead in leads} == {
        "a": "mobile", "b": None, "c": "leased_line",
    }  # fmt: skip
