"""Who sees what: the viewer of a request and the visibility rule as SQL and as Python.

An account manager sees his customers and everything hanging from them, a regional manager his
team's; both see their team and its staff, and everyone sees the product catalogue. Records of
a smaller audience are kept with these keys (`Owner`):

| audience | customer_id | manager_id | team_id |
|---|---|---|---|
| a customer's record (opportunity, contract, to-do...) | customer | its manager | its team |
| the team's own (team, staff, shared segment, campaign, round) | null | null | team |
| the author and his regional manager (audit event) | null | author | team |
| the owner alone, of the team's (private segment) | null | owner | null |
| the customer's manager alone (decision-chain role: personal data) | customer | manager | null |
| the catalogue | null | null | null |

SQLAlchemy only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

from bigcust_sim.storage.database import Owner
from bigcust_sim.storage.schema import records

REGIONAL_MANAGER = "regional_manager"
# Kept from the team's regional manager: the customer's manager alone sees them.
MANAGER_ONLY_ENTITIES = frozenset({"contact_role"})


@dataclass(frozen=True)
class Viewer:
    """The signed-in user a request acts for."""

    id: str
    role: str
    team_id: str
    city: str

    @property
    def is_regional_manager(self) -> bool:
        return self.role == REGIONAL_MANAGER


def visible_rows(viewer: Viewer) -> ColumnElement[bool]:
    """SQL condition on `records` for the rows `viewer` may receive."""
    catalogue = and_(
        records.c.customer_id.is_(None), records.c.team_id.is_(None), records.c.manager_id.is_(None)
    )
    mine = records.c.manager_id == viewer.id
    if viewer.is_regional_manager:
        # Team, staff, customer rows and the team's audit events all carry the team id.
        return or_(records.c.team_id == viewer.team_id, mine, catalogue)
    own_team = and_(
        records.c.customer_id.is_(None),
        records.c.manager_id.is_(None),
        records.c.team_id == viewer.team_id,
    )
    return or_(mine, own_team, catalogue)


def can_see(viewer: Viewer, owner: Owner) -> bool:
    """The same rule as `visible_rows`, for one record's owner."""
    if owner.manager_id == viewer.id:
        return True
    if owner.customer_id is None and owner.manager_id is None:
        return owner.team_id is None or owner.team_id == viewer.team_id
    return viewer.is_regional_manager and owner.team_id == viewer.team_id


def manager_only(owner: Owner) -> Owner:
    """The keys of a record only the customer's manager may see (no team: no regional manager)."""
    return Owner(owner.customer_id, owner.manager_id, None)


def own_keys(entity: str, record: dict[str, Any]) -> Owner | None:
    """The keys of a record that hangs from no customer (team, staff, catalogue, the team's
    planning records, audit events); None for a record of a customer."""
    if entity == "team":
        return Owner(None, None, record["id"])
    if entity == "user":
        return Owner(None, None, record["team_id"])
    if entity == "product":
        return Owner(None, None, None)
    if entity in ("campaign", "campaign_round"):
        return Owner(None, None, record["team_id"])
    if entity == "segment":
        if record["visibility"] == "team":
            return Owner(None, None, record["team_id"])
        return Owner(None, record["owner_id"], None)
    if entity == "audit_event":
        return Owner(None, record["user_id"], record["team_id"])
    return None


def customer_keys(entity: str, customer: Owner) -> Owner:
    """The keys of a record hanging from a customer whose keys are `customer`."""
    return manager_only(customer) if entity in MANAGER_ONLY_ENTITIES else customer
