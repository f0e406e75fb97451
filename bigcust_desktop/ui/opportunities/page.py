"""The opportunities page (商机): filters, a lazily loaded table and the stage board.

Queries run through the task runner; moves and edits go through `store.opportunities` via
`ctx.write`, and the page redraws when a change notice names opportunities. Depends on `ui.qt`,
the store's services and the domain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.form_input import local_today
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.money import ZERO
from bigcust_desktop.domain.stages import CLOSED_STAGES, OPEN_STAGES, refusal
from bigcust_desktop.store.outbox.decide import AlreadySent
from bigcust_desktop.store.queries.opportunities import (
    OpportunityFilter,
    StageTotal,
)
from bigcust_desktop.store.services.opportunities import StageMove
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import label, money_short, money_tip
from bigcust_desktop.ui.opportunities.board import StageBoard
from bigcust_desktop.ui.opportunities.close_dialog import CloseDealDialog
from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
from bigcust_desktop.ui.opportunities.filters import OpportunityFilters
from bigcust_desktop.ui.opportunities.table import opportunity_columns
from bigcust_desktop.ui.preferences import page_view, remember_page_view
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QPushButton,
    QShortcut,
    QShowEvent,
    QStackedWidget,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.after_paint import AfterPaint
from bigcust_desktop.ui.widgets.list_page import ListPage
from bigcust_desktop.ui.widgets.messages import error_text
from bigcust_desktop.ui.widgets.page_loader import PageLoader, show_ids

BOARD_LIMIT = 200  # cards drawn per column; the header still counts and sums them all
CLOSED_DAYS = 90  # the board's won and lost columns show what closed this recently
WATCHED = frozenset({"opportunity", "customer", "user"})


class OpportunitiesPage(ListPage):
    """商机: the manager's pipeline as a table or a stage board."""

    summarized = Signal()  # the summary shows the newest totals (after or beside the rows)
    PAGE_NAME = "opportunities"
    WATCHED = WATCHED
    SERVICE = "opportunities"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, order=("expected_close", False))
        self.setObjectName("opportunitiesPage")
        self._focus_after: tuple[str, str] | None = None  # (id, stage) to select after a move
        self._last_move: StageMove | None = None  # undoable until sent
        self._view_user: str | None = None  # whose remembered view the page shows
        self._choices_asked = False  # the filters' choices are read after the first rows
        self._build()
        # The table's stage totals (the summary) in a read of their own, beside the rows' read
        # in the read lane's second thread: the rows wait for the list alone. It follows the
        # rows' loader, so a show or a change notice asks for the rows first.
        self.totals_loader = PageLoader(
            self, ctx, WATCHED, self._totals_query, self._totals_loaded, follows=self.loader
        )

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New opportunity"), self)
        self.new_button.setObjectName("newOpportunity")
        self.new_button.setToolTip(self.tr("New opportunity (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_opportunity)
        self.new_button.setEnabled(self.ctx.user is not None)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_opportunity)

        self.filters = OpportunityFilters(self.ctx, self)
        self.filters.changed.connect(self.refresh)
        # Short names for the filters (the window and the tests reach them from the page).
        self.search, self.stage_filter = self.filters.search, self.filters.stage_filter
        self.open_only = self.filters.open_only

        self.table_button = QToolButton(self)
        self.table_button.setObjectName("tableViewButton")
        self.table_button.setText(self.tr("Table"))
        self.board_button = QToolButton(self)
        self.board_button.setObjectName("boardViewButton")
        self.board_button.setText(self.tr("Board"))
        for button in (self.table_button, self.board_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table_button.setChecked(True)
        self.board_button.setToolTip(self.tr("Stage board (Ctrl+Shift+B switches)"))
        self.board_button.toggled.connect(self._view_changed)
        QShortcut(QKeySequence("Ctrl+Shift+B"), self, activated=self.toggle_view)

        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.filters, 3)
        bar.addStretch(1)
        bar.addWidget(self.table_button)
        bar.addWidget(self.board_button)

        columns, orders = opportunity_columns()
        self.build_list(columns, orders, "opportunityTable", self.tr("Opportunities"))
        self.model.sort_requested.disconnect(self._sort)  # connected again below
        self.table.horizontalHeader().setSortIndicator(7, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        # The title takes the room left; the sync state is blank once synced, so it is as wide
        # as its header until a row waits, was refused or conflicts.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widths = ((1, 140), (2, 80), (3, 90), (4, 115), (5, 70), (6, 115), (7, 100), (8, 70))
        for column, width in widths:
            header.resizeSection(column, width)
        header.setSectionResizeMode(9, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(
            lambda index: self.open_opportunity(self.model.id_at(index.row()))
        )

        self._board: StageBoard | None = None  # built when first shown (`board`)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)

        self.lay_out(bar, self.stack, "opportunitySummary")
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("undoMove")
        self.undo_button.clicked.connect(self.undo_move)
        self.undo_button.hide()
        self.footer.addWidget(self.undo_button)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_move)
        self.model.sort_requested.connect(self._sort)  # after the indicator's first setting

    @property
    def board(self) -> StageBoard:
        """The stage board, built the first time it is wanted: its six columns are most of
        the page's making, which a switch to the table need not wait for."""
        if self._board is None:
            self._board = StageBoard(self)
            self._board.move_requested.connect(self.move)
            self._board.move_refused.connect(self.refuse)
            self._board.open_requested.connect(self.open_opportunity)
            self.stack.addWidget(self._board)
        return self._board

    # -- filters -----------------------------------------------------------------------------

    def current_filter(self) -> OpportunityFilter:
        return self.filters.current()

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """Show what a dashboard click asks for: ``stage``, ``open``, ``owner_id``,
        ``customer_id``, ``text``, ``close_month`` (``YYYY-MM``) and ``view`` (table/board)."""
        self.filters.apply(filter)
        if filter.get("view") in ("table", "board"):
            self.set_view(str(filter["view"]), refresh=False)
        self.refresh()

    # -- views -------------------------------------------------------------------------------

    def toggle_view(self) -> None:
        view = "table" if self.board_button.isChecked() else "board"
        self.set_view(view)
        self._remember_view(view)

    def _remember_view(self, view: str) -> None:
        if self.ctx.user is not None:
            remember_page_view(
                self.ctx.profile.settings_path, self.ctx.user.id, self.PAGE_NAME, view
            )

    def showEvent(self, event: QShowEvent) -> None:
        """The first time a user sees the page, it opens on the view they last chose."""
        user = self.ctx.user
        if user is not None and self._view_user != user.id:
            self._view_user = user.id
            view = page_view(self.ctx.profile.settings_path, user.id, self.PAGE_NAME, "table")
            if view != ("board" if self.board_button.isChecked() else "table"):
                self.set_view(view)  # the newer load wins over the one the show began
        super().showEvent(event)

    def set_view(self, view: str, *, refresh: bool = True) -> None:
        button = self.board_button if view == "board" else self.table_button
        button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(False)
        self.stack.setCurrentWidget(self.board if view == "board" else self.table)
        self.filters.set_stage_filters_enabled(view != "board")
        if refresh:
            self.refresh()

    def _view_changed(self, board: bool) -> None:
        self._remember_view("board" if board else "table")
        self.stack.setCurrentWidget(self.board if board else self.table)
        self.filters.set_stage_filters_enabled(not board)
        self.refresh()

    # -- loading -----------------------------------------------------------------------------

    def _on_board(self) -> bool:
        return self._board is not None and self.stack.currentWidget() is self._board

    def _query(self) -> Callable[[], dict[str, Any]]:
        flt = self.current_filter()
        store, order, page = self.ctx.store, self._order, self.model.page_size
        on_board = self._on_board()
        since = local_today(dt.datetime.now(dt.UTC)) - dt.timedelta(days=CLOSED_DAYS)

        def work() -> dict[str, Any]:
            if on_board:  # its columns' headers need the totals: in the same read
                return {
                    "totals": store.opportunities.stage_totals(flt),
                    "board": store.opportunities.board(flt, since, BOARD_LIMIT),
                }
            # The first page's rows too: the first draw reads nothing on the GUI thread.
            ids, rows = store.opportunities.listed(flt, *order, page)
            return {"ids": ids, "rows": rows}

        return work

    def _totals_query(self) -> Callable[[], dict[str, StageTotal] | None]:
        flt, store = self.current_filter(), self.ctx.store
        if self._on_board():
            return lambda: None  # the board's own read brings them

        def work() -> dict[str, StageTotal]:
            return store.opportunities.stage_totals(flt)

        return work

    def _totals_loaded(self, totals: dict[str, StageTotal] | None) -> None:
        if totals is not None and not self._on_board():
            self._show_summary(totals)
            self.summarized.emit()

    def _loaded(self, result: dict[str, Any]) -> None:
        if "totals" in result:
            self._show_summary(result["totals"])
            self.summarized.emit()
        if "ids" in result:
            show_ids(self.table, self.model, result["ids"], fetch=True, rows=result["rows"])
        else:
            board = result["board"]
            self.board.show_data(board.totals, board.cards)
            if self._focus_after:
                card_id, stage = self._focus_after
                self._focus_after = None
                column = self.board.columns[stage]
                row = column.model.row_of(card_id)
                if row >= 0:
                    column.view.setCurrentIndex(column.model.index(row))
                    column.view.setFocus()
        self.loaded.emit()
        if not self._choices_asked:  # once the first rows are drawn: not on the switch's path
            self._choices_asked = True
            AfterPaint(self.table.viewport(), self.filters.load_choices)

    def _show_summary(self, totals: dict[str, StageTotal]) -> None:
        count = sum(t.count for t in totals.values())
        open_totals = [t for s, t in totals.items() if s in OPEN_STAGES]
        amount = sum((t.amount for t in open_totals), start=ZERO)
        weighted = sum((t.weighted for t in open_totals), start=ZERO)
        self.summary.setText(
            self.tr("%n opportunities · open pipeline %1 · weighted %2", "", count)
            .replace("%1", money_short(amount))
            .replace("%2", money_short(weighted))
        )
        self.summary.setToolTip(money_tip(amount, weighted))

    # -- actions -----------------------------------------------------------------------------

    def new_opportunity(self) -> None:
        if self.ctx.user is None:
            return
        dialog = OpportunityDialog(self.ctx, customer_id=self.filters.customer_id, parent=self)
        dialog.saved.connect(lambda _id: self._say(self.tr("Opportunity saved.")))
        self.open_dialog(dialog)

    def open_opportunity(self, opportunity_id: str) -> OpportunityDialog:
        dialog = OpportunityDialog(self.ctx, opportunity_id=opportunity_id, parent=self)
        dialog.saved.connect(lambda _id: self._say(self.tr("Opportunity saved.")))
        self.open_dialog(dialog)
        return dialog

    def move(self, opportunity_id: str, frm: str, to: str) -> None:
        """A card dropped on another stage (or moved by keyboard): check, ask what a closing
        stage needs, then store the move, undoable until it is sent."""
        self._say("")
        why = refusal(frm, to)
        if why is not None:
            self.refuse(frm, to)
            return
        card = self.board.card(opportunity_id)
        if to in CLOSED_STAGES:
            if card is None:  # not on the board: the dialog asks instead
                self.open_opportunity(opportunity_id).preset_stage(to)
                return
            dialog = CloseDealDialog(card.title, card.customer_name, card.amount, to, self)
            dialog.accepted.connect(
                lambda: self._store_move(
                    opportunity_id, to, dialog.lost_reason(), dialog.signed_on()
                )
            )
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        self._store_move(opportunity_id, to, None, None)

    def refuse(self, frm: str, to: str) -> None:
        """Say why a move is refused (a drop, a key, a menu): the rule, not only "no"."""
        why = refusal(frm, to) or "stage.move_not_allowed"
        refused = (
            self.tr("An opportunity cannot move from %1 to %2.")
            .replace("%1", label("stage", frm))
            .replace("%2", label("stage", to))
        )
        reason = error_text(ValidationError("stage", why, "", {"from": frm, "to": to}))
        # Two sentences: a space between them in English, none after a Chinese full stop.
        self._say(self.tr("%1 %2").replace("%1", refused).replace("%2", reason), error=True)

    def _store_move(
        self, opportunity_id: str, to: str, lost_reason: str | None, signed_on: dt.date | None
    ) -> None:
        store = self.ctx.store
        today = local_today(dt.datetime.now(dt.UTC))

        def work() -> StageMove | None:
            return store.opportunities.move_stage(
                opportunity_id, to, lost_reason=lost_reason, signed_on=signed_on, today=today
            )

        def moved(move: StageMove | None) -> None:
            if move is None:
                return
            self._say(
                self.tr("“%1” moved to %2.")
                .replace("%1", move.title)
                .replace("%2", label("stage", to))
            )
            self._last_move = move
            self.undo_button.setToolTip(
                self.tr("Move “%1” back to %2 (Ctrl+Z)")
                .replace("%1", move.title)
                .replace("%2", label("stage", move.frm))
            )
            self.undo_button.show()

        self._focus_after = (opportunity_id, to)
        self.ctx.write(work, {"opportunity"}, moved, self._move_failed)

    def undo_move(self) -> None:
        """Take the last move back while the outbox still holds it (撤销)."""
        move = self._last_move
        if move is None:
            return
        self._last_move = None
        self.undo_button.hide()
        store = self.ctx.store

        def work() -> None:
            store.opportunities.undo_move(move)

        def undone(_: None) -> None:
            self._say(
                self.tr("“%1” is back in %2.")
                .replace("%1", move.title)
                .replace("%2", label("stage", move.frm))
            )

        self._focus_after = (move.opportunity_id, move.frm)
        self.ctx.write(work, {"opportunity"}, undone, self._move_failed)

    def _move_failed(self, exc: BaseException) -> None:
        self._focus_after = None
        if isinstance(exc, AlreadySent):
            self._last_move = None
            self.undo_button.hide()
        if isinstance(exc, ValidationErrors | ValidationError):
            self._show_errors(exc)
        else:
            show_failure(self, exc)

    def _show_errors(self, exc: ValidationErrors | ValidationError) -> None:
        errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
        self._say(" ".join(error_text(e) for e in errors), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        self.message.setText(text)
