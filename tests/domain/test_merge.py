"""Properties of the field-level three-way merge (DESIGN §5): nothing silently overwritten."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bigcust_desktop.domain.merge import three_way_merge

FIELDS = st.sampled_from(["title", "notes", "stage", "amount", "severity"])
VALUES = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["a", "b", "c"]))
RECORDS = st.dictionaries(FIELDS, VALUES)


@st.composite
def edits(draw: st.DrawFn) -> tuple[dict, dict, dict]:
    base = draw(RECORDS)
    theirs = {**base, **draw(RECORDS)}
    mine = draw(RECORDS)  # only the fields the user changed
    return base, mine, theirs


@given(edits())
def test_every_field_is_merged_kept_or_reported(case):
    base, mine, theirs = case
    result = three_way_merge(base, mine, theirs)
    conflicted = {c.field for c in result.conflicts}
    for field, value in mine.items():
        if field in conflicted:
            conflict = next(c for c in result.conflicts if c.field == field)
            assert conflict.mine == value and conflict.theirs == theirs[field]
            assert theirs[field] != base.get(field) and theirs[field] != value
            assert result.merged[field] == theirs[field]  # theirs stays until the user decides
        else:
            assert result.merged[field] == value
    for field, value in theirs.items():
        if field not in mine:
            assert result.merged[field] == value  # the server's other changes are kept


@given(edits())
def test_to_push_is_exactly_what_differs_from_theirs(case):
    base, mine, theirs = case
    result = three_way_merge(base, mine, theirs)
    assert result.to_push == {
        f: v for f, v in result.merged.items() if f not in theirs or theirs[f] != v
    }


@given(RECORDS, RECORDS)
def test_unchanged_server_means_no_conflict(base, mine):
    result = three_way_merge(base, mine, base)
    assert result.clean
    assert result.merged == {**base, **mine}


@given(RECORDS, RECORDS)
def test_identical_edits_on_both_sides_are_no_conflict(base, change):
    result = three_way_merge(base, change, {**base, **change})
    assert result.clean and result.to_push == {}


def test_disjoint_fields_merge_and_same_field_conflicts():
    base = {"title": "断网", "severity": "minor", "description": "x"}
    theirs = {**base, "title": "NOC: 光缆中断", "description": "NOC"}
    mine = {"severity": "critical", "description": "经理"}
    result = three_way_merge(base, mine, theirs)
    assert result.merged["title"] == "NOC: 光缆中断"
    assert result.merged["severity"] == "critical"
    assert [c.field for c in result.conflicts] == ["description"]
    assert result.to_push == {"severity": "critical"}
