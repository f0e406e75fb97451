"""The opportunities page on a real store: the table and its filters, the stage board with drops
only between allowed stages, keyboard moves, and the dialog (inline errors, nothing saved when
invalid; saved and queued for the city CRM when valid)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from uihelpers import type_text

from bigcust_desktop.domain.errors import ValidationErrors
from bigcust_desktop.domain.stages import can_move
from bigcust_desktop.store.models import Customer, Opportunity, OutboxEntry
from bigcust_desktop.ui.labels import money_text
from bigcust_desktop.ui.opportunities.board import card_min_width, card_rects, card_texts
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.opportunities.page import OpportunitiesPage
from bigcust_desktop.ui.qt import QFontMetrics, QLabel, Qt


def open_page(qtbot, ctx, view: str = "table") -> OpportunitiesPage:
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 760)
    with qtbot.waitSignals([page.loaded, page.summarized], timeout=10000):
        page.show()
    button = page.board_button if view == "board" else page.table_button
    if not button.isChecked():  # the page opens on the view this user chose last
        with qtbot.waitSignal(page.loaded, timeout=10000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return page


def all_rows(page: OpportunitiesPage) -> list:
    model = page.model
    while model.canFetchMore(page.table.rootIndex()):
        model.fetchMore(page.table.rootIndex())
    return [model.row_at(i) for i in range(model.rowCount())]


def my_book_ids(store, user_id: str = "U-0002") -> set[str]:
    with store.begin() as conn:
        return set(
            conn.execute(select(Customer.id).where(Customer.manager_id == user_id)).scalars()
        )


def counts(store) -> tuple[int, int]:
    with store.begin() as conn:
        return (
            conn.execute(select(func.count()).select_from(Opportunity)).scalar(),
            conn.execute(select(func.count()).select_from(OutboxEntry)).scalar(),
        )


def stored(store, opportunity_id: str) -> dict:
    from bigcust_desktop.store.edits import read_wire

    with store.begin() as conn:
        return read_wire(conn, "opportunity", opportunity_id)


def card_in(page: OpportunitiesPage, stage: str, row: int = 0):
    column = page.board.columns[stage]
    return column, column.model.index(row)


# -- table ----------------------------------------------------------------------------------


def test_table_shows_my_open_pipeline_and_sorts_by_a_header_click(qtbot, ctx, small_store):
    page = open_page(qtbot, ctx)
    rows = all_rows(page)
    book = my_book_ids(small_store)
    with small_store.begin() as conn:
        expected = conn.execute(
            select(func.count())
            .select_from(Opportunity)
            .where(
                Opportunity.customer_id.in_(book),
                Opportunity.stage.in_(["lead", "qualified", "proposal", "negotiation"]),
            )
        ).scalar()
    assert len(rows) == expected > 0
    assert {r.customer_id for r in rows} <= book
    assert page.summary.text().startswith(f"{expected} opportunities")
    assert page.model.data(page.model.index(0, 4)).startswith("¥")
    # A click on "Amount / year" re-queries in amount order (the table is lazy).
    header = page.table.horizontalHeader()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=header.rect().topLeft() + _section_centre(header, 4),
        )
    amounts = [r.amount for r in all_rows(page)]
    assert amounts == sorted(amounts) or amounts == sorted(amounts, reverse=True)
    assert amounts != [r.amount for r in rows]


def test_the_table_is_shown_without_building_the_board(qtbot, ctx):
    # Beside a priming sync the page's making competes with the sync for the GIL: the board's
    # six columns, most of that making, are built when the board is first wanted.
    page = open_page(qtbot, ctx)
    assert page._board is None and page.model.rowCount() > 0
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.board_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.board
    assert sum(c.model.rowCount() for c in page.board.columns.values()) > 0


def _section_centre(header, section: int):
    from bigcust_desktop.ui.qt import QPointF

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPointF(x, header.height() / 2).toPoint()


def test_search_and_dashboard_filter(qtbot, ctx):
    page = open_page(qtbot, ctx)
    first = all_rows(page)[0]
    fragment = first.customer_name[:2]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        type_text(qtbot, page.search, fragment)
    rows = all_rows(page)
    assert rows and all(fragment in r.customer_name or fragment in r.title for r in rows)
    # The dashboard's click-through: one stage, every stage filter of the bar follows.
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.apply_filter({"stage": "proposal"})
    rows = all_rows(page)
    assert rows and {r.stage for r in rows} == {"proposal"}
    assert page.stage_filter.code() == "proposal" and page.search.text() == ""


def test_the_summary_counts_what_the_table_lists_after_each_filter(qtbot, ctx):
    """The stage totals are read beside the rows (the rows do not wait for them): after each
    change of filter the summary still counts what the table lists."""
    page = open_page(qtbot, ctx)
    assert page.summary.text().startswith(f"{page.model.total()} opportunities")
    for wanted in ({"stage": "proposal"}, {"open": False}, {"stage": "won"}):
        with qtbot.waitSignals([page.loaded, page.summarized], timeout=10000):
            page.apply_filter(wanted)
        assert page.model.total() > 0
        assert page.summary.text().startswith(f"{page.model.total()} opportunities")


def test_a_switch_asks_for_the_rows_before_the_totals(qtbot, ctx):
    asked: list[str] = []
    run = ctx.tasks.run

    def noted(work, *args, **kwargs) -> None:
        asked.append(work.__qualname__)
        run(work, *args, **kwargs)

    ctx.tasks.run = noted
    page = OpportunitiesPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignals([page.loaded, page.summarized], timeout=10000):
        page.show()
    assert [a.split(".")[1] for a in asked[:2]] == ["_query", "_totals_query"]


# -- board ----------------------------------------------------------------------------------


def test_board_columns_count_and_sum_their_stage(qtbot, ctx, small_store):
    page = open_page(qtbot, ctx, "board")
    book = my_book_ids(small_store)
    with small_store.begin() as conn:
        count = conn.execute(
            select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.customer_id.in_(book), Opportunity.stage == "qualified")
        ).scalar()
    column = page.board.columns["qualified"]
    assert f"({count})" in column.header.text()
    assert column.model.rowCount() == min(count, 200)
    assert {column.model.card(i).stage for i in range(column.model.rowCount())} == {"qualified"}
    assert not page.stage_filter.isEnabled()  # the board always shows every stage


def test_board_never_shortens_an_amount_and_scrolls_when_narrow(qtbot, ctx):
    page = open_page(qtbot, ctx, "board")
    page.resize(700, 600)  # far narrower than six columns of whole amounts
    qtbot.waitUntil(lambda: page.board.horizontalScrollBar().maximum() > 0)
    biggest = None
    for column in page.board.columns.values():
        view, model = column.view, column.model
        assert column.width() >= card_min_width(column)
        for row in range(model.rowCount()):
            card = model.card(row)
            _, text = card_rects(view.visualRect(model.index(row)))
            lines = card_texts(card, view.font(), text.width())
            assert lines[2][0] == money_text(card.amount), card.title  # the amount is whole
            if biggest is None or card.amount > biggest[0].amount:
                biggest = (card, view, text.width())
    # The widest amount a column is made for fits whole as well; the rest gives way to it.
    card, view, width = biggest
    huge = replace(card, amount=Decimal("99999999.99"))
    amount, tail = card_texts(huge, view.font(), width)[2]
    assert amount == "¥99,999,999.99"
    assert QFontMetrics(view.font()).horizontalAdvance(amount) <= width
    assert tail in ("", f"{card.probability}%", f"{card.probability}% · {card.owner_name}")


def test_board_refuses_a_drop_on_a_stage_the_rules_forbid(qtbot, ctx):
    page = open_page(qtbot, ctx, "board")
    won_column, index = card_in(page, "won")
    data = won_column.model.mimeData([index])
    for stage in ("lead", "negotiation", "lost"):
        target = page.board.columns[stage].model
        assert not can_move("won", stage)
        assert not target.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    proposal, index = card_in(page, "proposal")
    data = proposal.model.mimeData([index])
    lead = page.board.columns["lead"].model
    assert not lead.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    assert not lead.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())


def test_drop_on_an_allowed_stage_moves_the_card_and_queues_the_change(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx, "board")
    source, index = card_in(page, "qualified")
    card = source.model.card(0)
    before = counts(write_ctx.store)
    target = page.board.columns["negotiation"].model
    data = source.model.mimeData([index])
    assert target.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    with qtbot.waitSignal(page.loaded, timeout=10000):
        target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, index.parent())
    record = stored(write_ctx.store, card.id)
    assert record["stage"] == "negotiation" and record["probability"] == 75
    assert target.row_of(card.id) >= 0 and source.model.row_of(card.id) < 0
    assert counts(write_ctx.store) == (before[0], before[1] + 1)
    assert card.title in page.message.text()
    # The moved card keeps the focus in its new column, for the next keyboard move.
    column = page.board.columns["negotiation"]
    assert column.model.card(column.view.currentIndex().row()).id == card.id


def test_keyboard_moves_a_card_one_stage_on(qtbot, write_ctx):
    page = open_page(qtbot, write_ctx, "board")
    column, index = card_in(page, "lead")
    card = column.model.card(0)
    column.view.setFocus()
    column.view.setCurrentIndex(index)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(
            column.view,
            Qt.Key.Key_Right,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert stored(write_ctx.store, card.id)["stage"] == "qualified"


# A drop on lost (or won) asks in the close dialog: tests/ui/test_stage_moves.py.


# -- dialog ---------------------------------------------------------------------------------


def test_new_opportunity_bad_input_is_shown_inline_and_nothing_is_saved(qtbot, write_ctx):
    dialog = OpportunityDialog(write_ctx, customer_id="CUS-000004")
    qtbot.addWidget(dialog)
    dialog.show()
    before = counts(write_ctx.store)
    type_text(qtbot, dialog.amount_edit, "12,8oo")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    shown = dialog.errors.shown
    assert set(shown) == {"title", "amount"}
    assert dialog.findChild(QLabel, "titleError").isVisible()
    assert "amount" in dialog.findChild(QLabel, "amountError").text().lower()
    assert dialog.isVisible() and counts(write_ctx.store) == before
    # Choosing "lost" without a reason is refused too, with the other errors still named.
    dialog.stage_combo.set_code("lost")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "lost_reason" in dialog.errors.shown
    assert counts(write_ctx.store) == before


def test_new_opportunity_from_the_page_is_saved_and_queued(qtbot, write_ctx, zhangwei):
    page = open_page(qtbot, write_ctx)
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(OpportunityDialog)
    assert dialog is not None and dialog.customer_picker is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    picker = dialog.customer_picker
    name = picker.itemText(1)
    type_text(qtbot, picker.lineEdit(), name)
    assert picker.customer_id() == picker.itemData(1)
    type_text(qtbot, dialog.title_edit, "总部SD-WAN组网")
    type_text(qtbot, dialog.amount_edit, "120,000")
    dialog.category_combo.set_code("leased_line")
    before = counts(write_ctx.store)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = stored(write_ctx.store, saved.args[0])
    assert record["owner_id"] == zhangwei.id and record["version"] == 0
    assert record["amount"] == "120000.00" and record["probability"] == 10
    assert record["customer_id"] == picker.itemData(1)
    assert counts(write_ctx.store) == (before[0] + 1, before[1] + 1)
    with write_ctx.store.begin() as conn:
        entry = conn.execute(
            select(OutboxEntry).where(OutboxEntry.record_id == saved.args[0])
        ).one()
    assert entry.kind == "create" and entry.system == "city"


def test_edit_offers_only_the_moves_the_stage_allows(qtbot, ctx, small_store):
    with small_store.begin() as conn:
        won = conn.execute(select(Opportunity.id).where(Opportunity.stage == "won")).scalar()
        proposal = conn.execute(
            select(Opportunity.id).where(Opportunity.stage == "proposal")
        ).scalar()
    dialog = OpportunityDialog(ctx, opportunity_id=won)
    qtbot.addWidget(dialog)
    codes = [dialog.stage_combo.itemData(i) for i in range(dialog.stage_combo.count())]
    assert codes == ["won"]
    dialog = OpportunityDialog(ctx, opportunity_id=proposal)
    qtbot.addWidget(dialog)
    codes = [dialog.stage_combo.itemData(i) for i in range(dialog.stage_combo.count())]
    assert codes == ["qualified", "proposal", "negotiation", "won", "lost"]
    assert dialog.amount_edit.text().replace(",", "").replace(".", "").isdigit()


def test_domain_refuses_a_move_the_board_would_refuse():
    from bigcust_desktop.domain.drafts.opportunities import stage_move

    with pytest.raises(ValidationErrors) as caught:
        stage_move({"stage": "won", "probability": 100, "lost_reason": None}, "lead")
    assert [e.code for e in caught.value.errors] == ["stage.move_not_allowed"]
    changes = stage_move({"stage": "lead", "probability": 10, "lost_reason": None}, "proposal")
    assert changes["stage"] == "proposal" and changes["probability"] == 50
