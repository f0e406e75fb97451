"""A customer chooser with type-ahead over names and their pinyin, for dialogs opened without a
customer. Shared by the opportunity, quote and fault-ticket dialogs. Depends on `ui.qt`,
`store.customers` and `domain.pinyin`.
"""

from __future__ import annotations

from bigcust_desktop.domain.pinyin import initials, spelled
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.qt import QComboBox, QCompleter, QModelIndex, Qt, QWidget, Signal

# What the completer matches typed text against: the name, its pinyin and its initials.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class PinyinCompleter(QCompleter):
    """Matches the name as written or read (``hlkg``, ``hongli``); puts the name in the field."""

    def pathFromIndex(self, index: QModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CustomerPicker(QComboBox):
    """Pick a customer by typing any part of the name (a few thousand names at most)."""

    customer_changed = Signal(object)  # the customer id, or None

    def __init__(self, store: Store, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPicker")
        self.setAccessibleName(self.tr("Customer"))
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        options = store.customers.choices(book)  # one indexed scan of a few thousand rows
        self.addItem("", None)
        for customer_id, name in options:
            self.addItem(name, customer_id)
            keys = f"{name}\n{spelled(name).replace(' ', '')}\n{initials(name)}"
            self.setItemData(self.count() - 1, keys, SEARCH_ROLE)
        completer = PinyinCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the customer's name"))
        self.currentIndexChanged.connect(lambda _: self.customer_changed.emit(self.customer_id()))

    def customer_id(self) -> str | None:
        """The chosen customer; text typed without choosing one counts as no choice."""
        at = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        if at <= 0:
            return None
        data = self.itemData(at)
        return None if data is None else str(data)

    def set_customer_id(self, customer_id: str | None) -> None:
        at = self.findData(customer_id) if customer_id else 0
        self.setCurrentIndex(max(at, 0))
