"""Data-quality findings and the change requests they become."""

from __future__ import annotations

import datetime as dt

import pytest

from bigcust_desktop.domain.analytics.quality import (
    ContactRecord,
    CustomerRecord,
    FindingCode,
    change_request_for,
    contact_findings,
    data_quality,
    is_landline,
)
from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.identifiers import resident_id_check_digit, uscc_check_char

NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC)


def uscc(serial: int, division: str = "330106") -> str:
    first17 = f"91{division}{serial:09d}"
    return first17 + uscc_check_char(first17)


def customer(n: int, **kw) -> CustomerRecord:
    base = {
        "id": f"CUS-{n}",
        "uscc": uscc(n),
        "name": f"杭州第{n}精密机械有限公司",
        "city": "杭州",
        "address": f"浙江省杭州市西湖区文三路{n}号",
        "created_on": f"2019-01-{n:02d}",
    }
    return CustomerRecord(**(base | kw))


def contact(**kw) -> ContactRecord:
    base = {
        "id": "CON-1",
        "customer_id": "CUS-1",
        "name": "王芳",
        "title": "信息中心主任",
        "mobile": "13900001111",
        "resident_id": None,
        "is_key": True,
    }
    return ContactRecord(**(base | kw))


def codes(findings) -> list[str]:
    return [f.code for f in findings]


def test_same_uscc_twice_names_the_later_registration():
    original = customer(1)
    again = customer(2, uscc=original.uscc, name="杭州精机", address="别处1号")
    [found] = data_quality([original, again], [])
    assert found.code is FindingCode.DUPLICATE_USCC
    assert (found.customer_id, found.related_id) == ("CUS-2", "CUS-1")
    assert found.proposal.field is None  # a merge is the province's to do


def test_near_equal_names_at_one_address():
    a = customer(1, name="杭州华信精密机械有限公司")
    b = customer(2, name="杭州华信精密机械股份有限公司", address=a.address + " ")
    c = customer(3, name="杭州华康医疗器械有限公司", address=a.address)
    found = list(data_quality([a, b, c], []))
    assert codes(found) == [FindingCode.DUPLICATE_NAME_ADDRESS]
    assert (found[0].customer_id, found[0].related_id) == ("CUS-2", "CUS-1")


def test_uscc_registered_in_another_city_proposes_that_city():
    [found] = data_quality([customer(1, uscc=uscc(1, "330203"))], [])  # 宁波 海曙区
    assert found.code is FindingCode.USCC_CITY_MISMATCH
    assert (found.proposal.field, found.proposal.value, found.current) == ("city", "宁波", "杭州")
    assert not list(data_quality([customer(1, uscc=uscc(1, "110105"))], []))  # Beijing body


def test_legacy_15_digit_id_shows_the_18_digit_form():
    body = "33010619800101123"
    eighteen = body + resident_id_check_digit(body)
    fifteen = eighteen[:6] + eighteen[8:17]
    [found] = contact_findings(contact(resident_id=fifteen))
    assert found.code is FindingCode.LEGACY_RESIDENT_ID
    assert (found.proposal.field, found.proposal.value) == ("resident_id", eighteen)


def test_phones_missing_invalid_or_to_normalise_and_a_landline_is_fine():
    assert codes(contact_findings(contact(mobile=None))) == [FindingCode.MISSING_PHONE]
    assert codes(contact_findings(contact(mobile="1390000111"))) == [FindingCode.INVALID_PHONE]
    # A formatted mobile is the same number: the record schema normalises it, no finding.
    assert not list(contact_findings(contact(mobile="+86 139-0000-1111")))
    assert is_landline("0571-87654321") and is_landline("057187654321-808")
    assert not list(contact_findings(contact(mobile="0571-87654321")))


def test_key_contact_without_title():
    [found] = contact_findings(contact(title=" "))
    assert found.code is FindingCode.KEY_CONTACT_NO_TITLE and found.proposal.value is None
    assert not list(contact_findings(contact(title="", is_key=False)))


def test_a_finding_becomes_a_change_request_in_one_step():
    body = "33010619800101123"
    eighteen = body + resident_id_check_digit(body)
    fifteen = eighteen[:6] + eighteen[8:17]
    [found] = contact_findings(contact(resident_id=fifteen))
    current = {"resident_id": fifteen, "name": "王芳"}
    request = change_request_for(
        found, current, reason="身份证号升位", requested_by="U-0001", now=NOW
    )
    assert request["target_entity"] == "contact" and request["target_id"] == "CON-1"
    assert request["changes"] == {"resident_id": eighteen}
    [titled] = contact_findings(contact(title=""))
    with pytest.raises(ValidationErrors):  # the title must be supplied
        change_request_for(titled, {"title": ""}, reason="补充职务", requested_by="U-1", now=NOW)
    filled = change_request_for(
        titled, {"title": ""}, reason="补充职务", requested_by="U-1", now=NOW, value="办公室主任"
    )
    assert filled["changes"] == {"title": "办公室主任"}
