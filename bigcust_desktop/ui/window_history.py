"""Alt+Left in the window: which pages (and which customer's 360 view) the user went through,
and going back to them; opening a customer's 360 view records it.

Depends on `ui.qt` and `ui.history` (the steps themselves); the window hands it its pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bigcust_desktop.ui.history import PageHistory
from bigcust_desktop.ui.qt import QObject

if TYPE_CHECKING:
    from bigcust_desktop.ui.main_window import MainWindow


class WindowHistory(QObject):
    """Records each page the window shows and takes the user back along them."""

    def __init__(self, window: MainWindow, start: str) -> None:
        super().__init__(window)
        self._window = window
        self.steps = PageHistory()
        self.steps.arrive((start, None))
        self._opening_customer = False
        window.pages.currentChanged.connect(self._arrived)

    def open_customer(self, customer_id: str) -> None:
        """Show the customer's 360 view (a step of its own)."""
        window = self._window
        if not window.ctx.is_open:
            return  # a row of the first page, activated before the store was open
        # A built 360 page loads the customer from the same notice; the window only shows it.
        # A page built now missed the notice (Qt does not deliver a signal being emitted to a
        # slot connected meanwhile): it is told here.
        new = window.pages.built_page("customer360") is None
        self.steps.arrive(("customer360", customer_id))
        self._opening_customer = True
        try:
            window.show_page("customer360")
        finally:
            self._opening_customer = False
        if new:
            window.customer360.show_customer(customer_id)

    def _arrived(self, row: int) -> None:
        """Record the page shown (the 360 view with its customer) for Alt+Left."""
        window = self._window
        if row < 0 or self._opening_customer or not window.ctx.is_open:
            return
        name = window.pages.name_at(row)
        page = window.pages.built_page(name)
        customer = getattr(page, "customer_id", None) if name == "customer360" else None
        self.steps.arrive((name, customer))

    def go_back(self) -> None:
        """Alt+Left: the page (and customer) the user came from."""
        step = self.steps.back()
        if step is None:
            return
        name, customer_id = step
        with self.steps.replaying():
            if name == "customer360" and customer_id:
                self._window.ctx.open_customer.emit(customer_id)
            else:
                self._window.show_page(name)
