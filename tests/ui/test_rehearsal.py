"""Tariff rehearsal (资费预演) on screen through `store.rehearsals`: from a customer's 360 and for
the book or a saved segment; line by line, saved, compared side by side, deleted after a
confirmation, exported through the report writer, and a draft quote in one step."""

from __future__ import annotations

from openpyxl import load_workbook
from sqlalchemy import func, select
from test_value import open_tab
from test_worklist import open_page

from bigcust_desktop.store.models import Quote, Subscriber
from bigcust_desktop.ui.analytics.rehearsal_dialog import RehearsalDialog
from bigcust_desktop.ui.qt import QMessageBox, Qt

CUSTOMER = "CUS-000134"


def ready(qtbot, dialog: RehearsalDialog) -> RehearsalDialog:
    if dialog.form is None:
        with qtbot.waitSignal(dialog.ready, timeout=20000):
            pass
    return dialog


def run(qtbot, dialog: RehearsalDialog) -> None:
    with qtbot.waitSignal(dialog.finished_run, timeout=30000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)


def pick(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def pick_target(dialog: RehearsalDialog) -> str:
    """Another plan of the same category as the current one."""
    form = dialog.form
    source = form.products[form.from_plan.currentData()]
    for i in range(form.to_plan.count()):
        pid = form.to_plan.itemData(i)
        if pid and pid != source.id and form.products[pid].category == source.category:
            form.to_plan.setCurrentIndex(i)
            return pid
    raise AssertionError("no other plan of the category")


def book_dialog(qtbot, ctx):
    """The 流失预警 page (kept by the caller: qtbot holds widgets weakly) and its rehearsal."""
    page = open_page(qtbot, ctx)
    qtbot.mouseClick(page.rehearse_button, Qt.MouseButton.LeftButton)
    return page, ready(qtbot, page.dialog)


def test_one_customer_rehearsed_line_by_line_becomes_a_draft_quote(qtbot, write_ctx):
    page, _tab = open_tab(qtbot, write_ctx, CUSTOMER, "value")
    qtbot.mouseClick(page.rehearse_button, Qt.MouseButton.LeftButton)
    dialog = ready(qtbot, page.rehearsal_dialog)
    form = dialog.form
    assert dialog.isVisible() and dialog.quote_button.isVisible()
    assert form.scope.currentData() == f"customer:{CUSTOMER}"
    source = form.from_plan.currentData()
    targets = [form.to_plan.itemData(i) for i in range(1, form.to_plan.count())]
    assert targets and "P-MOB-CRBT" not in targets  # an add-on is no plan to move to
    assert {form.products[t].category for t in targets} == {form.products[source].category}
    target = pick_target(dialog)
    run(qtbot, dialog)
    totals = dialog.run_result.totals
    with write_ctx.store.begin() as conn:
        lines, arpu = conn.execute(
            select(func.count(), func.sum(Subscriber.arpu_3m)).where(
                Subscriber.customer_id == CUSTOMER,
                Subscriber.product_id == source,
                Subscriber.status == "active",
            )
        ).one()
    assert (totals.customers, totals.lines) == (1, lines)
    assert totals.before_fen == int(arpu * 300)  # three months of BOSS's ARPU, in fen
    assert dialog.result.customers.rowCount() == 1 and dialog.result.lines.rowCount() == lines
    assert all(dialog.result.lines.row_at(r).proposed.product_id == target for r in range(lines))
    allowance = dialog.result.lines.index(0, 5).data()
    assert "GB" in allowance and dialog.result.lines.index(0, 2).data() == form.plan_text(target)

    with (
        qtbot.waitSignal(write_ctx.edit_record, timeout=10000) as opened,
        qtbot.waitSignal(dialog.quote_created, timeout=10000) as made,
    ):
        qtbot.mouseClick(dialog.quote_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["quote", made.args[0]]  # the editor opens on the new draft
    with write_ctx.store.session() as session:
        quote = session.get(Quote, made.args[0])
        assert quote.customer_id == CUSTOMER and quote.status == "draft"
        assert [(line.product_id, line.quantity) for line in quote.lines] == [(target, lines)]


def test_the_book_rehearsed_saved_compared_and_one_deleted(qtbot, write_ctx):
    _page, dialog = book_dialog(qtbot, write_ctx)
    form = dialog.form
    assert not dialog.quote_button.isVisible()  # a quote is for one customer
    assert form.scope.currentData() == "book:"
    form.discount.setValue(10)
    run(qtbot, dialog)
    first = dialog.run_result.totals
    assert first.customers > 1 and first.after_fen < first.before_fen
    assert first.paying_less == first.customers  # 10 % off the fee, same plan: all pay less
    # A customer's lines are rehearsed again on demand (the book's run keeps no lines).
    row = dialog.result.customers.row_at(1)
    with qtbot.waitSignal(dialog.result.lines_shown, timeout=20000):
        dialog.result.customer_table.selectRow(1)
    assert dialog.result.lines.rowCount() == row.lines

    for name in ("九折", "融合"):
        if name == "融合":  # the second: a bundle of the two plans most lines are on
            pick(form.kind, "bundle")
            plans = [pid for pid, _n in form.choices.in_use[:2]]
            for box, plan in zip(form.members, plans, strict=True):
                pick(box, plan)
            form.bundle_fee.setValue(100)
            run(qtbot, dialog)
        dialog.save_name.setText(name)
        with qtbot.waitSignal(dialog.saved, timeout=10000):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.saved_list.loaded, timeout=10000):
            pass
    second = dialog.run_result.totals
    assert second.change_fen != first.change_fen

    saved = dialog.saved_list
    dialog.tabs.setCurrentWidget(saved)
    assert saved.list.rowCount() == 2 and not saved.empty.isVisible()
    saved.table.selectAll()
    assert saved.compare_button.isEnabled() and not saved.open_button.isEnabled()
    with qtbot.waitSignal(saved.compared, timeout=10000) as compared:
        qtbot.mouseClick(saved.compare_button, Qt.MouseButton.LeftButton)
    comparison = compared.args[0]
    assert (comparison.first.name, comparison.second.name) == ("九折", "融合")
    assert comparison.change_difference_fen == second.change_fen - first.change_fen
    assert "九折" in saved.side.text() and saved.pairs.rowCount() == len(comparison.customers)

    saved.table.clearSelection()
    saved.table.selectRow(0)
    doomed = saved.list.row_at(0).name
    box = saved.ask_delete()
    with qtbot.waitSignal(saved.loaded, timeout=10000):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert [saved.list.row_at(r).name for r in range(saved.list.rowCount())] == [
        n for n in ("九折", "融合") if n != doomed
    ]
    saved.table.selectRow(0)
    with qtbot.waitSignal(dialog.finished_run, timeout=10000):
        qtbot.mouseClick(saved.open_button, Qt.MouseButton.LeftButton)
    assert dialog.tabs.currentIndex() == 0 and dialog.result.customers.rowCount() > 1


def test_a_segment_is_rehearsed_and_the_book_exported(qtbot, manager_ctx, tmp_path):
    _page, dialog = book_dialog(qtbot, manager_ctx)
    form = dialog.form
    run(qtbot, dialog)
    book = dialog.run_result.totals
    assert book.change_fen == 0  # the plan kept, nothing off: nothing changes
    out = tmp_path / "预演.xlsx"
    with (
        qtbot.waitSignal(manager_ctx.changed, timeout=30000) as notice,
        qtbot.waitSignal(dialog.exported, timeout=30000),
    ):
        dialog.export_to(out)
    assert "audit_log" in notice.args[0]  # the export is audited as every export
    workbook = load_workbook(out, read_only=True)
    assert {"预演-汇总", "预演-客户增减", "预演-逐号码"} <= set(workbook.sheetnames)
    assert sum(1 for _ in workbook["预演-客户增减"].iter_rows()) > book.customers

    pick(form.scope, "segment:SEG-000001")
    form.discount.setValue(5)
    run(qtbot, dialog)
    segment = dialog.run_result
    assert segment.scope["segment_id"] == "SEG-000001"
    assert 0 < segment.totals.customers < book.customers
    assert segment.totals.change_fen < 0


def test_a_group_with_its_branches_and_a_draft_quotes_lines(qtbot, write_ctx):
    from bigcust_desktop.store.analysis.proposals import plan_move
    from bigcust_desktop.store.models import Customer
    from bigcust_desktop.ui.widgets.book import book_of

    book = book_of(write_ctx.user)
    branch = Customer.__table__.alias("branch")
    with write_ctx.store.begin() as conn:
        group = conn.execute(
            select(Customer.id)
            .join(branch, branch.c.parent_id == Customer.id)
            .where(book.condition(), Subscriber.customer_id == Customer.id)
            .where(Subscriber.status == "active", Subscriber.product_id == "P-MOB-88")
            .order_by(Customer.id)
            .limit(1)
        ).scalar_one()
    # A draft quote moving the group's 88 lines to 128 (as a one-customer rehearsal makes it).
    quote = write_ctx.store.rehearsals.to_quote(
        plan_move("P-MOB-88", "P-MOB-128"), group, write_ctx.user.id, book
    )
    dialog = ready(qtbot, RehearsalDialog(write_ctx, group))
    qtbot.addWidget(dialog)
    form = dialog.form
    pick(form.scope, f"group:{group}")
    assert not form.one_customer and form.choices.branches > 0
    run(qtbot, dialog)
    assert dialog.run_result.scope == {"group_id": group}
    assert not dialog.quote_button.isEnabled()  # a quote is for one customer, not a group

    pick(form.scope, f"customer:{group}")
    pick(form.kind, "quote")
    pick(form.quote, quote["id"])
    run(qtbot, dialog)
    proposal = dialog.run_result.proposal
    assert proposal.moves.get("P-MOB-88") == "P-MOB-128" and "P-MOB-128" in proposal.prices
    assert dialog.run_result.totals.lines > 0 and dialog.quote_button.isEnabled()
