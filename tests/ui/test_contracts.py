"""The contracts page and form offline on a real store: a contract with its circuits' service
levels saved and queued, bad input shown by its field, its renewal to-do made once; the 360's
合同 tab lists the customer's contracts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from uihelpers import type_text

from bigcust_desktop.store.models import Contract, OutboxEntry, Todo
from bigcust_desktop.store.services import StoreServices
from bigcust_desktop.ui.contracts.dialog import ContractDialog
from bigcust_desktop.ui.contracts.page import ContractsPage
from bigcust_desktop.ui.contracts.tab import ContractsTab
from bigcust_desktop.ui.qt import QApplication, QLabel, Qt
from bigcust_desktop.ui.todos.generate import make_generated_todos

GROUP = "CUS-000004"
NUMBER = "HZ-ZQ-2026-0158"
WAIT = 10_000


def open_page(qtbot, ctx) -> ContractsPage:
    page = ContractsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    return page


def _new_dialog(qtbot, page: ContractsPage) -> ContractDialog:
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=2000)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert isinstance(dialog, ContractDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def _count(store, model) -> int:
    with store.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar())


def test_bad_input_is_shown_by_its_field_and_nothing_is_saved(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx)
    before = _count(write_ctx.store, Contract)
    dialog = _new_dialog(qtbot, page)
    dialog.customer.set_customer_id(GROUP)
    type_text(qtbot, dialog.title_edit, "园区5G专网服务合同")
    dialog.starts_on.set_value(dt.date(2026, 6, 1))
    dialog.ends_on.set_value(dt.date(2026, 5, 1))
    type_text(qtbot, dialog.amount, "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = dialog.errors.shown
    assert "amount" in shown
    assert dialog.findChild(QLabel, "numberError").isVisible()
    dialog.amount.clear()
    type_text(qtbot, dialog.amount, "36万")
    type_text(qtbot, dialog.number, NUMBER)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.shown.get("ends_on")  # the term ends before it starts
    assert dialog.findChild(QLabel, "starts_onError").isVisible()  # shown under the term
    assert dialog.isVisible() and _count(write_ctx.store, Contract) == before


def test_a_contract_with_circuits_is_saved_offline_and_gets_its_renewal_to_do(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx)
    dialog = _new_dialog(qtbot, page)
    dialog.customer.set_customer_id(GROUP)
    type_text(qtbot, dialog.number, NUMBER)
    type_text(qtbot, dialog.title_edit, "园区5G专网服务合同")
    today = dt.date.today()
    dialog.starts_on.set_value(today - dt.timedelta(days=700))
    dialog.ends_on.set_value(today + dt.timedelta(days=45))
    type_text(qtbot, dialog.amount, "36万")
    assert dialog.circuits.choices  # the group's lines and its branches'
    qtbot.mouseClick(dialog.circuits.add_button, Qt.MouseButton.LeftButton)
    line, level, hours, _availability = dialog.circuits.rows[0][:4]
    level.set_code("silver")
    assert hours.value() == 4  # the silver level's usual hours to restore
    circuit_id = line.currentData()
    qtbot.mouseClick(dialog.products.add_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with write_ctx.store.session() as session:
        saved = session.scalars(select(Contract).where(Contract.number == NUMBER)).one()
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == saved.id)).one()
        circuits = [(c.subscriber_id, c.sla_level, c.restore_hours) for c in saved.circuits]
        amount, contract_id = saved.amount, saved.id
    assert circuits == [(circuit_id, "silver", 4)]
    assert str(amount) == "360000.00" and (entry.kind, entry.state) == ("create", "pending")
    assert contract_id in [page.model.id_at(r) for r in range(page.model.rowCount())]

    # Its renewal to-do is made once, however often the window asks (at start, every sync).
    todos = _count(write_ctx.store, Todo)
    for _ in range(2):
        with qtbot.waitSignal(write_ctx.changed, timeout=WAIT):
            make_generated_todos(write_ctx)
    with write_ctx.store.session() as session:
        made = session.scalars(
            select(Todo).where(Todo.source_entity == "contract", Todo.source_id == contract_id)
        ).all()
        assert len(made) == 1 and made[0].kind == "renewal" and NUMBER in made[0].title
    assert _count(write_ctx.store, Todo) >= todos + 1

    # The customer's 360 tab lists it; opening it shows its circuits again.
    tab = ContractsTab(write_ctx)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.set_customer(GROUP)
    at = [r.id for r in tab.model.rows()].index(contract_id)
    opened = tab.open_contract(at)
    assert opened is not None and opened.number.text() == NUMBER
    assert opened.circuits.items()[0]["sla_level"] == "silver"
    opened.close()


@pytest.mark.skipif(
    not hasattr(StoreServices, "attachments"),
    reason="the attachment files' service (store.attachments, branch attachments-sync) is not "
    "in this tree yet",
)
def test_a_pdf_scan_is_attached_to_a_saved_contract_and_listed(qtbot, write_ctx, tmp_path):
    from decimal import Decimal

    from bigcust_desktop.domain.drafts.contracts import new_contract

    today = dt.date.today()
    fields = new_contract(
        customer_id=GROUP, owner_id=write_ctx.user.id, number="HZ-ZQ-2026-0777",
        title="专线服务合同", kind="service", starts_on=today,
        ends_on=today + dt.timedelta(days=730),
        amount=Decimal("120000.00"), now=dt.datetime.now(dt.UTC),
    )  # fmt: skip
    contract = write_ctx.store.contracts.create(fields)
    write_ctx.store.meta.remember_user(write_ctx.user)  # the attachment's uploader
    dialog = ContractDialog(write_ctx, contract=contract)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.attachments.add_button.isVisible() and dialog.attachments.add_button.isEnabled()
    scan = tmp_path / "合同扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    with qtbot.waitSignal(dialog.attachments.changed, timeout=WAIT):
        dialog.attachments.attach(str(scan))
    assert [r.file_name for r in dialog.attachments.model.rows()] == ["合同扫描件.pdf"]
