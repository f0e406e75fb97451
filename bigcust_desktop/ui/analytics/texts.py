"""What the analytic screens say about the rules' results: signal names and the figures behind
each, value factors, product keys, data-quality findings, in the user's language.

Every amount arrives in integer fen and is shown with `money_short` (万元 from ¥10,000 up).
Depends on `ui.qt` and `ui.labels`; the domain's analytics types are read, never computed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from bigcust_desktop.domain.analytics.figures import FigureValue, Signal, SignalCode
from bigcust_desktop.domain.analytics.quality import Finding, FindingCode
from bigcust_desktop.domain.analytics.value_card import FactorLine, UnderValued
from bigcust_desktop.domain.vocab_city import Carrier
from bigcust_desktop.ui.labels import date_text, label, money_short, money_text
from bigcust_desktop.ui.qt import QObject

_CARRIERS = frozenset(c.value for c in Carrier)


def yuan(fen: int | None) -> str:
    """Integer fen as the short money text (``128.50万元``, ``¥860.00``)."""
    return "" if fen is None else money_short(Decimal(fen) / 100)


def yuan_exact(fen: int | None) -> str:
    return "" if fen is None else money_text(Decimal(fen) / 100)


def _date(value: FigureValue) -> str:
    if isinstance(value, dt.date):
        return date_text(value)
    return "" if value is None else str(value)


def _pct(value: FigureValue) -> str:
    if value is None:
        return ""
    number = Decimal(str(value))
    return f"{'+' if number > 0 else ''}{number}%".replace("-", "−")


class AnalyticsText(QObject):
    """The texts of the analytic screens (one translation context)."""

    def not_computed(self) -> str:
        """What a list of the kept analysis says before its first recompute (a fresh cache)."""
        return self.tr(
            "Not analysed yet: your customers are analysed after the first sync. Sync, then "
            "look again."
        )

    def signal_name(self, code: SignalCode) -> str:
        return {
            SignalCode.REVENUE_FALLING: self.tr("Revenue falling"),
            SignalCode.ARREARS_GROWING: self.tr("Arrears growing"),
            SignalCode.REPEATED_FAULTS: self.tr("Repeated faults"),
            SignalCode.LINES_LOST: self.tr("Lines lost"),
            SignalCode.TERM_ENDING: self.tr("Term ending"),
            SignalCode.NOT_CONTACTED: self.tr("Not contacted"),
            SignalCode.COMPETITOR_OFFER: self.tr("Competitor offer"),
        }[code]

    def signal_short(self, code: SignalCode) -> str:
        """A chip's text: two or three characters in Chinese."""
        return {
            SignalCode.REVENUE_FALLING: self.tr("Revenue"),
            SignalCode.ARREARS_GROWING: self.tr("Arrears"),
            SignalCode.REPEATED_FAULTS: self.tr("Faults"),
            SignalCode.LINES_LOST: self.tr("Lines"),
            SignalCode.TERM_ENDING: self.tr("Term"),
            SignalCode.NOT_CONTACTED: self.tr("Contact"),
            SignalCode.COMPETITOR_OFFER: self.tr("Rival"),
        }[code]

    def follow_up_title(self, fired: Sequence[Signal]) -> str:
        """A to-do's title from the signals that fired, the revenue's fall with its figure."""
        parts = []
        for signal in fired:
            change = signal.figure("change") if signal.code is SignalCode.REVENUE_FALLING else None
            parts.append(self.signal_name(signal.code) + (f" {_pct(change)}" if change else ""))
        return self.tr("Follow up at-risk signals: %1").replace("%1", "、".join(parts))

    def signal_detail(self, signal: Signal, staff: dict[str, str] | None = None) -> str:
        """The figures behind a fired signal, as one sentence."""
        f = signal.figure
        who = (staff or {}).get(str(f("owner_id") or ""), str(f("owner_id") or ""))
        code = signal.code
        if code is SignalCode.REVENUE_FALLING:
            return (
                self.tr(
                    "Typical month %1 in %2–%3 against %4 in %5–%6 (%7); three months %8 vs %9."
                )
                .replace("%1", yuan(f("recent_typical")))  # type: ignore[arg-type]
                .replace("%2", str(f("recent_from")))
                .replace("%3", str(f("recent_to")))
                .replace("%4", yuan(f("baseline_typical")))  # type: ignore[arg-type]
                .replace("%5", str(f("baseline_from")))
                .replace("%6", str(f("baseline_to")))
                .replace("%7", _pct(f("change")))
                .replace("%8", yuan(f("recent_total")))  # type: ignore[arg-type]
                .replace("%9", yuan(f("baseline_total")))  # type: ignore[arg-type]
            )
        if code is SignalCode.ARREARS_GROWING:
            return (
                self.tr("%1 overdue, owing %2 months in a row up to %3; oldest due %4 days ago.")
                .replace("%1", yuan(f("owed")))  # type: ignore[arg-type]
                .replace("%2", str(f("periods_owing")))
                .replace("%3", str(f("newest_overdue")))
                .replace("%4", str(f("oldest_days")))
            )
        if code is SignalCode.REPEATED_FAULTS:
            return (
                self.tr("Line %1: %2 faults, %3 past their SLA in %4 days (last %5); %6 lines hit.")
                .replace("%1", str(f("service_number")))
                .replace("%2", str(f("faults")))
                .replace("%3", str(f("breaches")))
                .replace("%4", str(f("window_days")))
                .replace("%5", _date(f("last_opened")))
                .replace("%6", str(f("lines_hit")))
            )
        if code is SignalCode.LINES_LOST:
            return (
                self.tr(
                    "%1 lines cancelled and %2 suspended in %3 days: %4% of %5 lines, %6 a month."
                )
                .replace("%1", str(f("cancelled")))
                .replace("%2", str(f("suspended")))
                .replace("%3", str(f("window_days")))
                .replace("%4", str(f("share")))
                .replace("%5", str(f("lines")))
                .replace("%6", yuan(f("lost_monthly")))  # type: ignore[arg-type]
            )
        if code is SignalCode.TERM_ENDING:
            return (
                self.tr("%1 terms end from %2 (in %3 days), %4 lines billing %5 a month.")
                .replace("%1", str(f("commitments")))
                .replace("%2", _date(f("ends_on")))
                .replace("%3", str(f("days_left")))
                .replace("%4", str(f("lines")))
                .replace("%5", yuan(f("monthly")))  # type: ignore[arg-type]
            )
        if code is SignalCode.NOT_CONTACTED:
            if f("last_contact") is None:
                return self.tr("Never contacted through any channel.")
            return (
                self.tr("No contact for %1 days: the last was on %2 (%3, %4).")
                .replace("%1", str(f("days_since")))
                .replace("%2", _date(f("last_contact")))
                .replace("%3", label("channel", str(f("channel"))))
                .replace("%4", who)
            )
        term, channel = str(f("term")), str(f("channel"))
        if term in _CARRIERS:  # a structured offer or a recorded line: the carrier's code
            term = label("carrier", term)
        return (
            self.tr("“%1” noted on %2 (%3, %4); %5 mentions in 180 days.")
            .replace("%1", term)
            .replace("%2", _date(f("at")))
            .replace(
                "%3",
                self.tr("a recorded competitor line")
                if channel == "competitor_line"
                else label("channel", channel),
            )
            .replace("%4", who)
            .replace("%5", str(f("mentions")))
        )

    def factor_name(self, name: str) -> str:
        return {
            "spend": self.tr("Spend"),
            "growth": self.tr("Growth"),
            "tenure": self.tr("Tenure and loyalty"),
            "share": self.tr("Share of wallet"),
            "payment": self.tr("Payment behaviour"),
            "member_paid_lines": self.tr("Member-paid lines"),
        }.get(name, name)

    def finding_name(self, code: FindingCode) -> str:
        return {
            FindingCode.DUPLICATE_USCC: self.tr("Registered twice (same USCC)"),
            FindingCode.DUPLICATE_NAME_ADDRESS: self.tr("Registered twice (same name and address)"),
            FindingCode.LEGACY_RESIDENT_ID: self.tr("15-digit resident ID"),
            FindingCode.INVALID_RESIDENT_ID: self.tr("Invalid resident ID"),
            FindingCode.MISSING_PHONE: self.tr("No phone number"),
            FindingCode.INVALID_PHONE: self.tr("Invalid phone number"),
            FindingCode.KEY_CONTACT_NO_TITLE: self.tr("Key contact without a title"),
            FindingCode.USCC_CITY_MISMATCH: self.tr("USCC registered in another city"),
        }[code]

    def finding_detail(self, finding: Finding, related_name: str = "") -> str:
        code, current, proposal = finding.code, finding.current, finding.proposal
        if code in (FindingCode.DUPLICATE_USCC, FindingCode.DUPLICATE_NAME_ADDRESS):
            return (
                self.tr("Same enterprise as %1 (%2), registered earlier.")
                .replace("%1", related_name or str(finding.related_id))
                .replace("%2", str(finding.related_id))
            )
        if code is FindingCode.LEGACY_RESIDENT_ID:
            return (
                self.tr("%1 → 18 digits: %2")
                .replace("%1", str(current))
                .replace("%2", str(proposal.value))
            )
        if code is FindingCode.USCC_CITY_MISMATCH:
            return (
                self.tr("Customer in %1, USCC registered in %2.")
                .replace("%1", str(current))
                .replace("%2", str(proposal.value))
            )
        if current:
            return self.tr("Now: %1").replace("%1", str(current))
        return self.tr("Empty; the right value must be supplied.")

    def product_name(self, key: str) -> str:
        """A product key of the gaps rule (``plan:mobile``, ``addon:P-MOB-CRBT``)."""
        kind, _, code = key.partition(":")
        if kind == "plan":
            return self.tr("%1 line").replace("%1", label("product_category", code))
        return code


