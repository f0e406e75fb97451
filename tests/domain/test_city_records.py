"""The city records added for analysis (DESIGN §10) and the wire changes that came with them:
their cross-field rules, structured sub-records, landlines, IoT numbers, labels of every code."""

from __future__ import annotations

import pytest

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.identifiers import check_iot_number, normalize_landline
from bigcust_desktop.domain.records import check_record, validate_record
from bigcust_desktop.domain.vocab_city import LABELLED

from .samples import valid


def _errors(entity, record, **kwargs) -> list[tuple[str, str]]:
    with pytest.raises(ValidationErrors) as info:
        validate_record(entity, record, **kwargs)
    return sorted((e.field, e.code) for e in info.value.errors)


def test_every_code_has_a_chinese_and_an_english_label():
    for enum in LABELLED:
        for member in enum:
            assert member.zh and member.en and member.value.isascii(), (enum, member)
        assert len({m.zh for m in enum}) == len(enum), enum  # one word per code


@pytest.mark.parametrize(
    ("typed", "wire"),
    [
        ("0571-87654321", "0571-87654321"),
        ("(0571) 8765 4321", "0571-87654321"),
        ("+86 571 8765 4321", "0571-87654321"),
        ("0574-8765432", "0574-8765432"),
        ("021-62345678转801", "021-62345678-801"),
        ("０５７１－８７６５４３２１", "0571-87654321"),
    ],
)
def test_landline_is_normalised(typed, wire):
    assert normalize_landline(typed) == wire


@pytest.mark.parametrize("bad", ["13812345678", "0571-0765432", "571-87654321", "0571-123"])
def test_bad_landline_is_refused(bad):
    with pytest.raises(ValidationError) as info:
        normalize_landline(bad)
    assert info.value.code == "landline.format"


def test_a_contact_needs_a_mobile_or_a_landline():
    contact = valid("contact")
    contact.update(mobile=None, landline="0571 87654321")
    assert validate_record("contact", contact)["landline"] == "0571-87654321"
    contact.update(landline=None)
    assert _errors("contact", contact) == [("mobile", "contact.no_phone")]


def test_iot_numbers_of_13_digits():
    assert check_iot_number("1064 8123 45678") == "1064812345678"
    assert check_iot_number("13912345678") == "13912345678"  # older cards have mobile numbers
    line = {**valid("subscriber"), "kind": "iot", "service_number": "1440123456789"}
    assert validate_record("subscriber", line)["service_number"] == "1440123456789"
    line["service_number"] = "12345"
    assert _errors("subscriber", line) == [("service_number", "iot.format")]


def test_structured_sub_records_refuse_unknown_keys_and_check_each_value():
    segment = valid("segment")
    segment["definition"] = {"industries": ["finance", "farming"], "industy": ["finance"]}
    assert _errors("segment", segment) == [
        ("definition.industries[1]", "field.enum"),
        ("definition.industy", "field.unknown"),
    ]
    segment["definition"] = {"value_score_min": "80", "value_score_max": "60.5"}
    out = _errors("segment", segment)
    assert out == [("definition.value_score_max", "range.order")]
    segment["definition"] = {"lines_min": 10}
    definition = validate_record("segment", segment)["definition"]
    assert definition["lines_min"] == 10 and definition["industries"] is None  # all keys present


def test_competitor_offer_on_an_activity():
    activity = valid("activity")
    activity["competitor_offer"] = {"carrier": "china_unicom", "offer": "宽带免费提速"}
    offer = validate_record("activity", activity)["competitor_offer"]
    assert offer == {
        "carrier": "china_unicom",
        "offer": "宽带免费提速",
        "monthly_fee": None,
        "valid_until": None,
    }
    activity["competitor_offer"] = {"offer": "x"}
    assert _errors("activity", activity) == [("competitor_offer.carrier", "field.required")]


def test_campaign_task_states_carry_what_they_need():
    task = valid("campaign_task")
    assert check_record("campaign_task", task) == []
    task.update(state="suppressed", outcome=None, suppression_reason=None)
    assert _errors("campaign_task", task) == [("suppression_reason", "task.suppression_reason")]
    task.update(suppression_reason="fatigue_topic", suppression_note="11-02 电话 张伟")
    validate_record("campaign_task", task)
    task.update(state="done", suppression_reason=None, outcome="opportunity_opened")
    task["opportunity_id"] = None
    assert _errors("campaign_task", task) == [("opportunity_id", "task.opportunity")]
    task.update(state="open")
    assert ("outcome", "task.outcome") in _errors("campaign_task", task)


def test_rounds_after_an_earlier_round_name_it():
    step = valid("campaign_round")
    step["after_round_id"] = None
    assert _errors("campaign_round", step) == [("after_round_id", "round.after_required")]
    step.update(target_rule="all", ends_on="2026-11-30")
    assert _errors("campaign_round", step) == [("ends_on", "dates.order")]


def test_todo_rules():
    todo = valid("todo")
    todo.update(starts_at=None, due_at=None, ends_at=None)
    assert _errors("todo", todo) == [("due_at", "todo.when")]
    todo.update(due_at="2026-12-05T10:00:00Z", status="done")
    assert _errors("todo", todo) == [("done_at", "todo.done_at")]
    todo.update(done_at="2026-12-04T09:00:00Z", source_id="no_such_signal")
    assert _errors("todo", todo) == [("source_id", "todo.source")]
    # A partial push judges only what it carries.
    assert validate_record("todo", {"status": "done"}, from_feed=False) == {"status": "done"}


def test_contract_circuits_are_listed_once_and_checked():
    contract = valid("contract")
    circuit = contract["circuits"][0]
    contract["circuits"] = [circuit, {**circuit, "restore_hours": 0}]
    assert _errors("contract", contract) == [("circuits[1].restore_hours", "field.range")]
    contract["circuits"] = [circuit, {**circuit, "sla_level": "silver"}]
    assert _errors("contract", contract) == [
        ("circuits[1].subscriber_id", "contract.circuit_twice")
    ]


def test_attachment_metadata_formats():
    attachment = valid("contract_attachment")
    attachment.update(sha256="A" * 64, mime_type="Application/PDF")
    out = validate_record("contract_attachment", attachment)
    assert (out["sha256"], out["mime_type"]) == ("a" * 64, "application/pdf")
    attachment.update(file_name="../合同.pdf", sha256="xyz", size=0)
    assert _errors("contract_attachment", attachment) == [
        ("file_name", "file_name.invalid"),
        ("sha256", "sha256.format"),
        ("size", "field.range"),
    ]
    attachment.update(file_name="合同\u202efdp.exe", sha256="a" * 64, size=10)
    assert _errors("contract_attachment", attachment) == [("file_name", "file_name.invalid")]


def test_quote_lines_name_a_branch_and_carry_charge_type_and_vat():
    quote = valid("quote")
    quote["lines"][0].update(customer_id="CUS-000002", charge_type="once", vat_category="9%")
    assert _errors("quote", quote) == [
        ("lines[0].charge_type", "field.enum"),
        ("lines[0].vat_category", "field.enum"),
    ]
