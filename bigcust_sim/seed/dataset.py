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
    contracts,
    customers,
    faults,
    lines,
    organisation,
    planning,
    stories,
    valuation,
)
from bigcust_sim.seed.context import SPECS, Context
from bigcust_sim.seed.wire import instant, work_time

PROFILES = ("small", "large")
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
    "segment",
    "campaign",
    "campaign_round",
    "campaign_task",
    "todo",
    "contract",
    "contract_attachment",
    "competitor_line",
    "contact_role",
    "audit_event",
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
    # The rest of the answer key: look-alikes (not stories) and planted data-quality findings.
    truth: stories.GroundTruth
    # The files of the seeded contract attachments, by attachment id (served apart from feeds).
    files: dict[str, bytes]

    def count(self) -> dict[str, int]:
        return {entity: len(rows) for entity, rows in self.records.items()}

    def ground_truth_document(self) -> dict[str, Any]:
        """The answer key as the simulator writes it to DATA/ground-truth.json."""
        return self.truth.document(self.profile, self.seed, self.as_of.isoformat())


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
    duplicates = customers.plant_duplicates(ctx, plans)
    contact_records = contacts.build(ctx, plans)
    truth = stories.assign(ctx, plans)
    window = billing.Window(ctx.as_of)
    billing.open_accounts(ctx, plans)
    billing.plan_look_alikes(ctx, plans, window)
    made = lines.build(ctx, plans, window)
    bills = billing.build(ctx, plans, window)
    valuation.score(ctx, plans)
    opportunities, quotes = city.opportunities(ctx, plans, org)
    contract_records, attachments, files = contracts.build(ctx, plans)
    plan = planning.Planning()
    planning.todos(ctx, plans, contract_records, plan)
    planning.contact_roles(ctx, plans, contact_records, plan)
    planning.campaigns(ctx, plans, org, _categories_held(made), plan)
    answer = _answer_key(truth, plans, duplicates, contact_records)
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
        "activity": city.activities(ctx, plans) + plan.activities,
        "fault_ticket": faults.build(ctx, plans, org),
        "segment": plan.segments,
        "campaign": plan.campaigns,
        "campaign_round": plan.rounds,
        "campaign_task": plan.tasks,
        "todo": plan.todos,
        "contract": contract_records,
        "contract_attachment": attachments,
        "competitor_line": contracts.competitor_lines(ctx, plans),
        "contact_role": plan.contact_roles,
        "audit_event": plan.audit_events,
        "change_request": [],
    }
    return Dataset(profile, seed, ctx.as_of, records, truth, answer, files)


def _categories_held(made: lines.LineMaker) -> dict[str, set[str]]:
    held: dict[str, set[str]] = {}
    for line in made.subscribers:
        if line["status"] == "active":
            category = catalogue.PRODUCT_BY_ID[line["product_id"]].category
            held.setdefault(line["customer_id"], set()).add(category)
    return held


def _answer_key(
    truth: dict[str, list[str]],
    plans: list[customers.CustomerPlan],
    duplicates: list[tuple[str, str, str]],
    contact_records: list[dict[str, Any]],
) -> stories.GroundTruth:
    key = stories.GroundTruth(stories=truth)
    for plan in plans:
        if plan.seasonal_month is not None:
            key.mark(key.not_stories, plan.id, stories.SEASONAL_DIP)
        if plan.refund_period is not None:
            key.mark(key.not_stories, plan.id, stories.REFUND_MONTH)
    for copy, original, kind in duplicates:
        code = stories.DUPLICATE_USCC if kind == "uscc" else stories.DUPLICATE_NAME
        key.mark(key.data_quality, copy, code)
        key.mark(key.data_quality, original, code)
    for contact in contact_records:
        if contact["resident_id"] is not None and len(contact["resident_id"]) == 15:
            key.mark(key.data_quality, contact["customer_id"], stories.LEGACY_RESIDENT_ID)
        if contact["mobile"] is None:
            key.mark(key.data_quality, contact["customer_id"], stories.LANDLINE_ONLY)
    return key
