"""The thresholds of the at-risk signals (流失预警) with their documented defaults.

They become user settings; docs/analytics.md explains each. Depends on the standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass

# Words that mark a competitor's offer in an activity's topic or notes. Bare "电信" is left out on
# purpose: it appears in our own vocabulary (增值电信业务, 基础电信).
COMPETITOR_TERMS: tuple[str, ...] = (
    "中国电信",
    "中国联通",
    "中国广电",
    "电信公司",
    "联通公司",
    "竞争对手",
    "友商",
    "异网",
    "竞品",
    "携号转网",
    "对手报价",
)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When each signal fires. Money in fen, windows in days or months, shares in percent."""

    # Falling billed revenue: the typical (median) recent month against the typical baseline
    # month — the same months a year earlier where history allows, else the months before.
    revenue_recent_months: int = 3
    revenue_baseline_months: int = 6
    revenue_min_baseline_months: int = 3
    revenue_drop_pct: int = 15
    revenue_min_drop_fen: int = 2_000  # ¥20 a month: trivial drops stay quiet
    # Growing arrears: each of the newest overdue periods left owing, and enough owed in all.
    arrears_periods: int = 3
    arrears_min_share_pct: int = 10  # of a period's bill, for that period to count as owing
    arrears_min_fen: int = 20_000
    # Repeated faults and SLA breaches on the same line.
    fault_window_days: int = 90
    fault_min_count: int = 3
    breach_min_count: int = 2
    # Lines cancelled or suspended lately.
    line_loss_window_days: int = 60
    line_loss_min_lines: int = 2
    line_loss_min_share_pct: int = 20
    # Term contracts ending soon.
    term_window_days: int = 90
    # No contact of any channel.
    contact_gap_days: int = 90
    # A competitor's offer noted in an activity.
    competitor_window_days: int = 180
    competitor_terms: tuple[str, ...] = COMPETITOR_TERMS


DEFAULT_THRESHOLDS = Thresholds()
