"""Quotes on a real store: the editor's live pricing and floor flags, bad input shown inline with
nothing saved, submission to the approval the rule asks for, the regional manager's queue, the
status moves, and the customer-facing Excel document."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from uihelpers import WANGFANG, add_quote_line, make_context, type_text

from bigcust_desktop.domain.drafts.quotes import CatalogueItem, LineDraft, price_quote
from bigcust_desktop.reports.quote_document import export_quote, rmb_upper
from bigcust_desktop.store.edits import create_record, read_wire
from bigcust_desktop.store.models import AuditLog, OutboxEntry, Quote
from bigcust_desktop.store.settings import read_section
from bigcust_desktop.ui.qt import QFileDialog, QLabel, QSettings, Qt
from bigcust_desktop.ui.quotes.approvals import ApprovalsPage
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.lines_model import DISCOUNT, FLAG, QUANTITY
from bigcust_desktop.ui.quotes.page import QuotesPage

CUSTOMER = "CUS-000004"  # one of zhangwei's customers
MOBILE_128 = "P-MOB-128"  # ¥128.00 a month, floor ¥102.40, sold for at least 12 months


def counts(store) -> tuple[int, int]:
    with store.begin() as conn:
        return (
            conn.execute(select(func.count()).select_from(Quote)).scalar(),
            conn.execute(select(func.count()).select_from(OutboxEntry)).scalar(),
        )


def stored(store, quote_id: str) -> dict:
    with store.begin() as conn:
        return read_wire(conn, "quote", quote_id)


def open_editor(qtbot, ctx, **kwargs) -> QuoteEditor:
    editor = QuoteEditor(ctx, **kwargs)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(editor.isActiveWindow)  # its shortcuts reach the active window only
    return editor


def test_editor_prices_lines_live_and_flags_those_below_the_floor(qtbot, ctx):
    editor = open_editor(qtbot, ctx, customer_id=CUSTOMER)
    row = add_quote_line(qtbot, editor, "128元", "20", "25")
    model = editor.lines_model
    assert model.data(model.index(row, 0)) == "集团商务套餐128元"
    # 128 × 75% = 96.00 a month, × 20 lines × 12 months
    assert model.data(model.index(row, 5)) == "¥96.00"
    assert model.data(model.index(row, 7)) == "¥23,040.00"
    assert editor.quote_total.text() == "¥23,040.00"
    assert model.data(model.index(row, FLAG)) == "Below floor"
    assert "102.40" in model.data(model.index(row, FLAG), Qt.ItemDataRole.ToolTipRole)
    assert "regional manager" in editor.approval_notice.text()
    # Less discount: at or above the floor, so no approval is needed.
    index = model.index(row, DISCOUNT)
    model.setData(index, "10")
    assert model.data(model.index(row, FLAG)) == ""
    assert editor.quote_total.text() == "¥27,648.00"
    assert "approved on submission" in editor.approval_notice.text()
    assert editor.discount_total.text() == "Discount: ¥3,072.00 (10.00%)"


def test_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, write_ctx):
    editor = open_editor(qtbot, write_ctx, customer_id=CUSTOMER)
    before = counts(write_ctx.store)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert set(editor.errors.shown) == {"title", "lines"}  # submitting needs a line
    assert editor.findChild(QLabel, "titleError").isVisible()
    row = add_quote_line(qtbot, editor, "128元", "abc", "120")
    errors = editor.findChild(QLabel, "linesError")
    assert errors.isVisible()
    assert "Line 1" in errors.text() and "quantity" in errors.text()
    assert "discount" in errors.text()
    assert "Correct the lines" in editor.approval_notice.text()  # no approval claim yet
    quantity = editor.lines_model.index(row, QUANTITY)
    assert editor.lines_model.data(quantity, Qt.ItemDataRole.ForegroundRole) is not None
    type_text(qtbot, editor.title_edit, "测试报价")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "lines" in editor.errors.shown and "title" not in editor.errors.shown
    assert editor.current is None and counts(write_ctx.store) == before
    # A term below the product's minimum is refused too (12 months for this plan).
    editor.lines_model.setData(quantity, "5")
    editor.lines_model.setData(editor.lines_model.index(row, DISCOUNT), "5")
    editor.term_spin.setValue(6)
    assert "at least 12 months" in errors.text()
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert counts(write_ctx.store) == before


def test_submit_below_the_floor_waits_for_the_regional_manager_who_decides(qtbot, write_ctx):
    editor = open_editor(qtbot, write_ctx, customer_id=CUSTOMER)
    type_text(qtbot, editor.title_edit, "集团手机升级报价")
    add_quote_line(qtbot, editor, "128元", "20", "25")
    type_text(qtbot, editor.header.reason_edit, "集团整体升级，对标异网报价")
    before = counts(write_ctx.store)
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    quote_id = saved.args[0]
    record = stored(write_ctx.store, quote_id)
    assert record["status"] == "pending_approval" and record["total"] == "23040.00"
    assert record["owner_id"] == "U-0002" and len(record["lines"]) == 1
    assert counts(write_ctx.store) == (before[0] + 1, before[1] + 1)
    assert not editor.save_button.isEnabled() and editor.export_button.isEnabled()
    assert "approve" in editor.message.text()

    manager = make_context(write_ctx.store, WANGFANG)
    page = ApprovalsPage(manager)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    row = next(i for i, r in enumerate(page.model.rows()) if r.id == quote_id)
    page.queue.selectRow(row)
    # The chosen quote's lines are read in the background.
    qtbot.waitUntil(lambda: (page.current or {}).get("id") == quote_id, timeout=10000)
    assert page.lines_model.data(page.lines_model.index(0, FLAG)) == "Below floor"
    # A rejection must say why: nothing changes without a note.
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.findChild(QLabel, "approval_noteError").isVisible()
    assert stored(write_ctx.store, quote_id)["status"] == "pending_approval"
    type_text(qtbot, page.note_edit, "战略客户，同意特价")
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    record = stored(write_ctx.store, quote_id)
    assert record["status"] == "approved" and record["approved_by"] == WANGFANG.id
    assert record["approval_note"] == "战略客户，同意特价"
    assert quote_id not in {r.id for r in page.model.rows()}
    with write_ctx.store.begin() as conn:
        entries = conn.execute(
            select(OutboxEntry.kind, OutboxEntry.fields).where(OutboxEntry.record_id == quote_id)
        ).all()
    assert len(entries) == 1 and entries[0].kind == "create"  # never sent: edits fold in
    assert entries[0].fields["status"] == "approved"
    manager.tasks.wait()


def test_submit_at_or_above_the_floor_is_approved_at_once(qtbot, write_ctx):
    editor = open_editor(qtbot, write_ctx, customer_id=CUSTOMER)
    type_text(qtbot, editor.title_edit, "标准资费报价")
    add_quote_line(qtbot, editor, "128元", "3", "10")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert stored(write_ctx.store, saved.args[0])["status"] == "approved"
    assert editor.sent_button.isVisible() and editor.revise_button.isVisible()
    # Revising makes a new version, a draft editable again; the approved one stays as it was.
    with qtbot.waitSignal(editor.saved, timeout=10000) as revised:
        qtbot.mouseClick(editor.revise_button, Qt.MouseButton.LeftButton)
    assert revised.args[0] != saved.args[0]
    assert stored(write_ctx.store, saved.args[0])["status"] == "approved"
    assert stored(write_ctx.store, revised.args[0])["status"] == "draft"
    assert editor.save_button.isEnabled() and editor.catalogue.isVisible()


def test_an_account_manager_cannot_approve(qtbot, ctx):
    page = ApprovalsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert "Only a regional manager" in page.intro.text()
    assert {r.owner_name for r in page.model.rows()} <= {"张伟"}
    assert not page.approve_button.isEnabled() and not page.reject_button.isEnabled()


def test_quotes_page_filters_by_status_and_opens_the_editor(qtbot, ctx):
    page = QuotesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.model.total() > 0
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.apply_filter({"status": "pending_approval"})
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert rows and {r.status for r in rows} == {"pending_approval"}
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.current["id"] == rows[0].id
    assert not page.editor.save_button.isEnabled()  # a pending quote is not edited in place


def test_export_writes_the_customer_facing_workbook(qtbot, write_ctx, tmp_path):
    with write_ctx.store.begin() as conn:
        quote_id = conn.execute(
            select(Quote.id).where(Quote.status == "approved", Quote.owner_id == "U-0002")
        ).scalar()
    editor = open_editor(qtbot, write_ctx, quote_id=quote_id)
    qtbot.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = editor.findChild(QFileDialog, "quoteExportDialog")
    assert dialog is not None and dialog.selectedFiles()[0].endswith(".xlsx")
    target = tmp_path / "quote.xlsx"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(editor.exporter.exported, timeout=10000):
        dialog.accept()
    record = stored(write_ctx.store, quote_id)
    sheet = openpyxl.load_workbook(target).active
    values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "集团客户业务报价单" in values and record["number"] in values
    assert Decimal(record["total"]) in [
        Decimal(str(v)) for v in values if isinstance(v, float | int)
    ]
    assert rmb_upper(Decimal(record["total"])) in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert not any("底价" in str(v) or "floor" in str(v).lower() for v in values)
    with write_ctx.store.begin() as conn:
        audit = conn.execute(select(AuditLog.details).where(AuditLog.action == "export"))
        details = [row.details for row in audit]
    assert any(d.get("quote_id") == quote_id for d in details)
    # The folder is remembered in the profile's owner-only settings, not in a Qt settings file
    # of its own outside the profile (issue 12: every file the app writes is owner-only).
    QSettings().sync()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    written = [p for p in config.rglob("*") if p.is_file() and b"quote" in p.read_bytes()]
    assert written == []
    remembered = read_section(write_ctx.profile.settings_path, "quote_export")
    assert remembered == {"folder": str(tmp_path)}


def test_document_keeps_formula_like_text_as_text(write_ctx, tmp_path):
    line = {"product_id": MOBILE_128, "quantity": 2, "unit_price": "128.00"}
    line |= {"discount_pct": "0.00", "net_unit_price": "128.00", "line_total": "3072.00"}
    with write_ctx.store.begin(write=True) as conn:
        record = create_record(
            conn,
            "quote",
            {
                "customer_id": CUSTOMER,
                "opportunity_id": None,
                "owner_id": "U-0002",
                "title": '=HYPERLINK("http://x")',
                "status": "draft",
                "term_months": 12,
                "valid_until": "2099-01-01",
                "notes": "@SUM(1)",
                "approved_by": None,
                "approval_note": None,
                "total": "3072.00",
                "created_at": "2026-11-27T01:00:00Z",
                "lines": [{"id": "L1", **line}],
            },
        )
    path = export_quote(write_ctx.store, record["id"], tmp_path / "q.xlsx", None)
    sheet = openpyxl.load_workbook(path).active
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    title = next(c for c in cells if c.value.startswith("=HYPERLINK"))
    assert title.data_type == "s" and title.quotePrefix
    assert "草稿" in sheet["A1"].value  # a draft is marked as not yet binding


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0.00", "零元整"),
        ("10.00", "壹拾元整"),
        ("1283790.24", "壹佰贰拾捌万叁仟柒佰玖拾元贰角肆分"),
        ("100010.30", "壹拾万零壹拾元叁角"),
        ("20000.08", "贰万元零捌分"),
        ("1000000001.01", "壹拾亿零壹元零壹分"),
    ],
)
def test_amount_in_capital_numerals(amount, words):
    assert rmb_upper(Decimal(amount)) == words


def test_pricing_names_each_bad_line_and_never_raises():
    items = {
        "P": CatalogueItem("P", "套餐", "户", Decimal("100.00"), Decimal("80.00"), 0),
        "OLD": CatalogueItem("OLD", "旧套餐", "户", Decimal("50.00"), Decimal("40.00"), 0, False),
    }
    pricing = price_quote(
        [LineDraft("P", 2, "25"), LineDraft("P", 0, "5"), LineDraft("OLD", 1, "0")], items, 12
    )
    assert [e.field for e in pricing.errors] == ["lines[1].quantity", "lines[2].product_id"]
    assert pricing.below_floor == (0,) and pricing.lines == ()
    assert pricing.total == Decimal("1800.00")
    kept = price_quote([LineDraft("OLD", 1, "0")], items, 12, known_products=frozenset({"OLD"}))
    assert not kept.errors and kept.total == Decimal("600.00")


def test_escape_with_unsaved_changes_asks_before_discarding(qtbot, ctx):
    from bigcust_desktop.ui.qt import QMessageBox

    editor = open_editor(qtbot, ctx, customer_id=CUSTOMER)
    add_quote_line(qtbot, editor, "128元", "2", "0")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.findChild(QMessageBox, "discardChanges")
    assert box is not None and editor.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.lines_model.rowCount() == 1
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "discardChanges") is not box)
    box = editor.findChild(QMessageBox, "discardChanges")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
