"""A short list of checkable choices (industries, cities, products...) for a filter: Space (the
item delegate's own key) or a click ticks one, several may be, none ticked means "no condition".

Depends on `ui.qt`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bigcust_desktop.ui.qt import QListWidget, QListWidgetItem, Qt, QWidget, Signal

_CODE = Qt.ItemDataRole.UserRole
_MNEMONIC = re.compile(r"\(&.\)|&(?=.)")  # 行业(&I), &Industry


class ChoiceList(QListWidget):
    """Checkable items, each a (code, text); `chosen()` the ticked codes in the list's order."""

    edited = Signal()  # a tick changed by the user or by `set_chosen`

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(_MNEMONIC.sub("", caption))
        self.setUniformItemSizes(True)
        self.setMaximumHeight(112)  # about five rows; the list scrolls
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """Offer these (code, text); ticks of codes still offered are kept."""
        kept = set(self.chosen())
        was = self.blockSignals(True)
        self.clear()
        for code, text in choices:
            item = QListWidgetItem(text, self)
            item.setData(_CODE, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in kept else Qt.CheckState.Unchecked)
        self.blockSignals(was)

    def chosen(self) -> list[str]:
        return [
            self.item(i).data(_CODE)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, codes: Iterable[str] | None) -> None:
        wanted = set(codes or ())
        was = self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            state = Qt.CheckState.Checked if item.data(_CODE) in wanted else Qt.CheckState.Unchecked
            item.setCheckState(state)
        self.blockSignals(was)
        if not was:
            self.edited.emit()

    def item_of(self, code: str) -> QListWidgetItem | None:
        return next(
            (self.item(i) for i in range(self.count()) if self.item(i).data(_CODE) == code), None
        )
