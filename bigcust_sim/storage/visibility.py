"""Who sees what: the viewer of a request and the visibility rule as SQL and as Python.

An account manager sees his customers and everything hanging from them, a regional manager his
team's, a city manager every team's of her city; all see their team(s) and staff, and everyone sees
the product catalogue. SQLAlchemy only.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_

from bigcust_sim.storage.database import Owner
from bigcust_sim.storage.schema import records

REGIONAL_MANAGER = "regional_manager"
CITY_MANAGER = "city_manager"


@dataclass(frozen=True)
class Viewer:
    """The signed-in user a request acts for; a city manager's `city_teams` are her city's."""

    id: str
    role: str
    team_id: str
    city: str
    city_teams: tuple[str, ...] = ()

    @property
    def is_regional_manager(self) -> bool:
        return self.role == REGIONAL_MANAGER

    @property
    def is_city_manager(self) -> bool:
        return self.role == CITY_MANAGER


def visible_rows(viewer: Viewer) -> ColumnElement[bool]:
    """SQL condition on `records` for the rows `viewer` may receive."""
    catalogue = and_(records.c.customer_id.is_(None), records.c.team_id.is_(None))
    if viewer.is_city_manager:
        return or_(records.c.team_id.in_(viewer.city_teams), catalogue)
    if viewer.is_regional_manager:
        # Team, staff and customer rows all carry the team id.
        return or_(records.c.team_id == viewer.team_id, catalogue)
    own_team = and_(records.c.customer_id.is_(None), records.c.team_id == viewer.team_id)
    return or_(records.c.manager_id == viewer.id, own_team, catalogue)


def can_see(viewer: Viewer, owner: Owner) -> bool:
    """The same rule as `visible_rows`, for one record's owner."""
    if viewer.is_city_manager:
        return owner.team_id is None or owner.team_id in viewer.city_teams
    if owner.customer_id is None:
        return owner.team_id is None or owner.team_id == viewer.team_id
    if viewer.is_regional_manager:
        return owner.team_id == viewer.team_id
    return owner.manager_id == viewer.id
