"""Opening a record's dialog from anywhere in the window: a new opportunity, quote or fault
report (for a customer or not), or an existing record by its entity and id.

Depends on `ui.qt`; each dialog's module loads with its first use, as the pages' do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bigcust_desktop.ui.main_window import MainWindow
    from bigcust_desktop.ui.qt import QWidget


def open_dialog(dialog: QWidget) -> None:
    """Open ``dialog`` window-modal; it is deleted when closed."""
    from bigcust_desktop.ui.qt import Qt  # the namespace's enums: not with the window

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()  # type: ignore[attr-defined]


def new_opportunity(window: MainWindow, customer_id: str | None = None) -> None:
    from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

    open_dialog(OpportunityDialog(window.ctx, customer_id=customer_id, parent=window))


def new_quote(window: MainWindow, customer_id: str | None = None) -> None:
    from bigcust_desktop.ui.quotes.editor import QuoteEditor

    open_dialog(QuoteEditor(window.ctx, customer_id=customer_id, parent=window))


def report_fault(window: MainWindow, customer_id: str | None = None) -> None:
    from bigcust_desktop.ui.tickets.dialog import FaultTicketDialog

    open_dialog(FaultTicketDialog(window.ctx, customer_id=customer_id, parent=window))


def edit_record(window: MainWindow, entity: str, record_id: str) -> None:
    """An opportunity or a quote in its dialog; a fault ticket or an activity on its page."""
    if entity == "opportunity":
        from bigcust_desktop.ui.opportunities.dialog import OpportunityDialog

        open_dialog(OpportunityDialog(window.ctx, opportunity_id=record_id, parent=window))
    elif entity == "quote":
        from bigcust_desktop.ui.quotes.editor import QuoteEditor

        open_dialog(QuoteEditor(window.ctx, quote_id=record_id, parent=window))
    elif entity == "fault_ticket":
        window.navigate("tickets", {"ticket_id": record_id})
    elif entity == "activity":
        window.navigate("activities", {"activity_id": record_id})
