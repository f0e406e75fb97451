"""Who may do and see what (DESIGN §1): the role rules every screen, report and builder asks.

An account manager works his own customers; a regional manager his team's, decides on quotes
below the floor price and may narrow any view to one of his managers; the city manager sees her
city and decides on its quotes, the regional managers' own among them. With no known user (a
cache nobody is signed in to) the screens cover the whole cache. Depends on `identity` and the
discount ladder of `pricing`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bigcust_desktop.domain.identity import Role, UserProfile
from bigcust_desktop.domain.pricing import ApprovalLevel, covers

# The discount authority each role holds (折扣审批权限): a regional manager and the city manager
# work at the city company; nobody on this client holds the province's.
ROLE_AUTHORITY: dict[str, ApprovalLevel] = {
    Role.REGIONAL_MANAGER: ApprovalLevel.CITY,
    Role.CITY_MANAGER: ApprovalLevel.CITY,
}


@dataclass(frozen=True)
class BookOwner:
    """Whose customers a user's screens cover: one manager's, one team's, or (both None) every
    customer the cache holds."""

    manager_id: str | None = None
    team_id: str | None = None


class ScopeRefused(Exception):
    """A report asked for customers its user may not see; `code` is stable for translation."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params


def is_regional_manager(user: UserProfile | None) -> bool:
    return user is not None and user.role is Role.REGIONAL_MANAGER


def is_city_manager(user: UserProfile | None) -> bool:
    return user is not None and user.role is Role.CITY_MANAGER


def book_owner(user: UserProfile | None) -> BookOwner:
    """The book (名下客户) of a user: his own customers, his team's for a regional manager, the
    whole cache (her city, as the server limits it) for the city manager."""
    if user is None or is_city_manager(user):
        return BookOwner()
    if is_regional_manager(user):
        return BookOwner(team_id=user.team_id)
    return BookOwner(manager_id=user.id)


def may_approve_quotes(user: UserProfile | None) -> bool:
    """A regional manager (her team's quotes) and the city manager (her city's) approve or
    reject quotes pending approval; never their own (`may_decide_quote`)."""
    return is_regional_manager(user) or is_city_manager(user)


def may_run_campaigns(user: UserProfile | None) -> bool:
    """A regional manager plans her team's campaigns (营销活动): creates them, adds rounds and
    assigns the targets; the city CRM refuses anyone else's. Every manager logs his own tasks."""
    return is_regional_manager(user)


def may_decide_quote(user: UserProfile | None, owner_id: str) -> bool:
    """Separation of duties (docs/sync-protocol.md): the approver is never the quote's owner; a
    regional manager's own quote goes up to her city manager."""
    return user is not None and may_approve_quotes(user) and user.id != owner_id


@dataclass(frozen=True)
class ApprovalQueue:
    """Which pending quotes a user's approvals page lists: ``deciding`` ones (a team's or, with
    ``team_id`` None, the whole cache's, never ``not_owner``'s own), or one owner's own."""

    deciding: bool
    team_id: str | None = None
    owner_id: str | None = None
    not_owner: str | None = None


def approval_queue(user: UserProfile | None) -> ApprovalQueue:
    """The approvals queue of a user: a regional manager decides her team's quotes but not her
    own, the city manager her city's but not her own; an account manager watches his own."""
    if is_regional_manager(user):
        assert user is not None
        return ApprovalQueue(True, team_id=user.team_id, not_owner=user.id)
    if is_city_manager(user):
        assert user is not None
        return ApprovalQueue(True, not_owner=user.id)
    if user is None:
        return ApprovalQueue(False)
    return ApprovalQueue(False, owner_id=user.id)


def may_approve_level(role: str, level: ApprovalLevel) -> bool:
    """Whether a role may approve a quote needing ``level`` (`pricing.approval_level`): a
    city-level approver also covers the district level."""
    held = ROLE_AUTHORITY.get(role)
    if held is None:
        return level is ApprovalLevel.NONE
    return covers(held, level)


def may_choose_manager(user: UserProfile | None) -> bool:
    """Whether the user's views cover several managers' customers, so that narrowing them to one
    manager makes sense: a regional or city manager's, or an unknown user's whole cache."""
    return user is None or is_regional_manager(user) or is_city_manager(user)


def sees_staff_of_team(user: UserProfile | None) -> bool:
    """Whether owner filters list the user's team (a regional manager's views only)."""
    return is_regional_manager(user)


def report_scope(
    user: UserProfile | None, manager_id: str | None, team_id: str | None
) -> tuple[str | None, str | None]:
    """The (manager, team) a report covers: the chosen ones narrowed to what `user` may see.

    A regional manager reports on his own team; an account manager on his own customers only.
    Raises `ScopeRefused` for a choice outside the user's view.
    """
    if user is None or is_city_manager(user):
        return manager_id, team_id  # the city manager's cache is her city
    if is_regional_manager(user):
        if team_id is not None and team_id != user.team_id:
            raise ScopeRefused(
                "report.team_not_yours",
                f"Team {team_id} is not yours: a regional manager reports on his own team.",
                team=team_id,
            )
        return manager_id, user.team_id
    # An account manager: his own book only.
    if not user.id:
        raise ScopeRefused("report.user_invalid", "The signed-in user's profile has no id.")
    if manager_id is not None and manager_id != user.id:
        raise ScopeRefused(
            "report.manager_not_yours",
            "An account manager can report on his own customers only.",
            manager=manager_id,
        )
    if team_id is not None and team_id != user.team_id:
        raise ScopeRefused(
            "report.team_not_yours",
            "An account manager can report on his own customers only.",
            team=team_id,
        )
    return user.id, None
