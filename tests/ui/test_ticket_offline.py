"""A fault ticket logged offline is honest about it: the page says it is saved and goes to the
network operations centre when online, the SLA column and the ticket read 未提交 (no countdown)
until the server accepts it, and a critical or major fault shows the NOC hotline from settings."""

from __future__ import annotations

from uihelpers import type_text

from bigcust_desktop.store.settings import write_section
from bigcust_desktop.ui.preferences import DEFAULT_NOC_HOTLINE, Preferences
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.tickets.detail import TicketDetailDialog
from bigcust_desktop.ui.tickets.dialog import FaultTicketDialog
from bigcust_desktop.ui.tickets.page import TicketsPage

CUSTOMER = "CUS-000004"  # one of zhangwei's customers
HOTLINE = "0571-8888 1234"


def test_a_fault_logged_offline_is_not_reported_as_submitted(qtbot, write_ctx):
    settings = write_ctx.profile.settings_path
    write_section(settings, "ui", {"noc_hotline": HOTLINE})
    page = TicketsPage(write_ctx)
    qtbot.addWidget(page)
    page.resize(1300, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    dialog = page.report_fault(customer_id=CUSTOMER)
    assert isinstance(dialog, FaultTicketDialog)
    qtbot.waitUntil(dialog.isActiveWindow)  # window shortcuts reach the active window only
    qtbot.waitUntil(lambda: dialog.subscribers.rowCount() > 0, timeout=10000)
    dialog.subscriber_table.selectRow(0)
    dialog.severity_combo.set_code("minor")
    assert HOTLINE not in dialog.sla_hint.text()
    dialog.severity_combo.set_code("major")
    assert HOTLINE in dialog.sla_hint.text()  # urgent: the hotline, before anything is saved
    type_text(qtbot, dialog.title_edit, "整栋楼宽带中断")
    type_text(qtbot, dialog.description_edit, "园区3号楼所有宽带用户自10:00起无法上网。")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "operations centre when online" in page.message.text()
    assert "reported" not in page.message.text()
    model = page.model
    while model.canFetchMore(page.table.rootIndex()):
        model.fetchMore(page.table.rootIndex())
    row = next(i for i in range(model.rowCount()) if model.row_at(i).title == "整栋楼宽带中断")
    assert model.data(model.index(row, 0)) == "Not submitted"  # no countdown yet
    detail = TicketDetailDialog(write_ctx, model.row_at(row).id)
    qtbot.addWidget(detail)
    sla = detail.facts["sla"].text()
    assert sla.startswith("Not submitted") and HOTLINE in sla
    assert detail.facts["due"].text() == ""


def test_the_hotline_has_a_default_and_a_setting(tmp_path):
    path = tmp_path / "settings.json"
    assert Preferences.load(path).noc_hotline == DEFAULT_NOC_HOTLINE
    write_section(path, "ui", {"noc_hotline": "  "})
    assert Preferences.load(path).noc_hotline == DEFAULT_NOC_HOTLINE
    Preferences(noc_hotline=HOTLINE).save(path)
    assert Preferences.load(path).noc_hotline == HOTLINE
