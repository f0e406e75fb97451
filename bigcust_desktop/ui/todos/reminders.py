"""Reminders of planned visits and to-dos while the app runs, online or not: every half minute
the read lane asks `store.todos.reminders` what has come due; each is shown once — a
non-modal notice over the window, the tray's balloon where there is a tray, the status bar —
and remembered in the store, so a restart does not show it again.

Depends on `ui.qt`, the app context and `ui.labels`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import message_box
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import (
    QMessageBox,
    QObject,
    QStatusBar,
    QSystemTrayIcon,
    Qt,
    QTimer,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from bigcust_desktop.store.queries.todos import TodoRow
    from bigcust_desktop.ui.main_window import MainWindow

CHECK_MS = 30_000


class Reminders(QObject):
    """Checks for due reminders; `reminded(rows)` after each batch shown."""

    reminded = Signal(object)  # list[TodoRow]
    open_todos = Signal()  # the user asked to see the to-dos

    def __init__(
        self,
        ctx: AppContext,
        window: QWidget,
        status_bar: QStatusBar | None = None,
        tray: QSystemTrayIcon | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        super().__init__(window)
        self.ctx, self._window, self._status, self._tray, self._now = (
            ctx, window, status_bar, tray, now,
        )  # fmt: skip
        self._checking = False
        self.notice: QMessageBox | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        """Ask the read lane for reminders that have come due (one check at a time)."""
        if self._checking or not self.ctx.is_open or self.ctx.user is None:
            return
        self._checking = True
        store, owner, now = self.ctx.store, self.ctx.user.id, self._now()

        def work() -> list[TodoRow]:
            return store.todos.reminders(owner, now)

        self.ctx.read(work, self._due, self._failed, owner=self)

    def _failed(self, _exc: BaseException) -> None:
        self._checking = (
            False  # tried again at the next tick; a reminder is never urgent to a second
        )

    def _due(self, rows: list[TodoRow]) -> None:
        if not rows:
            self._checking = False
            return
        self._show(rows)
        store = self.ctx.store
        shown = {row.id: row.remind_at for row in rows if row.remind_at is not None}

        def work() -> None:
            store.todos.mark_reminded(shown)

        def done(_result: object) -> None:
            self._checking = False
            self.reminded.emit(rows)

        self.ctx.write(work, (), done, self._failed)

    def text_of(self, rows: list[TodoRow]) -> str:
        lines = [
            self.tr("%1 %2 · %3 · %4")
            .replace("%1", local_time_text(row.when))
            .replace("%2", label("todo_kind", row.kind))
            .replace("%3", row.customer_name)
            .replace("%4", row.title)
            for row in rows[:8]
        ]
        if len(rows) > 8:
            lines.append(self.tr("and %n more", "", len(rows) - 8))
        return "\n".join(lines)

    def _show(self, rows: list[TodoRow]) -> None:
        title = self.tr("Reminder: %n to-do(s)", "", len(rows))
        text = self.text_of(rows)
        if self._status is not None:
            self._status.showMessage(title + " — " + text.split("\n")[0], 60_000)
        if self._tray is not None and QSystemTrayIcon.supportsMessages():
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        if self.notice is not None:
            self.notice.close()
        # Non-modal: the user goes on working; the notice stays until dismissed.
        notice = message_box(self._window, title, text, QMessageBox.Icon.Information)
        notice.setObjectName("reminderNotice")
        notice.setWindowModality(Qt.WindowModality.NonModal)
        see = notice.addButton(self.tr("&Show to-dos"), QMessageBox.ButtonRole.ActionRole)
        notice.addButton(self.tr("&Dismiss"), QMessageBox.ButtonRole.RejectRole)
        see.clicked.connect(self.open_todos.emit)
        notice.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        notice.destroyed.connect(lambda *_: setattr(self, "notice", None))
        self.notice = notice
        notice.show()


def start_reminders(window: MainWindow) -> Reminders:
    """The window's reminders (made once, with a tray icon where there is a tray), started."""
    reminders: Reminders | None = getattr(window, "reminders", None)
    if reminders is None:
        tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = QSystemTrayIcon(window.windowIcon(), window)
            tray.setToolTip(window.windowTitle())
            tray.show()
        reminders = Reminders(window.ctx, window, window.statusBar(), tray)
        reminders.open_todos.connect(lambda: window.navigate("todos", {"view": "open"}))
    reminders.start()
    return reminders
