"""The contact-fatigue warning where contacts are logged or planned (issue 15): Save asks the
rule; when it says no, a question names the earlier contact (when, channel, who) with 仍然保存 /
取消, 取消 the default; an unanswered call and a to-do that is no contact are not asked about."""

from __future__ import annotations

import datetime as dt

from uihelpers import type_text

from bigcust_desktop.domain.drafts.activities import new_activity
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.labels import local_time_text
from bigcust_desktop.ui.qt import QPushButton, Qt
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed

WAIT = 10_000
TOPIC = "物联网卡续费提醒"


def _earlier_contact(store, customer_id: str, at: dt.datetime) -> None:
    store.activities.create(
        new_activity(
            customer_id=customer_id, owner_id="U-0002", channel="phone", topic=TOPIC,
            outcome="positive", occurred_at=at, now=at,
        )
    )  # fmt: skip


def _topics(store, customer_id: str) -> list[str]:
    from sqlalchemy import select

    from bigcust_desktop.store.models import Activity

    with store.begin() as conn:
        return list(
            conn.execute(
                select(Activity.topic).where(Activity.customer_id == customer_id)
            ).scalars()
        )


def _wait_box(qtbot, dialog):
    qtbot.waitUntil(
        lambda: dialog.fatigue is not None and dialog.fatigue.box is not None, timeout=WAIT
    )
    return dialog.fatigue.box


def test_logging_a_contact_heard_last_week_warns_and_cancel_is_the_default(qtbot, write_ctx):
    store = write_ctx.store
    customer = store.customers.choices(Book(manager_id="U-0002"))[3][0]
    earlier = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(days=6)
    _earlier_contact(store, customer, earlier)
    before = _topics(store, customer).count(TOPIC)

    dialog = LogActivityDialog(write_ctx, customer_id=customer)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.topic, TOPIC)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = _wait_box(qtbot, dialog)
    text = box.text()
    assert local_time_text(earlier) in text and "张伟" in text and TOPIC in text
    assert "Phone" in text  # the earlier contact's channel, by its label
    assert box.defaultButton().objectName() == "fatigueCancelButton"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc is 取消: nothing saved, the form stays
    qtbot.waitUntil(lambda: dialog.fatigue.box is None, timeout=WAIT)
    assert dialog.isVisible() and _topics(store, customer).count(TOPIC) == before

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = _wait_box(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(box.findChild(QPushButton, "saveAnywayButton"), Qt.MouseButton.LeftButton)
    assert _topics(store, customer).count(TOPIC) == before + 1


def test_an_unanswered_call_is_no_contact_to_the_rule(qtbot, write_ctx):
    store = write_ctx.store
    customer = store.customers.choices(Book(manager_id="U-0002"))[4][0]
    _earlier_contact(store, customer, dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    dialog = LogActivityDialog(write_ctx, customer_id=customer)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.topic, TOPIC)
    dialog.outcome.set_code("no_answer")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fatigue is None


def test_planning_a_call_on_the_same_subject_warns_a_plain_task_does_not(qtbot, write_ctx):
    store = write_ctx.store
    customer = store.customers.choices(Book(manager_id="U-0002"))[5][0]
    _earlier_contact(store, customer, dt.datetime.now(dt.UTC) - dt.timedelta(days=1))
    dialog = TodoDialog(write_ctx, TodoSeed(customer_id=customer, kind="call", title=TOPIC))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    box = _wait_box(qtbot, dialog)
    assert "张伟" in box.text()
    box.reject()
    qtbot.waitUntil(lambda: dialog.fatigue.box is None, timeout=WAIT)
    assert dialog.isVisible()

    task = TodoDialog(write_ctx, TodoSeed(customer_id=customer, kind="task", title=TOPIC))
    qtbot.addWidget(task)
    task.show()
    with qtbot.waitSignal(task.saved, timeout=WAIT):
        qtbot.mouseClick(task.save_button, Qt.MouseButton.LeftButton)
    assert task.fatigue is None


def test_the_monthly_cap_is_said_with_the_count_the_limit_and_the_latest_contact(qapp):
    from bigcust_desktop.domain.analytics.fatigue import FatigueRules
    from bigcust_desktop.domain.vocab_city import SuppressionReason
    from bigcust_desktop.store.queries.campaigns import EarlierContact, FatigueWarning
    from bigcust_desktop.ui.campaigns.fatigue import warning_text

    at = dt.datetime(2026, 12, 1, 2, 30, tzinfo=dt.UTC)
    earlier = EarlierContact("ACT-1", at, "sms", "U-0001", "王芳", "年终回馈")
    cap = FatigueWarning("CUS-1", SuppressionReason.FATIGUE_CAP, earlier, 5)
    text = warning_text(cap, FatigueRules(topic_window_days=21, cap=4, cap_window_days=30))
    assert "5 times in the last 30 days" in text and "the limit is 4" in text
    assert local_time_text(at) in text and "王芳" in text and "年终回馈" in text
    topic = FatigueWarning("CUS-1", SuppressionReason.FATIGUE_TOPIC, earlier, 1)
    text = warning_text(topic, FatigueRules(topic_window_days=21, cap=4, cap_window_days=30))
    assert "within 21 days" in text and "%" not in text
