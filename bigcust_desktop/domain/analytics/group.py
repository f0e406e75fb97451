"""Group roll-up (集团): a parent customer's figures summed over all its branches, at every level.

Pure aggregation of each member's own figures. Depends on the standard library only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Totals:
    """Additive figures of one customer or of a (sub)group; money in fen."""

    billed_fen: int = 0  # billed over the chosen periods
    lines: int = 0
    active_lines: int = 0
    owed_overdue_fen: int = 0
    open_opportunities: int = 0
    pipeline_fen: int = 0  # amount of the open opportunities
    open_faults: int = 0
    breached_faults: int = 0  # open and past their SLA due time

    def __add__(self, other: Totals) -> Totals:
        return Totals(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))


@dataclass(frozen=True, slots=True)
class Member:
    """One customer of the group with its own figures (its own bills, lines, business)."""

    customer_id: str
    name: str
    parent_id: str | None
    own: Totals


@dataclass(frozen=True, slots=True)
class RolledUp:
    """A member with the totals of its whole subtree (itself and every branch below it)."""

    member: Member
    depth: int
    subtree: Totals


def roll_up(group_id: str, members: Sequence[Member]) -> list[RolledUp]:
    """Every member under ``group_id`` with its subtree totals, depth first from the group.

    A member whose parent is not among the members is left out (it is not in this group); a
    cycle in the parent links is cut where it closes.
    """
    children: dict[str | None, list[Member]] = {}
    by_id = {m.customer_id: m for m in members}
    for m in members:
        children.setdefault(m.parent_id, []).append(m)
    if group_id not in by_id:
        return []
    out: list[RolledUp] = []

    def walk(member: Member, depth: int, seen: frozenset[str]) -> Totals:
        slot = len(out)
        out.append(RolledUp(member, depth, member.own))
        total = member.own
        for child in sorted(children.get(member.customer_id, ()), key=lambda m: m.name):
            if child.customer_id not in seen:
                total = total + walk(child, depth + 1, seen | {child.customer_id})
        out[slot] = RolledUp(member, depth, total)
        return total

    walk(by_id[group_id], 0, frozenset({group_id}))
    return out
