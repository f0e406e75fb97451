"""Customers (集团客户) of each manager's book: names, credit codes, groups, branches and sizes.

Depends on the domain's identifier rules and seed modules.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

from bigcust_desktop.domain.identifiers import USCC_ALPHABET, uscc_check_char
from bigcust_sim.seed.context import Context, cumulative, weighted_index
from bigcust_sim.seed.geography import (
    BUILDINGS,
    CITIES,
    CITY_BY_NAME,
    COMMON_STREETS,
    PROVINCE,
    district_code,
)
from bigcust_sim.seed.names import GROUP_INDUSTRIES, ORGAN, CompanyNamer, Naming
from bigcust_sim.seed.organisation import Organisation, Staff
from bigcust_sim.seed.wire import Ids, day, instant, work_time

INDUSTRY_WEIGHTS: dict[str, int] = {
    "government": 12,
    "finance": 8,
    "manufacturing": 25,
    "education": 10,
    "healthcare": 7,
    "retail": 12,
    "logistics": 9,
    "energy": 5,
    "internet": 12,
}
# Groups of these industries have branches in other cities; a bank's city branch does not.
_CROSS_CITY = frozenset({"manufacturing", "retail", "logistics", "energy", "internet"})
_GROUP_SHARE = 0.05  # of a book's customers are groups, each with 2-6 branches in the same book
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code check
_SERIAL = USCC_ALPHABET[:10] * 3 + USCC_ALPHABET[10:]


@dataclass(slots=True, eq=False)
class CustomerPlan:
    """One customer as the generator sees it: its record plus what later subjects need."""

    index: int
    id: str
    record: dict[str, Any]
    manager: Staff
    industry: str
    city: str
    district: str
    address: str
    created: int  # day number it became a customer
    status: str
    parent: CustomerPlan | None
    is_group: bool
    lines: int = 0  # subscribers it will have
    holds_accounts: bool = True  # False: a branch whose lines the group's accounts pay
    story: str | None = None
    contact_ids: list[str] = field(default_factory=list)
    accounts: list[Any] = field(default_factory=list)  # billing.AccountPlan
    subscribers: list[dict[str, Any]] = field(default_factory=list)
    opportunity_ids: list[str] = field(default_factory=list)
    # Filled by billing: sum of the customer's own bills per period of the window, oldest first.
    billed: list[int] = field(default_factory=list)
    bill_count: int = 0  # own bills in the window
    arrears_bills: int = 0  # own bills past due and not fully paid
    seasonal_month: int | None = None  # 2 or 12: that month's bills dip every year (not a story)
    refund_period: str | None = None  # the month whose bill a refund lowered (not a story)


def _org_code(rng: random.Random, enterprise: bool) -> str:
    """A 9-character organisation code (GB 11714): 8 characters and a MOD 11 check."""
    if enterprise and rng.random() < 0.6:
        # Registrations since 2015 carry "MA" and a mostly numeric serial.
        body = "MA" + "".join(rng.choice(_SERIAL) for _ in range(6))
    else:
        body = f"{int(rng.random() * 1e8):08d}"
    total = sum(
        (int(ch) if ch.isdigit() else ord(ch) - 55) * w
        for ch, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    return body + ("X" if check == 10 else "0" if check == 11 else str(check))


class _Registry:
    """Credit codes handed out so far (unique within a data set)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def uscc(self, kind: str, division: str) -> str:
        while True:
            first17 = kind + division + _org_code(self.rng, kind == "91")
            code = first17 + uscc_check_char(first17)
            if code not in self.used:
                self.used.add(code)
                return code


def _district_weights(city: str) -> list[float]:
    # Urban districts (listed first) hold most enterprises.
    count = len(CITY_BY_NAME[city].districts)
    return cumulative([4.0 if i < 5 else 1.0 for i in range(count)])


_INDUSTRIES = tuple(INDUSTRY_WEIGHTS)
_INDUSTRY_CUM = cumulative([float(w) for w in INDUSTRY_WEIGHTS.values()])
_GROUP_CUM = cumulative([float(INDUSTRY_WEIGHTS[i]) for i in GROUP_INDUSTRIES])


