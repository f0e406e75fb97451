"""The planning flows offline, then synced with the real simulator over loopback: plan a visit,
get its reminder, log the visit; add a contract and see its renewal to-do; record a competitor
line and a contact's role. Every record reaches the city CRM once, as it was made."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sync.laptop import Laptop
from uihelpers import make_context, type_text

from bigcust_desktop.store.models import OutboxEntry, Todo
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.contracts.dialog import ContractDialog
from bigcust_desktop.ui.customer360.competitors import CompetitorsTab
from bigcust_desktop.ui.customer360.decision_chain import DecisionChainTab
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.todos.generate import make_generated_todos
from bigcust_desktop.ui.todos.page import TodosPage
from bigcust_desktop.ui.todos.reminders import Reminders
from bigcust_sim.launcher import SimulatorProcess

WAIT = 20_000


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    data = tmp_path_factory.mktemp("ui-planning") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


@pytest.fixture
def laptop(server, tmp_path: Path) -> Iterator[Laptop]:
    machine = Laptop(tmp_path / "laptop", server.base_url, "zhangwei")
    machine.login()
    machine.sync()
    yield machine
    machine.close()


def _server_record(server, entity: str, record_id: str) -> dict:
    body = server.admin("GET", f"/records/{entity}/{record_id}")
    return body.get("record", body)


def _pending(store) -> int:
    with store.begin() as conn:
        return int(conn.execute(select(func.count()).select_from(OutboxEntry)).scalar())


def test_plan_remind_log_contract_competitor_offline_then_synced(qtbot, laptop, server):
    user = laptop.store.meta.user()
    ctx = make_context(laptop.store, user)
    customer = next(cid for cid, _ in laptop.store.customers.choices(Book.of(user)))
    try:
        # -- plan a visit, get its reminder, log it (offline: no sync until the end) --------
        page = TodosPage(ctx)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=WAIT):
            page.show()
        dialog = page.new_todo()
        dialog.customer.set_customer_id(customer)
        type_text(qtbot, dialog.title_edit, "拜访信息中心，汇报专线扩容方案")
        when = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=3)).replace(second=0, microsecond=0)
        dialog.when.set_instant(when)
        with qtbot.waitSignal(page.loaded, timeout=WAIT):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        with laptop.store.session() as session:
            planned = session.scalars(
                select(Todo.id).where(Todo.title == "拜访信息中心，汇报专线扩容方案")
            ).one()
        reminders = Reminders(ctx, page, now=lambda: when - dt.timedelta(minutes=25))
        with qtbot.waitSignal(reminders.reminded, timeout=WAIT) as shown:
            reminders.check()
        assert planned in [r.id for r in shown.args[0]]
        reminders.notice.close()
        log = page.log_visit(planned)
        log.occurred_at.set_instant(dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
        with qtbot.waitSignal(page.loaded, timeout=WAIT):
            qtbot.mouseClick(log.save_button, Qt.MouseButton.LeftButton)
        activity_id = laptop.store.todos.get(planned)["closed_by_activity_id"]
        assert activity_id

        # -- a contract ending soon, and its renewal to-do ----------------------------------
        contract_dialog = ContractDialog(ctx, customer_id=customer)
        qtbot.addWidget(contract_dialog)
        contract_dialog.show()
        type_text(qtbot, contract_dialog.number, "HZ-ZQ-2026-0901")
        type_text(qtbot, contract_dialog.title_edit, "园区专线服务合同")
        contract_dialog.starts_on.set_value(dt.date.today() - dt.timedelta(days=700))
        contract_dialog.ends_on.set_value(dt.date.today() + dt.timedelta(days=40))
        type_text(qtbot, contract_dialog.amount, "48万")
        if contract_dialog.circuits.choices:
            contract_dialog.circuits.add_row()
        with qtbot.waitSignal(contract_dialog.saved, timeout=WAIT) as saved:
            qtbot.mouseClick(contract_dialog.save_button, Qt.MouseButton.LeftButton)
        contract_id = saved.args[0]
        with qtbot.waitSignal(ctx.changed, timeout=WAIT):
            make_generated_todos(ctx)
        with laptop.store.session() as session:
            renewal = session.scalars(select(Todo).where(Todo.source_id == contract_id)).one()
            renewal_id = renewal.id

        # -- a competitor line and a contact's role -----------------------------------------
        competitors = CompetitorsTab(ctx)
        qtbot.addWidget(competitors)
        competitors.show()
        with qtbot.waitSignal(competitors.loaded, timeout=WAIT):
            competitors.set_customer(customer)
        line_dialog = competitors.new_line()
        line_dialog.carrier.set_code("china_unicom")
        line_dialog.service.set_code("broadband")
        type_text(qtbot, line_dialog.spend, "3800")
        with qtbot.waitSignal(competitors.loaded, timeout=WAIT):
            qtbot.mouseClick(line_dialog.save_button, Qt.MouseButton.LeftButton)
        line_id = next(r.id for r in competitors.model.rows() if r.sync_state == "pending")
        chain = DecisionChainTab(ctx)
        qtbot.addWidget(chain)
        chain.show()
        with qtbot.waitSignal(chain.loaded, timeout=WAIT):
            chain.set_customer(customer, user.id)
        person = chain.entries[0]
        role_dialog = chain.edit_role(person.contact_id)
        role_dialog.role.set_code("decision_maker")
        role_dialog.attitude.set_code("supportive")
        with qtbot.waitSignal(chain.loaded, timeout=WAIT):
            qtbot.mouseClick(role_dialog.save_button, Qt.MouseButton.LeftButton)
        assert _pending(laptop.store) >= 6
    finally:
        ctx.tasks.wait()

    # -- then synced: each record reaches the city CRM once, as made -----------------------
    laptop.sync()
    left = [e for e in laptop.outbox() if e["state"] != "applied"]
    assert left == [], [(e["entity"], e["state"], e["last_error"], e["fields"]) for e in left]
    todo = _server_record(server, "todo", planned)
    assert todo["status"] == "done" and todo["closed_by_activity_id"] == activity_id
    assert todo["checked_in_at"] is not None
    assert _server_record(server, "activity", activity_id)["channel"] == "visit"
    contract = _server_record(server, "contract", contract_id)
    assert contract["number"] == "HZ-ZQ-2026-0901" and contract["amount"] == "480000.00"
    renewal_record = _server_record(server, "todo", renewal_id)
    assert renewal_record["kind"] == "renewal" and renewal_record["source_id"] == contract_id
    line = _server_record(server, "competitor_line", line_id)
    assert (line["carrier"], line["monthly_spend"]) == ("china_unicom", "3800.00")
    with laptop.store.session() as session:
        versions = session.execute(select(Todo.version).where(Todo.id == planned)).scalar()
    assert versions >= 1
    # The next sync makes no second renewal to-do.
    laptop.sync()
    with laptop.store.session() as session:
        count = session.scalar(
            select(func.count()).select_from(Todo).where(Todo.source_id == contract_id)
        )
    assert count == 1
