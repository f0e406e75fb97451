"""Rules of the decision chain (决策链 / 关键人): a contact's role record, who reports to whom
without a circle, and the care dates (关怀: birthdays, from the resident ID or a date given)
that become to-dos.

Depends on the domain's record schema, identifiers and the to-do rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.drafts.todos import SHANGHAI, morning_of, new_todo
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.identifiers import resident_birth_date
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.timefmt import format_date
from bigcust_desktop.domain.vocab_city import Attitude, Influence, TodoKind

# A birthday's to-do is made this many days ahead, and is due the day before (a call or a card).
CARE_LEAD_DAYS = 14


def new_role(
    *,
    customer_id: str,
    contact_id: str,
    owner_id: str,
    role: str,
    reports_to_contact_id: str | None = None,
    attitude: str = Attitude.UNKNOWN,
    influence: str = Influence.MEDIUM,
    birthday: dt.date | None = None,
    notes: str | None = None,
    bosses: Mapping[str, str | None] | None = None,
) -> dict[str, Any]:
    """A contact's role in wire form (without id/version/updated_at). ``bosses``: contact →
    whom he reports to, as the customer's chain stands; a chain that would come round in a
    circle is ``contact_role.cycle``. Raises `ValidationErrors`."""
    errors: list[ValidationError] = []
    if reports_to_contact_id and bosses is not None:
        try:
            check_no_cycle(bosses, contact_id, reports_to_contact_id)
        except ValidationError as exc:
            errors.append(exc)
    fields = {
        "customer_id": customer_id,
        "contact_id": contact_id,
        "role": role,
        "reports_to_contact_id": reports_to_contact_id or None,
        "attitude": attitude,
        "influence": influence,
        "birthday": None if birthday is None else format_date(birthday),
        "notes": (notes or "").strip() or None,
        "owner_id": owner_id,
    }
    try:
        checked = validate_record("contact_role", fields, from_feed=False)
    except ValidationErrors as exc:
        errors.extend(exc.errors)
        checked = fields
    if errors:
        raise ValidationErrors(errors)
    return checked


def check_no_cycle(bosses: Mapping[str, str | None], contact_id: str, reports_to: str) -> None:
    """Raise ``contact_role.cycle`` when ``contact_id`` reporting to ``reports_to`` would make
    someone his own superior (directly or up the chain)."""
    seen = {contact_id}
    boss: str | None = reports_to
    while boss is not None:
        if boss in seen:
            raise ValidationError(
                "reports_to_contact_id",
                "contact_role.cycle",
                "The reporting lines would go round in a circle.",
            )
        seen.add(boss)
        boss = bosses.get(boss)


def birthday_of(resident_id: str | None, birthday: dt.date | None) -> dt.date | None:
    """A contact's birthday: the date given on his role, else the one his resident ID carries."""
    if birthday is not None:
        return birthday
    if not resident_id:
        return None
    try:
        return resident_birth_date(resident_id)
    except ValidationError:
        return None


def next_birthday(born: dt.date, today: dt.date) -> dt.date:
    """The next birthday on or after today (29 February: 28 February in other years)."""
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:
            day = dt.date(year, 2, 28)
        if day >= today:
            return day
    raise AssertionError("unreachable")


def care_todo(
    *,
    customer_id: str,
    contact_id: str,
    contact_name: str,
    birthday: dt.date,
    owner_id: str,
    now: dt.datetime,
) -> dict[str, Any]:
    """The care to-do of a birthday: due at 09:00 on the day before, kept to the contact."""
    due = morning_of(max(birthday - dt.timedelta(days=1), now.astimezone(SHANGHAI).date()))
    return new_todo(
        customer_id=customer_id,
        owner_id=owner_id,
        kind=TodoKind.CARE,
        title=f"生日关怀：{contact_name}（{birthday.month}月{birthday.day}日）",
        now=now,
        due_at=due,
        remind_at=due,
        contact_id=contact_id,
        source_entity="contact",
        source_id=contact_id,
    )
