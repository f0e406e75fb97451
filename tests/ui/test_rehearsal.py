"""Tariff rehearsal (资费预演) from a customer's 360 and for the whole book: the three billed
months before and after, who gains and loses, the workbook, and a draft quote in one step."""

from __future__ import annotations

from sqlalchemy import func, select
from test_value import open_tab
from test_worklist import open_page

from bigcust_desktop.store.models import Quote, Subscriber
from bigcust_desktop.ui.analytics.rehearsal_dialog import RehearsalDialog
from bigcust_desktop.ui.qt import Qt

CUSTOMER = "CUS-000134"


def run(qtbot, dialog: RehearsalDialog) -> None:
    with qtbot.waitSignal(dialog.finished_run, timeout=30000):
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)


def pick_target(dialog: RehearsalDialog) -> str:
    """Another plan of the same category as the current one."""
    source = dialog.products[dialog.from_plan.currentData()]
    for i in range(dialog.to_plan.count()):
        pid = dialog.to_plan.itemData(i)
        if pid and pid != source.id and dialog.products[pid].category == source.category:
            dialog.to_plan.setCurrentIndex(i)
            return pid
    raise AssertionError("no other plan of the category")


def test_one_customer_rehearsed_line_by_line_becomes_a_draft_quote(qtbot, write_ctx):
    page, _tab = open_tab(qtbot, write_ctx, CUSTOMER, "value")
    qtbot.mouseClick(page.rehearse_button, Qt.MouseButton.LeftButton)
    dialog = page.rehearsal_dialog
    assert dialog.isVisible() and dialog.quote_button.isVisible()
    source = dialog.from_plan.currentData()
    targets = [dialog.to_plan.itemData(i) for i in range(1, dialog.to_plan.count())]
    assert targets and "P-MOB-CRBT" not in targets  # an add-on is no plan to move to
    assert {dialog.products[t].category for t in targets} == {dialog.products[source].category}
    target = pick_target(dialog)
    run(qtbot, dialog)
    totals = dialog.result.totals
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
    assert dialog.lines.rowCount() == lines
    assert all(dialog.lines.row_at(r).proposed.product_id == target for r in range(lines))
    assert dialog.customers.rowCount() == 1

    with qtbot.waitSignal(dialog.quote_created, timeout=10000) as made:
        qtbot.mouseClick(dialog.quote_button, Qt.MouseButton.LeftButton)
    with write_ctx.store.session() as session:
        quote = session.get(Quote, made.args[0])
        assert quote.customer_id == CUSTOMER and quote.status == "draft"
        assert [(line.product_id, line.quantity) for line in quote.lines] == [(target, lines)]


def test_the_book_is_rehearsed_and_exported_as_a_workbook(qtbot, manager_ctx, tmp_path):
    from openpyxl import load_workbook

    page = open_page(qtbot, manager_ctx)
    qtbot.mouseClick(page.rehearse_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert not dialog.quote_button.isVisible()  # a quote is for one customer
    dialog.discount.setValue(10)
    run(qtbot, dialog)
    totals = dialog.result.totals
    assert totals.customers > 1 and totals.after_fen < totals.before_fen
    assert totals.paying_less == totals.customers  # 10 % off the fee, same plan: all pay less
    out = tmp_path / "预演.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        dialog.export_to(out)
    book = load_workbook(out, read_only=True)
    assert {"汇总", "客户", "用户"} <= set(book.sheetnames)
    assert sum(1 for _ in book["客户"].iter_rows()) == totals.customers + 1
