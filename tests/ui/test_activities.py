"""The activities page (接触记录) and the log-a-contact dialog on a real store: listing and
filters, bad input shown inline with nothing saved, a good contact saved and queued."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from uihelpers import type_text

from bigcust_desktop.store.models import Activity, Customer, OutboxEntry
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.activities.page import ActivitiesPage
from bigcust_desktop.ui.qt import QApplication, QLabel, Qt

GROUP = "CUS-000004"
TOPIC = "园区5G专网二期方案汇报"  # not a topic of the seeded data


def open_page(qtbot, ctx) -> ActivitiesPage:
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.total() > 0, timeout=10000)
    return page


def _count(store, user_id: str, days: int, **where) -> int:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    mine = select(Customer.id).where(Customer.manager_id == user_id)
    stmt = select(func.count()).where(Activity.customer_id.in_(mine), Activity.occurred_at >= since)
    for name, value in where.items():
        stmt = stmt.where(getattr(Activity, name) == value)
    with store.begin() as conn:
        return int(conn.execute(stmt).scalar())


def test_lists_my_book_newest_first_and_filters(qtbot, ctx, small_store, zhangwei):
    page = open_page(qtbot, ctx)
    # The default period is 90 days; the count moves by a day at most while the test runs.
    assert page.model.total() == _count(small_store, zhangwei.id, 90)
    assert str(page.model.total()) in page.count.text()
    first, second = page.model.row_at(0), page.model.row_at(1)
    assert first.occurred_at >= second.occurred_at
    assert page.model.rowCount() <= 200 < page.model.total() or page.model.canFetchMore is not None

    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.channel.set_code("visit")
    assert page.model.total() == _count(small_store, zhangwei.id, 90, channel="visit")
    assert {page.model.row_at(r).channel for r in range(page.model.rowCount())} == {"visit"}

    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.apply_filter({"customer_id": GROUP, "days": 0})
    assert page.channel.code() is None
    assert page.model.total() == _count(small_store, zhangwei.id, 10_000, customer_id=GROUP)
    assert page.customer_chip.isVisible()


def test_search_finds_a_topic_fragment(qtbot, ctx):
    page = open_page(qtbot, ctx)
    topic = page.model.row_at(0).topic
    with qtbot.waitSignal(page.loaded, timeout=10000):
        type_text(qtbot, page.search, topic[:2])
    assert page.model.total() > 0
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert all(topic[:2] in (r.topic + (r.notes or "") + (r.customer_name or "")) for r in rows)


def test_enter_on_a_row_opens_the_customer(qtbot, ctx):
    page = open_page(qtbot, ctx)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    with qtbot.waitSignal(ctx.open_customer, timeout=2000) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [page.model.row_at(0).customer_id]


def _activity_count(store) -> tuple[int, int]:
    with store.begin() as conn:
        return (
            int(conn.execute(select(func.count()).select_from(Activity)).scalar()),
            int(conn.execute(select(func.count()).select_from(OutboxEntry)).scalar()),
        )


def _open_dialog(qtbot, page: ActivitiesPage) -> LogActivityDialog:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.log_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx)
    dialog = _open_dialog(qtbot, page)
    before = _activity_count(write_ctx.store)
    # No customer, no topic, a time tomorrow.
    dialog.occurred_at.set_instant(dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    customer_error = dialog.findChild(QLabel, "customer_idError")
    assert customer_error.isVisible() and "required" in customer_error.text()
    assert dialog.isVisible()

    dialog.customer.set_current_id(GROUP)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    topic_error = dialog.findChild(QLabel, "topicError")
    when_error = dialog.findChild(QLabel, "occurred_atError")
    assert not customer_error.isVisible()
    assert topic_error.isVisible() and "required" in topic_error.text()  # one wording for the rule
    assert when_error.isVisible() and "not happened yet" in when_error.text()
    assert _activity_count(write_ctx.store) == before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _activity_count(write_ctx.store) == before


def test_a_contact_is_logged_offline_and_queued(qtbot, write_ctx, zhangwei):
    page = open_page(qtbot, write_ctx)
    total = page.model.total()
    dialog = _open_dialog(qtbot, page)
    dialog.customer.set_current_id(GROUP)
    assert dialog.contact.count() > 1  # the group's contacts were loaded for the pick
    dialog.contact.setCurrentIndex(1)
    contact_id = dialog.contact.current_id()
    dialog.channel.set_code("meeting")
    type_text(qtbot, dialog.topic, TOPIC)
    dialog.outcome.set_code("positive")
    type_text(qtbot, dialog.notes, "下周提交方案")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert page.model.total() == total + 1
    top = page.model.row_at(0)
    assert (top.topic, top.channel, top.sync_state) == (TOPIC, "meeting", "pending")
    with write_ctx.store.session() as session:
        saved = session.scalars(select(Activity).where(Activity.topic == TOPIC)).one()
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == saved.id)).one()
    assert saved.owner_id == zhangwei.id and saved.customer_id == GROUP
    assert saved.contact_id == contact_id and saved.notes == "下周提交方案"
    assert abs(saved.occurred_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    assert entry.system == "city" and entry.kind == "create" and entry.state == "pending"
