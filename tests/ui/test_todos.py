"""The 待办 page offline on a real store: plan a visit for the week, get its reminder once (not
again after a restart), log the visit that closes it; bad input shown inline, nothing saved;
the dashboard card counts what is overdue."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from uihelpers import type_text

from bigcust_desktop.domain.drafts.todos import Week
from bigcust_desktop.store.models import Activity, OutboxEntry, Todo
from bigcust_desktop.ui.qt import QApplication, QLabel, QMessageBox, Qt
from bigcust_desktop.ui.todos.card import TodoCard
from bigcust_desktop.ui.todos.dialog import TodoDialog
from bigcust_desktop.ui.todos.page import TodosPage
from bigcust_desktop.ui.todos.reminders import Reminders

GROUP = "CUS-000004"  # a customer of zhangwei's book
TITLE = "拜访信息中心，汇报专线扩容方案"
WAIT = 10_000


def open_page(qtbot, ctx) -> TodosPage:
    page = TodosPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    return page


def _todos(store) -> int:
    with store.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(Todo)).scalar())


def _new_dialog(qtbot, page: TodosPage) -> TodoDialog:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, TodoDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def test_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx)
    before = _todos(write_ctx.store)
    dialog = _new_dialog(qtbot, page)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "customer_idError").isVisible()
    dialog.customer.set_customer_id(GROUP)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    title_error = dialog.findChild(QLabel, "titleError")
    assert title_error.isVisible() and "required" in title_error.text()
    assert dialog.isVisible() and _todos(write_ctx.store) == before


def test_plan_a_visit_get_its_reminder_once_and_log_it(qtbot, write_ctx, zhangwei):
    page = open_page(qtbot, write_ctx)
    dialog = _new_dialog(qtbot, page)
    dialog.customer.set_customer_id(GROUP)
    type_text(qtbot, dialog.title_edit, TITLE)
    when = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).replace(second=0, microsecond=0)
    dialog.when.set_instant(when)
    type_text(qtbot, dialog.location, "文三路90号")
    assert dialog.remind.currentData() == 30  # half an hour before, unless changed
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with write_ctx.store.session() as session:
        planned = session.scalars(select(Todo.id).where(Todo.title == TITLE)).one()
    row = write_ctx.store.todos.rows([planned])[planned]
    assert (row.kind, row.status, row.sync_state, row.location) == (
        "visit", "open", "pending", "文三路90号",
    )  # fmt: skip
    assert row.starts_at == when and row.remind_at == when - dt.timedelta(minutes=30)
    assert planned in [page.model.id_at(r) for r in range(page.model.rowCount())]

    # The week plan shows it on its day.
    page.tabs.setCurrentWidget(page.week)
    with qtbot.waitSignal(page.week.loaded, timeout=WAIT):
        page.week.show_week(Week.of(when))
    assert planned in [row.id for row in page.week.rows]

    # Its reminder comes once, at its time, and not again after a restart.
    at_reminder = when - dt.timedelta(minutes=29)
    reminders = Reminders(write_ctx, page, now=lambda: at_reminder)
    with qtbot.waitSignal(reminders.reminded, timeout=WAIT) as shown:
        reminders.check()
    assert planned in [row.id for row in shown.args[0]]
    notice = reminders.notice
    assert isinstance(notice, QMessageBox) and notice.isVisible() and not notice.isModal()
    assert TITLE in notice.text()
    notice.close()
    restarted = Reminders(write_ctx, page, now=lambda: at_reminder + dt.timedelta(minutes=5))
    assert write_ctx.store.todos.reminders(zhangwei.id, at_reminder + dt.timedelta(minutes=5)) == []
    restarted.check()
    qtbot.waitUntil(lambda: not restarted._checking, timeout=WAIT)
    assert restarted.notice is None

    # Logging the visit closes the plan, with its check-in time and the activity.
    page.tabs.setCurrentIndex(0)
    log = page.log_visit(planned)
    assert log is not None and log.topic.text() == TITLE and log.channel.code() == "visit"
    checked_in = when.replace(minute=0) - dt.timedelta(hours=3)  # logged after the visit
    log.occurred_at.set_instant(checked_in)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
    todo = write_ctx.store.todos.get(planned)
    assert todo["status"] == "done" and todo["checked_in_at"] is not None
    with write_ctx.store.session() as session:
        activity = session.get(Activity, todo["closed_by_activity_id"])
        entries = session.scalars(
            select(OutboxEntry.kind).where(OutboxEntry.record_id.in_([planned, activity.id]))
        ).all()
    assert activity.topic == TITLE and activity.customer_id == GROUP
    assert sorted(entries) == ["create", "create"]  # the plan's closing folded into its create
    assert planned not in [page.model.id_at(r) for r in range(page.model.rowCount())]


def test_the_dashboard_card_counts_overdue_to_dos(qtbot, write_ctx):
    from bigcust_desktop.domain.drafts.todos import new_todo

    now = dt.datetime.now(dt.UTC)
    card = TodoCard(write_ctx)
    qtbot.addWidget(card)
    with qtbot.waitSignal(card.loaded, timeout=WAIT):
        card.show()
    overdue = card.counts[0]
    fields = new_todo(customer_id=GROUP, owner_id=write_ctx.user.id, kind="task",
                      title="催办报障", now=now, due_at=now - dt.timedelta(days=1))  # fmt: skip
    with qtbot.waitSignal(card.loaded, timeout=WAIT):
        write_ctx.write(lambda: write_ctx.store.todos.create(fields), ("todo",), lambda _r: None,
                        lambda exc: None)  # fmt: skip
    assert card.counts[0] == overdue + 1
    with qtbot.waitSignal(card.navigate_requested) as asked:
        qtbot.mouseClick(card.overdue, Qt.MouseButton.LeftButton)
    assert asked.args == ["todos", {"view": "overdue"}]


def test_the_week_exports_to_a_calendar_file_that_parses_back(qtbot, write_ctx, tmp_path):
    import icalendar

    from bigcust_desktop.domain.drafts.todos import new_todo
    from bigcust_desktop.store.models import AuditLog

    start = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(second=0, microsecond=0)
    fields = new_todo(customer_id=GROUP, owner_id=write_ctx.user.id, kind="call",
                      title="电话确认续约意向", now=start, starts_at=start,
                      remind_at=start - dt.timedelta(minutes=15))  # fmt: skip
    todo_id = write_ctx.store.todos.create(fields)["id"]
    page = open_page(qtbot, write_ctx)
    with qtbot.waitSignal(page.week.loaded, timeout=WAIT):
        page.week.show_week(Week.of(start))
    target = tmp_path / page.week.file_name()
    with qtbot.waitSignal(page.week.exported, timeout=WAIT) as done:
        page.week.export_to(str(target))
    assert done.args == [str(target)]
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    event = events[f"{todo_id}@bigcust-desktop"]
    assert event.decoded("dtstart") == start and "电话确认续约意向" in str(event["summary"])
    assert event.walk("VALARM")[0].decoded("trigger") == -dt.timedelta(minutes=15)
    assert all(r.status == "open" for r in page.week.rows if f"{r.id}@bigcust-desktop" in events)
    with write_ctx.store.session() as session:
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "calendar_export")).all()
    assert audit[-1].details["file"] == target.name
    assert audit[-1].details["entries"] == len(events)


def test_a_plan_naming_key_contacts_asks_before_their_names_leave(qtbot, write_ctx, tmp_path):
    import icalendar

    from bigcust_desktop.domain.drafts.todos import new_todo
    from bigcust_desktop.store.models import AuditLog
    from bigcust_desktop.ui.qt import QTimer

    contact_id = write_ctx.store.activities.contact_choices(GROUP)[0][0]
    start = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).replace(second=0, microsecond=0)
    fields = new_todo(
        customer_id=GROUP, owner_id=write_ctx.user.id, kind="visit", title="拜访关键人",
        now=start, starts_at=start, contact_id=contact_id,
    )  # fmt: skip
    todo_id = write_ctx.store.todos.create(fields)["id"]
    page = open_page(qtbot, write_ctx)
    with qtbot.waitSignal(page.week.loaded, timeout=WAIT):
        page.week.show_week(Week.of(start))

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and box.objectName() == "personalDataQuestion"
        next(b for b in box.buttons() if b.text().replace("&", "") == text).click()

    QTimer.singleShot(0, lambda: answer("Leave names out"))
    chooser = page.week.ask_export()
    assert chooser is not None and page.week.with_contacts is False
    chooser.close()
    QTimer.singleShot(0, lambda: answer("Include names"))
    chooser = page.week.ask_export()
    assert chooser is not None and page.week.with_contacts is True
    chooser.close()
    target = tmp_path / "plan.ics"
    with qtbot.waitSignal(page.week.exported, timeout=WAIT):
        page.week.export_to(str(target))
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    event = next(e for e in events if str(e["uid"]).startswith(todo_id))
    assert str(event["description"])  # the contact's name, as the user allowed
    with write_ctx.store.session() as session:
        audit = session.scalars(select(AuditLog).where(AuditLog.action == "calendar_export")).all()
    assert audit[-1].details["contains_personal_data"] is True
    with write_ctx.store.begin() as conn:  # and told to the city CRM with the next sync
        action, personal = conn.exec_driver_sql(
            "SELECT json_extract(fields, '$.action'), "
            "json_extract(fields, '$.contains_personal_data') FROM outbox "
            "WHERE entity = 'audit_event' ORDER BY seq DESC LIMIT 1"
        ).one()
    assert action == "personal_data_export" and personal == 1
