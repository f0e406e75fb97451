"""Rules of saved segments (客户群): a new or changed segment in wire form, who may change one,
and the name a copy takes. Depends on the domain's record schema and vocabularies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.domain.records import validate_record
from bigcust_desktop.domain.schema_city import SEGMENT_FILTER
from bigcust_desktop.domain.timefmt import format_instant
from bigcust_desktop.domain.vocab_city import SegmentVisibility


def definition_of(conditions: Mapping[str, Any]) -> dict[str, Any]:
    """A full definition (every condition of `SEGMENT_FILTER`, null where not given), checked;
    raises `ValidationErrors` with fields named ``definition.<condition>``."""
    full = {name: conditions.get(name) for name in SEGMENT_FILTER}
    return validate_record("segment", {"definition": full}, from_feed=False)["definition"]


def _name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationErrors(
            [ValidationError("name", "field.required", "This field is required.")]
        )
    return name


def new_segment(
    *,
    name: str,
    owner: UserProfile,
    conditions: Mapping[str, Any],
    now: dt.datetime,
    visibility: str = SegmentVisibility.PRIVATE,
    description: str | None = None,
) -> dict[str, Any]:
    """A new segment in wire form (without id/version/updated_at), the owner's, of his team;
    raises `ValidationErrors` naming every bad field."""
    fields = {
        "name": _name(name),
        "description": (description or "").strip() or None,
        "owner_id": owner.id,
        "team_id": owner.team_id,
        "visibility": str(visibility),
        "definition": definition_of(conditions),
        "created_at": format_instant(now),
    }
    return {**fields, **validate_record("segment", fields, from_feed=False)}


def segment_changes(
    old: Mapping[str, Any], *, name: str, conditions: Mapping[str, Any], visibility: str
) -> dict[str, Any]:
    """The fields of a saved segment that an edit changes (empty: nothing changed); a shared
    segment stays shared (taking it back from the team's laptops is not possible)."""
    if old.get("visibility") == SegmentVisibility.TEAM and visibility != SegmentVisibility.TEAM:
        raise ValidationErrors(
            [
                ValidationError(
                    "visibility", "segment.visibility_fixed", "A shared segment stays shared."
                )
            ]
        )
    new = {
        "name": _name(name),
        "visibility": str(visibility),
        "definition": definition_of(conditions),
    }
    return {k: v for k, v in new.items() if old.get(k) != v}


def may_change_segment(user: UserProfile | None, segment: Mapping[str, Any]) -> bool:
    """Only a segment's owner changes or deletes it; the team may open and copy a shared one."""
    return user is not None and segment.get("owner_id") == user.id


def copy_name(name: str, taken: set[str]) -> str:
    """The name of a copy: ``name（副本）``, then ``name（副本2）``... one not taken yet."""
    candidate, n = f"{name}（副本）", 2
    while candidate in taken:
        candidate, n = f"{name}（副本{n}）", n + 1
    return candidate[:100]
