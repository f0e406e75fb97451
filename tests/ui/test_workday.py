"""An account manager's workday through the real window against the real simulator (issue #5):
sign in, sync, find a customer by a Chinese fragment, work offline on an opportunity and a quote
below the floor, sync them exactly once, settle a conflict with the operations side, and the
regional manager approves the quote on her own laptop."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select
from storecopy import open_empty
from uihelpers import add_quote_line, type_text

from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.models import Customer, Opportunity, OutboxEntry, Quote
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.config import RetryPolicy, load_endpoints, save_endpoints
from bigcust_desktop.ui.main_window import MainWindow
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.qt import QApplication, QLabel, QMessageBox, QPushButton, QRadioButton, Qt
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.signin import SignInDialog
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_sim.launcher import SimulatorProcess

ZHANGWEI, WANGFANG = "U-0002", "U-0001"
PASSWORD = "demo1234"
WAIT = 20_000  # ms; a ceiling for background work, never a pause
# Offline must be noticed in a moment, not after the production back-off (seconds per system).
QUICK_RETRY = RetryPolicy(attempts=2, base_delay=0.05, max_delay=0.1)


class Server:
    """The simulator of this module; it can go away and come back on the same port."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.sim = SimulatorProcess(data).start()
        self.port = urlsplit(self.sim.base_url).port

    def stop(self) -> None:
        self.sim.stop()

    def restart(self) -> None:
        # argparse keeps the last --port: the laptop's saved address stays right.
        self.sim = SimulatorProcess(self.data, extra_args=["--port", str(self.port)]).start()

    def record(self, entity: str, record_id: str) -> dict[str, Any]:
        body = self.sim.admin("GET", f"/records/{entity}/{record_id}")
        return body.get("record", body)


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    data = tmp_path_factory.mktemp("ui-workday") / "data"
    shutil.copytree(sim_template, data)
    server = Server(data)
    yield server
    server.stop()


