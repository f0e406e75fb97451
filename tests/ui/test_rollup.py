"""The group totals in a 集团 parent's 360: every level sums itself and its branches, and a
branch opens with Enter."""

from __future__ import annotations

from test_value import open_tab

from bigcust_desktop.domain.analytics.group import Totals
from bigcust_desktop.ui.qt import Qt

GROUP = "CUS-000004"  # zhangwei's group customer with three branches


def test_a_group_rolls_up_its_branches_and_opens_one(qtbot, ctx):
    _page, tab = open_tab(qtbot, ctx, GROUP, "group")
    rows = tab.rows
    assert rows[0].member.customer_id == GROUP and rows[0].depth == 0 and len(rows) >= 4
    total = Totals()
    for row in rows:
        total = total + row.member.own
    assert rows[0].subtree == total and total.lines > 0
    assert str(len(rows) - 1) in tab.headline.text()
    root = tab.model.index(0, 0)
    assert tab.model.rowCount(root) >= 3  # the branches under the group
    branch = tab.model.index(0, 0, root)
    tab.tree.setCurrentIndex(branch)
    tab.tree.setFocus()
    with qtbot.waitSignal(ctx.open_customer, timeout=2000) as blocker:
        qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert blocker.args[0] != GROUP and blocker.args[0] in {r.member.customer_id for r in rows}


def test_a_customer_without_branches_shows_its_own_figures(qtbot, ctx):
    _page, tab = open_tab(qtbot, ctx, "CUS-000134", "group")
    assert len(tab.rows) == 1 and tab.rows[0].subtree == tab.rows[0].member.own
