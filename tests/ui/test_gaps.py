"""Product gaps in the 360 (交叉销售): the leads come from the cached book's peers, and one
becomes a prefilled opportunity, saved offline."""

from __future__ import annotations

from sqlalchemy import select
from test_value import open_tab
from uihelpers import type_text

from bigcust_desktop.store.models import Opportunity
from bigcust_desktop.ui.qt import Qt

CUSTOMER = "CUS-000050"  # zhangwei's; most of its peers hold broadband and 集团彩铃


def test_a_gap_opens_a_prefilled_opportunity_that_saves(qtbot, write_ctx):
    _page, tab = open_tab(qtbot, write_ctx, CUSTOMER, "gaps")
    assert tab.model.rowCount() > 0
    entries = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    assert all(e.gap.customer_id == CUSTOMER and e.gap.holders * 2 >= e.gap.peers for e in entries)
    plan = next(r for r, e in enumerate(entries) if e.gap.key.startswith("plan:"))
    tab.table.selectRow(plan)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.title_edit.text()
    assert dialog.category_combo.code() == entries[plan].category
    type_text(qtbot, dialog.amount_edit, "36000")  # the manager's estimate
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with write_ctx.store.session() as session:
        saved = session.scalars(
            select(Opportunity).where(Opportunity.title == dialog.title_edit.text())
        ).one()
    assert saved.customer_id == CUSTOMER and saved.product_category == entries[plan].category


def test_lines_with_other_carriers_are_win_back_leads_soonest_end_first(qtbot, write_ctx):
    """Issue 17: the customer's 异网 lines beside the gaps, with their monthly spend and the
    competitor's contract end, the soonest first; one opens a prefilled opportunity."""
    import datetime as dt
    from decimal import Decimal

    from bigcust_desktop.domain.drafts.competitors import new_competitor_line

    now = dt.datetime.now(dt.UTC)
    today = now.date()
    store = write_ctx.store
    for service, days, spend in (("mobile", 200, "900"), ("leased_line", 30, "4800")):
        store.competitors.create(
            new_competitor_line(
                customer_id=CUSTOMER, recorded_by="U-0002", carrier="china_telecom",
                service=service, lines=3, source="site_visit", observed_on=today, now=now,
                monthly_spend=Decimal(spend), contract_end=today + dt.timedelta(days=days),
            )
        )  # fmt: skip
    _page, tab = open_tab(qtbot, write_ctx, CUSTOMER, "gaps")
    leads = [tab.win_model.row_at(r) for r in range(tab.win_model.rowCount())]
    ours = [lead for lead in leads if lead.holding.carrier == "china_telecom"]
    assert [lead.holding.service for lead in ours][:2] == ["leased_line", "mobile"]
    ends = [lead.days_left for lead in leads if lead.days_left is not None]
    assert ends == sorted(ends)  # the competitor's end soonest first, as drawn
    row = leads.index(ours[0])
    assert "4,800.00" in tab.win_model.index(row, 3).data()
    assert str(today + dt.timedelta(days=30)) in tab.win_model.index(row, 4).data()

    tab.win_table.selectRow(row)
    tab.win_table.setFocus()
    qtbot.keyClick(tab.win_table, Qt.Key.Key_Return)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.category_combo.code() == "leased_line"
    assert "3" in dialog.title_edit.text() and dialog.notes_edit.toPlainText()
    type_text(qtbot, dialog.amount_edit, "57600")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    with write_ctx.store.session() as session:
        saved = session.scalars(
            select(Opportunity).where(Opportunity.title == dialog.title_edit.text())
        ).one()
    assert saved.customer_id == CUSTOMER and saved.product_category == "leased_line"
