"""`domain.identity` and `domain.permissions`: the signed-in user, typed, and what he may do."""

from __future__ import annotations

import pytest

from bigcust_desktop.domain.identity import Role, UserProfile
from bigcust_desktop.domain.permissions import (
    BookOwner,
    ScopeRefused,
    book_owner,
    may_approve_quotes,
    may_choose_manager,
    report_scope,
    sees_staff_of_team,
)

WIRE = {
    "id": "U-0002",
    "username": "zhangwei",
    "name": "张伟",
    "role": "account_manager",
    "city": "杭州",
    "team_id": "T-HZ-1",
}
MANAGER = UserProfile.from_json(WIRE)
REGIONAL = UserProfile.from_json({**WIRE, "id": "U-0001", "role": "regional_manager"})


def test_the_profile_reads_and_writes_its_wire_form():
    assert MANAGER.role is Role.ACCOUNT_MANAGER
    assert MANAGER.to_json() == WIRE
    assert UserProfile.from_json(REGIONAL.to_json()) == REGIONAL


@pytest.mark.parametrize("broken", [{"role": "admin"}, {"role": None}, {"team_id": None}])
def test_a_profile_with_an_unknown_role_or_a_missing_field_is_refused(broken):
    data = {**WIRE, **broken}
    if broken.get("team_id", "") is None:
        del data["team_id"]
    with pytest.raises(ValueError):
        UserProfile.from_json(data)


def test_whose_book_a_user_has():
    assert book_owner(MANAGER) == BookOwner(manager_id="U-0002")
    assert book_owner(REGIONAL) == BookOwner(team_id="T-HZ-1")
    assert book_owner(None) == BookOwner()


def test_only_a_regional_manager_decides_on_quotes_and_lists_his_team():
    assert may_approve_quotes(REGIONAL) and sees_staff_of_team(REGIONAL)
    assert not may_approve_quotes(MANAGER) and not sees_staff_of_team(MANAGER)
    assert not may_approve_quotes(None) and not sees_staff_of_team(None)


def test_narrowing_to_one_manager_is_offered_over_several_managers_books():
    assert may_choose_manager(REGIONAL) and may_choose_manager(None)
    assert not may_choose_manager(MANAGER)


def test_a_report_covers_what_its_user_may_see():
    assert report_scope(MANAGER, None, None) == ("U-0002", None)
    assert report_scope(REGIONAL, "U-0002", None) == ("U-0002", "T-HZ-1")
    assert report_scope(None, "U-0009", "T-NB-1") == ("U-0009", "T-NB-1")
    refusals = [
        (MANAGER, "U-0003", None, "report.manager_not_yours"),
        (MANAGER, None, "T-HZ-2", "report.team_not_yours"),
        (REGIONAL, None, "T-HZ-2", "report.team_not_yours"),
    ]
    for user, manager, team, code in refusals:
        with pytest.raises(ScopeRefused) as info:
            report_scope(user, manager, team)
        assert info.value.code == code
