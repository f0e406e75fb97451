"""The customer 360 view on a real store: profile, group, lazy lines tree, actions, and the
change-request dialog (inline errors, nothing saved when invalid, saved and queued when valid)."""

from __future__ import annotations

from sqlalchemy import func, select
from uihelpers import type_text

from bigcust_desktop.store.models import ChangeRequest, Contact, OutboxEntry, Subscriber
from bigcust_desktop.ui.customer360.change_request_dialog import ChangeRequestDialog
from bigcust_desktop.ui.customer360.lines_model import PAGE
from bigcust_desktop.ui.customer360.page import Customer360Page
from bigcust_desktop.ui.qt import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton, Qt

GROUP = "CUS-000004"  # zhangwei's group customer with three branches
BRANCH = "CUS-000005"
BIG = "CUS-000659"  # 600 lines, 294 of them on its first account


def open_customer(qtbot, ctx, customer_id: str) -> Customer360Page:
    page = Customer360Page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        ctx.open_customer.emit(customer_id)
    return page


def test_profile_group_and_facts(qtbot, ctx):
    page = open_customer(qtbot, ctx, GROUP)
    record = page.data.profile.record
    assert page.title.text() == record["name"]
    assert page.profile.values["uscc"].text() == record["uscc"]
    assert page.profile.values["manager_id"].text() == "张伟"
    assert "Provincial CRM" in page.profile.values["address"].toolTip()
    assert "change request" in page.profile.values["address"].toolTip()
    assert "cannot be corrected" in page.profile.values["value_tier"].toolTip()
    assert "read-only" in page.findChild(QLabel, "profileOwner").text()
    # The group: the parent on top, its three branches under it, this customer in bold.
    model = page.group_model
    top = model.item(0)
    assert top.text() == record["name"] and top.rowCount() == 3
    assert top.font().bold()
    assert "Arrears" in page.facts.text()


def test_branch_opens_from_the_group_tree_with_the_keyboard(qtbot, ctx):
    page = open_customer(qtbot, ctx, GROUP)
    page.tabs.setCurrentIndex(2)
    top = page.group_model.item(0).text()
    branch = page.group_model.item(0).child(0)
    branch_id = branch.data(Qt.ItemDataRole.UserRole)
    page.group.setFocus()
    page.group.setCurrentIndex(branch.index())
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.group, Qt.Key.Key_Return)
    assert page.customer_id == branch_id != GROUP
    assert page.data.profile.parent_name == top
    assert page.tabs.currentIndex() == 0  # another customer opens on his overview


def test_lines_tree_loads_an_account_lazily_in_pages(qtbot, ctx, small_store):
    page = open_customer(qtbot, ctx, BIG)
    model = page.lines_model
    customer = model.index(0, 0)
    first = model.index(0, 0, customer)
    total = page.data.accounts[0].subscribers
    assert total > PAGE
    assert model.rowCount(first) == 0 and model.hasChildren(first)
    # Nothing of an account is read before it is expanded; then a page at a time.
    assert model.canFetchMore(first)
    model.fetchMore(first)
    assert model.rowCount(first) == PAGE and model.canFetchMore(first)
    model.fetchMore(first)
    assert model.rowCount(first) == total
    assert not model.canFetchMore(first)
    second = model.index(1, 0, customer)
    assert model.rowCount(second) == 0
    page.tabs.setCurrentIndex(1)
    page.lines.expand(second)
    qtbot.waitUntil(lambda: model.rowCount(second) > 0, timeout=5000)
    assert model.rowCount(second) == page.data.accounts[1].subscribers
    numbers = [model.index(r, 0, first).data() for r in range(model.rowCount(first))]
    assert numbers == sorted(numbers)
    with small_store.begin() as conn:
        lines = conn.execute(select(func.count()).where(Subscriber.customer_id == BIG)).scalar()
    assert page.data.lines == lines
    # A line with an add-on service shows it one level down.
    with_service = next(
        r for r in range(model.rowCount(first)) if model.hasChildren(model.index(r, 0, first))
    )
    line = model.index(with_service, 0, first)
    page.lines.expand(first)
    page.lines.expand(line)
    qtbot.waitUntil(lambda: model.rowCount(line) > 0, timeout=5000)
    assert model.node_kind(model.index(0, 0, line)) == "service"


