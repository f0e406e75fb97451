"""`store.staff`: the staff members and teams the cache knows, by name.

Depends on SQLAlchemy Core and the store's models.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, select

from bigcust_desktop.domain.identity import Role
from bigcust_desktop.store.models import User
from bigcust_desktop.store.queries.opportunities import owners
from bigcust_desktop.store.queries.tickets import staff_names
from bigcust_desktop.store.services.base import Service


def _all_names(conn: Connection) -> dict[str, str]:
    return {r.id: r.name for r in conn.execute(select(User.id, User.name))}


def _account_managers(conn: Connection) -> list[tuple[str, str]]:
    stmt = select(User.id, User.name).where(User.role == str(Role.ACCOUNT_MANAGER))
    stmt = stmt.order_by(User.id)
    return [(r.id, r.name) for r in conn.execute(stmt)]


class Staff(Service):
    """Staff members (员工): names for lists and histories, choices for owner filters."""

    def names(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """Names of these staff members (of everyone the cache knows with no ids)."""
        if ids is None:
            return self._read(_all_names)
        return self._read(staff_names, ids)

    def choices(self, team_id: str | None = None) -> list[tuple[str, str]]:
        """``(id, name)`` of a team's staff (everyone's with no team), by name."""
        return self._read(owners, team_id)

    def account_managers(self) -> list[tuple[str, str]]:
        """``(id, name)`` of the account managers, by id (a report's manager choice)."""
        return self._read(_account_managers)