def build(ctx: Context, org: Organisation) -> list[CustomerPlan]:
    """Every customer of every book, a group always directly followed by its branches."""
    rng = ctx.rng("customers")
    namer = CompanyNamer(ctx.rng("names"))
    registry = _Registry(ctx.rng("uscc"))
    ids = Ids("CUS", 6)
    plans: list[CustomerPlan] = []
    district_cum = {city.name: _district_weights(city.name) for city in CITIES}

    def place(city: str) -> str:
        districts = CITY_BY_NAME[city].districts
        return districts[weighted_index(rng, district_cum[city])].name

    def add(
        manager: Staff,
        naming: Naming,
        industry: str,
        city: str,
        district: str,
        parent: CustomerPlan | None,
        is_group: bool,
    ) -> CustomerPlan:
        earliest = ctx.today - 26 * 365
        if parent is not None:
            earliest = parent.created + 30
        # Most of a big-customer book are long-standing customers.
        created = ctx.today - 60 - int((ctx.today - 60 - earliest) * rng.random() ** 0.7)
        created = max(created, earliest)
        status = "active"
        if parent is None and not is_group:
            roll = rng.random()
            status = "closed" if roll < 0.015 else "dormant" if roll < 0.055 else "active"
            if status == "closed":
                created = min(created, ctx.today - 800 - int(rng.random() * 2000))
        address = _address(rng, city, district, naming.kind != ORGAN)
        division = district_code(city, district)
        plan_id = ids.next()
        record: dict[str, Any] = {
            "id": plan_id,
            "uscc": registry.uscc(naming.kind, division),
            "name": naming.name,
            "short_name": naming.short_name,
            "industry": industry,
            "city": city,
            "district": district,
            "address": address,
            "parent_id": parent.id if parent else None,
            "manager_id": manager.id,
            "team_id": manager.team_id,
            "value_tier": None,
            "value_score": None,
            "value_factors": None,
            "status": status,
            "created_on": day(created),
            "version": 1,
            "updated_at": instant(
                work_time(rng, max(created, ctx.today - 1 - int(rng.random() * 365)))
            ),
        }
        plan = CustomerPlan(
            index=len(plans),
            id=plan_id,
            record=record,
            manager=manager,
            industry=industry,
            city=city,
            district=district,
            address=address,
            created=created,
            status=status,
            parent=parent,
            is_group=is_group,
        )
        plans.append(plan)
        return plan

    def single(manager: Staff) -> None:
        industry = _INDUSTRIES[weighted_index(rng, _INDUSTRY_CUM)]
        district = place(manager.city)
        naming = namer.standalone(industry, manager.city, district)
        add(manager, naming, industry, manager.city, district, None, False)

    for manager, size in org.books:
        home = manager.city
        remaining = size
        units: list[int] = []  # branches of a group, or -1 for a stand-alone customer
        for _ in range(max(1, round(size * _GROUP_SHARE))):
            branches = 2 + int(rng.random() * 5)
            if remaining < branches + 6:
                break
            units.append(branches)
            remaining -= branches + 1
        units += [-1] * remaining
        rng.shuffle(units)
        for branches in units:
            if branches < 0:
                single(manager)
                continue
            industry = GROUP_INDUSTRIES[weighted_index(rng, _GROUP_CUM)]
            district = place(home)
            group_naming = namer.group(industry, home, district)
            group = add(manager, group_naming.naming, industry, home, district, None, True)
            for _ in range(branches):
                naming = None
                for _attempt in range(10):  # a group has one branch per district
                    city = home
                    if industry in _CROSS_CITY and rng.random() < 0.3:
                        city = rng.choice(CITIES).name
                    district = place(city)
                    naming = namer.branch(group_naming, city, district)
                    if naming is not None:
                        break
                if naming is None:
                    single(manager)  # keep the book at its size
                else:
                    add(manager, naming, industry, city, district, group, False)
    _size_books(ctx, plans)
    return plans


