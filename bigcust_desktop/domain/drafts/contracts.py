"""Rules of contracts and agreements (合同 / 框架协议) made on the laptop: a new contract in wire
form, when renewal talks are due, and the renewal to-do a contract ending soon gets (once).

Depends on the domain's record schema, money, time formats and the to-do rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.drafts.todos import SHANGHAI, new_todo
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_date, format_instant
from bigcust_desktop.domain.vocab_city import ContractStatus, TodoKind

# A contract ending within this many days gets its renewal to-do (when no notice period or
# renewal date says otherwise), and counts as "ending soon" on its list.
RENEWAL_LEAD_DAYS = 90
# Renewal talks start at 09:00 in the province on the renewal day.
_TALKS_AT = dt.time(9, 0)


def new_contract(
    *,
    customer_id: str,
    owner_id: str,
    number: str,
    title: str,
    kind: str,
    starts_on: dt.date | None,
    ends_on: dt.date | None,
    amount: Decimal | None,
    now: dt.datetime,
    status: str = ContractStatus.ACTIVE,
    signed_on: dt.date | None = None,
    renewal_on: dt.date | None = None,
    auto_renew: bool = False,
    notice_days: int | None = None,
    parent_contract_id: str | None = None,
    products: Sequence[Mapping[str, Any]] = (),
    circuits: Sequence[Mapping[str, Any]] = (),
    notes: str | None = None,
) -> dict[str, Any]:
    """The fields of a new contract in wire form (without id/version/updated_at); raises
    `ValidationErrors` naming every bad field (a missing date or amount is ``field.required``)."""
    errors = [
        ValidationError(name, "field.required", "This field is required.")
        for name, value in (("starts_on", starts_on), ("ends_on", ends_on), ("amount", amount))
        if value is None
    ]
    if renewal_on is not None and ends_on is not None and renewal_on > ends_on:
        errors.append(
            ValidationError(
                "renewal_on", "contract.renewal_after_end", "Renewal talks start before the end."
            )
        )
    fields: dict[str, Any] = {
        "customer_id": customer_id,
        "owner_id": owner_id,  # the server sets its own; the record must be whole meanwhile
        "number": (number or "").strip(),
        "title": (title or "").strip(),
        "kind": kind,
        "parent_contract_id": parent_contract_id or None,
        "status": status,
        "signed_on": None if signed_on is None else format_date(signed_on),
        "starts_on": None if starts_on is None else format_date(starts_on),
        "ends_on": None if ends_on is None else format_date(ends_on),
        "renewal_on": None if renewal_on is None else format_date(renewal_on),
        "auto_renew": auto_renew,
        "notice_days": notice_days,
        "amount": None if amount is None else f"{amount:.2f}",
        "products": [dict(p) for p in products],
        "circuits": [dict(c) for c in circuits],
        "notes": (notes or "").strip() or None,
        "created_at": format_instant(now),
    }
    checked: dict[str, Any] = fields
    try:
        checked = validate_record(
            "contract", {k: v for k, v in fields.items() if v is not None}, from_feed=False
        )
    except ValidationErrors as exc:
        errors.extend(e for e in exc.errors if not any(e.field == f.field for f in errors))
    for name in ("number", "title"):
        if not fields[name] and not any(e.field == name for e in errors):
            errors.append(ValidationError(name, "field.required", "This field is required."))
    if errors:
        raise ValidationErrors(errors)
    return {**fields, **checked}


def renewal_day(contract: Mapping[str, Any]) -> dt.date:
    """When renewal talks are due: the contract's renewal date, else its end less the notice
    period, else `RENEWAL_LEAD_DAYS` before its end."""
    ends: dt.date = contract["ends_on"]
    if contract.get("renewal_on") is not None:
        return min(contract["renewal_on"], ends)
    if contract.get("notice_days") is not None:
        return ends - dt.timedelta(days=int(contract["notice_days"]))
    return ends - dt.timedelta(days=RENEWAL_LEAD_DAYS)


def needs_renewal(contract: Mapping[str, Any], today: dt.date) -> bool:
    """An active contract, not renewing by itself, whose renewal day has come and which has
    not ended yet."""
    return (
        contract["status"] == ContractStatus.ACTIVE
        and not contract.get("auto_renew")
        and renewal_day(contract) <= today <= contract["ends_on"]
    )


def renewal_todo(
    contract: Mapping[str, Any], owner_id: str, customer_name: str, now: dt.datetime
) -> dict[str, Any]:
    """The renewal to-do of a contract ending soon: due on its renewal day (today if that has
    passed), kept to its source so it is made once."""
    day = max(renewal_day(contract), now.astimezone(SHANGHAI).date())
    due = dt.datetime.combine(day, _TALKS_AT, SHANGHAI).astimezone(dt.UTC)
    return new_todo(
        customer_id=contract["customer_id"],
        owner_id=owner_id,
        kind=TodoKind.RENEWAL,
        title=f"续约：{customer_name} {contract['number']}（{contract['ends_on']:%Y-%m-%d} 到期）"[
            :200
        ],
        now=now,
        due_at=due,
        remind_at=due,
        priority="high",
        source_entity="contract",
        source_id=str(contract["id"]),
    )
