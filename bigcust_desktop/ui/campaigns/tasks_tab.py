"""我的营销任务: the campaign tasks assigned to the signed-in manager, offline. An outcome (有意向,
拒绝, 未接通, or 已转商机 through a prefilled opportunity dialog) is logged in the write lane as a
contact and goes out with the next sync; a task becomes a 待办 in one click (`store.todos`).

Depends on `ui.qt`, the page loader and table models, `ui.labels`, `ui.errors` and
`store.campaigns` / `store.todos` (called in the lanes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.domain.drafts.todos import new_todo
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.vocab_city import RoundChannel, TaskOutcome, TodoKind, TodoSource
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.labels import date_text, label, to_local
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.messages import error_text
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.campaigns import TaskRow
    from bigcust_desktop.ui.campaigns.opportunity import TaskOpportunityDialog

WATCHED = frozenset({"campaign", "campaign_round", "campaign_task", "customer"})
# What logging an outcome changes (the change notice).
LOGGED = frozenset({"campaign_task", "activity"})
# The to-do a task becomes, by the round's channel: a call or a visit is planned at a time.
TODO_KIND = {RoundChannel.PHONE: TodoKind.CALL, RoundChannel.VISIT: TodoKind.VISIT}


class TasksTab(QWidget):
    """The manager's open campaign tasks, soonest due first."""

    loaded = Signal()
    logged = Signal(str)  # the task's id, once its outcome is stored

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignTasksTab")
        self.ctx = ctx
        self.dialog: TaskOpportunityDialog | None = None
        self.model = RowsModel(
            [
                Column(self.tr("Customer"), lambda t: t.customer_name),
                Column(self.tr("Campaign"), lambda t: t.campaign_name),
                Column(self.tr("Round"), lambda t: t.round_name),
                Column(self.tr("Channel"), lambda t: label("round_channel", t.channel)),
                Column(
                    self.tr("Due"),
                    lambda t: date_text(t.due_on),
                    sort_key=lambda t: t.due_on or dt.date.max,
                ),
            ],
            self,
        )
        self.table = record_table(self, self.model, "campaignTasksTable", self.tr("My tasks"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # the soonest due first
        self.table.activated.connect(lambda _i: self.open_customer())
        self.notes = QLineEdit(self)
        self.notes.setObjectName("campaignTaskNotes")
        self.notes.setMaxLength(500)
        self.notes.setPlaceholderText(self.tr("What the customer said (optional)"))
        notes_label = QLabel(self.tr("Not&es"), self)
        notes_label.setBuddy(self.notes)
        self.outcome_buttons: dict[TaskOutcome, QPushButton] = {}
        texts = {
            TaskOutcome.INTERESTED: self.tr("&Interested"),
            TaskOutcome.DECLINED: self.tr("&Declined"),
            TaskOutcome.NOT_REACHED: self.tr("Not &reached"),
            TaskOutcome.OPPORTUNITY_OPENED: self.tr("&Opportunity opened…"),
        }
        outcomes = QHBoxLayout()
        outcomes.addWidget(notes_label)
        outcomes.addWidget(self.notes, 1)
        for outcome, text in texts.items():
            button = QPushButton(text, self)
            button.setObjectName(f"outcome_{outcome.value}")
            button.clicked.connect(lambda _c=False, o=outcome: self.log(o))
            outcomes.addWidget(button)
            self.outcome_buttons[outcome] = button
        self.todo_button = QPushButton(self.tr("Add to &to-dos"), self)
        self.todo_button.setObjectName("campaignTaskTodo")
        self.todo_button.setToolTip(
            self.tr("Plan this task as a to-do (a call or visit at a time)")
        )
        self.todo_button.clicked.connect(self.make_todo)
        self.open_button = QPushButton(self.tr("Open &360 view"), self)
        self.open_button.setObjectName("campaignTaskOpen")
        self.open_button.clicked.connect(self.open_customer)
        self.summary = QLabel(self)
        self.summary.setObjectName("campaignTasksSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("campaignTasksMessage")
        self.message.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.todo_button)
        footer.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(outcomes)
        box.addWidget(self.message)
        box.addLayout(footer)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)
        self._selected()

    # -- loading ------------------------------------------------------------------------------

    def _query(self) -> Callable[[], list[TaskRow]]:
        store, user = self.ctx.store, self.ctx.user
        if user is None:
            return lambda: []
        return lambda: store.campaigns.open_tasks(user.id)

    def _loaded(self, tasks: list[TaskRow]) -> None:
        chosen = self.selected()
        self.model.set_rows(tasks)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        tasks = self.model.rows()
        self.table.resizeColumnsToContents()
        ids = [t.id for t in tasks]
        if tasks:
            self.table.selectRow(ids.index(chosen.id) if chosen and chosen.id in ids else 0)
            self.summary.setText(
                self.tr("%n open campaign task(s) assigned to you. Log the outcome of each.", "",
                        len(tasks))
            )  # fmt: skip
        else:
            self.summary.setText(
                self.tr("No open campaign tasks: your regional manager assigns them, and they "
                        "arrive with the sync.")
            )  # fmt: skip
        self._selected()
        self.loaded.emit()

    # -- the chosen task ----------------------------------------------------------------------

    def selected(self) -> TaskRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_task(self, task_id: str) -> bool:
        for row, task in enumerate(self.model.rows()):
            if task.id == task_id:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> None:
        has = self.selected() is not None
        for button in (*self.outcome_buttons.values(), self.todo_button, self.open_button):
            button.setEnabled(has)

    def open_customer(self) -> None:
        task = self.selected()
        if task is not None:
            self.ctx.open_customer.emit(task.customer_id)

    # -- outcomes -----------------------------------------------------------------------------

    def log(self, outcome: TaskOutcome) -> None:
        """Close the chosen task with ``outcome`` (an opportunity through its dialog)."""
        task, user = self.selected(), self.ctx.user
        if task is None or user is None:
            return
        if outcome == TaskOutcome.OPPORTUNITY_OPENED:
            self.open_opportunity(task)
            return
        store, notes = self.ctx.store, self.notes.text().strip() or None
        self.message.clear()

        def work() -> str:
            done = store.campaigns.log_outcome(task.id, outcome, user.id, notes=notes)
            return str(done["id"])

        self.ctx.write(work, LOGGED, self._logged, self._failed)

    def open_opportunity(self, task: TaskRow) -> TaskOpportunityDialog:
        from bigcust_desktop.ui.campaigns.opportunity import TaskOpportunityDialog

        dialog = TaskOpportunityDialog(self.ctx, task, self.notes.text().strip() or None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _oid: self._logged(task.id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _logged(self, task_id: str) -> None:
        self.notes.clear()
        self.message.setText(self.tr("Outcome saved; it goes to the city CRM at the next sync."))
        self.logged.emit(task_id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationErrors) and exc.errors:
            exc = exc.errors[0]
        if isinstance(exc, ValidationError):
            self.message.setText(error_text(exc))
            return
        show_failure(self, exc, doing="logging a campaign outcome")

    # -- to-do --------------------------------------------------------------------------------

    def make_todo(self) -> None:
        """The chosen task as a 待办 of the user's (once: a second click makes none)."""
        task, user = self.selected(), self.ctx.user
        if task is None or user is None:
            return
        fields = todo_fields(task, user.id, dt.datetime.now(dt.UTC))
        store = self.ctx.store

        def work() -> list[str]:
            return store.todos.create_missing(TodoSource.CAMPAIGN_TASK.value, {task.id: fields})

        def done(made: list[str]) -> None:
            self.message.setText(
                self.tr("Added to your to-dos.")
                if made
                else self.tr("This task is already among your to-dos.")
            )

        self.ctx.write(work, ("todo",), done, self._failed)


def todo_fields(task: TaskRow, owner_id: str, now: dt.datetime) -> dict[str, Any]:
    """The to-do of a campaign task: a call or visit planned at the next full hour, any other
    channel a task due at the end of the round's last day."""
    kind = TODO_KIND.get(RoundChannel(task.channel), TodoKind.TASK)
    title = f"{task.campaign_name} · {task.round_name}"
    if kind is TodoKind.TASK:
        day = task.due_on or to_local(now).date()
        end = dt.datetime.combine(day, dt.time(18, 0), tzinfo=to_local(now).tzinfo)
        return new_todo(
            customer_id=task.customer_id, owner_id=owner_id, kind=kind, title=title, now=now,
            due_at=max(end, now), source_entity=TodoSource.CAMPAIGN_TASK.value,
            source_id=task.id,
        )  # fmt: skip
    start = now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return new_todo(
        customer_id=task.customer_id, owner_id=owner_id, kind=kind, title=title, now=now,
        starts_at=start, ends_at=start + dt.timedelta(hours=1),
        source_entity=TodoSource.CAMPAIGN_TASK.value, source_id=task.id,
    )  # fmt: skip