def plant_duplicates(ctx: Context, plans: list[CustomerPlan]) -> list[tuple[str, str, str]]:
    """Turn two stand-alone customers of each book into registrations of another one of that
    book: the same credit code twice, and a near-equal name at the same address (客户资料准确度).
    Returns (duplicate id, original id, kind); the records are rewritten in place."""
    rng = ctx.rng("duplicates")
    planted: list[tuple[str, str, str]] = []
    books: dict[str, list[CustomerPlan]] = {}
    for plan in plans:
        named = plan.record["name"].endswith("有限公司")
        if plan.parent is None and not plan.is_group and plan.status == "active" and named:
            books.setdefault(plan.manager.id, []).append(plan)
    for candidates in books.values():
        if len(candidates) < 4:
            continue
        chosen = rng.sample(candidates, 4)
        for (copy, original), kind in zip(
            ((chosen[0], chosen[1]), (chosen[2], chosen[3])), ("uscc", "name"), strict=True
        ):
            record, source = copy.record, original.record
            for key in ("industry", "city", "district", "address", "short_name"):
                record[key] = source[key]
            copy.industry, copy.city = original.industry, original.city
            copy.district, copy.address = original.district, original.address
            if kind == "uscc":
                record["name"], record["uscc"] = source["name"], source["uscc"]
            else:
                # The same enterprise typed again: 有限公司 / 有限责任公司, same address.
                record["name"] = source["name"].removesuffix("有限公司") + "有限责任公司"
                record["uscc"] = _same_division(rng, source["uscc"])
            planted.append((copy.id, original.id, kind))
    return planted


def _same_division(rng: random.Random, uscc: str) -> str:
    first17 = uscc[:8] + _org_code(rng, True)
    return first17 + uscc_check_char(first17)


def _address(rng: random.Random, city: str, district: str, building: bool) -> str:
    local = CITY_BY_NAME[city].streets
    street = rng.choice(local) if rng.random() < 0.7 else rng.choice(COMMON_STREETS)
    text = f"{PROVINCE}{city}市{district}{street}{1 + int(rng.random() ** 2 * 800)}号"
    if building and rng.random() < 0.45:
        text += f"{rng.choice(BUILDINGS)}{1 + int(rng.random() * 28)}楼"
    return text


def _size_books(ctx: Context, plans: list[CustomerPlan]) -> None:
    """How many lines each customer has: heavy-tailed, groups biggest, scaled to the profile."""
    rng = ctx.rng("sizes")
    spec = ctx.spec
    raw: list[float] = []
    for plan in plans:
        size = rng.lognormvariate(0.0, 1.2)
        if plan.is_group:
            # Group headquarters hold the bulk of a book's lines: a few run to hundreds.
            size = 8.0 * rng.lognormvariate(0.0, 1.5)
        elif plan.status != "active":
            size *= 0.3
        raw.append(size)
    # Every book has at least one big group: 25-50 times the mean, hundreds of lines in `small`.
    mean = sum(raw) / len(raw)
    biggest: dict[str, int] = {}
    for plan in plans:
        best = biggest.get(plan.manager.id)
        if plan.is_group and (best is None or raw[plan.index] > raw[best]):
            biggest[plan.manager.id] = plan.index
    for index in biggest.values():
        raw[index] = max(raw[index], mean * (25 + 25 * rng.random()))
    target = spec.lines_per_customer * len(plans)
    scale = target / sum(raw)
    for _ in range(6):  # re-scale what the cap cut off the biggest groups onto the rest
        scale *= target / sum(min(spec.max_lines, size * scale) for size in raw)
    for plan, size in zip(plans, raw, strict=True):
        plan.lines = max(1, min(spec.max_lines, math.floor(size * scale + rng.random())))
        # Two in five branches have no account of their own: the group's accounts pay.
        plan.holds_accounts = plan.parent is None or rng.random() >= 0.4
