"""The at-risk worklist (流失预警) on a real store: the must-show flow — open the worklist,
follow a customer, log a contact, see the signal clear and the customer leave the list after the
recompute — and the list's search, filters, detail and empty state."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from uihelpers import type_text

from bigcust_desktop.domain.analytics.figures import SignalCode, wire_signal
from bigcust_desktop.domain.drafts.todos import SHANGHAI
from bigcust_desktop.domain.pinyin import initials
from bigcust_desktop.store.models import Todo
from bigcust_desktop.ui.analytics.page import InsightsPage
from bigcust_desktop.ui.qt import Qt


def open_page(qtbot, ctx) -> InsightsPage:
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.worklist.loaded, timeout=20000):
        page.show()
    return page


def shown_ids(tab) -> list[str]:
    return [tab.model.row_at(r).customer.id for r in range(tab.model.rowCount())]


def test_a_contact_logged_clears_the_signal_and_the_customer_leaves(qtbot, write_ctx, zhangwei):
    page = open_page(qtbot, write_ctx)
    tab = page.worklist
    quiet = [e for e in tab.worklist.entries if e.codes == (SignalCode.NOT_CONTACTED,)]
    assert quiet, "the small book has customers whose only signal is no contact"
    target = quiet[0].customer
    assert all(e.customer.manager_id == zhangwei.id for e in tab.worklist.entries)

    # Follow the customer: find it by the pinyin initials of its name, as in the customer list.
    type_text(qtbot, tab.search, initials(target.display_name))
    assert target.id in shown_ids(tab)
    tab.table.selectRow(shown_ids(tab).index(target.id))
    tab.table.setFocus()
    assert target.name in tab.detail.text()
    assert tab.texts.signal_name(SignalCode.NOT_CONTACTED) in tab.detail.text()

    qtbot.keyClick(tab.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.customer.current_id() == target.id
    assert dialog.topic.text()  # prefilled with why the customer is on the list
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert target.id not in {e.customer.id for e in tab.worklist.entries}
    assert target.id not in shown_ids(tab)


def test_account_manager_sees_his_book_sorted_by_revenue_at_risk(qtbot, ctx, zhangwei):
    page = open_page(qtbot, ctx)
    tab = page.worklist
    assert tab.manager.isHidden() and tab.table.isColumnHidden(1)
    amounts = [tab.model.row_at(r).revenue_at_risk_fen for r in range(tab.model.rowCount())]
    assert amounts == sorted(amounts, reverse=True) and amounts  # as drawn, not only as read
    first = tab.model.row_at(0)
    tip = tab.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    for signal in first.assessment.fired:
        assert tab.texts.signal_name(signal.code) in tip
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert tab.model.rowCount() == len(amounts)


def test_regional_manager_narrows_to_one_manager_and_one_signal(qtbot, manager_ctx, zhangwei):
    page = open_page(qtbot, manager_ctx)
    tab = page.worklist
    assert not tab.manager.isHidden() and not tab.table.isColumnHidden(1)
    managers = {e.customer.manager_id for e in tab.worklist.entries}
    assert len(managers) > 1 and zhangwei.id in managers
    tab.manager.setCurrentIndex(tab.manager.findData(zhangwei.id))
    assert {tab.model.row_at(r).customer.manager_id for r in range(tab.model.rowCount())} == {
        zhangwei.id
    }
    tab.signal_filter.setCurrentIndex(tab.signal_filter.findData(SignalCode.LINES_LOST.value))
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    assert rows and all(SignalCode.LINES_LOST in e.codes for e in rows)
    type_text(qtbot, tab.search, "没有这样的客户")
    assert tab.model.rowCount() == 0 and tab.body.currentWidget() is tab.empty


def test_enter_opens_the_customer(qtbot, ctx):
    page = open_page(qtbot, ctx)
    tab = page.worklist
    tab.table.selectRow(0)
    tab.table.setFocus()
    with qtbot.waitSignal(ctx.open_customer, timeout=2000) as blocker:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert blocker.args == [tab.model.row_at(0).customer.id]


def test_a_fresh_cache_says_it_is_not_analysed_yet_then_an_empty_book_says_so(qtbot, qapp, store):
    """Before the first sync's analysis the list is not "nothing at risk": it says so."""
    from uihelpers import make_context

    context = make_context(store)
    page = open_page(qtbot, context)
    tab = page.worklist
    assert tab.worklist.entries == () and tab.body.currentWidget() is tab.empty
    assert tab.empty.text() == tab.texts.not_computed()
    assert not tab.log_button.isEnabled()

    store.analytics.refresh(None)  # as the sync lane does after a sync
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        context.notify({"analysis"})
    assert tab.empty.text() == tab.tr("No customers at risk since the last sync.")
    context.tasks.wait()


def test_add_to_todos_names_the_signals_once_while_open(qtbot, write_ctx, zhangwei):
    page = open_page(qtbot, write_ctx)
    tab = page.worklist
    falling = [e for e in tab.worklist.entries if SignalCode.REVENUE_FALLING in e.codes]
    target = (falling or tab.worklist.entries)[0]
    tab.table.selectRow(shown_ids(tab).index(target.customer.id))
    tab.table.setFocus()
    with qtbot.waitSignal(write_ctx.changed, timeout=20000):
        qtbot.keyClick(tab.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    with write_ctx.store.session() as session:
        made = session.scalars(
            select(Todo).where(
                Todo.customer_id == target.customer.id, Todo.source_entity == "signal"
            )
        ).all()
    assert len(made) == 1 and made[0].owner_id == zhangwei.id and made[0].kind == "task"
    todo = made[0]
    for signal in target.assessment.fired:
        assert tab.texts.signal_name(signal.code) in todo.title
        assert tab.texts.signal_name(signal.code) in todo.notes
    if falling:  # the revenue's fall with its figure, as the detail shows it
        assert "%" in todo.title
    assert todo.source_id == wire_signal(target.assessment.fired[0].code)
    due = todo.due_at.astimezone(SHANGHAI).date() - dt.datetime.now(SHANGHAI).date()
    assert due == dt.timedelta(days=3) and tab.todo_note.text()
    # A second click opens the 待办 page on the customer, and makes nothing more.
    with qtbot.waitSignal(write_ctx.navigate, timeout=20000) as opened:
        qtbot.mouseClick(tab.todo_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["todos", {"customer_id": target.customer.id}]
    with write_ctx.store.session() as session:
        assert len(session.scalars(select(Todo).where(Todo.source_entity == "signal")).all()) == 1


def test_a_recorded_competitor_line_reads_in_words_not_codes(qapp):
    """The competitor signal fired by a recorded 异网 line names the carrier and the source in the
    user's words (it showed “china_telecom” and “competitor_line”)."""
    import datetime as dt

    from bigcust_desktop.domain.analytics.figures import Figure, Signal, Unit
    from bigcust_desktop.ui.analytics.texts import AnalyticsText

    figures = (
        Figure("term", "china_telecom", Unit.TEXT),
        Figure("at", dt.date(2026, 8, 13), Unit.DATE),
        Figure("channel", "competitor_line", Unit.TEXT),
        Figure("owner_id", "U-0002", Unit.TEXT),
        Figure("mentions", 1, Unit.COUNT),
    )
    signal = Signal(SignalCode.COMPETITOR_OFFER, True, figures, 100)
    text = AnalyticsText().signal_detail(signal, {"U-0002": "张伟"})
    assert "china_telecom" not in text and "competitor_line" not in text
    assert "China Telecom" in text and "张伟" in text
