"""Data quality of the province's customer data (客户资料准确度): findings that a change request
(客户资料变更申请, `domain.drafts.change_requests`) can carry to the province in one step.

Checks: the same enterprise registered twice (same USCC, or near-equal names at one address),
legacy 15-digit resident IDs, invalid or missing phone numbers (a landline is valid for a
contact), key contacts without a title, a USCC registered in another city than the customer's.
Depends on the domain's identifier and region rules and `rapidfuzz` (MIT) for name similarity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rapidfuzz import fuzz

from bigcust_desktop.domain.drafts.change_requests import new_change_request
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.identifiers import normalize_mobile, normalize_resident_id
from bigcust_desktop.domain.regions import CITY_CODES, city_of_division

# 0 + area code (2-3 digits) + 7-8 digit number, optional extension: 0571-87654321-808.
_LANDLINE = re.compile(r"0\d{2,3}[-\s]?\d{7,8}(?:[-\s转]\d{1,6})?")
# Legal-form words that say nothing about which enterprise it is.
_LEGAL_FORMS = re.compile(r"(股份)?有限(责任)?公司|集团|[（(].*?[)）]|\s")
NAME_SIMILARITY_MIN = 92  # rapidfuzz ratio (0-100) of the names without legal-form words


class FindingCode(StrEnum):
    DUPLICATE_USCC = "duplicate_uscc"
    DUPLICATE_NAME_ADDRESS = "duplicate_name_address"
    LEGACY_RESIDENT_ID = "legacy_resident_id"
    INVALID_RESIDENT_ID = "invalid_resident_id"
    MISSING_PHONE = "missing_phone"
    INVALID_PHONE = "invalid_phone"
    KEY_CONTACT_NO_TITLE = "key_contact_no_title"
    USCC_CITY_MISMATCH = "uscc_city_mismatch"


@dataclass(frozen=True, slots=True)
class Proposal:
    """What a change request would propose: the record, the field and its new value.

    ``value`` None means the manager must supply it (the data cannot tell); ``field`` None means
    no single field can fix it (a duplicate registration is merged by the province) and the
    request carries the finding as its reason.
    """

    entity: str  # customer | contact
    record_id: str
    field: str | None
    value: Any = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: FindingCode
    customer_id: str
    proposal: Proposal
    current: Any = None
    related_id: str | None = None  # the other record of a duplicate


@dataclass(frozen=True, slots=True)
class CustomerRecord:
    id: str
    uscc: str
    name: str
    city: str
    address: str
    created_on: str = ""  # ISO date: the newer of two duplicates is the one to merge away


@dataclass(frozen=True, slots=True)
class ContactRecord:
    id: str
    customer_id: str
    name: str
    title: str | None
    mobile: str | None
    resident_id: str | None
    is_key: bool


def name_key(name: str) -> str:
    return _LEGAL_FORMS.sub("", name)


def address_key(address: str) -> str:
    return re.sub(r"[\s,，。.]", "", address)


def _newer_first(a: CustomerRecord, b: CustomerRecord) -> tuple[CustomerRecord, CustomerRecord]:
    """(duplicate, original): the later registration is the duplicate."""
    return (a, b) if (a.created_on, a.id) > (b.created_on, b.id) else (b, a)


def duplicate_customers(customers: Sequence[CustomerRecord]) -> Iterator[Finding]:
    """Pairs of customers that are one enterprise: the same USCC, or near-equal names (legal
    forms aside) at the same address. Compared within groups of one USCC or one address only."""
    by_uscc: dict[str, list[CustomerRecord]] = {}
    by_address: dict[str, list[CustomerRecord]] = {}
    for c in customers:
        by_uscc.setdefault(c.uscc.strip().upper(), []).append(c)
        by_address.setdefault(address_key(c.address), []).append(c)
    reported: set[frozenset[str]] = set()
    for group in by_uscc.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                dup, orig = _newer_first(a, b)
                reported.add(frozenset((a.id, b.id)))
                yield Finding(
                    FindingCode.DUPLICATE_USCC,
                    dup.id,
                    Proposal("customer", dup.id, None),
                    dup.uscc,
                    orig.id,
                )
    for group in by_address.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if frozenset((a.id, b.id)) in reported:
                    continue
                if fuzz.ratio(name_key(a.name), name_key(b.name)) >= NAME_SIMILARITY_MIN:
                    dup, orig = _newer_first(a, b)
                    yield Finding(
                        FindingCode.DUPLICATE_NAME_ADDRESS,
                        dup.id,
                        Proposal("customer", dup.id, None),
                        dup.name,
                        orig.id,
                    )


def uscc_city(customer: CustomerRecord) -> Finding | None:
    """A USCC registered in another city of the province than the customer's city."""
    code = customer.uscc.strip().upper()
    if len(code) != 18 or not code[2:8].isdigit() or customer.city not in CITY_CODES:
        return None
    registered = city_of_division(code[2:8])
    if registered is None or registered == customer.city:
        return None  # registered outside the province (a national body) says nothing of the city
    return Finding(
        FindingCode.USCC_CITY_MISMATCH,
        customer.id,
        Proposal("customer", customer.id, "city", registered),
        customer.city,
    )


