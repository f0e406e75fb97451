"""Forms as a new user meets them: a typed date is taken as typed or refused with a message
(never silently moved), inline errors leave when the field is fixed, focus goes to the first
invalid field, one wording per rule, and amounts typed the Chinese way (128万, 1.28亿)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from screens import language
from uihelpers import type_text

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.qt import QLabel, Qt, QWidget
from bigcust_desktop.ui.widgets.form_errors import FormErrors
from bigcust_desktop.ui.widgets.inputs import DateEdit, LocalDateTimeEdit, MoneyEdit
from bigcust_desktop.ui.widgets.messages import error_text

_WINDOWS: list[QWidget] = []  # alive until the test's qtbot closes them


@pytest.fixture(autouse=True)
def _forget_windows():
    yield
    _WINDOWS.clear()


def _in_window(qtbot, edit: QWidget) -> QWidget:
    """The field in a window with one more field after it, active, as in a form."""
    from bigcust_desktop.ui.qt import QLineEdit, QVBoxLayout

    window = QWidget()
    _WINDOWS.append(window)
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    box.addWidget(edit)
    box.addWidget(QLineEdit(window))
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return edit


def _date_edit(qtbot, value: dt.date) -> DateEdit:
    edit = _in_window(qtbot, DateEdit("expected_close"))
    edit.set_value(value)
    return edit


def _type_over(qtbot, edit: QWidget, text: str) -> None:
    """Select what the field shows and type over it, then leave it (Tab)."""
    target = getattr(edit, "date_edit", edit)
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["2026-12-20", "2026/12/20", "2026.12.20", "20261220"])
def test_a_typed_date_is_taken_as_typed(qtbot, typed):
    edit = _date_edit(qtbot, dt.date(2026, 11, 27))
    _type_over(qtbot, edit, typed)
    assert edit.value() == dt.date(2026, 12, 20)
    assert edit.text() == "2026-12-20"


def test_an_impossible_date_is_refused_with_a_message_not_moved(qtbot):
    edit = _date_edit(qtbot, dt.date(2026, 11, 27))
    problems = []
    edit.problem.connect(problems.append)
    _type_over(qtbot, edit, "2026-02-30")
    assert edit.text() == "2026-02-30"  # left as typed for the user to correct
    value = edit.value()
    assert value != dt.date(2027, 2, 3) and not isinstance(value, dt.date)
    assert [p.code for p in problems if p is not None] == ["date.invalid"]


def test_the_calendar_pop_up_still_sets_the_date(qtbot):
    edit = _date_edit(qtbot, dt.date(2026, 11, 27))
    calendar = edit.calendar()
    edit.show_calendar()
    assert calendar.selectedDate().toPython() == dt.date(2026, 11, 27)
    calendar.setSelectedDate(calendar.selectedDate().addDays(3))
    calendar.activated.emit(calendar.selectedDate())
    assert edit.value() == dt.date(2026, 11, 30)


def test_a_typed_visit_time_is_taken_as_typed(qtbot):
    edit = _in_window(qtbot, LocalDateTimeEdit("occurred_at"))
    edit.set_instant(dt.datetime(2026, 11, 27, 2, 5, tzinfo=dt.UTC))  # 10:05 in Hangzhou
    _type_over(qtbot, edit, "2026-12-20")
    assert edit.instant() == dt.datetime(2026, 12, 20, 2, 5, tzinfo=dt.UTC)


def test_the_opportunity_form_refuses_an_impossible_date_inline(qtbot, write_ctx):
    dialog = OpportunityDialog(write_ctx, customer_id="CUS-000004")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.isActiveWindow)
    type_text(qtbot, dialog.title_edit, "专线扩容")
    type_text(qtbot, dialog.amount_edit, "120000")
    _type_over(qtbot, dialog.close_edit, "2026-02-30")
    # The message is there as soon as the field is left, before any save.
    assert "expected_close" in dialog.errors.shown
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert set(dialog.errors.shown) == {"expected_close"}
    assert dialog.isVisible()


# -- inline errors ------------------------------------------------------------------------------


def test_an_error_leaves_as_soon_as_its_field_is_fixed(qtbot, write_ctx):
    dialog = OpportunityDialog(write_ctx, customer_id="CUS-000004")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert {"title", "amount"} <= set(dialog.errors.shown)
    type_text(qtbot, dialog.title_edit, "专线扩容")
    assert "title" not in dialog.errors.shown
    assert not dialog.findChild(QLabel, "titleError").isVisible()
    assert "amount" in dialog.errors.shown  # the other one stays until it is fixed


def test_focus_goes_to_the_first_invalid_field_of_the_form(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    from bigcust_desktop.ui.qt import QFormLayout, QLineEdit

    layout = QFormLayout(form)
    errors = FormErrors(form)
    first, second = QLineEdit(form), QLineEdit(form)
    errors.add_row(layout, "A", "title", first)
    errors.add_row(layout, "B", "amount", second)
    form.show()
    qtbot.waitUntil(form.isActiveWindow)
    # The builder names the later field first: focus still goes to the first on the form.
    errors.show(
        [
            ValidationError("amount", "field.required", "required"),
            ValidationError("title", "field.blank", "blank"),
        ]
    )
    assert form.focusWidget() is first


def test_one_wording_for_a_required_field(qapp):
    with language(qapp, "zh_CN"):
        texts = {
            error_text(ValidationError("title", code, "x"))
            for code in ("field.required", "field.blank")
        }
    assert texts == {"此项必填。"}


# -- money ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("128万", Decimal("1280000.00")),
        ("128 万元", Decimal("1280000.00")),
        ("1.28亿", Decimal("128000000.00")),
        ("12,800.50", Decimal("12800.50")),
        ("¥12,800", Decimal("12800.00")),
        ("３万", Decimal("30000.00")),
        ("0.5万", Decimal("5000.00")),
    ],
)
def test_money_input_takes_chinese_units(qtbot, typed, amount):
    edit = _in_window(qtbot, MoneyEdit("amount"))
    type_text(qtbot, edit, typed)
    assert edit.amount() == amount
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.amount() == amount  # the tidied text reads back the same amount


@pytest.mark.parametrize("typed", ["12万万", "万", "1.2.3万", "12k", "1.28亿元整x"])
def test_money_input_refuses_what_is_not_an_amount(qtbot, typed):
    edit = MoneyEdit("amount")
    qtbot.addWidget(edit)
    type_text(qtbot, edit, typed)
    with pytest.raises(ValidationError) as caught:
        edit.amount()
    assert caught.value.code == "money.invalid"
