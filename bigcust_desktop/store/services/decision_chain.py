"""`store.decision_chain`: the roles of a customer's key contacts (决策链), recorded and changed
offline (personal data: the customer's own manager's alone, as the feed sends it), and the care
to-dos of their birthdays and of the holidays, made once a year.

Depends on the store's decision-chain queries, the shared record edits and the domain's rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection

from bigcust_desktop.domain.drafts.care_dates import (
    DEFAULT_DAYS_BEFORE,
    holiday_todo,
    holidays_to_prepare,
)
from bigcust_desktop.domain.drafts.contact_roles import (
    CARE_LEAD_DAYS,
    birthday_of,
    care_todo,
    next_birthday,
)
from bigcust_desktop.domain.drafts.todos import SHANGHAI
from bigcust_desktop.store import edits
from bigcust_desktop.store.queries import decision_chain as q
from bigcust_desktop.store.services.base import CityRecords

# A care to-do due within this many days before the birthday counts as this year's.
_SAME_YEAR = dt.timedelta(days=CARE_LEAD_DAYS + 31)


def _care_todos(conn: Connection, manager_id: str, now: dt.datetime) -> list[str]:
    today = now.astimezone(SHANGHAI).date()
    made = []
    for person in q.care_candidates(conn, manager_id):
        born = birthday_of(person.resident_id, person.birthday)
        if born is None:
            continue
        day = next_birthday(born, today)
        if (day - today).days > CARE_LEAD_DAYS:
            continue
        since = dt.datetime.combine(day, dt.time(), SHANGHAI).astimezone(dt.UTC) - _SAME_YEAR
        if q.care_todo_exists(conn, person.contact_id, since):
            continue
        fields = care_todo(
            customer_id=person.customer_id,
            contact_id=person.contact_id,
            contact_name=person.name,
            birthday=day,
            owner_id=manager_id,
            now=now,
        )
        made.append(str(edits.create_record(conn, "todo", fields)["id"]))
    return made


def _holiday_todos(
    conn: Connection, manager_id: str, now: dt.datetime, days_before: int
) -> list[str]:
    holidays = holidays_to_prepare(now.astimezone(SHANGHAI).date(), days_before)
    if not holidays:
        return []
    customers = q.holiday_customers(conn, manager_id)
    made = q.holiday_todos_made(conn, [h.source_id for h in holidays])
    ids = []
    for holiday in holidays:
        for customer_id, names in customers.items():
            if (customer_id, holiday.source_id) in made:
                continue
            fields = holiday_todo(
                customer_id=customer_id,
                owner_id=manager_id,
                holiday=holiday,
                days_before=days_before,
                now=now,
                contact_names=names,
            )
            ids.append(str(edits.create_record(conn, "todo", fields)["id"]))
    return ids


class DecisionChain(CityRecords):
    """Roles of key contacts; each method is one transaction of its own."""

    entity = "contact_role"

    def of_customer(self, customer_id: str) -> list[q.ChainEntry]:
        """The customer's contacts with their roles and last contact, key ones first."""
        return self._read(q.chain_of, customer_id)

    def save(self, role_id: str | None, fields: Mapping[str, Any]) -> str:
        """Record a contact's role (``role_id`` None) or change it; returns the role's id."""
        if role_id is None:
            return str(self.create(fields)["id"])
        changes = {k: v for k, v in fields.items() if k not in ("customer_id", "contact_id",
                                                                  "owner_id")}  # fmt: skip
        self.update(role_id, changes)
        return role_id

    def make_care_todos(self, manager_id: str, now: dt.datetime) -> list[str]:
        """A care to-do for each birthday of the manager's key contacts in the next
        `CARE_LEAD_DAYS` days, once a year; returns the ids made now."""
        return self._write(_care_todos, manager_id, now)

    def make_holiday_todos(
        self, manager_id: str, now: dt.datetime, days_before: int = DEFAULT_DAYS_BEFORE
    ) -> list[str]:
        """A care to-do for each of the manager's customers with key contacts and each holiday
        (`care_dates.HOLIDAYS`) due within a week, ``days_before`` days before the holiday;
        once per customer, holiday and year. Returns the ids made now."""
        return self._write(_holiday_todos, manager_id, now, days_before)
