"""The one deterministic generator of seeded data: `generate(profile, seed, as_of)` -> `Dataset`.

Depends on the seed subjects (and through them on the domain rules and Faker).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bigcust_sim.seed import (
    billing,
    catalogue,
    city,
    contacts,
    customers,
    faults,
    lines,
    organisation,
    stories,
    valuation,
)
from bigcust_sim.seed.context import SPECS, Context
from bigcust_sim.seed.wire import instant, work_time

PROFILES = ("small", "large", "city", "province")
DEFAULT_SEED = 20261127
DEFAULT_AS_OF = dt.date(2026, 11, 27)
# The one password of every seeded user (the simulator stores only its hash).
DEMO_PASSWORD = "demo1234"

# Entities in dependency order: a record only refers to entities listed before it.
ENTITIES = (
    "team",
    "user",
    "customer",
    "contact",
    "product",
    "billing_account",
    "subscriber",
    "service",
    "bill",
    "payment",
    "opportunity",
    "quote",
    "activity",
    "fault_ticket",
    "change_request",
)


@dataclass
class Dataset:
    """A generated data set: the records per entity and the stories behind them."""

    profile: str
    seed: int
    as_of: dt.date
    records: dict[str, list[dict[str, Any]]]
    # customer id -> story codes; the answer key for analysis, never served to clients.
    ground_truth: dict[str, list[str]]

    def count(self) -> dict[str, int]:
        return {entity: len(rows) for entity, rows in self.records.items()}


def generate(
    profile: str = "small", seed: int = DEFAULT_SEED, as_of: dt.date | None = None
) -> Dataset:
    """Generate the data set of a profile; the same arguments always give the same records."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; expected one of {PROFILES}")
    ctx = Context(seed=seed, as_of=as_of or DEFAULT_AS_OF, spec=SPECS[profile])
    # Reference data changed a month ago, at a quiet hour.
    reference_time = instant(work_time(ctx.rng("reference"), ctx.today - 30))
    org = organisation.build(ctx.spec.layout, seed, ctx.mobiles, reference_time)
    plans = customers.build(ctx, org)
    contact_records = contacts.build(ctx, plans)
    truth = stories.assign(ctx, plans)
    window = billing.Window(ctx.as_of)
    billing.open_accounts(ctx, plans)
    made = lines.build(ctx, plans, window)
    bills = billing.build(ctx, plans, window)
    valuation.score(ctx, plans)
    opportunities, quotes = city.opportunities(ctx, plans, org)
    records: dict[str, list[dict[str, Any]]] = {
        "team": org.teams,
        "user": [member.record(reference_time) for member in org.staff],
        "customer": [plan.record for plan in plans],
        "contact": contact_records,
        "product": catalogue.records(reference_time),
        "billing_account": bills.accounts,
        "subscriber": made.subscribers,
        "service": made.services,
        "bill": bills.bills,
        "payment": bills.payments,
        "opportunity": opportunities,
        "quote": quotes,
        "activity": city.activities(ctx, plans),
        "fault_ticket": faults.build(ctx, plans, org),
        "change_request": [],
    }
    return Dataset(profile, seed, ctx.as_of, records, truth)
