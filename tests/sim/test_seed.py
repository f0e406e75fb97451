"""Tests of the seeded-data generator on the small profile: shape, validity, integrity, stories."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections import Counter, defaultdict
from decimal import Decimal
from itertools import pairwise
from typing import Any

import pytest

from bigcust_desktop.domain.identifiers import (
    normalize_mobile,
    normalize_resident_id,
    normalize_uscc,
)
from bigcust_desktop.domain.pricing import price_line
from bigcust_desktop.domain.sla import can_move_ticket, due_at
from bigcust_desktop.domain.stages import DEFAULT_PROBABILITY, Stage
from bigcust_desktop.domain.value import value_score, value_tier
from bigcust_sim.seed import (
    DEFAULT_AS_OF,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    ENTITIES,
    PROFILES,
    STORIES,
    Dataset,
    generate,
    organisation,
)
from bigcust_sim.seed.context import SPECS
from bigcust_sim.seed.geography import CITY_BY_NAME, district_code
from bigcust_sim.seed.mobiles import MobilePool
from bigcust_sim.seed.names import GROUP_INDUSTRIES, CompanyNamer
from bigcust_sim.seed.wire import fen_of

MONEY = re.compile(r"(?:0|[1-9]\d*)\.\d\d")
SIGNED = re.compile(r"-?(?:0|[1-9]\d*)\.\d\d")
DATE = re.compile(r"\d{4}-\d\d-\d\d")
INSTANT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
NOW = f"{DEFAULT_AS_OF.isoformat()}T00:00:00Z"

# entity -> {field: entity it refers to}
FOREIGN_KEYS: dict[str, dict[str, str]] = {
    "user": {"team_id": "team"},
    "customer": {"parent_id": "customer", "manager_id": "user", "team_id": "team"},
    "contact": {"customer_id": "customer"},
    "billing_account": {"customer_id": "customer"},
    "subscriber": {
        "customer_id": "customer",
        "account_id": "billing_account",
        "product_id": "product",
    },
    "service": {"subscriber_id": "subscriber", "product_id": "product"},
    "bill": {"account_id": "billing_account", "customer_id": "customer"},
    "payment": {"account_id": "billing_account", "bill_id": "bill"},
    "opportunity": {"customer_id": "customer", "owner_id": "user"},
    "quote": {
        "customer_id": "customer",
        "opportunity_id": "opportunity",
        "owner_id": "user",
        "approved_by": "user",
        "revision_of": "quote",
        "superseded_by": "quote",
    },
    "activity": {
        "customer_id": "customer",
        "opportunity_id": "opportunity",
        "contact_id": "contact",
        "owner_id": "user",
        "product_id": "product",
        "campaign_id": "campaign",
        "campaign_task_id": "campaign_task",
    },
    "segment": {"owner_id": "user", "team_id": "team"},
    "campaign": {
        "team_id": "team",
        "owner_id": "user",
        "segment_id": "segment",
        "product_id": "product",
    },
    "campaign_round": {
        "campaign_id": "campaign",
        "team_id": "team",
        "after_round_id": "campaign_round",
    },
    "campaign_task": {
        "campaign_id": "campaign",
        "round_id": "campaign_round",
        "customer_id": "customer",
        "contact_id": "contact",
        "assignee_id": "user",
        "opportunity_id": "opportunity",
        "activity_id": "activity",
    },
    "todo": {
        "customer_id": "customer",
        "owner_id": "user",
        "created_by": "user",
        "contact_id": "contact",
        "closed_by_activity_id": "activity",
    },
    "contract": {"customer_id": "customer", "owner_id": "user", "parent_contract_id": "contract"},
    "contract_attachment": {
        "contract_id": "contract",
        "customer_id": "customer",
        "uploaded_by": "user",
    },
    "competitor_line": {"customer_id": "customer", "recorded_by": "user"},
    "contact_role": {
        "customer_id": "customer",
        "contact_id": "contact",
        "reports_to_contact_id": "contact",
        "owner_id": "user",
    },
    "audit_event": {"user_id": "user", "team_id": "team"},
    "fault_ticket": {
        "customer_id": "customer",
        "subscriber_id": "subscriber",
        "reported_by": "user",
    },
}


@pytest.fixture(scope="module")
def data(small_dataset: Dataset) -> Dataset:
    """The session's `small` dataset (tests/conftest.py), generated once for the whole suite."""
    return small_dataset


