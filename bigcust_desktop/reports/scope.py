"""Whose book a report covers: the signed-in user's role narrows the filters (DESIGN §6).

An account manager sees only his own customers, a regional manager his team's; with no known user
only the chosen filters apply (the rule is `domain.permissions.report_scope`). Depends on the
store's models, SQLAlchemy Core and the domain's permissions.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, select

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.permissions import ScopeRefused, report_scope
from bigcust_desktop.reports.errors import ReportUsageError
from bigcust_desktop.reports.labels import ROLE, label
from bigcust_desktop.reports.period import ReportFilters
from bigcust_desktop.store.models import Customer, Team, User

UNKNOWN_USER = "未知用户（unknown user）"


@dataclass(frozen=True)
class Scope:
    """The customers a report covers, as conditions on `Customer`, and how to say so."""

    conditions: tuple[ColumnElement[bool], ...]
    manager_id: str | None
    team_id: str | None
    city: str | None
    label: str


@dataclass(frozen=True)
class Staff:
    """Names of the staff and teams the store knows, for headings and the by-manager sheets."""

    users: dict[str, Mapping[str, Any]]
    teams: dict[str, str]

    @classmethod
    def load(cls, conn: Connection) -> Staff:
        users = {
            r.id: dict(r._mapping)
            for r in conn.execute(select(User.id, User.name, User.role, User.team_id))
        }
        teams = {r.id: r.name for r in conn.execute(select(Team.id, Team.name))}
        return cls(users, teams)

    def name(self, user_id: str | None) -> str:
        """The staff member's name, or the id itself for someone outside the user's view."""
        if user_id is None:
            return ""
        user = self.users.get(user_id)
        return str(user["name"]) if user else user_id

    def team_name(self, team_id: str) -> str:
        return self.teams.get(team_id, team_id)


def user_label(user: UserProfile | None) -> str:
    """``张伟（zhangwei，客户经理）`` for the cover sheet, or the unknown-user note."""
    if user is None:
        return UNKNOWN_USER
    return f"{user.name or user.id}（{user.username}，{label(ROLE, user.role)}）"


def _refuse(code: str, message: str, **params: Any) -> ReportUsageError:
    return ReportUsageError(code, message, params)


def resolve_scope(
    conn: Connection, user: UserProfile | None, filters: ReportFilters, staff: Staff
) -> Scope:
    """Combine the user's visibility (`permissions.report_scope`) with the chosen filters;
    refuse what the user may not see."""
    try:
        manager_id, team_id = report_scope(user, filters.manager_id, filters.team_id)
    except ScopeRefused as exc:
        raise ReportUsageError(exc.code, exc.message, exc.params) from None
    if filters.manager_id is not None:
        known = staff.users.get(filters.manager_id)
        if known is None:
            raise _refuse(
                "report.manager_unknown",
                f"Unknown manager {filters.manager_id}: no such staff member in this cache.",
                manager=filters.manager_id,
            )
        if team_id is not None and known.get("team_id") != team_id:
            raise _refuse(
                "report.manager_not_yours",
                f"Manager {filters.manager_id} is not in your team.",
                manager=filters.manager_id,
            )

    conditions: list[ColumnElement[bool]] = []
    parts: list[str] = []
    if manager_id is not None:
        conditions.append(Customer.manager_id == manager_id)
        parts.append(f"客户经理 {staff.name(manager_id)}（{manager_id}）的客户")
    if team_id is not None:
        conditions.append(Customer.team_id == team_id)
        parts.append(f"团队 {staff.team_name(team_id)}（{team_id}）")
    if filters.city is not None:
        conditions.append(Customer.city == filters.city)
        parts.append(f"城市 {filters.city}")
    return Scope(
        conditions=tuple(conditions),
        manager_id=manager_id,
        team_id=team_id,
        city=filters.city,
        label="，".join(parts) if parts else "全部客户",
    )
