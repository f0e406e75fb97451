"""The value card in the 360 (the province's score explained factor by factor, 公用/私用) and
the under-valued customers of the book, on a real store."""

from __future__ import annotations

from decimal import Decimal

from test_worklist import open_page

from bigcust_desktop.ui.customer360.page import Customer360Page
from bigcust_desktop.ui.qt import Qt

CUSTOMER = "CUS-000134"  # zhangwei's: score 75.60, two group-paid lines


def open_tab(qtbot, ctx, customer_id: str, name: str):
    page = Customer360Page(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        ctx.open_customer.emit(customer_id)
    tab = page.insight_tabs[name]
    assert page.tabs.indexOf(tab) >= 0, "a tab of the 360, not a loose widget"
    with qtbot.waitSignal(tab.loaded, timeout=20000):
        page.tabs.setCurrentWidget(tab)
    return page, tab


def test_value_card_explains_each_factor_with_its_figures(qtbot, ctx):
    _page, tab = open_tab(qtbot, ctx, CUSTOMER, "value")
    card = tab.card
    assert [tab.model.row_at(r).name for r in range(tab.model.rowCount())] == [
        "spend", "growth", "tenure", "share", "payment",
    ]  # fmt: skip
    assert sum((f.points for f in card.factors), Decimal(0)) == card.recomputed
    assert str(card.score) in tab.headline.text()
    evidence = [tab.model.index(r, 4).data() for r in range(5)]
    assert (all(evidence) and "¥" in evidence[0]) or "万元" in evidence[0]
    assert str(card.payers.group_paid_lines) in tab.payers.text()


def test_under_valued_lists_why_and_opens_the_customer(qtbot, ctx):
    page = open_page(qtbot, ctx)
    tab = page.under_valued
    with qtbot.waitSignal(tab.loaded, timeout=30000):
        page.tabs.setCurrentWidget(tab)
    assert tab.model.rowCount() > 0
    first = tab.model.row_at(0)
    assert first.verdict.fired and first.verdict.customer_id == first.customer.id
    assert tab.model.index(0, 3).data() == str(first.score)
    assert tab.model.index(0, 4).data()  # the reasons
    tab.table.selectRow(0)
    tab.table.setFocus()
    with qtbot.waitSignal(ctx.open_customer, timeout=2000) as blocker:
        qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert blocker.args == [first.customer.id]
