"""`drafts.change_requests.new_change_request`: only central fields, normalised, truly changed."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.drafts.change_requests import new_change_request, proposable_fields
from bigcust_desktop.domain.errors import ValidationErrors

NOW = dt.datetime(2026, 5, 4, 8, 30, 12, 345, tzinfo=dt.UTC)
CONTACT = {"id": "CON-1", "name": "李亮", "mobile": "13586055685", "email": None, "is_key": True}


def build(proposed, *, reason="客户更换了手机号", target="contact", current=CONTACT):
    return new_change_request(
        customer_id="CUS-000001",
        target_entity=target,
        target_id=current["id"],
        current=current,
        proposed=proposed,
        reason=reason,
        requested_by="U-0002",
        now=NOW,
    )


def codes(exc: pytest.ExceptionInfo[ValidationErrors]) -> dict[str, str]:
    return {e.field: e.code for e in exc.value.errors}


def test_proposable_fields_come_from_the_data_home_table():
    assert proposable_fields("contact") == HOMES["contact"].editable_fields
    assert "value_tier" not in proposable_fields("customer")
    assert proposable_fields("opportunity") == ()


def test_values_are_normalised_and_the_request_is_pending():
    request = build({"mobile": "+86 139 0571 2345", "email": " Li@Example.COM ", "is_key": False})
    assert request["changes"] == {
        "mobile": "13905712345",
        "email": "Li@example.com",
        "is_key": False,
    }
    assert request["status"] == "pending" and request["decided_at"] is None
    assert request["requested_at"].endswith("Z")


def test_bad_unchanged_and_foreign_fields_are_each_named():
    with pytest.raises(ValidationErrors) as exc:
        build(
            {"mobile": "1358", "name": " 李亮 ", "customer_id": "CUS-2", "is_key": True},
            reason="x",
        )
    assert codes(exc) == {
        "changes.mobile": "mobile.format",
        "changes.name": "change_request.unchanged",
        "changes.customer_id": "change_request.field",
        "changes.is_key": "change_request.unchanged",
        "reason": "field.too_short",
    }


def test_nothing_proposed_and_no_reason():
    with pytest.raises(ValidationErrors) as exc:
        build({}, reason="   ")
    assert codes(exc) == {"changes": "change_request.empty", "reason": "field.blank"}


def test_a_customer_correction_and_leaving_a_group():
    customer = {"id": "CUS-5", "name": "钱塘分公司", "parent_id": "CUS-4", "industry": "logistics"}
    request = build({"parent_id": None, "industry": "retail"}, target="customer", current=customer)
    assert request["changes"] == {"parent_id": None, "industry": "retail"}
    with pytest.raises(ValidationErrors) as exc:
        build({"value_tier": "strategic"}, target="customer", current=customer)
    assert codes(exc) == {"changes.value_tier": "change_request.field"}
