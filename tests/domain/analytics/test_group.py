"""Group roll-up: subtree totals at every level, cycles cut, strangers left out."""

from __future__ import annotations

from bigcust_desktop.domain.analytics.group import Member, Totals, roll_up


def member(cid: str, parent: str | None, billed: int, lines: int, faults: int = 0) -> Member:
    own = Totals(billed_fen=billed, lines=lines, active_lines=lines, open_faults=faults)
    return Member(cid, f"name-{cid}", parent, own)


def test_group_totals_include_every_branch_at_every_level():
    members = [
        member("G", None, 1_000, 10),
        member("B1", "G", 200, 2, faults=1),
        member("B2", "G", 300, 3),
        member("B21", "B2", 50, 1, faults=2),
        member("X", "OTHER", 9_999, 99),
    ]
    rows = roll_up("G", members)
    assert [(r.member.customer_id, r.depth) for r in rows] == [
        ("G", 0),
        ("B1", 1),
        ("B2", 1),
        ("B21", 2),
    ]
    top = rows[0].subtree
    assert (top.billed_fen, top.lines, top.open_faults) == (1_550, 16, 3)
    assert rows[2].subtree.billed_fen == 350 and rows[2].subtree.open_faults == 2


def test_a_cycle_in_the_parent_links_is_cut():
    rows = roll_up("A", [member("A", "B", 1, 1), member("B", "A", 2, 1)])
    assert [r.member.customer_id for r in rows] == ["A", "B"]
    assert rows[0].subtree.billed_fen == 3


def test_an_unknown_group_rolls_up_nothing():
    assert roll_up("NOPE", [member("A", None, 1, 1)]) == []
