"""VAT and one-time charges on a real store (issue 17): the editor shows 不含税, 税额 and 含税 per
line and in totals by VAT category, monthly fees apart from one-time charges (installation,
equipment), and the customer's Excel copy prints the very same fen (one domain function)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
from uihelpers import add_quote_line, type_text

from bigcust_desktop.domain.pricing import wire_quote_vat
from bigcust_desktop.reports.quote_document import export_quote
from bigcust_desktop.store.edits import read_wire
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.lines_model import CHARGE, EXCL_VAT, LINE_TOTAL, VAT, VAT_RATE

CUSTOMER = "CUS-000004"  # zhangwei's


def cells(sheet) -> dict[str, object]:
    return {c.coordinate: c.value for row in sheet.iter_rows() for c in row if c.value is not None}


def test_vat_and_one_time_charges_in_the_editor_and_on_the_customer_copy(
    qtbot, write_ctx, tmp_path
):
    editor = QuoteEditor(write_ctx, customer_id=CUSTOMER)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)
    type_text(qtbot, editor.title_edit, "专线及设备报价")
    editor.term_spin.setValue(24)
    plan = add_quote_line(qtbot, editor, "128元", "2", "0")  # ¥128 a month, 9 %
    router = add_quote_line(qtbot, editor, "路由器", "1", "0")  # ¥2,600 once, goods 13 %
    model = editor.lines_model

    def text(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    # The plan over 24 months: 6,144.00 = 5,636.70 + 507.30 at 9 %.
    assert text(plan, LINE_TOTAL) == "¥6,144.00" and text(plan, VAT_RATE) == "9%"
    assert (text(plan, EXCL_VAT), text(plan, VAT)) == ("¥5,636.70", "¥507.30")
    assert text(plan, CHARGE) == "Monthly"
    # The router is charged once, not over the term: 2,600.00 = 2,300.88 + 299.12 at 13 %.
    assert text(router, LINE_TOTAL) == "¥2,600.00" and text(router, CHARGE) == "One-time"
    assert (text(router, VAT_RATE), text(router, EXCL_VAT), text(router, VAT)) == (
        "13%",
        "¥2,300.88",
        "¥299.12",
    )
    assert editor.quote_total.text() == "¥8,744.00"
    charges = editor.totals.charges.text()
    assert "¥6,144.00" in charges and "One-time charges ¥2,600.00" in charges
    vat_text = editor.totals.vat_totals.text()
    assert "Excl. VAT ¥7,937.58 · VAT ¥806.42 · Incl. VAT ¥8,744.00" in vat_text
    assert "At 13%: excl. VAT ¥2,300.88 · VAT ¥299.12" in vat_text
    assert "At 9%: excl. VAT ¥5,636.70 · VAT ¥507.30" in vat_text

    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with write_ctx.store.begin() as conn:
        record = read_wire(conn, "quote", saved.args[0])
    assert record["total"] == "8744.00"
    assert [line["charge_type"] for line in record["lines"]] == ["monthly", "one_time"]
    vat = wire_quote_vat(record["lines"])

    path = export_quote(write_ctx.store, record["id"], tmp_path / "q.xlsx", None)
    sheet = openpyxl.load_workbook(path).active
    found = cells(sheet)
    values = list(found.values())
    assert any(str(v).startswith("一、月租费用") for v in values)
    assert any(str(v).startswith("二、一次性费用") for v in values)
    router_row = next(k[1:] for k, v in found.items() if v == "企业级路由器设备费")
    assert found[f"H{router_row}"] == 1  # billed once
    assert Decimal(str(found[f"I{router_row}"])) == Decimal("2600.00")
    assert Decimal(str(found[f"J{router_row}"])) == Decimal("0.13")
    assert Decimal(str(found[f"K{router_row}"])) == Decimal("2300.88")
    assert Decimal(str(found[f"L{router_row}"])) == Decimal("299.12")
    total_row = next(k[1:] for k, v in found.items() if v == "合计（元）")
    printed = [Decimal(str(found[f"{c}{total_row}"])) for c in "IKL"]
    assert printed == [vat.total.gross, vat.total.net, vat.total.tax]
    assert printed == [Decimal("8744.00"), Decimal("7937.58"), Decimal("806.42")]
    once_row = next(k[1:] for k, v in found.items() if v == "一次性费用小计")
    assert Decimal(str(found[f"I{once_row}"])) == Decimal("2600.00")
