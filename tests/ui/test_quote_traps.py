"""First-day quote traps (issue 11) on a real store: a quote is named by its readable number (or a
draft label), never a UUID, on screen and on the customer's Excel copy; 有效报价 never lists an
expired or superseded quote; the internal 备注 is never printed on the customer's copy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select
from uihelpers import add_quote_line, type_text

from bigcust_desktop.reports.quote_document import export_quote
from bigcust_desktop.store.edits import create_record, read_wire
from bigcust_desktop.store.models import Quote
from bigcust_desktop.ui.customer360.page import Customer360Page
from bigcust_desktop.ui.qt import Qt
from bigcust_desktop.ui.quotes.editor import QuoteEditor
from bigcust_desktop.ui.quotes.page import QuotesPage

CUSTOMER = "CUS-000004"  # zhangwei's
MOBILE_128 = "P-MOB-128"
NOTE = "内部：客户预算上限八十万，勿外传"


def workbook_texts(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path).active
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    return [*texts, str(sheet.parent.properties.title), str(sheet.parent.properties.description)]


def numbered_quote(store) -> dict:
    with store.begin() as conn:
        quote_id = conn.execute(
            select(Quote.id).where(
                Quote.owner_id == "U-0002", Quote.number.is_not(None), Quote.revision_no == 1
            )
        ).scalar()
        return read_wire(conn, "quote", quote_id)


def make_quote(store, **fields) -> dict:
    line = {"product_id": MOBILE_128, "quantity": 2, "unit_price": "128.00"}
    line |= {"discount_pct": "0.00", "net_unit_price": "128.00", "line_total": "3072.00"}
    record = {
        "customer_id": CUSTOMER,
        "opportunity_id": None,
        "owner_id": "U-0002",
        "title": "测试报价",
        "status": "sent",
        "term_months": 12,
        "valid_until": "2099-01-01",
        "notes": None,
        "approved_by": None,
        "approval_note": None,
        "total": "3072.00",
        "created_at": "2026-11-27T01:00:00Z",
        "lines": [{"id": "L1", **line}],
    } | fields
    with store.begin(write=True) as conn:
        return create_record(conn, "quote", record)


def test_a_quote_is_named_by_its_number_on_screen(qtbot, write_ctx):
    record = numbered_quote(write_ctx.store)
    editor = QuoteEditor(write_ctx, quote_id=record["id"])
    qtbot.addWidget(editor)
    assert editor.header.number_label.text() == record["number"]
    assert record["number"] in editor.windowTitle() and record["id"] not in editor.windowTitle()
    page = QuotesPage(write_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.apply_filter({"text": record["title"]})
    shown = {page.model.data(page.model.index(i, 0)) for i in range(page.model.rowCount())}
    assert record["number"] in shown

    # A new quote made offline has no number yet: a draft label, never its UUID.
    new = QuoteEditor(write_ctx, customer_id=CUSTOMER)
    qtbot.addWidget(new)
    new.show()
    qtbot.waitUntil(new.isActiveWindow)
    type_text(qtbot, new.title_edit, "离线新报价")
    add_quote_line(qtbot, new, "128元", "2", "0")
    with qtbot.waitSignal(new.saved, timeout=10000) as saved:
        qtbot.keyClick(new, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    label = new.header.number_label.text()
    assert label.startswith("Draft ") and saved.args[0] not in label
    assert saved.args[0] not in new.windowTitle()


def test_the_customer_copy_has_the_number_and_never_the_internal_note(write_ctx, tmp_path):
    record = numbered_quote(write_ctx.store)
    with_note = make_quote(
        write_ctx.store,
        number=record["number"] + "X",
        revision_no=1,
        notes=NOTE,
        approval_reason="内部理由：对标异网",
    )
    texts = workbook_texts(
        export_quote(write_ctx.store, with_note["id"], tmp_path / "a.xlsx", None)
    )
    assert record["number"] + "X" in texts and with_note["id"] not in " ".join(texts)
    assert not any("勿外传" in t or "内部理由" in t for t in texts)
    assert "优惠幅度" in texts and "折扣" not in texts
    # Unnumbered: a draft label, not the UUID.
    draft = make_quote(write_ctx.store, status="draft", notes=NOTE)
    texts = workbook_texts(export_quote(write_ctx.store, draft["id"], tmp_path / "b.xlsx", None))
    assert any(t.startswith("草稿 ") for t in texts)
    assert draft["id"] not in " ".join(texts) and not any("勿外传" in t for t in texts)


def test_quotes_in_play_never_list_an_expired_or_superseded_quote(qtbot, write_ctx):
    yesterday = dt.date.today() - dt.timedelta(days=2)
    expired = make_quote(write_ctx.store, title="已过期的报价", valid_until=yesterday.isoformat())
    live = make_quote(write_ctx.store, title="仍有效的报价")
    replaced = make_quote(write_ctx.store, title="被替代的报价", superseded_by=live["id"])
    page = Customer360Page(write_ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        write_ctx.open_customer.emit(CUSTOMER)
    ids = {row["id"] for row in page.quotes_model.rows()}
    assert live["id"] in ids
    assert expired["id"] not in ids and replaced["id"] not in ids
