"""The data-home table: owners, order, what the laptop may write."""

from __future__ import annotations

import pytest

from bigcust_desktop.domain.datahome import (
    HOMES,
    Scope,
    System,
    can_write_field,
    check_writable,
    entities_of,
    home_of,
    is_editable_here,
    why_read_only,
)
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import FIELDS


def test_systems_and_dependency_order():
    assert entities_of(System.CRM) == ["team", "user", "customer", "contact", "change_request"]
    assert entities_of("boss") == [
        "product",
        "billing_account",
        "subscriber",
        "service",
        "bill",
        "payment",
    ]
    assert entities_of(System.CITY) == [
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
    ]
    assert entities_of("nowhere") == []


def test_what_is_editable_here():
    editable = {e for e in HOMES if is_editable_here(e)}
    assert editable == {"change_request", *entities_of(System.CITY)}
    assert {e for e, h in HOMES.items() if h.via_change_request} == {"customer", "contact"}
    assert home_of("change_request").create_only
    assert {e for e, h in HOMES.items() if h.create_only} == {"change_request", "audit_event"}
    assert {e for e, h in HOMES.items() if h.personal_data} == {"contact", "contact_role"}
    assert home_of("opportunity").scope is Scope.CITY
    assert home_of("bill").scope is Scope.PROVINCE


def test_unknown_entity():
    with pytest.raises(ValidationError) as info:
        home_of("invoice")
    assert info.value.code == "entity.unknown"


def test_every_editable_field_exists_in_the_record_schema():
    for entity, home in HOMES.items():
        assert set(home.editable_fields) <= set(FIELDS[entity]), entity
        assert not {"id", "version", "updated_at"} & set(home.editable_fields)
        if home.editable_here or home.via_change_request:
            assert home.editable_fields, entity
        else:
            assert home.editable_fields == ()


def test_noc_fields_and_central_figures_are_not_writable():
    assert can_write_field("fault_ticket", "status")
    assert not can_write_field("fault_ticket", "resolution")
    assert not can_write_field("fault_ticket", "resolved_at")
    assert can_write_field("customer", "address")
    assert not can_write_field("customer", "value_score")
    assert not can_write_field("customer", "manager_id")


def test_check_writable_lists_every_read_only_field():
    check_writable("opportunity", ["title", "stage"])
    with pytest.raises(ValidationErrors) as info:
        check_writable("fault_ticket", ["title", "resolution", "resolved_at"])
    assert [(e.field, e.code) for e in info.value.errors] == [
        ("resolution", "field.read_only"),
        ("resolved_at", "field.read_only"),
    ]
    with pytest.raises(ValidationErrors):
        check_writable("customer", ["name"])  # central: only through a change request


def test_why_read_only_names_the_home_system():
    assert why_read_only("customer") == (
        "Customer master data belongs to the provincial CRM; "
        "propose a correction with a change request."
    )
    assert "BOSS" in why_read_only("bill")
    assert "provincial CRM" in why_read_only("team")
    assert "cannot be edited" in why_read_only("change_request")
    assert why_read_only("opportunity") == ""
    for entity in HOMES:
        assert bool(why_read_only(entity)) != (
            is_editable_here(entity) and not HOMES[entity].create_only
        )


def test_labels():
    assert home_of("fault_ticket").label_zh == "报障工单"
    assert all(h.label_zh and h.label_en for h in HOMES.values())
