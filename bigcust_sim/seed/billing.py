"""Billing accounts (账户), a year of bills (月账单), payments (缴费) leaving arrears of all ages;
seasonal dips and refunds (冲正/退费) that look like, but are not, a customer slipping.

Depends on seed modules only.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from bigcust_sim.seed import stories
from bigcust_sim.seed.context import Context, poisson
from bigcust_sim.seed.customers import CustomerPlan
from bigcust_sim.seed.wire import DAY, Ids, day, day_date, day_number, instant, money, work_time

PERIODS = 12
DUE_DAY = 20  # of the month after the period
_NO_LINE = 10**9
_ACCOUNT_SUFFIXES = ("专线业务", "移动业务", "分支机构", "宽带业务", "IDC业务", "云业务")
_PAY_METHODS = (("bank_transfer", 0.5), ("direct_debit", 0.9), ("cash", 1.0))
# Cumulative shares of bills paid on time, paid late, paid in part (the rest stay unpaid).
_BEHAVIOUR = {"good": (0.96, 0.99, 1.0), "late": (0.6, 0.9, 0.97), "poor": (0.4, 0.6, 0.8)}
# Industries whose bills dip in one month every year: the winter break, the Spring Festival.
_SEASONAL = {"education": 2, "manufacturing": 2, "logistics": 2, "retail": 12}
SEASONAL_SHARE = 0.15
REFUND_SHARE = 0.04
_REFUND_NOTES = ("专线中断退费", "资费争议冲正", "重复计费冲正", "SLA违约赔付")


def plan_look_alikes(ctx: Context, plans: list[CustomerPlan], window: Window) -> None:
    """Choose the customers whose bills dip seasonally or carry a refund: never a story's."""
    rng = ctx.rng("look-alikes")
    periods = [period for period, _issue, _due in window.periods]
    for plan in plans:
        if plan.story is not None or plan.status != "active" or not plan.holds_accounts:
            continue
        month = _SEASONAL.get(plan.industry)
        if month is not None and rng.random() < SEASONAL_SHARE:
            plan.seasonal_month = month
        elif rng.random() < REFUND_SHARE:
            plan.refund_period = rng.choice(periods)


class Window:
    """The twelve bill periods ending the month before as_of; month arithmetic on day numbers."""

    def __init__(self, as_of: dt.date) -> None:
        self.end = as_of.year * 12 + as_of.month - 1  # month index of as_of: not billed yet
        self.start = self.end - PERIODS
        year, month0 = divmod(self.start, 12)
        self.first_day = day_number(dt.date(year, month0 + 1, 1))
        self.periods: list[tuple[str, int, int]] = []  # ("2026-10", issue day, due day)
        for index in range(self.start, self.end):
            y, m0 = divmod(index + 1, 12)
            issue = day_number(dt.date(y, m0 + 1, 1))
            y0, p0 = divmod(index, 12)
            self.periods.append((f"{y0:04d}-{p0 + 1:02d}", issue, issue + DUE_DAY - 1))
        self._months: dict[int, int] = {}

    def month_of(self, day_no: int) -> int:
        """Month index of a day, counting a line from the 16th on as starting the next month."""
        index = self._months.get(day_no)
        if index is None:
            date = day_date(day_no)
            index = date.year * 12 + date.month - 1 + (1 if date.day > 15 else 0)
            self._months[day_no] = index
        return index

    def post(self, charges: list[int], start: int, end: int | None, amount: int) -> None:
        """Add a monthly charge over [start, end) to a difference array of the window's months."""
        first = max(self.month_of(start), self.start) - self.start
        last = PERIODS if end is None else min(self.month_of(end), self.end) - self.start
        if first < last:
            charges[first] += amount
            charges[last] -= amount


@dataclass(slots=True, eq=False)
class AccountPlan:
    """An account before its record exists: the lines post their monthly charges to it."""

    id: str
    customer: CustomerPlan
    name: str
    pay_method: str
    charges: list[int] = field(default_factory=lambda: [0] * (PERIODS + 1))
    first_line: int = _NO_LINE  # day the earliest line it pays for was activated


def open_accounts(ctx: Context, plans: list[CustomerPlan]) -> None:
    """Decide each customer's accounts: holders get one, and extra ones in proportion to size."""
    rng = ctx.rng("accounts")
    ids = Ids("ACC", 7)
    holders = [p for p in plans if p.holds_accounts]
    extra = max(0.0, ctx.spec.accounts_per_customer * len(plans) - len(holders))
    weights = [p.lines**0.7 for p in holders]
    scale = extra / sum(weights)
    for plan, weight in zip(holders, weights, strict=True):
        count = min(plan.lines, 1 + poisson(rng, weight * scale), 40)
        for n in range(count):
            roll = rng.random()
            method = next(m for m, limit in _PAY_METHODS if roll < limit)
            if plan.industry == "government":
                method = "bank_transfer"
            name = plan.record["name"]
            if n:
                suffix = _ACCOUNT_SUFFIXES[(n - 1) % len(_ACCOUNT_SUFFIXES)]
                name += f"（{suffix}{'' if n <= len(_ACCOUNT_SUFFIXES) else n}）"
            plan.accounts.append(AccountPlan(ids.next(), plan, name, method))


@dataclass(slots=True)
class Billing:
    accounts: list[dict[str, Any]]
    bills: list[dict[str, Any]]
    payments: list[dict[str, Any]]