class Laptop:
    """One user's profile on this machine: the sign-in dialog, then the main window."""

    def __init__(self, root: Path) -> None:
        self.profile = Profile.resolve(root / "profile")
        self.tasks = TaskManager()
        self.store = open_empty(self.profile)  # a first open: a copy of a migrated store
        self.window: MainWindow | None = None

    def _open(self) -> Store:
        store = open_store(self.profile, load_or_create_key(self.profile).secret)
        store.migrate()
        return store

    def sign_in(self, qtbot, base_url: str, username: str) -> MainWindow:
        dialog = SignInDialog(
            self.profile, self.store, endpoints=None, can_work_offline=False,
            reopen=self._open, tasks=self.tasks,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog.endpoints_form.server, base_url)
        type_text(qtbot, dialog.username, username)
        type_text(qtbot, dialog.password, PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT):
            qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        self.store = dialog.store
        endpoints = load_endpoints(self.profile.settings_path)
        save_endpoints(self.profile.settings_path, endpoints.with_retry(QUICK_RETRY))
        window = self.window = MainWindow(self.profile, self.store, dialog.user, tasks=self.tasks)
        qtbot.addWidget(window)
        window.show()
        return window

    def activate(self, qtbot) -> MainWindow:
        """Bring the window to the front: its shortcuts reach the active window only."""
        window = self.window
        assert window is not None
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        return window

    def press(self, qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        window = self.activate(qtbot)
        qtbot.keyClick(window, key, modifier)

    def sync(self, qtbot) -> Any:
        """F5, and wait for the sync to finish."""
        assert self.window is not None
        with qtbot.waitSignal(self.window.synced, timeout=WAIT) as done:
            self.press(qtbot, Qt.Key.Key_F5)
        return done.args[0]

    def read(self, work: Callable[[Any], Any]) -> Any:
        with self.store.begin() as conn:
            return work(conn)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()  # waits for its tasks, ends the sync session
        self.tasks.wait()
        self.store.close()


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[Callable[[str], Laptop]]:
    made: list[Laptop] = []

    def make(name: str) -> Laptop:
        made.append(Laptop(tmp_path / name))
        return made[-1]

    yield make
    for laptop in made:
        laptop.close()


def visible(kind: type) -> Any:
    """The one visible top-level dialog of a kind, or None."""
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return shown[0] if len(shown) == 1 else None


def no_message_box() -> bool:
    return visible(QMessageBox) is None and QApplication.activeModalWidget() is None


def unique_fragment(names: list[str]) -> tuple[str, str]:
    """A customer name and two characters from its middle that no other name contains."""
    for name in names:
        for at in range(2, len(name) - 1):
            fragment = name[at : at + 2]
            if not fragment.isascii() and sum(fragment in n for n in names) == 1:
                return name, fragment
    raise AssertionError("no customer name has a fragment of its own")


def counts(laptop: Laptop) -> tuple[int, ...]:
    """Opportunities, quotes and outbox entries on the laptop."""
    return laptop.read(
        lambda conn: tuple(
            conn.execute(select(func.count()).select_from(table)).scalar()
            for table in (Opportunity, Quote, OutboxEntry)
        )
    )


def status_bar(window: MainWindow) -> str:
    """The status bar's figures as read on screen (its counters are links to the sync panel)."""
    labels = (window.online_label, window.pending_label, window.status.rejected_label,
              window.conflicts_label)  # fmt: skip
    return " | ".join(re.sub(r"<[^>]+>", "", label.text()) for label in labels)


# -- the steps of the day ----------------------------------------------------------------------


def sign_in_and_sync(qtbot, laptop: Laptop, server: Server, username: str) -> MainWindow:
    window = laptop.sign_in(qtbot, server.sim.base_url, username)
    assert "Not synced yet" in window.online_label.text()
    report = laptop.sync(qtbot)
    assert "customer" in report.changed_entities
    assert "Online" in window.online_label.text()
    return window


def open_customer_by_fragment(qtbot, laptop: Laptop) -> str:
    window = laptop.window
    names = laptop.read(
        lambda conn: [n for (n,) in conn.execute(select(Customer.name).order_by(Customer.id))]
    )
    name, fragment = unique_fragment(names)
    laptop.press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find customer
    search = window.customers.search
    assert search.hasFocus()
    type_text(qtbot, search, fragment)
    model = window.customers.model
    qtbot.waitUntil(lambda: model.total() == 1, timeout=WAIT)
    assert model.data(model.index(0, 0)) == name
    with qtbot.waitSignal(window.customer360.loaded, timeout=WAIT) as loaded:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.customer360
    assert window.customer360.title.text() == name
    return loaded.args[0]


def go_offline(qtbot, laptop: Laptop, server: Server) -> None:
    server.stop()
    window = laptop.activate(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "Offline" in window.online_label.text(), timeout=WAIT)
    qtbot.waitUntil(window.sync_action.isEnabled, timeout=WAIT)
    assert no_message_box()  # offline is a state shown in the status bar, not an error dialog
    assert "Offline" in window.statusBar().currentMessage()
    assert window.online_label.isVisible()  # the message does not hide the state


def create_opportunity_offline(qtbot, laptop: Laptop, customer_id: str) -> str:
    window = laptop.window
    page = window.customer360
    qtbot.mouseClick(page.new_opportunity_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(OpportunityDialog) is not None, timeout=WAIT)
    dialog: OpportunityDialog = visible(OpportunityDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    # Bad input first: no title, an amount that is not one. Named inline, nothing stored.
    before = counts(laptop)
    type_text(qtbot, dialog.amount_edit, "十二万")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert {"title", "amount"} <= set(dialog.errors.shown)
    assert dialog.findChild(QLabel, "titleError").isVisible()
    assert dialog.findChild(QLabel, "amountError").isVisible()
    assert dialog.isVisible() and counts(laptop) == before
    # Then as meant.
    type_text(qtbot, dialog.title_edit, "分支机构SD-WAN组网")
    dialog.amount_edit.selectAll()
    type_text(qtbot, dialog.amount_edit, "180,000")
    dialog.category_combo.set_code("leased_line")
    type_text(qtbot, dialog.notes_edit, "拜访时客户提出需求")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    opportunity_id = saved.args[0]
    record = laptop.read(lambda conn: read_wire(conn, "opportunity", opportunity_id))
    assert record["customer_id"] == customer_id and record["owner_id"] == ZHANGWEI
    assert record["amount"] == "180000.00" and record["notes"] == "拜访时客户提出需求"
    return opportunity_id


def submit_quote_offline(qtbot, laptop: Laptop, customer_id: str, opportunity_id: str) -> str:
    window = laptop.window
    page = window.customer360
    qtbot.waitUntil(lambda: page.opportunities_model.rowCount() > 0, timeout=WAIT)
    qtbot.mouseClick(page.new_quote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(QuoteEditor) is not None, timeout=WAIT)
    editor: QuoteEditor = visible(QuoteEditor)
    qtbot.waitUntil(editor.isActiveWindow, timeout=WAIT)
    type_text(qtbot, editor.title_edit, "集团手机升级报价")
    editor.opportunity_combo.set_current_id(opportunity_id)
    add_quote_line(qtbot, editor, "128元", "20", "25")  # ¥96.00 a month: below the ¥102.40 floor
    assert editor.totals.approval_notice.isVisible()
    type_text(
        qtbot, editor.header.reason_edit, "客户对标异网报价"
    )  # 申请理由: required below the floor
    with qtbot.waitSignal(editor.saved, timeout=WAIT) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    quote_id = saved.args[0]
    record = laptop.read(lambda conn: read_wire(conn, "quote", quote_id))
    assert record["status"] == "pending_approval" and record["total"] == "23040.00"
    assert record["customer_id"] == customer_id and record["opportunity_id"] == opportunity_id
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible(QuoteEditor) is None, timeout=WAIT)
    return quote_id


def pending_ops(laptop: Laptop) -> dict[str, str]:
    """record id -> op_id of the changes waiting to be sent."""
    rows = laptop.read(
        lambda conn: conn.execute(
            select(OutboxEntry.record_id, OutboxEntry.op_id).where(OutboxEntry.state == "pending")
        ).all()
    )
    return dict(rows)


def edit_notes_while_the_city_does(
    qtbot, laptop: Laptop, server: Server, opportunity_id: str
) -> None:
    window = laptop.window
    page = window.customer360
    page.tabs.setCurrentWidget(page.business_tab)
    view = page.business_tab.views[0]
    rows = [
        page.opportunities_model.row_at(r)["id"] for r in range(page.opportunities_model.rowCount())
    ]
    view.setFocus()
    view.selectRow(rows.index(opportunity_id))
    qtbot.keyClick(view, Qt.Key.Key_Return)  # opens the opportunity
    qtbot.waitUntil(lambda: visible(OpportunityDialog) is not None, timeout=WAIT)
    dialog: OpportunityDialog = visible(OpportunityDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    # Meanwhile the city side writes its own notes on the same opportunity.
    server.sim.admin(
        "PATCH",
        f"/records/opportunity/{opportunity_id}",
        {"fields": {"notes": "城市侧：方案组已介入"}},
    )
    dialog.notes_edit.selectAll()
    type_text(qtbot, dialog.notes_edit, "经理：客户要求月底前报价")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def resolve_with_mine(qtbot, laptop: Laptop) -> None:
    window = laptop.window
    laptop.press(qtbot, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)  # Go > Sync
    panel = window.sync_panel
    assert window.pages.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.conflict_model.rowCount() == 1, timeout=WAIT)  # read when shown
    panel.tabs.setCurrentIndex(2)
    panel.conflict_list.setFocus()
    panel.conflict_list.selectRow(0)
    mine = panel.findChild(QRadioButton, "mine_notes")
    theirs = panel.findChild(QRadioButton, "theirs_notes")
    assert mine.text() == "经理：客户要求月底前报价" and theirs.text() == "城市侧：方案组已介入"
    qtbot.mouseClick(mine, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):  # resolved, then the lists read again
        qtbot.mouseClick(panel.findChild(QPushButton, "resolveConflict"), Qt.MouseButton.LeftButton)
    assert panel.conflict_model.rowCount() == 0


def approve_as_regional_manager(qtbot, laptop: Laptop, quote_id: str) -> None:
    window = laptop.window
    page = window.approvals
    row = window._page_rows["approvals"]
    assert not window.nav.item(row).isHidden()  # a regional manager sees the queue
    rect = window.nav.visualItemRect(window.nav.item(row))
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ids = [r.id for r in page.model.rows()]
    assert quote_id in ids
    page.queue.setFocus()
    page.queue.selectRow(ids.index(quote_id))
    # The chosen quote's lines are read in the background.
    qtbot.waitUntil(lambda: (page.current or {}).get("id") == quote_id, timeout=10000)
    type_text(qtbot, page.note_edit, "同意：战略客户，三年框架内")
    # The queue reloads after the decision, and the decision goes to the server at once (the
    # account manager waits for it), in the background, with no F5 and no timer.
    with qtbot.waitSignals([page.loaded, window.synced], timeout=WAIT):
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert quote_id not in [r.id for r in page.model.rows()]
    qtbot.waitUntil(lambda: not window.sync.running, timeout=WAIT)
    assert window.statusBar().currentMessage().startswith("Sent to the server")
    # The status bar reads its figures in the background after the change notice.
    qtbot.waitUntil(lambda: "Pending changes: 0" in window.pending_label.text(), timeout=WAIT)


def open_quote_from_360(qtbot, laptop: Laptop, quote_id: str) -> QuoteEditor:
    window = laptop.window
    laptop.press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Go > Customers
    page = window.customer360
    with qtbot.waitSignal(page.loaded, timeout=WAIT):  # the customer is still selected
        qtbot.keyClick(window.customers.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is page
    page.tabs.setCurrentWidget(page.business_tab)
    model = page.quotes_model
    rows = [model.row_at(r)["id"] for r in range(model.rowCount())]
    assert model.data(model.index(rows.index(quote_id), 1)) == "Approved"
    view = page.business_tab.views[1]
    view.setFocus()
    view.selectRow(rows.index(quote_id))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible(QuoteEditor) is not None, timeout=WAIT)
    return visible(QuoteEditor)


# -- the day -----------------------------------------------------------------------------------


def test_an_account_managers_workday(no_generated_todos, qtbot, server, laptops):
    # a. Sign in, sync.
    zhangwei = laptops("zhangwei")
    window = sign_in_and_sync(qtbot, zhangwei, server, "zhangwei")

    # b. Find a customer by two Chinese characters of the name; Enter opens the 360 view.
    customer_id = open_customer_by_fragment(qtbot, zhangwei)

    # c. Offline: an opportunity (bad input first) and a quote below the floor, submitted.
    go_offline(qtbot, zhangwei, server)
    opportunity_id = create_opportunity_offline(qtbot, zhangwei, customer_id)
    quote_id = submit_quote_offline(qtbot, zhangwei, customer_id, opportunity_id)
    ops = pending_ops(zhangwei)
    assert set(ops) == {opportunity_id, quote_id}
    qtbot.waitUntil(lambda: "Pending changes: 2" in window.pending_label.text(), timeout=WAIT)

    # d. Back online on the same address: both records reach the server exactly once.
    server.restart()
    report = zhangwei.sync(qtbot)
    assert report.push.applied == 2
    opportunity = server.record("opportunity", opportunity_id)
    assert opportunity["title"] == "分支机构SD-WAN组网" and opportunity["owner_id"] == ZHANGWEI
    quote = server.record("quote", quote_id)
    assert quote["status"] == "pending_approval" and quote["opportunity_id"] == opportunity_id
    for op_id in ops.values():
        assert server.sim.admin("GET", f"/operations/{op_id}")["times_applied"] == 1
    assert "Online" in window.online_label.text()
    # The status bar reads its figures in the background after the change notice.
    qtbot.waitUntil(lambda: "Pending changes: 0" in window.pending_label.text(), timeout=WAIT)

    # e. The city side and the manager change the same notes: a conflict he settles.
    edit_notes_while_the_city_does(qtbot, zhangwei, server, opportunity_id)
    report = zhangwei.sync(qtbot)
    assert report.push.conflicts == 1
    # The status bar reads its figures in the background after the change notice.
    qtbot.waitUntil(lambda: "Conflicts: 1" in window.conflicts_label.text(), timeout=WAIT)
    assert server.record("opportunity", opportunity_id)["notes"] == "城市侧：方案组已介入"
    resolve_with_mine(qtbot, zhangwei)
    zhangwei.sync(qtbot)
    assert server.record("opportunity", opportunity_id)["notes"] == "经理：客户要求月底前报价"
    qtbot.waitUntil(lambda: window.sync_panel.conflict_model.rowCount() == 0, timeout=WAIT)
    qtbot.waitUntil(
        lambda: status_bar(window).endswith("Pending changes: 0 | Refused: 0 | Conflicts: 0"),
        timeout=WAIT,
    )

    # f. The regional manager approves the quote on her own laptop; he sees it at his next sync.
    wangfang = laptops("wangfang")
    sign_in_and_sync(qtbot, wangfang, server, "wangfang")
    approve_as_regional_manager(qtbot, wangfang, quote_id)  # sent at once: no F5
    quote = server.record("quote", quote_id)
    assert quote["status"] == "approved" and quote["approved_by"] == WANGFANG
    assert quote["approval_note"] == "同意：战略客户，三年框架内"
    zhangwei.sync(qtbot)
    mine = zhangwei.read(lambda conn: read_wire(conn, "quote", quote_id))
    assert mine["status"] == "approved" and mine["approved_by"] == WANGFANG
    editor = open_quote_from_360(qtbot, zhangwei, quote_id)
    assert "Approved" in editor.status_label.text() and "王芳" in editor.status_label.text()
    assert editor.sent_button.isVisible()  # next: send it to the customer
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: visible(QuoteEditor) is None, timeout=WAIT)
    assert no_message_box()  # the whole day without an error dialog
