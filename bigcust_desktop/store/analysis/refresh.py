"""Recompute the materialised analysis: line summaries, products held, at-risk worklist,
under-valued customers (for the customers whose inputs changed, or the whole book), product gaps
(over the whole book, from the kept holdings: they compare customers with their peers) and
data-quality findings (over the whole book: they compare customers with each other). What the
kept analysis was computed against besides the rows (the day, the newest billed period, the
rules) is its `Basis`: when that moves, the parts that read it are redone (`_to_judge`: on a later
day only the customers a window crossed, after thresholds changed only the signals reading them).

Streams one customer at a time, so memory holds one customer's rows and the book's small
per-customer results. Depends on SQLAlchemy Core, the store's models and analytics queries, and
the domain's analytics rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from decimal import Decimal
from itertools import chain, islice
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.gaps import GapRules, product_gaps
from bigcust_desktop.domain.analytics.inputs import AsOf
from bigcust_desktop.domain.analytics.months import local_day
from bigcust_desktop.domain.analytics.quality import data_quality
from bigcust_desktop.domain.analytics.thresholds import DEFAULT_THRESHOLDS, Thresholds
from bigcust_desktop.domain.analytics.value_card import (
    DEFAULT_UNDERVALUE,
    Payers,
    UnderValueRules,
    ValueFacts,
    under_valued_of,
)
from bigcust_desktop.domain.analytics.worklist import LIMITS_READ, assess
from bigcust_desktop.store.analysis.bills import refresh_bill_months
from bigcust_desktop.store.analysis.codec import encode_figures, encode_signals
from bigcust_desktop.store.analysis.lines import (
    clear_kept,
    grouped_lines,
    kept_holdings,
    kept_payers,
    refresh_holdings,
    refresh_line_summary,
)
from bigcust_desktop.store.analysis.verdicts import (
    at_risk_row,
    customers_due,
    move_day_counts,
    rejudged_rows,
)
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.models.analytics import (
    AnalyticsDirty,
    AnalyticsStale,
    AtRiskCustomer,
    CustomerLineSummary,
    DataFinding,
    ProductGapRow,
    UnderValuedCustomer,
)
from bigcust_desktop.store.queries.analytics import customer_facts, last_billed_period
from bigcust_desktop.store.queries.analytics_book import quality_records
from bigcust_desktop.store.queries.analytics_scope import CustomerScope
from bigcust_desktop.store.queries.book import Book

# Above this share of the book stale (and this many customers), one whole-book pass is cheaper
# than per-customer work.
WHOLE_BOOK_SHARE = 0.25
WHOLE_BOOK_MIN = 100
# A new day judges again only the customers a window's edge crossed, by their ids, while they are
# at most this share of the book (judging by ids costs most of a whole pass well before a quarter).
DAY_SHARE = 0.10
_BATCH = 500  # rows inserted per statement
_NO_SCORE = Decimal(0)  # the province's score: not read by the under-valued rule


# The parts of the analysis a change of its basis can make stale.
SIGNALS, VALUE, GAPS = "signals", "value", "gaps"
EVERY_SIGNAL = frozenset(SignalCode)


def _fingerprint(rules: object) -> str:
    """A rule set's values as a short digest (a frozen dataclass's repr names every field)."""
    return hashlib.sha256(repr(rules).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Basis:
    """What the kept analysis was computed against besides the cache's rows.

    The signals read windows back from the day (a contact 89 days old today is 90 days old
    tomorrow) and from the newest billed period; each part reads its rule set (the under-valued
    verdict reads the province's factors and the kept payers, not the day). A basis never
    recorded (an older cache) differs from every other, so the first refresh that compares
    redoes everything that reads it.
    """

    day: str = ""
    last_billed: str = ""
    thresholds: str = ""
    under_value: str = ""
    gaps: str = ""
    # The thresholds each signal reads (`worklist.LIMITS_READ`), a digest a signal: "code=digest"
    signal_limits: str = ""

    @classmethod
    def of(
        cls,
        today: dt.date,
        last_billed: str,
        limits: Thresholds,
        value_rules: UnderValueRules,
        gap_rules: GapRules,
    ) -> Basis:
        per_signal = ",".join(
            f"{code.value}={_fingerprint(tuple(getattr(limits, f) for f in read))}"
            for code, read in LIMITS_READ.items()
        )
        return cls(
            today.isoformat(),
            last_billed,
            _fingerprint(limits),
            _fingerprint(value_rules),
            _fingerprint(gap_rules),
            per_signal,
        )

    def stale_parts(self, kept: Basis) -> frozenset[str]:
        """The parts to redo over the whole book when the analysis was kept against ``kept``."""
        parts = set()
        if (self.day, self.last_billed, self.thresholds) != (
            kept.day,
            kept.last_billed,
            kept.thresholds,
        ):
            parts.add(SIGNALS)
        if self.under_value != kept.under_value:
            parts.add(VALUE)
        if self.gaps != kept.gaps:
            parts.add(GAPS)
        return frozenset(parts)

    def only_later_day(self, kept: Basis) -> bool:
        """Whether the signals' basis moved by the day alone, forward (rules and billed period as
        kept): then only the customers a window's edge crossed can change
        (`verdicts.customers_due`)."""
        return (
            bool(kept.day)
            and kept.day < self.day
            and (self.last_billed, self.thresholds) == (kept.last_billed, kept.thresholds)
        )

    def signals_with_new_limits(self, kept: Basis) -> frozenset[SignalCode]:
        """The signals whose thresholds changed, when only thresholds moved (the day and billed
        period as kept); every signal when the kept ones are unknown or more than that moved."""
        if (self.day, self.last_billed) != (kept.day, kept.last_billed):
            return frozenset(SignalCode)
        mine = dict(p.split("=", 1) for p in self.signal_limits.split(",") if "=" in p)
        theirs = dict(p.split("=", 1) for p in kept.signal_limits.split(",") if "=" in p)
        return frozenset(c for c in SignalCode if mine.get(c.value) != theirs.get(c.value))

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Any) -> Basis:
        """The kept basis; a missing or unreadable one is the unknown basis (redo everything)."""
        if not isinstance(data, dict):
            data = {}
        return cls(**{f.name: str(data.get(f.name, "")) for f in fields(cls)})


@dataclass(frozen=True)
class RefreshResult:
    """What a recompute did: how many customers it redid, whether the whole book, what it found,
    and the basis the kept analysis now stands on."""

    customers: int
    whole_book: bool
    flagged: int
    under_valued: int
    gaps: int
    findings: int
    basis: Basis | None = None


def stale_ids(conn: Connection) -> list[str]:
    return list(conn.execute(select(AnalyticsStale.customer_id)).scalars())


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while batch := list(islice(it, _BATCH)):
        yield batch


def _insert_all(conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    for batch in _batches(rows):
        conn.execute(insert(table), batch)
        n += len(batch)
    return n


def _assessments(
    conn: Connection, scope: CustomerScope, as_of: AsOf, limits: Thresholds
) -> Iterator[dict[str, Any]]:
    now = as_of.now
    for facts in customer_facts(conn, scope, as_of, limits, summary=True):
        result = assess(facts, as_of, limits, explain=False)  # only fired signals are kept
        if result.flagged:
            yield at_risk_row(result.customer_id, encode_signals(result.fired), now)


def _under_valued(
    conn: Connection, scope: CustomerScope, rules: UnderValueRules, now: dt.datetime
) -> Iterator[dict[str, Any]]:
    """The scope's under-valued customers, one row a customer with its kept payers."""
    s = CustomerLineSummary
    stmt = (
        select(
            Customer.id,
            Customer.value_tier,
            Customer.value_factors,
            Customer.created_on,
            *kept_payers(),
        )
        .outerjoin(s, s.customer_id == Customer.id)
        .where(*scope.conditions(), Customer.status != "closed")
    )
    for cid, tier, factors, created_on, *paid in conn.execute(stmt):
        p = Payers(*paid)
        verdict = under_valued_of(
            ValueFacts(cid, tier, _NO_SCORE, factors or {}, created_on, payers=p), rules
        )
        if verdict.fired:
            spend = next(r.value for r in verdict.reasons if r.name == "spend")
            yield {
                "customer_id": cid,
                "spend_factor": str(spend),
                "reasons": encode_figures(verdict.reasons),
                "group_paid_lines": p.group_paid_lines,
                "member_paid_lines": p.member_paid_lines,
                "computed_at": now,
            }


