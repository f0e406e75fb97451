"""Data quality (客户资料准确度) of the book: the findings listed, and one becoming a change
request to the province in one step, saved offline and queued."""

from __future__ import annotations

from sqlalchemy import select
from test_worklist import open_page

from bigcust_desktop.domain.analytics.quality import FindingCode
from bigcust_desktop.store.models import ChangeRequest, OutboxEntry
from bigcust_desktop.ui.qt import Qt


def open_quality(qtbot, ctx):
    page = open_page(qtbot, ctx)
    tab = page.quality
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        page.tabs.setCurrentWidget(tab)
    return page, tab


def test_a_15_digit_id_becomes_a_change_request_in_one_step(qtbot, write_ctx, zhangwei):
    _page, tab = open_quality(qtbot, write_ctx)
    entries = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    codes = {e.finding.code for e in entries}
    assert FindingCode.LEGACY_RESIDENT_ID in codes and FindingCode.MISSING_PHONE in codes
    row = next(r for r, e in enumerate(entries) if e.finding.code is FindingCode.LEGACY_RESIDENT_ID)
    finding = entries[row].finding
    assert str(finding.proposal.value) in tab.model.index(row, 3).data()
    tab.table.selectRow(row)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.current_form().record["id"] == finding.proposal.record_id
    assert dialog.current_form().editors["resident_id"].text() == finding.proposal.value
    assert dialog.reason.toPlainText()
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with write_ctx.store.session() as session:
        saved = session.scalars(
            select(ChangeRequest).where(ChangeRequest.target_id == finding.proposal.record_id)
        ).one()
        queued = session.scalars(select(OutboxEntry).where(OutboxEntry.record_id == saved.id)).one()
    assert saved.changes == {"resident_id": finding.proposal.value}
    assert saved.requested_by == zhangwei.id and queued.system == "crm" and queued.kind == "create"


def test_a_duplicate_registration_says_why_it_cannot_be_proposed(qtbot, ctx):
    _page, tab = open_quality(qtbot, ctx)
    entries = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    row = next(r for r, e in enumerate(entries) if e.finding.code is FindingCode.DUPLICATE_USCC)
    tab.table.selectRow(row)
    assert not tab.propose_button.isEnabled() and tab.propose_button.toolTip()
    assert entries[row].related is not None
    assert entries[row].related.display_name in tab.model.index(row, 3).data()
