"""Tariff rehearsal (资费预演): what a line would have been billed under a proposal, fen-exact.

A proposal moves lines from plan A to plan B, prices them as a draft quote does, sells a bundle,
gives a discount or binds a term. Each line is modelled twice by the same arithmetic (its current
plan, the proposal) and the difference is applied to what it was really billed, so add-ons and
negotiated prices the catalogue does not know stay in place. Depends on the standard library.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

MONTHS = 3  # BOSS's usage figures are averages over the last three months


@dataclass(frozen=True, slots=True)
class Tariff:
    """A plan of the catalogue (资费) as the arithmetic needs it; money in fen.

    Data is counted in hundredths of a GB (the precision of the feed). The catalogue carries no
    SMS allowance or SMS rate today: both default to 0, so SMS never bills overage.
    """

    product_id: str
    monthly_fee_fen: int
    floor_fen: int = 0
    included_minutes: int = 0
    included_data_cgb: int = 0
    included_sms: int = 0
    minute_rate_fen: int = 0  # per minute beyond the allowance
    data_rate_fen: int = 0  # per GB beyond the allowance, charged per 0.01 GB
    sms_rate_fen: int = 0
    min_term_months: int = 0


@dataclass(frozen=True, slots=True)
class LineUsage:
    """A subscriber (用户) with its plan, its three-month averages and what it was billed.

    ``count`` > 1 stands for a group of that many lines of one customer on one plan, each on
    the same side of every allowance the proposal compares (within both, beyond the lower only,
    beyond both); usage and ARPU are then the group's sums. Overage is linear on each side, so
    the group bills exactly what its lines bill one by one (`groupable` says when the rates
    allow it), and the arithmetic runs once for all of them (`store.queries.rehearsal`).
    """

    subscriber_id: str
    customer_id: str
    service_number: str
    product_id: str
    arpu_fen: int  # average monthly bill of the last three months (may be negative: refunds)
    minutes: int  # MOU, per month
    data_cgb: int  # DOU in hundredths of a GB, per month
    sms: int
    contract_end: dt.date | None = None
    count: int = 1


@dataclass(frozen=True, slots=True)
class Bundle:
    """Products sold together (fixed + mobile, voice + data): one monthly fee per set.

    A customer holding one line of each member product (by the plan it ends on) forms a set; the
    set's fee replaces its members' fees, shared among them in proportion to their list fees.
    """

    name: str
    members: tuple[str, ...]
    monthly_fee_fen: int


@dataclass(frozen=True, slots=True)
class Proposal:
    """What is rehearsed. Empty parts change nothing.

    ``moves``: plan A -> plan B. ``prices``: a monthly fee per product (a draft quote's net unit
    prices). ``discount_pct``: off the monthly fee. ``term_months``/``term_discount_pct``: a term
    the customer commits to and the discount it earns. ``applies_to``: the products (before the
    move) the proposal touches; None for every line in scope.
    """

    name: str = ""
    moves: Mapping[str, str] = field(default_factory=dict)
    prices: Mapping[str, int] = field(default_factory=dict)
    discount_pct: Decimal = Decimal(0)
    term_months: int = 0
    term_discount_pct: Decimal = Decimal(0)
    bundle: Bundle | None = None
    applies_to: frozenset[str] | None = None

    def touches(self, line: LineUsage) -> bool:
        return self.applies_to is None or line.product_id in self.applies_to


@dataclass(frozen=True, slots=True)
class MonthBill:
    """One modelled month of a line: fee, discount, overage by kind, total (fen)."""

    product_id: str
    fee_fen: int
    discount_fen: int
    over_minutes: int
    minutes_fen: int
    over_data_cgb: int
    data_fen: int
    over_sms: int
    sms_fen: int

    @property
    def total_fen(self) -> int:
        return self.fee_fen - self.discount_fen + self.minutes_fen + self.data_fen + self.sms_fen

    @property
    def over_allowance(self) -> bool:
        return bool(self.over_minutes or self.over_data_cgb or self.over_sms)


@dataclass(frozen=True, slots=True)
class LineResult:
    """One line rehearsed over the three months: what it was billed and would have been."""

    line: LineUsage
    current: MonthBill
    proposed: MonthBill
    term_short: bool  # the proposal's term is shorter than the new plan's minimum term
    below_floor: bool  # the proposed net fee is under the plan's floor: needs approval

    @property
    def before_fen(self) -> int:
        return MONTHS * self.line.arpu_fen

    @property
    def change_fen(self) -> int:
        return MONTHS * (self.proposed.total_fen - self.current.total_fen)

    @property
    def after_fen(self) -> int:
        return self.before_fen + self.change_fen


def _pct_hundredths(pct: Decimal) -> int:
    """A percentage with at most two places as an integer of hundredths (12.5 -> 1250)."""
    scaled = pct * 100
    if scaled != scaled.to_integral_value():
        raise ValueError("a discount has at most two decimal places")
    return int(scaled)


def _share_half_up(amount: int, numerator: int, denominator: int) -> int:
    """``amount × numerator / denominator`` rounded half-up (half away from zero) to a whole."""
    value = (abs(amount) * numerator * 2 + denominator) // (2 * denominator)
    return value if amount >= 0 else -value


def month_bill(
    line: LineUsage,
    tariff: Tariff,
    fee_fen: int | None = None,
    discount_pct: Decimal = Decimal(0),
) -> MonthBill:
    """One month of ``line`` on ``tariff``: the fee (or ``fee_fen``), less the discount rounded
    half-up to the fen, plus overage beyond each allowance at the plan's rates. For a group
    (``line.count`` lines), the group's month: fees and allowances as many times over.

    SMS beyond the allowance counts only where the plan has SMS terms (an allowance or a rate);
    the catalogue has none today. Integer arithmetic throughout: exact and quick on a whole book.
    """
    n = line.count
    fee = tariff.monthly_fee_fen if fee_fen is None else fee_fen
    pct = _pct_hundredths(discount_pct) if discount_pct else 0
    minutes = max(0, line.minutes - n * tariff.included_minutes)
    data = max(0, line.data_cgb - n * tariff.included_data_cgb)
    sms = 0
    if tariff.included_sms or tariff.sms_rate_fen:
        sms = max(0, line.sms - n * tariff.included_sms)
    return MonthBill(
        product_id=tariff.product_id,
        fee_fen=n * fee,
        discount_fen=n * _share_half_up(fee, pct, 10_000) if pct else 0,
        over_minutes=minutes,
        minutes_fen=minutes * tariff.minute_rate_fen,
        over_data_cgb=data,
        data_fen=_share_half_up(data, tariff.data_rate_fen, 100),
        over_sms=sms,
        sms_fen=sms * tariff.sms_rate_fen,
    )


def _bundle_fees(
    lines: Sequence[LineUsage], targets: Sequence[Tariff], bundle: Bundle
) -> dict[int, int]:
    """Line index -> its share of a bundle fee, for the lines that form complete sets."""
    pools: dict[str, list[int]] = {member: [] for member in bundle.members}
    for index, tariff in enumerate(targets):
        if tariff.product_id in pools:
            pools[tariff.product_id].append(index)
    sets = min((len(p) for p in pools.values()), default=0)
    list_fees = [
        next(t.monthly_fee_fen for t in targets if t.product_id == m) if pools[m] else 0
        for m in bundle.members
    ]
    weights = sum(list_fees)
    shares: list[int] = []
    for fee in list_fees:  # each member's share, the last taking the rounding rest
        shares.append(bundle.monthly_fee_fen * fee // weights if weights else 0)
    shares[-1] += bundle.monthly_fee_fen - sum(shares)
    out: dict[int, int] = {}
    for member, share in zip(bundle.members, shares, strict=True):
        for index in pools[member][:sets]:
            out[index] = share
    return out


def rehearse_customer(
    lines: Sequence[LineUsage], catalogue: Mapping[str, Tariff], proposal: Proposal
) -> list[LineResult]:
    """Every line of one customer under the proposal (lines on unknown plans are left out)."""
    known = [line for line in lines if line.product_id in catalogue]
    targets = [
        catalogue.get(proposal.moves.get(line.product_id, line.product_id))
        if proposal.touches(line)
        else None
        for line in known
    ]
    moved = [t or catalogue[line.product_id] for t, line in zip(targets, known, strict=True)]
    bundled = _bundle_fees(known, moved, proposal.bundle) if proposal.bundle else {}
    results = []
    for index, line in enumerate(known):
        current_tariff = catalogue[line.product_id]
        current = month_bill(line, current_tariff)
        touched = targets[index] is not None
        new = moved[index]
        fee = bundled.get(index, proposal.prices.get(new.product_id)) if touched else None
        pct = proposal.discount_pct + proposal.term_discount_pct if touched else Decimal(0)
        proposed = month_bill(line, new, fee, pct)
        results.append(
            LineResult(
                line=line,
                current=current,
                proposed=proposed,
                term_short=touched
                and proposal.term_months > 0
                and proposal.term_months < new.min_term_months,
                below_floor=touched
                and proposed.fee_fen - proposed.discount_fen < line.count * new.floor_fen,
            )
        )
    return results


def groupable(proposal: Proposal, catalogue: Mapping[str, Tariff]) -> bool:
    """Whether lines may be rehearsed as groups (`LineUsage.count`): not for a bundle (its sets
    pair single lines), and only where every data rate is whole fen per 0.01 GB (otherwise each
    line's data overage rounds on its own)."""
    return proposal.bundle is None and all(t.data_rate_fen % 100 == 0 for t in catalogue.values())


@dataclass
class RehearsalTotals:
    """The sums of a rehearsal, added to customer by customer (bounded memory)."""

    lines: int = 0
    customers: int = 0
    before_fen: int = 0
    after_fen: int = 0
    paying_more: int = 0  # customers whose three months would cost more
    paying_less: int = 0
    lines_over_allowance: int = 0  # under the proposal, usage beyond the new allowances
    lines_below_floor: int = 0
    lines_term_short: int = 0
    cancelled: bool = False

    @property
    def change_fen(self) -> int:
        return self.after_fen - self.before_fen

    def add(self, results: Sequence[LineResult]) -> None:
        if not results:
            return
        change = sum(r.change_fen for r in results)
        before = sum(r.before_fen for r in results)
        self.customers += 1
        self.lines += sum(r.line.count for r in results)
        self.before_fen += before
        self.after_fen += before + change
        self.paying_more += change > 0
        self.paying_less += change < 0
        self.lines_over_allowance += sum(r.line.count for r in results if r.proposed.over_allowance)
        self.lines_below_floor += sum(r.line.count for r in results if r.below_floor)
        self.lines_term_short += sum(r.line.count for r in results if r.term_short)


def rehearse(
    customers: Iterable[Sequence[LineUsage]],
    catalogue: Mapping[str, Tariff],
    proposal: Proposal,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
    on_customer: Callable[[list[LineResult]], None] | None = None,
    every: int = 200,
) -> RehearsalTotals:
    """Rehearse ``proposal`` over customers given one batch of lines each (any source, streamed).

    ``progress`` is called with the number of customers done every ``every`` customers and at
    the end; ``cancel`` is checked between customers (the totals then say ``cancelled``);
    ``on_customer`` receives each customer's line results (to keep, show or export them).
    """
    totals = RehearsalTotals()
    done = 0
    for lines in customers:
        if cancel is not None and cancel.is_set():
            totals.cancelled = True
            break
        results = rehearse_customer(lines, catalogue, proposal)
        totals.add(results)
        if on_customer is not None and results:
            on_customer(results)
        done += 1
        if progress is not None and done % every == 0:
            progress(done)
    if progress is not None:
        progress(done)
    return totals
