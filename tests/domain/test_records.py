"""The record schema and `validate_record`: feed records, push payloads, sub-records."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.fieldspec import Kind
from bigcust_desktop.domain.record_rules import RULES
from bigcust_desktop.domain.records import FIELDS, validate_record

from .samples import ENTITIES, valid


def _errors(entity, record, **kwargs) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        validate_record(entity, record, **kwargs)
    return [(e.field, e.code) for e in info.value.errors]


def test_schema_covers_every_entity_of_the_data_home_table():
    assert list(FIELDS) == list(HOMES) == list(ENTITIES)
    for entity, schema in FIELDS.items():
        assert list(schema)[:3] == ["id", "version", "updated_at"], entity
        for name, spec in schema.items():
            assert spec.ref is None or spec.ref in HOMES, (entity, name)
            assert spec.kind in set(Kind)


@pytest.mark.parametrize("entity", ENTITIES)
def test_valid_sample_passes_unchanged_and_stays_json(entity):
    record = valid(entity)
    out = validate_record(entity, record)
    assert set(out) == set(FIELDS[entity])
    if entity != "change_request":  # its proposed mobile is normalised, see below
        assert out == record
    json.dumps(out)


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_missing_field_is_reported_or_read_as_null(entity):
    for name, spec in FIELDS[entity].items():
        record = valid(entity)
        del record[name]
        if spec.nullable:
            try:
                assert validate_record(entity, record)[name] is None
            except ValidationErrors as exc:
                # A field that another one makes necessary (a done task's outcome): the record
                # rule says so, never as a missing field.
                assert all(e.code != "field.required" for e in exc.errors), name
                assert entity in RULES, name
        else:
            assert _errors(entity, record) == [(name, "field.required")], name


def test_every_bad_field_is_listed_at_once():
    record = valid("subscriber")
    record.update(arpu_3m=12.5, mou_3m="820", kind="satellite", contract_end="31/12/2027")
    del record["version"]
    assert sorted(_errors("subscriber", record)) == [
        ("arpu_3m", "money.invalid"),
        ("contract_end", "date.invalid"),
        ("kind", "field.enum"),
        ("mou_3m", "field.type"),
        ("version", "field.required"),
    ]


@pytest.mark.parametrize(
    ("entity", "field", "value", "code"),
    [
        ("team", "name", "", "field.blank"),
        ("team", "name", "   ", "field.blank"),
        ("team", "name", "x" * 201, "field.too_long"),
        ("team", "name", 5, "field.type"),
        ("team", "version", 0, "field.range"),
        ("team", "version", True, "field.type"),
        ("team", "updated_at", "2026-11-27T04:05:06", "instant.naive"),
        ("user", "role", "admin", "field.enum"),
        ("user", "role", ["account_manager"], "field.type"),
        ("user", "mobile", "12345", "mobile.format"),
        ("customer", "uscc", "91330100MA2ABCDE1X", "uscc.check_char"),
        ("customer", "value_score", "100.01", "field.range"),
        ("customer", "value_score", "abc", "decimal.invalid"),
        ("customer", "value_score", "７２.50", "decimal.invalid"),
        ("bill", "amount", "１２.50", "money.invalid"),
        ("customer", "value_factors", [1, 2], "field.type"),
        ("customer", "created_on", "2026-02-30", "date.invalid"),
        ("contact", "resident_id", "330106198503121230", "resident_id.check_digit"),
        ("contact", "email", "not-an-address", "email.format"),
        ("contact", "is_key", 1, "field.type"),
        ("contact", "notes", "x" * 4001, "field.too_long"),
        ("change_request", "reason", "a", "field.too_short"),
        ("change_request", "changes", "mobile=1", "field.type"),
        ("product", "monthly_fee", "-1.00", "money.negative"),
        ("product", "min_term_months", 121, "field.range"),
        ("bill", "period", "2026-13", "month.invalid"),
        ("bill", "amount", "1e3", "money.invalid"),
        ("opportunity", "probability", 101, "field.range"),
        ("quote", "term_months", 61, "field.range"),
        ("quote", "lines", {"id": "x"}, "field.type"),
        ("fault_ticket", "description", "", "field.blank"),
    ],
)
def test_field_errors(entity, field, value, code):
    record = valid(entity)
    record[field] = value
    assert _errors(entity, record) == [(field, code)]


def test_value_factor_errors_name_the_factor():
    record = valid("customer")
    record["value_factors"] = {"spend": 120, "growth": 1, "tenure": 1, "share": 1, "x": 1}
    assert sorted(_errors("customer", record)) == [
        ("value_factors.payment", "value.factor_missing"),
        ("value_factors.spend", "value.factor"),
        ("value_factors.x", "value.factor_unknown"),
    ]


def test_normalisation_to_the_wire_form():
    customer = valid("customer")
    customer.update(uscc="9133 0100 ma2a bcde 1r", value_score="72.5", created_on="2015-03-01")
    out = validate_record("customer", customer)
    assert (out["uscc"], out["value_score"]) == ("91330100MA2ABCDE1R", "72.50")

    contact = valid("contact")
    contact.update(mobile="+86 139-1234-5678", resident_id="110105491231002", email="A@Ex.COM")
    out = validate_record("contact", contact)
    assert out["mobile"] == "13912345678"
    # The province's legacy 15-digit ID is kept as sent, for the data-quality check to find...
    assert out["resident_id"] == "110105491231002"
    assert out["email"] == "A@ex.com"
    # ... and a correction proposes its 18-digit form: one person, one record.
    request = valid("change_request")
    request["changes"] = {"resident_id": "110105 491231 002"}
    proposed = validate_record("change_request", request)["changes"]
    assert proposed == {"resident_id": "11010519491231002X"}

    bill = valid("bill")
    bill.update(amount="-350.5", adjustment=-35050, adjustment_note=None)
    out = validate_record("bill", bill)
    assert (out["amount"], out["adjustment"]) == ("-350.50", "-35050.00")
    assert _errors("bill", {**bill, "paid_amount": "-1.00"}) == [("paid_amount", "money.negative")]

    bill = valid("bill")
    bill.update(amount=12800, paid_amount="6400.5", updated_at="2026-11-27T12:05:06+08:00")
    out = validate_record("bill", bill)
    assert (out["amount"], out["paid_amount"]) == ("12800.00", "6400.50")
    assert out["updated_at"] == "2026-11-27T04:05:06Z"


def test_feed_drops_unknown_fields_and_push_refuses_them():
    record = {**valid("activity"), "entity": "activity", "sentiment": "good"}
    out = validate_record("activity", record)
    assert "entity" not in out and "sentiment" not in out
    assert _errors("activity", {"topic": "续约", "sentiment": "good"}, from_feed=False) == [
        ("sentiment", "field.unknown")
    ]


def test_push_checks_only_the_fields_given():
    out = validate_record("opportunity", {"stage": "negotiation", "amount": "5"}, from_feed=False)
    assert out == {"stage": "negotiation", "amount": "5.00"}
    assert validate_record("opportunity", {}, from_feed=False) == {}
    assert validate_record("opportunity", {"notes": None}, from_feed=False) == {"notes": None}
    assert _errors("opportunity", {"title": None}, from_feed=False) == [("title", "field.required")]
    assert _errors("opportunity", {"version": 0}, from_feed=False) == [("version", "field.range")]


def test_sub_record_errors_carry_their_path():
    quote = valid("quote")
    second = {**quote["lines"][0], "id": "l2", "discount_pct": "120", "quantity": 0}
    third = {**quote["lines"][0], "id": "l3"}
    del third["unit_price"]
    quote["lines"] += [second, third, "junk"]
    assert sorted(_errors("quote", quote)) == [
        ("lines[1].discount_pct", "field.range"),
        ("lines[1].quantity", "field.range"),
        ("lines[2].unit_price", "field.required"),
        ("lines[3]", "record.type"),
    ]

    ticket = valid("fault_ticket")
    ticket["history"][1]["at"] = "soon"
    ticket["history"][2]["status"] = "escalated"
    assert _errors("fault_ticket", ticket) == [
        ("history[1].at", "instant.invalid"),
        ("history[2].status", "field.enum"),
    ]


def test_sub_records_are_normalised():
    quote = valid("quote")
    quote["lines"][0]["discount_pct"] = "6.25"
    quote["lines"][0]["line_total"] = 14400
    out = validate_record("quote", quote)
    assert out["lines"][0]["line_total"] == "14400.00"
    assert validate_record("quote", {**quote, "lines": []})["lines"] == []


def test_lost_opportunity_needs_a_reason():
    record = {**valid("opportunity"), "stage": "lost", "probability": 0}
    assert _errors("opportunity", record) == [("lost_reason", "opportunity.lost_reason")]
    validate_record("opportunity", {**record, "lost_reason": "价格"})
    # A partial push without the reason is judged on the merged record by the server.
    validate_record("opportunity", {"stage": "lost"}, from_feed=False)
    assert _errors("opportunity", {"stage": "lost", "lost_reason": " "}, from_feed=False) == [
        ("lost_reason", "opportunity.lost_reason")
    ]


def test_change_request_proposals_are_checked_against_their_target():
    record = valid("change_request")
    assert validate_record("change_request", record)["changes"] == {
        "mobile": "13912345679",
        "title": "副总经理",
    }
    record["changes"] = {"mobile": "12", "customer_id": "CUS-2", "resident_id": None}
    assert sorted(_errors("change_request", record)) == [
        ("changes.customer_id", "change_request.field"),
        ("changes.mobile", "mobile.format"),
    ]
    record.update(target_entity="customer", changes={"address": "新地址", "value_score": "99"})
    assert _errors("change_request", record) == [("changes.value_score", "change_request.field")]
    record["changes"] = {}
    assert _errors("change_request", record) == [("changes", "change_request.empty")]


def test_unknown_entity_and_non_object_record():
    assert _errors("invoice", valid("bill")) == [("entity", "entity.unknown")]
    assert _errors("bill", ["BIL-1"]) == [("record", "record.type")]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@settings(max_examples=300)
@given(st.sampled_from(ENTITIES), st.data(), json_values, st.booleans())
def test_any_corruption_is_refused_cleanly_never_crashes(entity, data, value, from_feed):
    """Whatever a broken feed sends, the sync engine gets a result or ValidationErrors."""
    record = valid(entity)
    field = data.draw(st.sampled_from([*FIELDS[entity], "extra"]))
    record[field] = value
    try:
        out = validate_record(entity, record, from_feed=from_feed)
    except ValidationErrors as exc:
        assert exc.errors and all(e.code and e.field for e in exc.errors)
    else:
        json.dumps(out)