def _gaps(conn: Connection, book: Book, rules: GapRules) -> Iterator[dict[str, Any]]:
    position: dict[str, int] = {}
    for gap in product_gaps(kept_holdings(conn, book), rules):
        position[gap.customer_id] = position.get(gap.customer_id, 0) + 1
        yield {
            "customer_id": gap.customer_id,
            "position": position[gap.customer_id],
            "product": gap.key,
            "holders": gap.holders,
            "peers": gap.peers,
            "segment": f"{gap.industry}|{gap.band}",
        }


def _findings(conn: Connection, book: Book) -> Iterator[dict[str, Any]]:
    customers, contacts = quality_records(conn, CustomerScope(book))
    for f in data_quality(customers, contacts):
        p = f.proposal
        yield {
            "code": f.code.value,
            "customer_id": f.customer_id,
            "entity": p.entity,
            "record_id": p.record_id,
            "field": p.field,
            "proposed": None if p.value is None else str(p.value),
            "detail": {
                "current": None if f.current is None else str(f.current),
                "related_id": f.related_id,
            },
        }


def _any_dirty(conn: Connection) -> bool:
    return conn.execute(select(AnalyticsDirty.part).limit(1)).first() is not None


def _to_judge(
    conn: Connection,
    whole: bool,
    moved: frozenset[str],
    stale: list[str],
    basis: Basis,
    kept: Basis | None,
    total: int,
    now: dt.datetime,
    limits: Thresholds,
) -> tuple[list[str] | None, frozenset[SignalCode]]:
    """Whose signals to judge (None: every customer's) and which signals.

    The stale customers, unless the signals' basis moved: on a later day with the rules and
    billed period as kept, those a window's edge crossed too (`verdicts.customers_due`) while they
    are at most `DAY_SHARE` of the book; after thresholds alone changed, only the signals that
    read them, for every customer (the stale customers on every signal); else the whole book.
    """
    if whole:
        return None, EVERY_SIGNAL
    if SIGNALS not in moved or kept is None:
        return sorted(stale), EVERY_SIGNAL
    if basis.only_later_day(kept):
        due = customers_due(conn, dt.date.fromisoformat(kept.day), now, limits) | set(stale)
        return (sorted(due) if len(due) <= DAY_SHARE * total else None), EVERY_SIGNAL
    codes = basis.signals_with_new_limits(kept)
    return (None if codes == EVERY_SIGNAL else sorted(stale)), codes


