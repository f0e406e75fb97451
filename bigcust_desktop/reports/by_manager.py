"""Figures per staff member: the one aggregation behind every report's by-manager rows.

A report tallies its groups per manager (a customer's account manager, or whoever owns an
opportunity); the rows come out the same way in every workbook — first column the manager's name
(a staff member outside the user's view by id), in the report's order, by name where figures tie.
Depends on the report scope's staff names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from bigcust_desktop.reports.scope import Staff

T = TypeVar("T")


class ByManager(Generic[T]):
    """A tally of type `T` per manager id, made by `tally()` on the manager's first figure."""

    def __init__(self, staff: Staff, tally: Callable[[], T]) -> None:
        self._staff = staff
        self._tally = tally
        self._tallies: dict[str, T] = {}

    def __getitem__(self, manager_id: str) -> T:
        tally = self._tallies.get(manager_id)
        if tally is None:
            tally = self._tallies[manager_id] = self._tally()
        return tally

    def __len__(self) -> int:
        return len(self._tallies)

    def items(self) -> Iterator[tuple[str, T]]:
        return iter(self._tallies.items())

    def rows(
        self,
        cells: Callable[[T], Sequence[Any]],
        *,
        first: Callable[[T], Any] | None = None,
    ) -> list[list[Any]]:
        """One row per manager: the name, then `cells(tally)`. Rows with the smallest
        `first(tally)` come first (e.g. the largest amount, negated), then by name and id."""
        keyed = sorted(
            (first(tally) if first else 0, self._staff.name(manager), manager)
            for manager, tally in self._tallies.items()
        )
        return [[name, *cells(self._tallies[manager])] for _, name, manager in keyed]
