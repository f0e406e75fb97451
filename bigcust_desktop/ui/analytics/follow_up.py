"""Following up a customer from an analytic screen in one step: log a contact, open an
opportunity or start a quote, each in the existing dialog and prefilled with why, or add a to-do
naming the signals (once while it is open).

Depends on `ui.qt`, the app context, the domain's to-do rules, `store.todos` (through the write
lane), `ui.errors` and the activity, opportunity and quote dialogs (loaded on first use, as the
window loads them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bigcust_desktop.domain.drafts.todos import follow_up_todo
from bigcust_desktop.domain.vocab_city import TodoSource
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.errors import show_failure
from bigcust_desktop.ui.qt import QDialog, Qt, QWidget

if TYPE_CHECKING:
    from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
    from bigcust_desktop.ui.quotes.editor import QuoteEditor


# A to-do from an at-risk signal is due this many days from today.
SIGNAL_TODO_DAYS = 3


def _open(dialog: QDialog) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def log_contact(
    ctx: AppContext, parent: QWidget, customer_id: str, topic: str
) -> LogActivityDialog:
    """The log-a-contact dialog on this customer, its topic filled in."""
    from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog

    dialog = LogActivityDialog(ctx, customer_id=customer_id, parent=parent)
    dialog.topic.setText(topic)
    _open(dialog)
    return dialog


def new_opportunity(
    ctx: AppContext,
    parent: QWidget,
    customer_id: str,
    title: str,
    category: str | None = None,
    notes: str = "",
) -> OpportunityDialog:
    """A new opportunity on this customer, titled (and its product chosen) from the lead."""
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

    dialog = OpportunityDialog(ctx, customer_id=customer_id, parent=parent)
    dialog.title_edit.setText(title[:200])
    if category:
        dialog.category_combo.set_code(category)
    if notes:
        dialog.notes_edit.setPlainText(notes)
    _open(dialog)
    return dialog


def new_quote(ctx: AppContext, parent: QWidget, customer_id: str, title: str = "") -> QuoteEditor:
    """The quote editor on a new quote for this customer (a retention offer), titled."""
    from bigcust_desktop.ui.quotes.editor import QuoteEditor

    editor = QuoteEditor(ctx, customer_id=customer_id, parent=parent)
    if title and not editor.title_edit.text():
        editor.title_edit.setText(title[:200])
    _open(editor)
    return editor


def add_signal_todo(
    ctx: AppContext,
    parent: QWidget,
    customer_id: str,
    signals: Sequence[str],
    title: str,
    notes: str,
    done: Callable[[str, bool], None],
) -> None:
    """加入待办 from at-risk signals (their wire codes, the first the source): a task due in
    `SIGNAL_TODO_DAYS` days, made in the write lane unless the customer has an open one from
    any of these signals; ``done(id, made now)`` is told which. Nothing when signed out."""
    if ctx.user is None or not signals:
        return
    fields = follow_up_todo(
        customer_id=customer_id,
        owner_id=ctx.user.id,
        title=title,
        now=dt.datetime.now(dt.UTC),
        days=SIGNAL_TODO_DAYS,
        source_entity=TodoSource.SIGNAL,
        source_id=signals[0],
        notes=notes[:2000] or None,
    )
    store = ctx.store

    def work() -> tuple[str, bool]:
        return store.todos.add_from_source(fields, signals)

    ctx.write(work, ("todo",), lambda made: done(*made), lambda exc: show_failure(parent, exc))