def refresh(
    conn: Connection,
    book: Book,
    now: dt.datetime,
    *,
    limits: Thresholds = DEFAULT_THRESHOLDS,
    value_rules: UnderValueRules = DEFAULT_UNDERVALUE,
    gap_rules: GapRules | None = None,
    whole_book: bool = False,
    book_wide: bool = True,
    kept: Basis | None = None,
) -> RefreshResult:
    """Bring the materialised analysis up to date in the caller's (write) transaction.

    Redoes the stale customers (`analytics_stale`), or the whole book when asked, when nothing was
    computed yet, or when more than `WHOLE_BOOK_SHARE` of it is stale; then empties the stale set.
    ``kept``, the basis the kept analysis was computed against (None: not tracked), is compared
    with today's (`_to_judge`): a later day judges again the customers a window's edge crossed
    and moves the others' day counts, changed thresholds the signals that read them for every
    customer, a new billed period every customer's signals; changed under-value rules, every
    customer's verdict; changed gap rules, the gaps.
    The lines (summary, 公用/私用 payers, products held) are summarised again for the
    stale customers only, or for all when nothing is kept yet or many are stale: a whole-book
    recompute asked for (a settings change) reads the other customers' lines as kept.
    Product gaps and data quality are redone over the book when their inputs (lines, add-ons,
    customers, contacts: the triggers note it in `analytics_dirty`) changed; ``book_wide`` False
    leaves them, and any change of basis, for the next sync's refresh (after a local edit only
    the customer's signals and value are redone, so the write lane stays short).
    """
    gap_rules = gap_rules or GapRules()
    stale = stale_ids(conn)
    total = conn.execute(select(func.count()).select_from(Customer)).scalar() or 0
    computed = conn.execute(select(func.count()).select_from(CustomerLineSummary)).scalar()
    many = len(stale) > max(WHOLE_BOOK_MIN, WHOLE_BOOK_SHARE * total)
    whole = whole_book or not computed or many
    today = local_day(now)
    as_of = AsOf(now, last_billed_period(conn, today))
    basis = Basis.of(today, as_of.last_billed_period or "", limits, value_rules, gap_rules)
    moved = basis.stale_parts(kept) if kept is not None and book_wide else frozenset()
    if not whole and not stale and not moved and not (book_wide and _any_dirty(conn)):
        return RefreshResult(0, False, 0, 0, 0, 0, basis if book_wide else kept)
    stale_scope = CustomerScope.of_ids(sorted(stale), book)
    every = CustomerScope(book)
    # Rows are cleared for every stale customer (or all), recomputed for those in the book.
    clear_stale = CustomerScope.of_ids(sorted(stale))
    # The lines are summarised again for the stale customers, or for all when none are kept
    # yet or many changed; a whole-book recompute over unchanged lines reads them as kept.
    lines_scope = CustomerScope() if not computed or many else CustomerScope.of_ids(sorted(stale))
    if lines_scope.customer_ids is None or lines_scope.customer_ids:
        with grouped_lines(conn, lines_scope) as grouped:
            refresh_line_summary(conn, lines_scope, grouped)
            refresh_holdings(conn, lines_scope, grouped)
        refresh_bill_months(conn, lines_scope)
    judged, codes = _to_judge(conn, whole, moved, stale, basis, kept, total, now, limits)
    signals_whole = judged is None
    merged: list[dict[str, Any]] = []
    if codes != EVERY_SIGNAL:  # the other signals' kept verdicts, merged with those judged
        merged = rejudged_rows(conn, every, as_of, limits, codes, skip=set(judged or ()))
    every_row = signals_whole or codes != EVERY_SIGNAL  # every kept row is written again
    clear_kept(
        conn, AtRiskCustomer, CustomerScope() if every_row else CustomerScope.of_ids(judged or ())
    )
    scope = every if judged is None else CustomerScope.of_ids(judged, book)
    flagged = _insert_all(
        conn, AtRiskCustomer, chain(_assessments(conn, scope, as_of, limits), merged)
    )
    if SIGNALS in moved and judged is not None and codes == EVERY_SIGNAL:
        move_day_counts(conn, now, set(judged))  # a new day: the others' day counts
    value_whole = whole or VALUE in moved
    clear_kept(conn, UnderValuedCustomer, CustomerScope() if value_whole else clear_stale)
    valued = _insert_all(
        conn,
        UnderValuedCustomer,
        _under_valued(conn, every if value_whole else stale_scope, value_rules, now),
    )
    gaps = findings = 0
    dirty = set(conn.execute(select(AnalyticsDirty.part)).scalars())
    if whole or GAPS in moved or (book_wide and "gaps" in dirty):
        conn.execute(delete(ProductGapRow))
        gaps = _insert_all(conn, ProductGapRow, _gaps(conn, book, gap_rules))
    if whole or (book_wide and "quality" in dirty):
        conn.execute(delete(DataFinding))
        findings = _insert_all(conn, DataFinding, _findings(conn, book))
    if whole or book_wide:
        conn.execute(delete(AnalyticsDirty))
    conn.execute(delete(AnalyticsStale))
    count = total if every_row or value_whole else len(judged or ())
    return RefreshResult(
        count,
        signals_whole,
        flagged,
        valued,
        gaps,
        findings,
        basis if book_wide or whole else kept,
    )
