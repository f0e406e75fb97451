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