def test_actions_ask_for_the_other_pages_dialogs(qtbot, ctx):
    page = open_customer(qtbot, ctx, GROUP)
    page.tabs.setFocus()
    with qtbot.waitSignal(page.new_opportunity_requested, timeout=2000) as blocker:
        qtbot.keyClick(page.tabs, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [GROUP]
    for button, signal in (
        (page.new_quote_button, page.new_quote_requested),
        (page.report_fault_button, page.report_fault_requested),
    ):
        with qtbot.waitSignal(signal, timeout=2000) as blocker:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert blocker.args == [GROUP]
    # Enter on an open opportunity asks for its editor.
    page.tabs.setCurrentIndex(3)
    view = page.business_tab.views[0]
    first = page.opportunities_model.row_at(0)
    view.setFocus()
    view.setCurrentIndex(page.opportunities_model.index(0, 0))
    with qtbot.waitSignal(page.open_opportunity_requested, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [first["id"]]


def test_unknown_customer_says_so(qtbot, ctx):
    page = open_customer(qtbot, ctx, "CUS-999999")
    assert page.stack.currentWidget() is page.empty
    assert "not in your cache" in page.empty.text()


def _counts(store) -> tuple[int, int]:
    with store.begin() as conn:
        requests = conn.execute(select(func.count()).select_from(ChangeRequest)).scalar()
        outbox = conn.execute(select(func.count()).select_from(OutboxEntry)).scalar()
    return requests, outbox


def test_change_request_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, write_ctx):
    page = open_customer(qtbot, write_ctx, GROUP)
    qtbot.mouseClick(page.change_request_button, Qt.MouseButton.LeftButton)
    dialog: ChangeRequestDialog = page.change_dialog
    qtbot.waitExposed(dialog)
    before = _counts(write_ctx.store)
    contact = page.data.contacts[0]
    dialog.select_target(contact["id"])
    form = dialog.current_form()
    qtbot.keyClicks(form.findChild(QLineEdit, "mobileEdit"), "1358")
    type_text(qtbot, form.findChild(QLineEdit, "nameEdit"), contact["name"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    mobile_error = form.findChild(QLabel, "changes.mobileError")
    name_error = form.findChild(QLabel, "changes.nameError")
    reason_error = dialog.findChild(QLabel, "reasonError")
    assert mobile_error.isVisible() and "11 digits" in mobile_error.text()
    assert name_error.isVisible() and "same as the current" in name_error.text()
    assert reason_error.isVisible() and "required" in reason_error.text()
    assert dialog.isVisible()
    assert _counts(write_ctx.store) == before

    # Nothing proposed at all: the form says so in its general message.
    for edit in (form.findChild(QLineEdit, "mobileEdit"), form.findChild(QLineEdit, "nameEdit")):
        edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "at least one change" in dialog.errors.general.text()
    assert not mobile_error.isVisible()
    assert _counts(write_ctx.store) == before
    dialog.reject()


def test_change_request_is_saved_and_queued_for_the_province(qtbot, write_ctx, zhangwei):
    page = open_customer(qtbot, write_ctx, GROUP)
    page.propose_correction()
    dialog: ChangeRequestDialog = page.change_dialog
    contact = page.data.contacts[0]
    dialog.select_target(contact["id"])
    form = dialog.current_form()
    qtbot.keyClicks(form.findChild(QLineEdit, "mobileEdit"), "139 0571 2345")
    type_text(qtbot, dialog.findChild(QPlainTextEdit, "reasonEdit"), "客户更换了手机号")
    dialog.activateWindow()  # the offscreen platform has no window manager to do it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    with qtbot.waitSignal(write_ctx.changed, timeout=10000) as changed:
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [{"change_request"}]
    assert not dialog.isVisible()
    with write_ctx.store.session() as session:
        row = session.scalars(
            select(ChangeRequest).where(ChangeRequest.target_id == contact["id"])
        ).one()
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == row.id)).one()
        cached = session.scalar(select(Contact.mobile).where(Contact.id == contact["id"]))
    assert row.changes == {"mobile": "13905712345"}
    assert row.status == "pending" and row.requested_by == zhangwei.id
    assert row.sync_state == "pending"
    assert entry.system == "crm" and entry.kind == "create"
    assert cached == contact["mobile"]  # central data itself is untouched
    qtbot.waitUntil(lambda: page.requests_model.rowCount() == 1, timeout=10000)


def test_log_contact_opens_the_dialog_for_this_customer(qtbot, ctx):
    page = open_customer(qtbot, ctx, GROUP)
    page.contacts.table.setFocus()
    qtbot.keyClick(page.contacts.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = page.log_dialog
    qtbot.waitExposed(dialog)
    assert dialog.customer.current_id() == GROUP
    assert not dialog.customer.isEnabled()
    assert dialog.contact.count() == len(page.data.contacts) + 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.findChild(QPushButton, "proposeCorrectionButton") is page.change_request_button
