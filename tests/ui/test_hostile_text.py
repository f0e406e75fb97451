"""Text from the central systems and the city CRM is data, never markup: a customer name or a note
holding HTML tags shows as those characters in every label, title and tooltip, and a label that
does use markup for its own emphasis escapes what it interpolates (issue 12, hostile text)."""

from __future__ import annotations

from PySide6.QtGui import Qt as GuiQt  # Qt's guess of markup lives in QtGui's namespace
from test_customer360 import open_customer
from test_sync_panel import _opportunity, _server_answer, make_panel

from bigcust_desktop.store import edits
from bigcust_desktop.store.outbox import Conflicted
from bigcust_desktop.ui.qt import QLabel, Qt, QTextDocument, QWidget
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

HOSTILE = '<b>宏力</b><img src="file:///etc/passwd"><a href="x">点此</a>'


def rendered(text: str, text_format: Qt.TextFormat) -> str:
    """What a person reads when Qt draws `text` in that format (AutoText: Qt's own guess)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def labels_showing(widget: QWidget, fragment: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if fragment in label.text()]


def test_a_customer_name_with_markup_shows_as_text_in_the_360(qtbot, write_ctx):
    ctx = write_ctx
    customer_id = "CUS-000004"
    with ctx.store.begin(write=True) as conn:
        conn.exec_driver_sql(
            "UPDATE customer SET name = ?, short_name = ? WHERE id = ?",
            (HOSTILE, HOSTILE, customer_id),
        )
    page = open_customer(qtbot, ctx, customer_id)
    shown = labels_showing(page, "宏力")
    assert shown, "the name is shown somewhere"
    for label in shown:
        assert HOSTILE in rendered(label.text(), label.textFormat()), label.objectName()


def test_a_conflicting_title_and_values_with_markup_show_as_text(qtbot, write_ctx):
    ctx = write_ctx
    record = _opportunity(ctx, "proposal")
    with ctx.store.begin(write=True) as conn:
        conn.exec_driver_sql(
            "UPDATE opportunity SET title = ? WHERE id = ?", (HOSTILE, record["id"])
        )
        edits.update_record(conn, "opportunity", record["id"], {"notes": HOSTILE + "（我方）"})
    theirs = {
        **record,
        "title": HOSTILE,
        "notes": HOSTILE + "（对方）",
        "version": record["version"] + 1,
    }
    _server_answer(ctx, record["id"], lambda op_id: Conflicted(op_id, theirs))
    panel = make_panel(qtbot, ctx)
    panel.tabs.setCurrentIndex(2)
    panel.conflict_list.selectRow(0)
    title = panel.findChild(QLabel, "conflictTitle")
    assert HOSTILE in rendered(title.text(), title.textFormat())
    for label in labels_showing(panel, "宏力"):
        assert HOSTILE in rendered(label.text(), label.textFormat())


def test_a_tooltip_with_markup_shows_as_text(qapp):
    model = RowsModel([Column("Notes", lambda r: r, tooltip=lambda r: r)])
    model.set_rows([HOSTILE])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip, Qt.TextFormat.AutoText).strip() == HOSTILE


def test_a_message_box_shows_a_server_reason_with_markup_as_text(qtbot):
    from bigcust_desktop.ui.errors import message_box

    box = message_box(None, "标题", "服务器说：" + HOSTILE)
    qtbot.addWidget(box)
    assert HOSTILE in rendered(box.text(), box.textFormat())


def test_labels_are_plain_and_the_status_bars_links_rich(qtbot, manager_window):
    # Set by number (`ui.plain_text`), so that the shell paints before Qt's enums are built.
    assert QLabel().textFormat() == Qt.TextFormat.PlainText
    status = manager_window.status
    for label in (status.online_label, status.pending_label, status.conflicts_label):
        assert label.textFormat() == Qt.TextFormat.RichText, label.objectName()
    assert status.last_sync_label.textFormat() == Qt.TextFormat.PlainText
