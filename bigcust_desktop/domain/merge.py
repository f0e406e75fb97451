"""Field-level three-way merge of a local edit with the server's newer record (DESIGN §5).

Pure function over dicts of wire values; the sync engine decides what to do with its result.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides changed to different values since the common base."""

    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergeResult:
    """What to push again (``to_push``), what the record becomes, and what waits for the user."""

    merged: dict[str, Any]
    to_push: dict[str, Any]
    conflicts: list[FieldConflict] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.conflicts


_MISSING = object()


def three_way_merge(
    base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> MergeResult:
    """Merge ``mine`` (only the fields the user changed) into ``theirs`` (the server's record).

    ``base`` is the server record the user's edit started from. A field the server left as it was
    takes mine; a field only the server changed keeps theirs; a field both changed to the same
    value is no conflict; a field both changed differently is a conflict and keeps theirs until the
    user decides. ``to_push`` holds the fields where the merged record still differs from theirs.
    """
    merged = dict(theirs)
    to_push: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, my_value in mine.items():
        # Wire records carry every field, null included: a field absent from the base was null.
        base_value = base.get(name)
        their_value = theirs.get(name, _MISSING)
        if their_value == my_value:
            continue
        if their_value == base_value or their_value is _MISSING:
            merged[name] = my_value
            to_push[name] = my_value
            continue
        conflicts.append(FieldConflict(name, base_value, my_value, their_value))
    return MergeResult(merged=merged, to_push=to_push, conflicts=conflicts)