@pytest.fixture(scope="module")
def by_id(data: Dataset) -> dict[str, dict[str, dict[str, Any]]]:
    return {entity: {r["id"]: r for r in rows} for entity, rows in data.records.items()}


def digest(dataset: Dataset) -> str:
    text = json.dumps([dataset.records, dataset.ground_truth], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def days_before(value: str, days: int) -> bool:
    """Whether a date or instant string lies within ``days`` days before as_of."""
    return dt.date.fromisoformat(value[:10]) >= DEFAULT_AS_OF - dt.timedelta(days=days)


def by_customer(data: Dataset, entity: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in data.records[entity]:
        out[record["customer_id"]].append(record)
    return out


# --- API and determinism ---------------------------------------------------------------------


def test_api_constants_and_entity_order(data: Dataset) -> None:
    assert PROFILES == ("small", "large", "city", "province")
    assert DEFAULT_SEED == 20261127
    assert DEMO_PASSWORD == "demo1234"
    assert tuple(data.records) == ENTITIES
    assert ENTITIES[:3] == ("team", "user", "customer") and ENTITIES[-1] == "change_request"
    assert data.records["change_request"] == []
    assert data.profile == "small" and data.seed == DEFAULT_SEED and data.as_of == DEFAULT_AS_OF
    assert data.count() == {e: len(rows) for e, rows in data.records.items()}
    with pytest.raises(ValueError, match="profile"):
        generate("medium")


def test_the_city_profile_has_fifty_account_managers_with_unique_names() -> None:
    city = organisation.build(SPECS["city"].layout, DEFAULT_SEED, MobilePool(), "x")
    managers = [s for s in city.staff if s.role == "account_manager"]
    assert len(managers) == 50 and len(city.books) == 50
    assert len({s.name for s in city.staff}) == len(city.staff)
    assert len({s.username for s in city.staff}) == len(city.staff)
    assert all(s.username.isascii() and s.username.isalnum() for s in city.staff)
    assert {s.username for s in city.staff if s.role == "city_manager"} == {"zhouhong", "qianli"}


def test_names_stay_unique_past_the_two_character_trade_names() -> None:
    """A province-sized book used to run out of group names ("no free group name")."""
    namer = CompanyNamer(random.Random(DEFAULT_SEED))
    groups = [namer.group(GROUP_INDUSTRIES[i % 8], "杭州", "西湖区").naming for i in range(2500)]
    names = [g.name for g in groups]
    assert len(set(names)) == len(names)
    assert any(len(g.short_name) >= 5 for g in groups)  # three-character trade names in use


def test_same_seed_same_records_other_seed_differs(data: Dataset) -> None:
    assert digest(generate("small")) == digest(data)
    other = generate("small", seed=DEFAULT_SEED + 1)
    assert digest(other) != digest(data)
    assert other.records["customer"][0]["uscc"] != data.records["customer"][0]["uscc"]


def test_as_of_passes_through_and_bounds_every_instant() -> None:
    as_of = dt.date(2025, 3, 10)
    shifted = generate("small", as_of=as_of)
    assert shifted.as_of == as_of
    assert shifted.records["bill"][-1]["period"] <= "2025-02"
    limit = f"{as_of.isoformat()}T00:00:00Z"
    assert max(p["paid_at"] for p in shifted.records["payment"]) < limit


def test_first_team_is_the_same_in_both_profiles(data: Dataset) -> None:
    large = organisation.build(SPECS["large"].layout, DEFAULT_SEED, MobilePool(), "x")
    small_team = [u for u in data.records["user"] if u["team_id"] == "T-HZ-1"]
    large_team = [s.record("x") for s in large.staff if s.team_id == "T-HZ-1"]
    assert (
        len(large_team) == 21 and sum(1 for u in large_team if u["role"] == "account_manager") == 20
    )
    keys = ("id", "username", "name", "role", "mobile")
    assert [{k: u[k] for k in keys} for u in small_team] == [
        {k: u[k] for k in keys} for u in large_team[:3]
    ]
    assert {"id": "U-0002", "username": "zhangwei"}.items() <= small_team[1].items()
    usernames = [u["username"] for u in data.records["user"]]
    assert len(set(usernames)) == len(usernames) and all(u.isascii() for u in usernames)


# --- wire format and validity -------------------------------------------------------------------


def test_every_record_is_in_wire_form(data: Dataset) -> None:
    for entity, rows in data.records.items():
        for r in rows:
            assert r["version"] >= 1 and type(r["id"]) is str, (entity, r["id"])
            assert INSTANT.fullmatch(r["updated_at"]) and r["updated_at"] < NOW, (entity, r["id"])
    for b in data.records["bill"]:
        assert SIGNED.fullmatch(b["amount"]) and MONEY.fullmatch(b["paid_amount"])
        assert SIGNED.fullmatch(b["adjustment"]) and fen_of(b["adjustment"]) <= 0
        assert DATE.fullmatch(b["due_date"]) and re.fullmatch(r"\d{4}-\d\d", b["period"])
    for s in data.records["subscriber"]:
        assert MONEY.fullmatch(s["arpu_3m"]) and re.fullmatch(r"\d+\.\d\d", s["dou_3m"])
    for t in data.records["fault_ticket"]:
        assert all(INSTANT.fullmatch(h["at"]) and h["at"] < NOW for h in t["history"])


def test_every_record_passes_the_domain_schema_unchanged(data: Dataset) -> None:
    records = pytest.importorskip("bigcust_desktop.domain.records")
    for entity, rows in data.records.items():
        for r in rows:
            assert records.validate_record(entity, r) == r, (entity, r["id"])


def test_identifiers_are_valid_and_unique(data: Dataset) -> None:
    customers = data.records["customer"]
    planted = data.truth.data_quality
    twice = {cid for cid, codes in planted.items() if "duplicate_uscc" in codes}
    usccs = [c["uscc"] for c in customers if c["id"] not in twice]
    assert len(set(usccs)) == len(usccs)  # only the planted duplicates share a credit code
    for c in customers:
        assert normalize_uscc(c["uscc"]) == c["uscc"]
        # Characters 3-8 are the real division code of the customer's district.
        assert c["uscc"][2:8] == district_code(c["city"], c["district"])
        assert c["uscc"][:2] in ("11", "12", "91")
    contacts = data.records["contact"]
    mobiles = [u["mobile"] for u in data.records["user"]] + [c["mobile"] for c in contacts]
    mobiles = [m for m in mobiles if m is not None]  # landline-only key contacts have none
    mobiles += [s["service_number"] for s in data.records["subscriber"] if s["kind"] == "mobile"]
    assert len(set(mobiles)) == len(mobiles)
    assert all(normalize_mobile(m) == m for m in mobiles)
    ids = [c["resident_id"] for c in contacts if c["resident_id"]]
    assert 0.4 < len(ids) / len(contacts) < 0.6
    # One person, one record: unique in the 18-digit form, though a few are kept in 15.
    assert len({normalize_resident_id(i) for i in ids}) == len(ids)
    legacy = [i for i in ids if len(i) == 15]
    assert 0.01 < len(legacy) / len(ids) < 0.06
    assert all(normalize_resident_id(i, today=DEFAULT_AS_OF) == i for i in ids if len(i) == 18)
    iot = [s["service_number"] for s in data.records["subscriber"] if s["kind"] == "iot"]
    assert iot and all(len(n) == 13 and n.startswith("1064") for n in iot)
    assert len(set(iot)) == len(iot)


def test_addresses_come_from_the_province_table(data: Dataset) -> None:
    cities = Counter()
    for c in data.records["customer"]:
        city = CITY_BY_NAME[c["city"]]
        assert c["district"] in {d.name for d in city.districts}
        assert c["address"].startswith(f"浙江省{c['city']}市{c['district']}")
        cities[c["city"]] += 1
    assert cities["杭州"] > cities["宁波"] > 0 and len(cities) >= 5


# --- integrity --------------------------------------------------------------------------------


def test_every_foreign_key_points_to_an_existing_record(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    for entity, fields in FOREIGN_KEYS.items():
        for r in data.records[entity]:
            for name, target in fields.items():
                value = r[name]
                assert value is None or value in by_id[target], (entity, r["id"], name, value)
    for q in data.records["quote"]:
        assert all(line["product_id"] in by_id["product"] for line in q["lines"])


def test_relations_agree_with_each_other(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    customers, users = by_id["customer"], by_id["user"]
    for c in customers.values():
        assert users[c["manager_id"]]["role"] == "account_manager"
        assert users[c["manager_id"]]["team_id"] == c["team_id"]
        if c["parent_id"]:
            group = customers[c["parent_id"]]
            assert group["manager_id"] == c["manager_id"] and group["parent_id"] is None
    for s in data.records["subscriber"]:
        holder = by_id["billing_account"][s["account_id"]]["customer_id"]
        assert holder in (s["customer_id"], customers[s["customer_id"]]["parent_id"])
        assert customers[s["customer_id"]]["created_on"] <= s["activated_on"] <= s["status_date"]
    for b in data.records["bill"]:
        assert by_id["billing_account"][b["account_id"]]["customer_id"] == b["customer_id"]
    for p in data.records["payment"]:
        if p["bill_id"]:
            assert by_id["bill"][p["bill_id"]]["account_id"] == p["account_id"]
    for a in data.records["activity"]:
        if a["contact_id"]:
            assert by_id["contact"][a["contact_id"]]["customer_id"] == a["customer_id"]
        if a["opportunity_id"]:
            assert by_id["opportunity"][a["opportunity_id"]]["customer_id"] == a["customer_id"]
    for t in data.records["fault_ticket"]:
        assert by_id["subscriber"][t["subscriber_id"]]["customer_id"] == t["customer_id"]
        assert t["opened_at"][:10] > by_id["subscriber"][t["subscriber_id"]]["activated_on"]


# --- shape of the small profile --------------------------------------------------------------


def test_small_profile_counts(data: Dataset) -> None:
    count = data.count()
    users = data.records["user"]
    # Three teams and the two cities' departments, each with its city manager (the approver
    # above a regional manager).
    assert count["team"] == 5 and {t["city"] for t in data.records["team"]} == {"杭州", "宁波"}
    assert Counter(u["role"] for u in users) == {
        "account_manager": 6,
        "regional_manager": 3,
        "city_manager": 2,
    }
    books = Counter(c["manager_id"] for c in data.records["customer"])
    assert len(books) == 6 and all(n == 150 for n in books.values())
    customers = count["customer"]
    assert 6.5 < count["subscriber"] / customers < 9.5
    per_customer = Counter(s["customer_id"] for s in data.records["subscriber"])
    assert max(per_customer.values()) >= 200  # a few big groups
    assert sorted(per_customer.values())[customers // 2] <= 5  # heavy tail: most are small
    assert 1.3 < count["billing_account"] / customers < 1.7
    assert 35 <= count["product"] <= 45
    contacts = Counter(c["customer_id"] for c in data.records["contact"])
    assert set(contacts.values()) <= {2, 3, 4, 5} and len(contacts) == customers
    assert 6 < count["activity"] / customers < 10
    assert sum(1 for c in data.records["customer"] if c["parent_id"]) > 0.1 * customers


def test_catalogue_has_the_plans_and_floors(by_id: dict[str, dict[str, dict[str, Any]]]) -> None:
    products = by_id["product"]
    for fee in (58, 88, 128, 188, 288):
        assert products[f"P-MOB-{fee}"]["monthly_fee"] == f"{fee}.00"
    assert {p["category"] for p in products.values()} == {
        "mobile", "vnet", "broadband", "leased_line", "idc", "cloud",
    }  # fmt: skip
    for p in products.values():
        ratio = fen_of(p["floor_price"]) / fen_of(p["monthly_fee"])
        assert 0.69 <= ratio <= 0.85, p["id"]


def test_subscriber_figures_fit_their_plan(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    extras: Counter[str] = Counter()
    for srv in data.records["service"]:
        if srv["ended_on"] is None:
            extras[srv["subscriber_id"]] += fen_of(srv["monthly_fee"])
    for s in data.records["subscriber"]:
        product = by_id["product"][s["product_id"]]
        term = product["min_term_months"]
        assert (s["contract_end"] is not None) == (term > 0 and s["status"] != "cancelled")
        if s["status"] != "active" or s["kind"] != "mobile":
            continue
        fee = fen_of(product["monthly_fee"])
        over_min = max(0, s["mou_3m"] - product["included_minutes"])
        over_gb = max(0.0, float(s["dou_3m"]) - float(product["included_data_gb"]))
        ceiling = (
            fee
            + over_min * fen_of(product["overage_minute_rate"])
            + over_gb * fen_of(product["overage_data_rate"])
            + extras[s["id"]]
        )
        assert 0.8 * fee <= fen_of(s["arpu_3m"]) <= 1.06 * ceiling + 100, s["id"]


def test_bills_follow_the_lines_and_payments_settle_them(data: Dataset) -> None:
    bills = data.records["bill"]
    periods = sorted({b["period"] for b in bills})
    assert len(periods) == 12 and periods[-1] == "2026-10" and periods[0] == "2025-11"
    per_account = Counter(b["account_id"] for b in bills)
    assert max(per_account.values()) == 12
    paid: Counter[str] = Counter()
    for p in data.records["payment"]:
        assert p["paid_at"] < NOW
        if p["bill_id"]:
            paid[p["bill_id"]] += fen_of(p["amount"])
    for b in bills:
        amount, settled = fen_of(b["amount"]), fen_of(b["paid_amount"])
        assert paid[b["id"]] == settled <= max(amount, 0)  # a credit bill owes nothing
        assert b["status"] == ("paid" if settled >= amount else "partial" if settled else "unpaid")
    statuses = Counter(b["status"] for b in bills)
    assert statuses["paid"] / len(bills) > 0.85 and statuses["partial"] and statuses["unpaid"]
    # Arrears of every age exist.
    ages = set()
    for b in bills:
        due = dt.date.fromisoformat(b["due_date"])
        if due < DEFAULT_AS_OF and b["status"] != "paid":
            days = (DEFAULT_AS_OF - due).days
            ages.add(0 if days <= 30 else 1 if days <= 60 else 2 if days <= 90 else 3)
    assert ages == {0, 1, 2, 3}


def test_a_bill_is_about_what_its_lines_charge(data: Dataset) -> None:
    lines = defaultdict(list)
    for s in data.records["subscriber"]:
        lines[s["account_id"]].append(s)
    checked = 0
    for b in data.records["bill"]:
        steady = lines[b["account_id"]]
        look_alike = b["customer_id"] in data.truth.not_stories
        if b["period"] != "2026-10" or b["customer_id"] in data.ground_truth or look_alike:
            continue
        if any(s["status"] != "active" or s["activated_on"] > "2026-08-15" for s in steady):
            continue
        arpu = sum(fen_of(s["arpu_3m"]) for s in steady)
        assert 0.9 < fen_of(b["amount"]) / arpu < 1.1, b["id"]
        checked += 1
    assert checked > 300


# --- city data ---------------------------------------------------------------------------------


def test_opportunities_cover_every_stage(data: Dataset) -> None:
    opps = data.records["opportunity"]
    assert {o["stage"] for o in opps} == {s.value for s in Stage}
    for o in opps:
        default = DEFAULT_PROBABILITY[Stage(o["stage"])]
        if o["stage"] in ("won", "lost"):
            assert o["probability"] == default
        else:
            assert abs(o["probability"] - default) <= 10
        assert (o["lost_reason"] is not None) == (o["stage"] == "lost")


def test_quotes_are_priced_by_the_domain_rule(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    statuses: Counter[str] = Counter()
    for q in data.records["quote"]:
        statuses[q["status"]] += 1
        total, below = Decimal(0), False
        for line in q["lines"]:
            product = by_id["product"][line["product_id"]]
            assert line["unit_price"] == product["monthly_fee"]
            assert line["charge_type"] == product["charge_type"]
            assert line["vat_category"] == product["vat_category"]
            once = line["charge_type"] == "one_time"
            priced = price_line(
                Decimal(line["unit_price"]),
                line["quantity"],
                Decimal(line["discount_pct"]),
                1 if once else q["term_months"],
                Decimal(product["floor_price"]),
            )
            assert line["net_unit_price"] == f"{priced.net_unit_price:.2f}"
            assert line["line_total"] == f"{priced.line_total:.2f}"
            assert q["term_months"] >= product["min_term_months"]
            total += priced.line_total
            below |= priced.below_floor
        assert q["total"] == f"{total:.2f}"
        if q["status"] == "pending_approval":
            assert below and q["approved_by"] is None
        if below and q["status"] in ("approved", "sent", "accepted", "rejected"):
            approver = by_id["user"][q["approved_by"]]
            assert approver["role"] == "regional_manager"
            assert approver["team_id"] == by_id["customer"][q["customer_id"]]["team_id"]
    assert set(statuses) == {
        "draft", "pending_approval", "approved", "rejected", "sent", "accepted", "expired",
    }  # fmt: skip


def test_activities_cover_the_year_by_every_channel(data: Dataset) -> None:
    acts = data.records["activity"]
    assert {a["channel"] for a in acts} == {"visit", "phone", "sms", "email", "meeting", "campaign"}
    assert all(days_before(a["occurred_at"], 366) and a["occurred_at"] < NOW for a in acts)


def test_fault_tickets_follow_the_sla_and_their_history(data: Dataset) -> None:
    tickets = data.records["fault_ticket"]
    breached = open_count = 0
    for t in tickets:
        opened = dt.datetime.fromisoformat(t["opened_at"])
        expected = due_at(t["severity"], opened).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert t["due_at"] == expected
        history = t["history"]
        assert history[0]["status"] == "new" and history[0]["at"] == t["opened_at"]
        assert history[-1]["status"] == t["status"] and history[-1]["at"] == t["updated_at"]
        assert [h["at"] for h in history] == sorted(h["at"] for h in history)
        assert all(can_move_ticket(a["status"], b["status"]) for a, b in pairwise(history))
        done = t["status"] in ("resolved", "closed")
        assert (t["resolved_at"] is not None) == done == (t["resolution"] is not None)
        late = (t["resolved_at"] or NOW) > t["due_at"]
        breached += late
        open_count += not done
    assert 0.05 < breached / len(tickets) < 0.35
    assert 0 < open_count < 0.1 * len(tickets)
    assert {t["status"] for t in tickets} == {
        "new",
        "accepted",
        "in_progress",
        "resolved",
        "closed",
    }


def test_value_score_and_tier_come_from_the_domain_rule(data: Dataset) -> None:
    tiers = Counter()
    for c in data.records["customer"]:
        score = value_score(c["value_factors"])
        assert c["value_score"] == f"{score:.2f}"
        assert c["value_tier"] == value_tier(score).value
        tiers[c["value_tier"]] += 1
    assert set(tiers) == {"strategic", "key", "standard", "basic"}


# --- stories ----------------------------------------------------------------------------------


def test_stories_are_ground_truth_only(data: Dataset) -> None:
    truth = data.ground_truth
    customers = {c["id"]: c for c in data.records["customer"]}
    assert 0.13 < len(truth) / len(customers) < 0.17
    counts = Counter(s for stories in truth.values() for s in stories)
    assert set(counts) == set(STORIES) and min(counts.values()) >= 15
    assert all(customers[cid]["status"] == "active" for cid in truth)
    served = json.dumps(data.records, ensure_ascii=False)
    # A story code may name a field ("competitor_offer"), never a value of one.
    assert not any(f'"{story}"' in served.replace(f'"{story}":', "") for story in STORIES)


def _with(data: Dataset, story: str) -> list[str]:
    return [cid for cid, stories in data.ground_truth.items() if story in stories]


def test_revenue_sliding_customers_bill_less_each_month(data: Dataset) -> None:
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for b in data.records["bill"]:
        totals[b["customer_id"]][b["period"]] += fen_of(b["amount"])
    for cid in _with(data, "revenue_sliding"):
        months = [totals[cid][p] for p in ("2026-06", "2026-07", "2026-08", "2026-09", "2026-10")]
        assert months[-3] > months[-2] > months[-1] and months[-1] < 0.75 * months[0], cid


def test_arrears_growing_customers_leave_each_recent_bill_unpaid(data: Dataset) -> None:
    bills = by_customer(data, "bill")
    for cid in _with(data, "arrears_growing"):
        arrears = []
        for period in ("2026-08", "2026-09", "2026-10"):
            due = [b for b in bills[cid] if b["period"] <= period]
            arrears.append(sum(fen_of(b["amount"]) - fen_of(b["paid_amount"]) for b in due))
            assert all(b["status"] != "paid" for b in bills[cid] if b["period"] == period)
        assert 0 < arrears[0] < arrears[1] < arrears[2], cid


def test_repeated_faults_only_where_the_story_is(data: Dataset) -> None:
    story = set(_with(data, "repeated_faults"))
    recent = Counter(
        (t["customer_id"], t["subscriber_id"])
        for t in data.records["fault_ticket"]
        if days_before(t["opened_at"], 90)
    )
    repeated = {cid for (cid, _), n in recent.items() if n >= 3}
    assert repeated == story


def test_lines_cancelled_only_where_the_story_is(data: Dataset) -> None:
    story = set(_with(data, "lines_cancelled"))
    for cid, subs in by_customer(data, "subscriber").items():
        recent = [
            s for s in subs if s["status"] == "cancelled" and days_before(s["status_date"], 60)
        ]
        if cid in story:
            assert len(recent) >= 2 and len(recent) >= 0.25 * len(subs), cid
        else:
            assert not recent, cid


def test_contracts_end_within_90_days_only_where_the_story_is(data: Dataset) -> None:
    horizon = (DEFAULT_AS_OF + dt.timedelta(days=90)).isoformat()
    ending = {
        s["customer_id"]
        for s in data.records["subscriber"]
        if s["status"] == "active" and s["contract_end"] and s["contract_end"] <= horizon
    }
    assert ending == set(_with(data, "contract_ending"))


def test_not_contacted_customers_have_no_recent_activity(data: Dataset) -> None:
    story = set(_with(data, "not_contacted"))
    activities = by_customer(data, "activity")
    for c in data.records["customer"]:
        if c["status"] == "closed":
            continue
        recent = [a for a in activities[c["id"]] if days_before(a["occurred_at"], 90)]
        if c["id"] in story:
            assert activities[c["id"]] and not recent, c["id"]
        else:
            assert recent, c["id"]


# --- records for analysis and planning (DESIGN §10) ---------------------------------------------


def test_every_entity_is_seeded(data: Dataset) -> None:
    empty = [entity for entity, rows in data.records.items() if not rows]
    assert empty == ["change_request"]  # the laptops make those


def test_planted_duplicate_registrations(data: Dataset) -> None:
    customers = {c["id"]: c for c in data.records["customer"]}
    by_code: dict[str, list[str]] = defaultdict(list)
    for cid, codes in data.truth.data_quality.items():
        for code in codes:
            by_code[code].append(cid)
    same_code = Counter(customers[cid]["uscc"] for cid in by_code["duplicate_uscc"])
    assert same_code and set(same_code.values()) == {2}
    addresses = Counter(customers[cid]["address"] for cid in by_code["duplicate_name"])
    assert addresses and set(addresses.values()) == {2}
    for address in addresses:
        names = sorted(c["name"] for c in customers.values() if c["address"] == address)
        assert names[0] != names[1] and names[0].replace("有限责任公司", "有限公司") in names
    assert by_code["legacy_resident_id"] and by_code["landline_only"]


def test_seasonal_dips_and_refunds_are_not_stories(data: Dataset) -> None:
    look_alikes = data.truth.not_stories
    assert not set(look_alikes) & set(data.ground_truth)
    codes = Counter(code for found in look_alikes.values() for code in found)
    assert codes["seasonal_dip"] >= 20 and codes["refund_month"] >= 10
    refunds = [b for b in data.records["bill"] if fen_of(b["adjustment"]) < 0]
    assert {b["customer_id"] for b in refunds} <= set(look_alikes)
    assert all(b["adjustment_note"] for b in refunds)
    assert any(fen_of(b["amount"]) < 0 for b in refunds)  # a refund larger than the month
    monthly: dict[str, Counter[str]] = defaultdict(Counter)
    for b in data.records["bill"]:
        monthly[b["customer_id"]][b["period"]] += fen_of(b["amount"])
    dipped = [cid for cid, found in look_alikes.items() if "seasonal_dip" in found]
    lower = sum(
        1
        for cid in dipped
        if min(monthly[cid]["2026-02"], monthly[cid]["2025-12"])
        < 0.9 * min(monthly[cid]["2026-03"], monthly[cid]["2026-01"], monthly[cid]["2025-11"])
    )
    assert lower >= 0.8 * len(dipped)


def test_competitor_offers_are_recent_only_for_the_story(data: Dataset) -> None:
    story = set(_with(data, "competitor_offer"))
    recent = {
        a["customer_id"]
        for a in data.records["activity"]
        if a["competitor_offer"] and days_before(a["occurred_at"], 90)
    }
    assert recent == story
    older = [
        a
        for a in data.records["activity"]
        if a["competitor_offer"] and a["customer_id"] not in story
    ]
    assert older and data.records["competitor_line"]


def test_quotes_have_numbers_revisions_and_approval(data: Dataset) -> None:
    quotes = {q["id"]: q for q in data.records["quote"]}
    keys = Counter((q["number"], q["revision_no"]) for q in quotes.values())
    assert set(keys.values()) == {1}
    for q in quotes.values():
        city, year, serial = q["number"].rsplit("-", 2)
        assert city in ("杭州", "宁波") and len(serial) == 6 and year in ("2025", "2026")
        if q["revision_of"]:
            first = quotes[q["revision_of"]]
            assert first["superseded_by"] == q["id"] and first["number"] == q["number"]
            assert q["revision_no"] == first["revision_no"] + 1
        below = q["approval_level"] is not None
        assert below == (q["approval_reason"] is not None)
    assert any(q["revision_of"] for q in quotes.values())
    assert {q["approval_level"] for q in quotes.values()} >= {None, "district", "city"}
    assert any(fen_of(q["one_time_total"]) > 0 for q in quotes.values())


def test_opportunity_amounts_follow_the_customer_size(data: Dataset) -> None:
    lines = Counter(s["customer_id"] for s in data.records["subscriber"])
    amounts: dict[str, list[int]] = defaultdict(list)
    for o in data.records["opportunity"]:
        amounts[o["customer_id"]].append(fen_of(o["amount"]))
    ranked = sorted(amounts, key=lambda cid: lines[cid])
    quarter = len(ranked) // 4
    small = [a for cid in ranked[:quarter] for a in amounts[cid]]
    large = [a for cid in ranked[-quarter:] for a in amounts[cid]]
    assert sum(large) / len(large) > 2 * sum(small) / len(small)


def test_contracts_match_the_termed_lines_and_carry_slas_and_scans(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    horizon = (DEFAULT_AS_OF + dt.timedelta(days=90)).isoformat()
    ending = {c["customer_id"] for c in data.records["contract"] if c["ends_on"] <= horizon}
    assert ending == set(_with(data, "contract_ending"))
    for c in data.records["contract"]:
        termed = [
            s["contract_end"]
            for s in data.records["subscriber"]
            if s["customer_id"] == c["customer_id"] and s["contract_end"]
            and s["status"] != "cancelled"
        ] if c["customer_id"] in ending else None  # fmt: skip
        if termed:
            assert c["ends_on"] == max(termed)
        for circuit in c["circuits"]:
            line = by_id["subscriber"][circuit["subscriber_id"]]
            assert line["customer_id"] == c["customer_id"] and line["kind"] != "mobile"
    assert sum(1 for c in data.records["contract"] if c["circuits"]) > 50
    for attachment in data.records["contract_attachment"]:
        content = data.files[attachment["id"]]
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")
        assert len(content) == attachment["size"] < 2000
        assert hashlib.sha256(content).hexdigest() == attachment["sha256"]
    assert data.records["contract_attachment"]


def test_campaign_rounds_tasks_and_call_centre_contacts(
    data: Dataset, by_id: dict[str, dict[str, dict[str, Any]]]
) -> None:
    teams = {c["id"]: c["team_id"] for c in data.records["customer"]}
    tasks = data.records["campaign_task"]
    for task in tasks:
        campaign = by_id["campaign"][task["campaign_id"]]
        assert by_id["campaign_round"][task["round_id"]]["campaign_id"] == campaign["id"]
        assert teams[task["customer_id"]] == campaign["team_id"]
        if task["activity_id"]:
            activity = by_id["activity"][task["activity_id"]]
            assert activity["campaign_task_id"] == task["id"] and activity["channel"] == "campaign"
    states = Counter((t["state"], t["outcome"]) for t in tasks)
    assert states[("suppressed", None)] and states[("open", None)]
    assert states[("done", "not_reached")] and states[("done", "interested")]
    leads = [u["id"] for u in data.records["user"] if u["role"] == "regional_manager"]
    assert {c["owner_id"] for c in data.records["campaign"]} == set(leads)
    assert {s["visibility"] for s in data.records["segment"]} == {"team", "private"}


def test_todos_roles_and_audit_events(data: Dataset) -> None:
    contracts = {c["id"]: c for c in data.records["contract"]}
    renewals = {t["source_id"] for t in data.records["todo"] if t["kind"] == "renewal"}
    horizon = (DEFAULT_AS_OF + dt.timedelta(days=90)).isoformat()
    assert renewals == {cid for cid, c in contracts.items() if c["ends_on"] <= horizon}
    statuses = Counter(t["status"] for t in data.records["todo"])
    assert statuses["open"] and statuses["done"]
    roles = Counter(r["contact_id"] for r in data.records["contact_role"])
    assert set(roles.values()) == {1}
    assert {r["role"] for r in data.records["contact_role"]} == {
        "decision_maker", "influencer", "gatekeeper", "user",
    }  # fmt: skip
    assert data.records["audit_event"]


def test_ground_truth_document_is_json_and_complete(data: Dataset) -> None:
    document = data.ground_truth_document()
    assert json.loads(json.dumps(document, ensure_ascii=False)) == document
    assert document["stories"] == data.ground_truth
    assert set(document) >= {"stories", "not_stories", "data_quality", "windows_days"}