class ValueText(QObject):
    """The value card's evidence, factor by factor."""

    def evidence(self, line: FactorLine) -> str:
        f = {fig.name: fig.value for fig in line.figures}
        if line.name == "spend":
            return (
                self.tr("Typical month of the last three %1; active lines %2 a month")
                .replace("%1", yuan(f.get("typical_month")))  # type: ignore[arg-type]
                .replace("%2", yuan(f.get("lines_monthly")))  # type: ignore[arg-type]
            )
        if line.name == "growth":
            if "recent_total" not in f:
                return self.tr("Only %1 months of bills").replace(
                    "%1", str(f.get("months_of_bills"))
                )
            text = (
                self.tr("Last three months %1 against %2 before")
                .replace("%1", yuan(f.get("recent_total")))  # type: ignore[arg-type]
                .replace("%2", yuan(f.get("previous_total")))  # type: ignore[arg-type]
            )
            return text + (f"（{_pct(f['change'])}）" if "change" in f else "")
        if line.name == "tenure":
            return (
                self.tr("Customer since %1 (%2 years); oldest line since %3")
                .replace("%1", _date(f.get("customer_since")))
                .replace("%2", str(f.get("years")))
                .replace("%3", _date(f.get("oldest_line")) or "—")
            )
        if line.name == "share":
            text = self.tr("Our lines %1 a month").replace("%1", yuan(f.get("our_monthly")))  # type: ignore[arg-type]
            if "competitor_monthly" in f:
                text += (
                    self.tr("; other carriers %1, our share %2")
                    .replace(
                        "%1",
                        yuan(f.get("competitor_monthly")),  # type: ignore[arg-type]
                    )
                    .replace("%2", _pct(f.get("our_share")).lstrip("+"))
                )
            return text
        return (
            self.tr("%1 of %2 bills in twelve months paid in full on time; %3 overdue now")
            .replace("%1", str(f.get("on_time")))
            .replace("%2", str(f.get("bills")))
            .replace("%3", yuan(f.get("owed_overdue")))  # type: ignore[arg-type]
        )

    def reasons(self, verdict: UnderValued, factor_name: Callable[[str], str]) -> str:
        """Why a customer is under-valued: each factor that made it, with its value."""
        parts = []
        for fig in verdict.reasons:
            if fig.name == "member_paid_lines":
                parts.append(self.tr("%1 member-paid lines").replace("%1", str(fig.value)))
            else:
                parts.append(f"{factor_name(fig.name)} {fig.value}")
        return "；".join(parts)
