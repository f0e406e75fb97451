"""What the 360's analytic tabs share (value card, group roll-up, product gaps): each follows the
customer the page shows and reads its own figures through `store.insights` in the read lane when
it is first shown for that customer, and again on a change notice of what it shows.

Depends on `ui.qt`, the app context and the page loader.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QLabel, Qt, QWidget, Signal
from bigcust_desktop.ui.widgets.page_loader import PageLoader


class InsightTab(QWidget):
    """A subclass gives `WATCHED`, `work(store, customer_id)` (run in the read lane) and
    `show_result(result)`."""

    loaded = Signal(str)  # the customer whose figures were drawn (tests wait for it)
    WATCHED: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id: str | None = None
        self.loader = PageLoader(self, ctx, self.WATCHED, self._query, self._loaded)

    def set_customer(self, customer_id: str) -> None:
        if customer_id != self.customer_id:
            self.customer_id = customer_id
            self.loader.invalidate()

    def _query(self) -> Callable[[], tuple[str | None, Any]]:
        customer_id, store = self.customer_id, self.ctx.store

        def run() -> tuple[str | None, Any]:
            if customer_id is None:
                return None, None
            return customer_id, self.work(store, customer_id)

        return run

    def _loaded(self, loaded: tuple[str | None, Any]) -> None:
        customer_id, result = loaded
        if customer_id is None or customer_id != self.customer_id:
            return
        self.show_result(result)
        self.loaded.emit(customer_id)

    def work(self, store: Any, customer_id: str) -> Any:
        raise NotImplementedError

    def show_result(self, result: Any) -> None:
        raise NotImplementedError


def caption(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label
