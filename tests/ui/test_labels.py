"""Labels, money and time texts: every enumeration of the domain has a label (ui/labels.py)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.ui import labels
from bigcust_desktop.ui.widgets.messages import error_text


@pytest.mark.parametrize("kind", sorted(labels.ENUMS))
def test_every_code_of_every_enumeration_has_a_label(qapp, kind):
    for member in labels.ENUMS[kind]:
        text = labels.label(kind, member.value)
        assert text and text != member.value, (kind, member.value)


def test_every_entity_and_value_factor_has_a_label(qapp):
    for entity in HOMES:
        assert labels.label("entity", entity) != entity
    for factor in labels.VALUE_FACTORS:
        assert labels.label("value_factor", factor) != factor


def test_unknown_code_is_shown_as_it_is_and_none_is_empty(qapp):
    assert labels.label("stage", "someday") == "someday"
    assert labels.label("stage", None) == ""
    with pytest.raises(KeyError):
        labels.label("no_such_kind", "x")


def test_choices_follow_the_domain_order(qapp):
    assert [code for code, _ in labels.choices("stage")][:2] == ["lead", "qualified"]


def test_money_text_has_separator_and_two_places():
    assert labels.money_text(Decimal("12800")) == "¥12,800.00"
    assert labels.money_text(Decimal("-1234567.5")) == "-¥1,234,567.50"
    assert labels.money_text(Decimal("0.004")) == "¥0.00"
    assert labels.money_text(None) == ""


def test_local_time_is_eight_hours_ahead_of_utc():
    instant = dt.datetime(2026, 3, 1, 20, 5, tzinfo=dt.UTC)
    assert labels.local_time_text(instant) == "2026-03-02 04:05"
    assert labels.date_text(instant) == "2026-03-02"
    assert labels.date_text(dt.date(2026, 2, 3)) == "2026-02-03"


def test_validation_messages_fill_their_placeholders(qapp):
    error = ValidationError("stage", "stage.move_not_allowed", "x", {"from": "won", "to": "lead"})
    assert error_text(error) == "An opportunity cannot move from Won to Lead."
    too_long = ValidationError("title", "field.too_long", "x", {"max": 200})
    assert error_text(too_long) == "At most 200 characters."
    unknown = ValidationError("x", "no.such_code", "The English fallback.")
    assert error_text(unknown) == "The English fallback."


def test_the_pending_translation_covers_every_label():
    pending = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pending"
    pairs = {}
    for tsv in pending.iterdir():  # each engineer's own file (README, translations)
        # Chinese files only (`*.en.tsv` holds English plural forms); the i18n tool's rule:
        # a comment or a line of fewer than three fields is skipped.
        if not tsv.name.endswith(".tsv") or tsv.name.endswith(".en.tsv"):
            continue
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or line.count("\t") < 2:
                continue
            context, source, translation = line.split("\t")[:3]
            assert translation.strip(), (context, source)
            pairs[(context, source)] = translation
    for kind in labels.kinds():
        context, texts = labels._kind(kind)
        for source in texts.values():
            assert (context, source) in pairs, (kind, source)
    assert pairs[("StageLabel", "Won")] == "赢单"


def test_every_field_the_laptop_writes_has_a_label(qapp):
    for entity, home in HOMES.items():
        for field in home.editable_fields:
            assert labels.field_label(entity, field) != field, (entity, field)
    assert labels.field_label("opportunity", "notes") == "Notes"
    assert labels.field_label("opportunity", "no_such_field") == "no_such_field"
