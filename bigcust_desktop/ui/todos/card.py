"""The dashboard's 待办 card: how many to-dos are overdue and due today, each a click away from
the list that shows them. Loads by itself (`store.todos.due_counts`) through the one page loader.

Depends on `ui.qt`, the app context and the dashboard's card frame.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QHBoxLayout, QPushButton, QWidget, Signal
from bigcust_desktop.ui.todos.columns import ORANGE, RED
from bigcust_desktop.ui.widgets.charts import Card
from bigcust_desktop.ui.widgets.page_loader import PageLoader


class TodoCard(Card):
    """待办: overdue and due today; a click opens the 待办 page on them."""

    navigate_requested = Signal(str, object)
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("To-dos"), "todoCard", parent)
        self.ctx = ctx
        self.counts = (0, 0)
        self.overdue = QPushButton(self)
        self.overdue.setObjectName("todoOverdue")
        self.today = QPushButton(self)
        self.today.setObjectName("todoToday")
        self.week = QPushButton(self.tr("Week &plan"), self)
        self.week.setObjectName("todoWeek")
        for button in (self.overdue, self.today, self.week):
            button.setAutoDefault(False)
        self.overdue.clicked.connect(
            lambda: self.navigate_requested.emit("todos", {"view": "overdue"})
        )
        self.today.clicked.connect(lambda: self.navigate_requested.emit("todos", {"view": "today"}))
        self.week.clicked.connect(lambda: self.navigate_requested.emit("todos", {"week": True}))
        row = QHBoxLayout()
        row.addWidget(self.overdue)
        row.addWidget(self.today)
        row.addWidget(self.week)
        row.addStretch(1)
        self.body.addLayout(row)
        self._draw()
        self.loader = PageLoader(self, ctx, frozenset({"todo"}), self._query, self._show)

    def _query(self) -> Callable[[], tuple[int, int]]:
        store = self.ctx.store
        owner = self.ctx.user.id if self.ctx.user is not None else None
        now = dt.datetime.now(dt.UTC)

        def work() -> tuple[int, int]:
            return store.todos.due_counts(owner, now)

        return work

    def _show(self, counts: tuple[int, int]) -> None:
        self.counts = counts
        self._draw()
        self.loaded.emit()

    def _draw(self) -> None:
        overdue, today = self.counts
        self.overdue.setText(self.tr("%n overdue", "", overdue))
        self.overdue.setStyleSheet(f"color: {RED};" if overdue else "")
        self.today.setText(self.tr("%n due today", "", today))
        self.today.setStyleSheet(f"color: {ORANGE};" if today else "")

    def refresh(self) -> None:
        self.loader.refresh()
