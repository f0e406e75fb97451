"""One quote across a group's branches (issue 17): a line may be for a branch of the quote's
customer, chosen among that group's branches only, shown per branch in the editor and on the
customer's Excel copy."""

from __future__ import annotations

import openpyxl
from sqlalchemy import select
from uihelpers import add_quote_line, type_text

from bigcust_desktop.reports.quote_document import export_quote
from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.store.models import Customer
from bigcust_desktop.ui.qt import QAbstractItemView, QComboBox, Qt
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.lines_model import BRANCH

GROUP = "CUS-000004"  # zhangwei's group customer with three branches
ALONE = "CUS-000005"  # one of its branches, with no branches of its own


def test_lines_for_the_groups_branches_in_the_editor_and_on_the_copy(qtbot, write_ctx, tmp_path):
    with write_ctx.store.begin() as conn:
        rows = conn.execute(select(Customer.id, Customer.name).where(Customer.parent_id == GROUP))
        branches = {r.id: r.name for r in rows}
    assert len(branches) == 3
    editor = QuoteEditor(write_ctx, customer_id=GROUP)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    assert not editor.lines_table.isColumnHidden(BRANCH)
    type_text(qtbot, editor.title_edit, "集团统一报价")
    add_quote_line(qtbot, editor, "128元", "10", "0")
    row = add_quote_line(qtbot, editor, "128元", "4", "0")
    # Choose the second line's branch as a user does: F2 on the cell, pick, Enter.
    table = editor.lines_table
    table.setCurrentIndex(editor.lines_model.index(row, BRANCH))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = table.focusWidget()
    assert isinstance(combo, QComboBox)
    offered = {combo.itemData(i) for i in range(combo.count())}
    assert offered == {GROUP, *branches}  # the group and its own branches, nobody else
    branch = next(iter(sorted(branches)))
    combo.setCurrentIndex(combo.findData(branch))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    shown = editor.lines_model.data(editor.lines_model.index(row, BRANCH))
    assert shown and shown == editor.lines_model.branch_name(row) != editor.lines_model.branch_name(
        0
    )
    per_branch = editor.totals.branch_totals
    assert (
        per_branch.isVisible() and shown in per_branch.text() and "¥6,144.00" in per_branch.text()
    )

    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with write_ctx.store.begin() as conn:
        record = read_wire(conn, "quote", saved.args[0])
    assert [line["customer_id"] for line in record["lines"]] == [None, branch]

    path = export_quote(write_ctx.store, record["id"], tmp_path / "group.xlsx", None)
    texts = [
        str(c.value)
        for r in openpyxl.load_workbook(path).active.iter_rows()
        for c in r
        if c.value is not None
    ]
    assert f"使用单位：{branches[branch]}" in texts


def test_a_customer_without_branches_has_no_branch_column(qtbot, ctx):
    editor = QuoteEditor(ctx, customer_id=ALONE)
    qtbot.addWidget(editor)
    assert editor.lines_table.isColumnHidden(BRANCH)