def build(ctx: Context, plans: list[CustomerPlan], window: Window) -> Billing:
    """Account records, bills and payments, once the lines have posted their charges."""
    rng = ctx.rng("bills")
    today, now = ctx.today, ctx.now
    bill_ids, pay_ids = Ids("BIL", 7), Ids("PAY", 7)
    out = Billing([], [], [])
    for plan in plans:
        plan.billed = [0] * PERIODS
        for account in plan.accounts:
            opened = max(plan.created, min(account.first_line, today - 1) - int(rng.random() * 20))
            roll = rng.random()
            behaviour = "good" if roll < 0.85 else "late" if roll < 0.95 else "poor"
            overdue = 0  # unpaid past-due bills older than 60 days
            running = 0
            for k, (period, issue, due) in enumerate(window.periods):
                running += account.charges[k]
                if running <= 0 or issue <= opened:
                    continue
                amount = running * (0.975 + rng.random() * 0.05)
                if plan.story == stories.REVENUE_SLIDING:
                    steps = k - (PERIODS - stories.SLIDING_MONTHS) + 1
                    amount *= 0.86 ** max(0, steps)
                if plan.seasonal_month is not None and int(period[5:]) == plan.seasonal_month:
                    amount *= 0.65 + rng.random() * 0.15
                fen = max(100, int(amount))
                adjustment, note = 0, None
                if period == plan.refund_period and account is plan.accounts[0]:
                    # Mostly part of a month; now and then more than the month (a credit bill).
                    share = (
                        1.2 + rng.random() * 0.5
                        if rng.random() < 0.15
                        else 0.2 + rng.random() * 0.5
                    )
                    adjustment, note = -int(fen * share), rng.choice(_REFUND_NOTES)
                    fen += adjustment
                paid, paid_day = (0, 0)
                if fen > 0:
                    paid, paid_day = _settle(
                        rng, plan, account, behaviour, k, fen, issue, due, today
                    )
                bill_id = bill_ids.next()
                updated = work_time(rng, issue)
                if paid:
                    at = work_time(rng, paid_day)
                    if account.pay_method == "direct_debit":
                        at = paid_day * DAY + 3600  # the bank run posts at 09:00 Shanghai
                    at = min(at, now - 1)
                    updated = at
                    out.payments.append(
                        {
                            "id": pay_ids.next(),
                            "account_id": account.id,
                            "bill_id": bill_id,
                            "paid_at": instant(at),
                            "amount": money(paid),
                            "method": account.pay_method,
                            "version": 1,
                            "updated_at": instant(at),
                        }
                    )
                if due < today and paid < fen and fen > 0:
                    plan.arrears_bills += 1
                    if due < today - 60:
                        overdue += 1
                plan.billed[k] += fen
                plan.bill_count += 1
                out.bills.append(
                    {
                        "id": bill_id,
                        "account_id": account.id,
                        "customer_id": plan.id,
                        "period": period,
                        "amount": money(fen),
                        "paid_amount": money(paid),
                        "adjustment": money(adjustment),
                        "adjustment_note": note,
                        "due_date": day(due),
                        # A credit bill owes nothing: it counts as paid.
                        "status": "paid" if paid >= fen else "partial" if paid else "unpaid",
                        "version": 1,
                        "updated_at": instant(min(updated, now - 1)),
                    }
                )
            if rng.random() < 0.01:
                # An advance payment that BOSS holds on the account, not against a bill.
                at = work_time(rng, today - 1 - int(rng.random() * 300))
                out.payments.append(
                    {
                        "id": pay_ids.next(),
                        "account_id": account.id,
                        "bill_id": None,
                        "paid_at": instant(at),
                        "amount": money(100_000 * (1 + int(rng.random() * 10))),
                        "method": account.pay_method,
                        "version": 1,
                        "updated_at": instant(at),
                    }
                )
            status = "active"
            if plan.status == "closed":
                status = "closed"
            elif overdue >= 2 or (plan.story == stories.ARREARS_GROWING and rng.random() < 0.4):
                status = "suspended"
            out.accounts.append(
                {
                    "id": account.id,
                    "customer_id": plan.id,
                    "name": account.name,
                    "pay_method": account.pay_method,
                    "status": status,
                    "opened_on": day(opened),
                    "version": 1,
                    "updated_at": instant(
                        work_time(rng, max(opened, today - 1 - int(rng.random() * 365)))
                    ),
                }
            )
    return out


def _settle(
    rng: random.Random,
    plan: CustomerPlan,
    account: AccountPlan,
    behaviour: str,
    k: int,
    fen: int,
    issue: int,
    due: int,
    today: int,
) -> tuple[int, int]:
    """How much of a bill is paid, and on which day (0, 0 when nothing is)."""
    if plan.story == stories.ARREARS_GROWING and k >= PERIODS - stories.ARREARS_MONTHS:
        # The first of the story's bills is paid in part; none after it: arrears grow monthly.
        if k == PERIODS - stories.ARREARS_MONTHS:
            return int(fen * (0.3 + rng.random() * 0.3)), min(due - 2, today - 1)
        return 0, 0
    on_time, late, partial = _BEHAVIOUR[behaviour]
    roll = rng.random()
    if roll < on_time:
        paid_day, amount = issue + 1 + int(rng.random() * (due - issue - 1)), fen
        if account.pay_method == "direct_debit":
            paid_day = due
    elif roll < late:
        paid_day, amount = due + 1 + int(rng.random() * 45), fen
    elif roll < partial:
        paid_day, amount = due + int(rng.random() * 20), int(fen * (0.2 + rng.random() * 0.6))
    else:
        return 0, 0
    if paid_day >= today:
        # Not yet: before the due date that is normal; after it, the bill is in arrears.
        return 0, 0
    return max(1, amount), paid_day
