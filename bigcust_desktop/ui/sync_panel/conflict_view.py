"""One conflict side by side: per field the value it had, mine and theirs, and a choice.

Depends on `ui.qt` and `ui.labels`; resolving is the page's job (store.outbox.resolve).
"""

from __future__ import annotations

from bigcust_desktop.store.queries.sync_panel import ConflictRow
from bigcust_desktop.ui.labels import field_label, label, wire_value_text
from bigcust_desktop.ui.plain_text import rich
from bigcust_desktop.ui.qt import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QRadioButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ConflictView(QWidget):
    """Radio buttons "mine" / "theirs" per field (or for the whole record) of one conflict."""

    choice_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictView")
        self._layout = QVBoxLayout(self)
        self._body: QWidget | None = None
        self._groups: dict[str, QButtonGroup] = {}
        self.conflict: ConflictRow | None = None
        self.show_conflict(None)

    def show_conflict(self, conflict: ConflictRow | None) -> None:
        if self._body is not None:
            self._body.deleteLater()
        self.conflict = conflict
        self._groups = {}
        body = self._body = QWidget(self)
        grid = QGridLayout(body)
        self._layout.addWidget(body)
        if conflict is None:
            grid.addWidget(QLabel(self.tr("Choose a conflict on the left."), body), 0, 0)
            return
        title = QLabel(
            rich("<b>%1</b> — %2", label("entity", conflict.entity), conflict.title), body
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setObjectName("conflictTitle")
        grid.addWidget(title, 0, 0, 1, 5)
        if conflict.deleted_on_server or conflict.local_delete:
            self._whole_record(grid, conflict)
            return
        for column, header in enumerate(
            (self.tr("Field"), self.tr("Before"), self.tr("Mine"), self.tr("Theirs"))
        ):
            heading = QLabel(header, body)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            grid.addWidget(heading, 1, column)
        for row, field in enumerate(conflict.fields, start=2):
            grid.addWidget(QLabel(field_label(conflict.entity, field), body), row, 0)
            grid.addWidget(
                QLabel(wire_value_text(conflict.entity, field, conflict.base.get(field)), body),
                row,
                1,
            )
            mine = QRadioButton(
                wire_value_text(conflict.entity, field, conflict.mine.get(field)), body
            )
            mine.setObjectName(f"mine_{field}")
            mine.setAccessibleName(self.tr("Keep mine: %1").replace("%1", field))
            theirs = QRadioButton(
                wire_value_text(conflict.entity, field, conflict.theirs.get(field)), body
            )
            theirs.setObjectName(f"theirs_{field}")
            theirs.setAccessibleName(self.tr("Take theirs: %1").replace("%1", field))
            self._add_group(field, mine, theirs)
            grid.addWidget(mine, row, 2)
            grid.addWidget(theirs, row, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(len(conflict.fields) + 2, 1)

    def _whole_record(self, grid: QGridLayout, conflict: ConflictRow) -> None:
        body = self._body
        if conflict.deleted_on_server:
            text = self.tr("The server deleted this record while you changed it.")
            mine_text = self.tr("Keep my version as a new record")
            theirs_text = self.tr("Let it go (accept the deletion)")
        else:
            text = self.tr("You deleted this record while the server changed it.")
            mine_text = self.tr("Delete it anyway")
            theirs_text = self.tr("Keep the server's version")
        grid.addWidget(QLabel(text, body), 1, 0, 1, 5)
        mine = QRadioButton(mine_text, body)
        mine.setObjectName("mine_record")
        theirs = QRadioButton(theirs_text, body)
        theirs.setObjectName("theirs_record")
        self._add_group("*", mine, theirs)
        grid.addWidget(mine, 2, 0, 1, 5)
        grid.addWidget(theirs, 3, 0, 1, 5)
        grid.setRowStretch(4, 1)

    def _add_group(self, key: str, mine: QRadioButton, theirs: QRadioButton) -> None:
        group = QButtonGroup(self)
        group.addButton(mine, 0)
        group.addButton(theirs, 1)
        group.idClicked.connect(lambda _id: self.choice_changed.emit())
        self._groups[key] = group

    def choices(self) -> dict[str, str] | None:
        """The choice per field, or None while a field has none yet."""
        chosen: dict[str, str] = {}
        for key, group in self._groups.items():
            picked = group.checkedId()
            if picked < 0:
                return None
            chosen[key] = "mine" if picked == 0 else "theirs"
        return chosen if self._groups else None
