"""The week plan (拜访计划): the visits, calls and meetings planned for one week, day by day,
with the previous and next weeks a key away; plan a visit, log it, export the week as an
iCalendar file for Outlook, 企业微信 or 钉钉.

Loads through the one `PageLoader` (`store.todos.week`); the file is written in the export lane
by `reports.ical.export_plan`. Depends on `ui.qt`, the app context and the to-do columns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bigcust_desktop.domain.drafts.todos import Week
from bigcust_desktop.store.queries.todos import TodoRow
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import message_box, show_failure
from bigcust_desktop.ui.labels import label, to_local
from bigcust_desktop.ui.qt import (
    QColor,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QModelIndex,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.todos.columns import GREY, RED
from bigcust_desktop.ui.widgets.page_loader import PageLoader

ID_ROLE = Qt.ItemDataRole.UserRole


class WeekPlan(QWidget):
    """One week of planned items; ``open_todo(id)`` when one is activated."""

    loaded = Signal()
    exported = Signal(str)  # the path written
    todo_activated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weekPlan")
        self.ctx = ctx
        self.week = Week.of(dt.datetime.now(dt.UTC))
        self.rows: list[TodoRow] = []
        self.previous = QPushButton(self.tr("◀ Previous week"), self)
        self.previous.setObjectName("previousWeek")
        self.this_week = QPushButton(self.tr("This wee&k"), self)
        self.this_week.setObjectName("thisWeek")
        self.next = QPushButton(self.tr("Next week ▶"), self)
        self.next.setObjectName("nextWeek")
        self.heading = QLabel(self)
        self.heading.setObjectName("weekHeading")
        self.export_button = QPushButton(self.tr("E&xport to calendar (.ics)…"), self)
        self.export_button.setObjectName("exportCalendar")
        self.export_button.setToolTip(self.tr("A file for Outlook, WeCom or DingTalk calendars"))
        self.previous.clicked.connect(lambda: self.show_week(self.week.shifted(-1)))
        self.next.clicked.connect(lambda: self.show_week(self.week.shifted(1)))
        self.this_week.clicked.connect(lambda: self.show_week(Week.of(dt.datetime.now(dt.UTC))))
        self.export_button.clicked.connect(lambda: self.ask_export())
        bar = QHBoxLayout()
        for widget in (self.previous, self.this_week, self.next):
            bar.addWidget(widget)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.export_button)

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("weekTree")
        self.tree.setAccessibleName(self.tr("Week plan"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        self.file_dialog: QFileDialog | None = None
        self.with_contacts = False  # key contacts' names go into the file (asked each time)
        self.loader = PageLoader(
            self, ctx, frozenset({"todo", "customer"}), self._query, self._show
        )

    def show_week(self, week: Week) -> None:
        self.week = week
        self.loader.refresh()

    def _owner(self) -> str | None:
        return self.ctx.user.id if self.ctx.user is not None else None

    def _query(self) -> Callable[[], list[TodoRow]]:
        store, owner, week = self.ctx.store, self._owner(), self.week

        def work() -> list[TodoRow]:
            return store.todos.week(owner, week.start, week.end)

        return work

    def _show(self, rows: list[TodoRow]) -> None:
        self.rows = rows
        days = self.week.days
        self.heading.setText(
            self.tr("Week of %1 to %2: %n planned", "", len(rows))
            .replace("%1", days[0].isoformat())
            .replace("%2", days[-1].isoformat())
        )
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Kind"), self.tr("Customer"), self.tr("To-do"),
             self.tr("State")]
        )  # fmt: skip
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun")]  # fmt: skip
        by_day: dict[dt.date, list[TodoRow]] = {day: [] for day in days}
        for row in rows:
            if row.starts_at is not None:
                by_day.setdefault(to_local(row.starts_at).date(), []).append(row)
        today = to_local(dt.datetime.now(dt.UTC)).date()
        for day, name in zip(days, names, strict=True):
            items = by_day[day]
            head = QStandardItem(
                f"{name} {day.month}/{day.day}" + (f"（{len(items)}）" if items else "")
            )
            if day == today:
                font = head.font()
                font.setBold(True)
                head.setFont(font)
            self.model.appendRow([head, *(QStandardItem() for _ in range(4))])
            for row in items:
                head.appendRow(self._line(row))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 2, 4):
            self.tree.resizeColumnToContents(column)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.loaded.emit()

    def _line(self, row: TodoRow) -> list[QStandardItem]:
        assert row.starts_at is not None
        state = label("todo_status", row.status)
        cells = [
            QStandardItem(to_local(row.starts_at).strftime("%H:%M")),
            QStandardItem(label("todo_kind", row.kind)),
            QStandardItem(row.customer_name),
            QStandardItem(row.title),
            QStandardItem(state),
        ]
        if row.status != "open":
            for cell in cells:
                cell.setForeground(QColor(GREY))
        elif row.starts_at < dt.datetime.now(dt.UTC):
            cells[0].setForeground(QColor(RED))
        for cell in cells:
            cell.setData(row.id, ID_ROLE)
        return cells

    def _activated(self, index: QModelIndex) -> None:
        todo_id = index.data(ID_ROLE)
        if todo_id:
            self.todo_activated.emit(str(todo_id))

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return None if value is None else str(value)

    # -- the calendar file ----------------------------------------------------------------

    def file_name(self) -> str:
        return f"拜访计划-{self.week.monday:%Y%m%d}.ics"

    def ask_export(self) -> QFileDialog | None:
        """Ask where to write the week; first, when the plan names key contacts (personal
        data), whether their names go into the file."""
        self.with_contacts = False
        if any(row.contact_name for row in self.rows):
            box = message_box(
                self,
                self.tr("Export the week to a calendar file"),
                self.tr("The plan names key contacts. Their names are personal data: put them "
                        "in the file?"),
                QMessageBox.Icon.Question,
            )  # fmt: skip
            include = box.addButton(self.tr("&Include names"), QMessageBox.ButtonRole.YesRole)
            leave = box.addButton(self.tr("&Leave names out"), QMessageBox.ButtonRole.NoRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setObjectName("personalDataQuestion")
            self.question = box
            box.exec()
            if box.clickedButton() not in (include, leave):
                return None
            self.with_contacts = box.clickedButton() is include
        dialog = QFileDialog(self, self.tr("Export the week to a calendar file"))
        dialog.setObjectName("calendarExportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("iCalendar file (*.ics)"))
        dialog.setDefaultSuffix("ics")
        dialog.setDirectory(str(Path.home()))
        dialog.selectFile(self.file_name())
        dialog.fileSelected.connect(self.export_to)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: str) -> None:
        """Write the shown week's open planned items in the export lane."""
        from bigcust_desktop.ui.todos.calendar import planned_contacts

        items = planned_contacts(self.rows, with_contacts=self.with_contacts)
        store, user, target = self.ctx.store, self.ctx.user, Path(path)
        personal = any(item.description for item in items)
        name = self.tr("Visit plan %1").replace("%1", self.week.monday.isoformat())
        now = dt.datetime.now(dt.UTC)

        def work() -> str:
            from bigcust_desktop.reports.ical import export_plan

            return str(export_plan(store, items, target, name, user, now, personal=personal))

        self.ctx.tasks.run(work, self.exported.emit, self._failed, lane=Lane.EXPORT)

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc, title=self.tr("Export the week to a calendar file"))
