"""Following up a customer from an analytic screen in one step: log a contact, open an
opportunity or start a quote, each in the existing dialog and prefilled with why.

Depends on `ui.qt`, the app context and the activity, opportunity and quote dialogs (loaded on
first use, as the window loads them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QDialog, Qt, QWidget

if TYPE_CHECKING:
    from bigcust_desktop.ui.activities.log_dialog import LogActivityDialog
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog
    from bigcust_desktop.ui.quotes.editor import QuoteEditor


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
