"""The 待办 page: the user's to-dos, overdue at the top, and the week plan (拜访计划) beside them;
plan a visit or add a to-do (Ctrl+N), tick one off, log the visit that closes a planned item.

A `ListPage` over `store.todos`, whose body holds the list and the week plan in two tabs.
Depends on `ui.qt`, the list page, the to-do dialog, the week plan and the log-a-contact dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bigcust_desktop.domain.drafts.todos import day_end, marked_done
from bigcust_desktop.store.queries.todos import TodoFilter
from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import (
    QComboBox,
    QPushButton,
    QTabWidget,
    QWidget,
)
from bigcust_desktop.ui.todos.columns import todo_columns
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed
from bigcust_desktop.ui.todos.week import WeekPlan
from bigcust_desktop.ui.widgets.list_page import ListPage

WATCHED = frozenset({"todo", "customer", "contact"})
# The list's views: (code, what it shows).
VIEWS = ("open", "overdue", "today", "done", "all")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class TodosPage(ListPage):
    """待办: the to-do list and the week plan."""

    PAGE_NAME = "todos"
    WATCHED = WATCHED
    SERVICE = "todos"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent, order=("", False))
        self.setObjectName("todosPage")
        self.log_dialog: LogActivityDialog | None = None

        self.new_button = self.new_record_button(
            self.tr("&Plan or add…"), "newTodo", self.tr("Plan a visit or add a to-do (Ctrl+N)"),
            self.new_todo,
        )  # fmt: skip
        self.done_button = QPushButton(self.tr("&Done"), self)
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.log_button = QPushButton(self.tr("&Log the visit…"), self)
        self.log_button.setObjectName("logVisit")
        self.log_button.setToolTip(self.tr("Log the contact; the planned item is closed with it"))
        self.log_button.clicked.connect(lambda: self.log_visit())
        self.view = QComboBox(self)
        self.view.setObjectName("todoView")
        self.view.setAccessibleName(self.tr("Which to-dos"))
        for code, text in zip(
            VIEWS,
            (self.tr("Open"), self.tr("Overdue"), self.tr("Due today"), self.tr("Done"),
             self.tr("All")),
            strict=True,
        ):  # fmt: skip
            self.view.addItem(text, code)
        self.view.currentIndexChanged.connect(lambda _: self.refresh())
        self.search = self.search_box(
            "todoSearch", self.tr("Search to-dos"), self.tr("To-do or customer")
        )
        bar = self.filter_bar(
            (self.new_button, self.done_button, self.log_button), self.search, (self.view,)
        )

        columns, orders = todo_columns()
        self.build_list(
            columns, orders, "todoTable", self.tr("To-dos"), stretch=3,
            widths=((0, 130), (1, 70), (2, 70), (4, 150), (5, 60), (6, 90)),
            sort_indicator=False,  # overdue first: no column's order
        )  # fmt: skip
        self.table.activated.connect(lambda _index: self.log_visit())
        self.week = WeekPlan(ctx, self)
        self.week.todo_activated.connect(lambda todo_id: self.log_visit(todo_id))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("todoTabs")
        self.tabs.addTab(self.table, self.tr("To-do l&ist"))
        self.tabs.addTab(self.week, self.tr("&Week plan"))
        self.lay_out(bar, self.tabs, "todoSummary")

    # -- filters and loading -----------------------------------------------------------------

    def current_filter(self, now: dt.datetime | None = None) -> TodoFilter:
        now = now or _now()
        view = self.view.currentData()
        owner = self.ctx.user.id if self.ctx.user is not None else None
        base = {"owner_id": owner, "customer_id": self._customer_id, "text": self.search.text()}
        if view == "overdue":
            return TodoFilter(**base, overdue_only=True)
        if view == "today":
            return TodoFilter(**base, due_before=day_end(now))
        if view == "done":
            return TodoFilter(**base, status="done")
        if view == "all":
            return TodoFilter(**base, status=None)
        return TodoFilter(**base)

    def apply_filter(self, filter: dict[str, Any]) -> None:
        """``view`` (open, overdue, today, done, all), ``customer_id``, ``week``."""
        self.view.blockSignals(True)
        view = filter.get("view")
        self.view.setCurrentIndex(VIEWS.index(view) if view in VIEWS else 0)
        self.view.blockSignals(False)
        self.set_customer(filter.get("customer_id"))
        if filter.get("week"):
            self.tabs.setCurrentWidget(self.week)
        self.refresh()

    def list_args(self) -> tuple[TodoFilter, dt.datetime]:
        now = _now()
        return self.current_filter(now), now

    def summary_text(self, count: int) -> str:
        return self.tr("%n to-dos", "", count)

    # -- actions -----------------------------------------------------------------------------

    def current_todo(self) -> str | None:
        if self.tabs.currentWidget() is self.week:
            return self.week.selected_id()
        return self.selected_id()

    def new_todo(self, seed: TodoSeed | None = None) -> TodoDialog | None:
        if self.ctx.user is None:
            return None
        seed = seed or TodoSeed(customer_id=self._customer_id)
        dialog = TodoDialog(self.ctx, seed, parent=self)
        dialog.saved.connect(lambda _id: self.message.setText(self.tr("To-do saved.")))
        self.open_dialog(dialog)
        return dialog

    def mark_done(self, todo_id: str | None = None) -> None:
        todo_id = todo_id or self.current_todo()
        if todo_id is None:
            self.message.setText(self.tr("Choose a to-do first."))
            return
        store, changes = self.ctx.store, marked_done(_now())

        def work() -> str:
            store.todos.update(todo_id, changes)
            return todo_id

        def done(_id: str) -> None:
            self.message.setText(self.tr("Marked as done."))

        self.ctx.write(work, ("todo",), done, lambda exc: show_failure(self, exc))

    def log_visit(self, todo_id: str | None = None) -> LogActivityDialog | None:
        """Log the contact of a planned item; saving it closes the item with its check-in."""
        todo_id = todo_id or self.current_todo()
        if todo_id is None or self.ctx.user is None:
            self.message.setText(self.tr("Choose a planned visit first."))
            return None
        todo = self.ctx.store.todos.get(todo_id)  # one record by key
        if todo is None or todo["status"] != "open":
            self.message.setText(self.tr("This to-do is closed already."))
            return None
        dialog = LogActivityDialog(self.ctx, customer_id=todo["customer_id"], parent=self,
                                   todo=todo)  # fmt: skip
        dialog.saved.connect(
            lambda _id: self.message.setText(self.tr("Visit logged; the plan is closed."))
        )
        self.log_dialog = dialog
        self.open_dialog(dialog)
        return dialog
