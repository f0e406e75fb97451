"""The versions of a quote in its editor (报价单版本): which version is shown ("第2版，替代第1版"),
a switch between the versions, and a notice that an earlier version is read-only history.

Depends on `ui.qt` and `ui.quotes.number`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import QComboBox, QHBoxLayout, QLabel, QWidget, Signal
from bigcust_desktop.ui.quotes.number import number_text


class VersionBar(QWidget):
    """``chosen(quote_id)`` when the user picks another version; hidden for a new quote."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteVersions")
        self.summary = QLabel(self)
        self.summary.setObjectName("versionSummary")
        self.combo = QComboBox(self)
        self.combo.setObjectName("versionCombo")
        self.combo.setAccessibleName(self.tr("Versions of this quote"))
        self.combo.activated.connect(lambda i: self.chosen.emit(str(self.combo.itemData(i))))
        caption = QLabel(self.tr("Versions:"), self)
        caption.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary, 1)
        layout.addWidget(caption)
        layout.addWidget(self.combo)
        self.setVisible(False)

    def show_versions(
        self, versions: Sequence[Mapping[str, Any]], current: Mapping[str, Any] | None
    ) -> None:
        if current is None:
            self.setVisible(False)
            return
        chain = list(versions) or [current]
        ids = [str(v["id"]) for v in chain]
        at = ids.index(str(current["id"])) if str(current["id"]) in ids else len(ids) - 1
        self.combo.blockSignals(True)
        self.combo.clear()
        for n, version in enumerate(chain, start=1):
            self.combo.addItem(self._item_text(n, version, latest=n == len(chain)), ids[n - 1])
        self.combo.setCurrentIndex(at)
        self.combo.blockSignals(False)
        self.summary.setText(self._summary(at + 1, len(chain)))
        self.setVisible(True)

    def _item_text(self, n: int, version: Mapping[str, Any], *, latest: bool) -> str:
        text = (
            self.tr("Version %1 · %2 · %3")
            .replace("%1", str(n))
            .replace("%2", label("quote_status", version["status"]))
            .replace("%3", number_text(version))
        )
        return text if latest else text + " " + self.tr("(replaced)")

    def _summary(self, n: int, count: int) -> str:
        if n == 1 and count == 1:
            return self.tr("Version 1")
        text = (
            self.tr("Version %1, replaces version %2")
            .replace("%1", str(n))
            .replace("%2", str(n - 1))
            if n > 1
            else self.tr("Version 1")
        )
        if n < count:
            text += " · " + self.tr("replaced by version %1: read-only").replace("%1", str(n + 1))
        return text