def is_landline(text: str) -> bool:
    return bool(_LANDLINE.fullmatch(text.strip()))


def contact_findings(contact: ContactRecord) -> Iterator[Finding]:
    """What is wrong with one contact's identifiers, phone and title."""
    cid, pid = contact.customer_id, contact.id
    rid = (contact.resident_id or "").strip()
    if rid:
        try:
            normal = normalize_resident_id(rid)
        except ValidationError:
            yield Finding(
                FindingCode.INVALID_RESIDENT_ID, cid, Proposal("contact", pid, "resident_id"), rid
            )
        else:
            if normal != rid:
                code = (
                    FindingCode.LEGACY_RESIDENT_ID
                    if len(rid) == 15
                    else FindingCode.INVALID_RESIDENT_ID
                )
                yield Finding(code, cid, Proposal("contact", pid, "resident_id", normal), rid)
    phone = (contact.mobile or "").strip()
    if not phone:
        yield Finding(FindingCode.MISSING_PHONE, cid, Proposal("contact", pid, "mobile"), None)
    elif not is_landline(phone):
        try:
            normalize_mobile(phone)  # "+86 139-…" is the same number: the schema normalises it
        except ValidationError:
            yield Finding(FindingCode.INVALID_PHONE, cid, Proposal("contact", pid, "mobile"), phone)
    if contact.is_key and not (contact.title or "").strip():
        yield Finding(
            FindingCode.KEY_CONTACT_NO_TITLE, cid, Proposal("contact", pid, "title"), contact.title
        )


def data_quality(
    customers: Sequence[CustomerRecord], contacts: Iterable[ContactRecord]
) -> Iterator[Finding]:
    """Every finding on a book: duplicates, USCC cities, then contacts."""
    yield from duplicate_customers(customers)
    for customer in customers:
        found = uscc_city(customer)
        if found is not None:
            yield found
    for contact in contacts:
        yield from contact_findings(contact)


def change_request_for(
    finding: Finding,
    current: dict[str, Any],
    *,
    reason: str,
    requested_by: str,
    now: Any,
    value: Any = None,
) -> dict[str, Any]:
    """The change request (wire fields) that carries a finding to the province.

    ``current`` is the target record as cached; ``value`` supplies what the finding could not
    propose. Raises `ValidationErrors` as `new_change_request` does (nothing to propose, an
    invalid value, the same value as now).
    """
    proposal = finding.proposal
    proposed = {} if proposal.field is None else {proposal.field: value or proposal.value}
    return new_change_request(
        customer_id=finding.customer_id,
        target_entity=proposal.entity,
        target_id=proposal.record_id,
        current=current,
        proposed=proposed,
        reason=reason,
        requested_by=requested_by,
        now=now,
    )
