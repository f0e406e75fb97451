"""The columns a to-do is shown in (the 待办 list and the week plan), and how its time and its
standing read. Depends on `ui.qt`, `ui.labels` and the domain's to-do rules.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.drafts.todos import Due, due_state
from bigcust_desktop.store.queries.todos import TodoRow
from bigcust_desktop.ui.labels import label, local_time_text
from bigcust_desktop.ui.qt import QCoreApplication
from bigcust_desktop.ui.widgets.sync_state import sync_state_column
from bigcust_desktop.ui.widgets.table_model import Column

RED, ORANGE, GREY = "#c0392b", "#d35400", "#7b8794"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def standing(row: TodoRow, now: dt.datetime) -> tuple[str, str | None]:
    """(text, colour) of where a to-do stands: done, overdue, due today, or nothing to say."""
    if row.status != "open":
        return label("todo_status", row.status), GREY
    when = row.when
    if when is None:
        return "", None
    state = due_state(when, now)
    if state is Due.OVERDUE:
        return QCoreApplication.translate("TodoTable", "Overdue"), RED
    if state is Due.TODAY:
        return QCoreApplication.translate("TodoTable", "Today"), ORANGE
    return "", None


def todo_columns() -> tuple[list[Column], list[str | None]]:
    columns = [
        Column(
            QCoreApplication.translate("TodoTable", "When"),
            lambda r: local_time_text(r.when),
            color=lambda r: standing(r, _now())[1],
            tooltip=lambda r: standing(r, _now())[0],
        ),
        Column(
            QCoreApplication.translate("TodoTable", "State"),
            lambda r: standing(r, _now())[0],
            color=lambda r: standing(r, _now())[1],
        ),
        Column(
            QCoreApplication.translate("TodoTable", "Kind"), lambda r: label("todo_kind", r.kind)
        ),
        Column(QCoreApplication.translate("TodoTable", "To-do"), lambda r: r.title),
        Column(QCoreApplication.translate("TodoTable", "Customer"), lambda r: r.customer_name),
        Column(
            QCoreApplication.translate("TodoTable", "Priority"),
            lambda r: label("priority", r.priority),
        ),
        Column(
            QCoreApplication.translate("TodoTable", "From"),
            lambda r: label("todo_source", r.source_entity),
        ),
        sync_state_column(QCoreApplication.translate("TodoTable", "Sync"), lambda r: r.sync_state),
    ]
    orders = ["when", "status", "kind", "title", "customer_name", "priority", None, None]
    return columns, orders
