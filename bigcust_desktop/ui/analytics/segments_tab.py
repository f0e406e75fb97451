"""The segments tab (客户分群) of the 流失预警 page: the saved segments of the user and his team,
the editor of one (its conditions, a name, shared or not), the members it selects counted live
in the read lane (the newest request wins); save, copy, delete and export are its actions
(`segment_actions`).

Depends on `ui.qt`, the page loader, the segment editor and actions, the domain's segment rules
and `store.segments`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.domain.drafts.segments import (
    may_change_segment,
)
from bigcust_desktop.domain.permissions import is_regional_manager
from bigcust_desktop.domain.vocab_city import SegmentVisibility
from bigcust_desktop.ui.analytics.segment_actions import SegmentActions
from bigcust_desktop.ui.analytics.segment_editor import LISTS, SegmentEditor
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.context import ANALYSIS, AppContext
from bigcust_desktop.ui.errors import message_box
from bigcust_desktop.ui.labels import label
from bigcust_desktop.ui.qt import (
    QAction,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.queries.segments import SavedSegment, SegmentChoices
    from bigcust_desktop.store.services.segments import Preview

# What the editor shows; a saved definition's other conditions are kept as they are.
EDITED = frozenset({key for key, _name in LISTS} | {"monthly_spend_min", "value_score_min",
                                                     "under_valued"})  # fmt: skip
# What can change a segment's members: the customers, their lines and products, the analysis.
MEMBERS_WATCHED = frozenset(
    {"customer", "subscriber", "service", "competitor_line", "contract", "activity", ANALYSIS}
)
ANALYSED = frozenset({"signals", "under_valued"})  # conditions read from the kept analysis


class SegmentsTab(QWidget):
    """客户分群: saved segments on the left, the open one's conditions and members on the right."""

    loaded = Signal()  # the saved list drawn
    previewed = Signal()  # the count and the members drawn
    saved = Signal(str)  # a segment stored (its id)
    exported = Signal(str)  # a workbook written (its path)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("segmentsTab")
        self.ctx = ctx
        self.texts = AnalyticsText(self)
        self.current: SavedSegment | None = None  # the saved segment open; None: a new one
        self._snapshot: tuple[str, bool, dict[str, Any]] = ("", False, {})
        self.open_next: str | None = None  # open this segment once the list has it
        self._computed = True
        self.actions = SegmentActions(self)
        self._build()
        self.list_loader = PageLoader(self, ctx, frozenset({"segment"}), self._list_query,
                                      self._list_loaded)  # fmt: skip
        self.preview_loader = PageLoader(self, ctx, MEMBERS_WATCHED, self._preview_query,
                                         self._previewed)  # fmt: skip
        self.editor.edited.connect(self._edited)
        self.name.textChanged.connect(lambda _t: self.update_actions())
        self.shared.toggled.connect(lambda _on: self.update_actions())
        self.update_actions()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.list_model = RowsModel(
            [
                Column(self.tr("Segment"), lambda s: s.name),
                Column(self.tr("Owner"), lambda s: s.owner_name),
                Column(self.tr("Shared"), self.visibility_text),
            ],
            self,
        )
        self.list_table = record_table(self, self.list_model, "segmentList",
                                       self.tr("Saved segments"))  # fmt: skip
        self.list_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.empty_list = QLabel(self.tr("No saved segments yet: define one on the right, "
                                         "name it and save it."), self)  # fmt: skip
        self.empty_list.setObjectName("segmentListEmpty")
        self.empty_list.setWordWrap(True)
        self.add_button = self._button(self.tr("Add segmen&t"), "segmentAdd",
                                       lambda: self.leave(self.new_segment))  # fmt: skip
        self.copy_button = self._button(self.tr("Co&py"), "segmentCopy", self.actions.copy)
        self.delete_button = self._button(self.tr("De&lete…"), "segmentDelete",
                                          self.actions.delete)  # fmt: skip
        self.export_button = self._button(
            self.tr("E&xport…"), "segmentExport", self.actions.ask_export
        )
        left = QWidget(self)
        left_box = QVBoxLayout(left)
        left_box.addWidget(self.list_table, 1)
        left_box.addWidget(self.empty_list)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.copy_button, self.delete_button,
                       self.export_button):  # fmt: skip
            buttons.addWidget(button)
        left_box.addLayout(buttons)

        self.name = QLineEdit(self)
        self.name.setObjectName("segmentName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. Finance customers without a leased line"))
        name_label = QLabel(self.tr("Na&me"), self)
        name_label.setBuddy(self.name)
        self.shared = QCheckBox(self.tr("&Share with my team"), self)
        self.shared.setObjectName("segmentShared")
        self.shared.setToolTip(self.tr("Your team sees a shared segment; it stays shared."))
        self.save_button = self._button(self.tr("Sa&ve"), "segmentSave", self.actions.save)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString(
            QKeySequence.SequenceFormat.NativeText))  # fmt: skip
        save = QAction(self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.actions.save)
        self.addAction(save)
        head = QHBoxLayout()
        head.addWidget(name_label)
        head.addWidget(self.name, 1)
        head.addWidget(self.shared)
        head.addWidget(self.save_button)
        self.note = QLabel(self)
        self.note.setObjectName("segmentNote")
        self.note.setWordWrap(True)

        self.editor = SegmentEditor(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("segmentConditions")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)

        self.count = QLabel(self)
        self.count.setObjectName("segmentCount")
        self.count.setWordWrap(True)
        self.members_model = RowsModel(
            [
                Column(self.tr("Customer"), lambda c: c.display_name),
                Column(self.tr("Manager"), lambda c: c.manager_name),
                Column(self.tr("Industry"), lambda c: label("industry", c.industry)),
                Column(self.tr("Value tier"), lambda c: label("value_tier", c.value_tier)),
            ],
            self,
        )
        self.members = record_table(self, self.members_model, "segmentMembers",
                                    self.tr("Customers in the segment"))  # fmt: skip
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.activated.connect(self._open_member)
        right = QWidget(self)
        right_box = QVBoxLayout(right)
        right_box.addLayout(head)
        right_box.addWidget(self.note)
        right_box.addWidget(scroll, 3)
        right_box.addWidget(self.count)
        right_box.addWidget(self.members, 2)

        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(split)

    def visibility_text(self, segment: SavedSegment) -> str:
        if segment.visibility == SegmentVisibility.TEAM:
            return self.tr("With the team")
        return self.tr("Only me")

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- the saved list --------------------------------------------------------------------

    def _list_query(self) -> Callable[[], tuple[list[SavedSegment], SegmentChoices]]:
        store, book = self.ctx.store, book_of(self.ctx.user)
        return lambda: (store.segments.saved(), store.segments.choices(book))

    def _list_loaded(self, result: tuple[list[SavedSegment], SegmentChoices]) -> None:
        segments, choices = result
        self.editor.set_choices(choices, regional=is_regional_manager(self.ctx.user))
        wanted = self.open_next or (self.current.id if self.current else None)
        self.open_next = None
        self.list_model.set_rows(segments)
        self.empty_list.setVisible(not segments)
        found = next((s for s in segments if s.id == wanted), None)
        if found is not None:
            self._select(found.id)
            self.open_segment(found)
        elif self.current is not None:  # deleted here or taken back by the server
            self.new_segment()
        self.loaded.emit()

    def _select(self, segment_id: str) -> None:
        rows = self.list_model.rows()
        row = next((i for i, s in enumerate(rows) if s.id == segment_id), -1)
        self.list_table.selectionModel().blockSignals(True)
        if row >= 0:
            self.list_table.selectRow(row)
        else:  # no current row either: choosing the same row again opens it
            self.list_table.selectionModel().clearCurrentIndex()
            self.list_table.clearSelection()
        self.list_table.selectionModel().blockSignals(False)

    def _selected(self) -> None:
        index = self.list_table.currentIndex()
        segment = self.list_model.row_at(index.row()) if index.isValid() else None
        if segment is not None and (self.current is None or segment.id != self.current.id):
            self.leave(lambda: self.open_segment(segment))

    def leave(self, then: Callable[[], None]) -> QMessageBox | None:
        """Run ``then`` (open another segment, start a new one); with unsaved changes of the
        user's own, ask first (Cancel keeps them and the open segment)."""
        if not self.dirty or not self.own():
            then()
            return None
        name = self.name.text().strip() or self.tr("the new segment")
        question = self.tr("Discard the unsaved changes to %1?").replace("%1", name)
        box = message_box(self, self.tr("Unsaved changes"), question)
        box.setObjectName("confirmSegmentDiscard")
        box.setStandardButtons(
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = self.current.id if self.current else ""

        def finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                then()
            else:
                self._select(keep)

        box.finished.connect(finished)
        box.open()
        self.actions.dialog = box
        return box

    # -- the editor ------------------------------------------------------------------------

    def open_segment(self, segment: SavedSegment) -> None:
        """Show a saved segment's name and conditions (and count its members)."""
        self.current = segment
        self.name.setText(segment.name)
        self.shared.setChecked(segment.visibility == SegmentVisibility.TEAM)
        self.editor.set_conditions(segment.definition)
        self._snapshot = self.state()
        self.note.clear()
        self.update_actions()

    def new_segment(self) -> None:
        """An empty segment (the whole book) to define, name and save."""
        self.current = None
        self._select("")
        self.name.clear()
        self.shared.setChecked(False)
        self.editor.set_conditions({})
        self._snapshot = self.state()
        self.note.clear()
        self.update_actions()
        self.name.setFocus()

    def definition(self) -> dict[str, Any]:
        """The conditions the editor says, with the saved ones it does not show kept."""
        kept = {} if self.current is None else {
            k: v for k, v in self.current.definition.items() if k not in EDITED and v is not None
        }  # fmt: skip
        return {**kept, **self.editor.conditions()}

    def state(self) -> tuple[str, bool, dict[str, Any]]:
        return self.name.text().strip(), self.shared.isChecked(), self.definition()

    @property
    def dirty(self) -> bool:
        return self.state() != self._snapshot

    def own(self) -> bool:
        if self.current is None:
            return True
        return may_change_segment(self.ctx.user, {"owner_id": self.current.owner_id})

    def _edited(self) -> None:
        self.update_actions()
        self.preview_loader.refresh()

    def update_actions(self) -> None:
        own, dirty, saved = self.own(), self.dirty, self.current is not None
        self.save_button.setEnabled(own and (dirty or not saved))
        self.copy_button.setEnabled(saved)
        self.delete_button.setEnabled(saved and own)
        self.export_button.setEnabled(saved and not dirty)
        self.export_button.setToolTip(
            self.tr("Save the segment first: the saved segment is exported.")
            if saved and dirty else ""
        )  # fmt: skip
        stays_shared = saved and self.current is not None and (
            self.current.visibility == SegmentVisibility.TEAM
        )  # fmt: skip
        self.shared.setEnabled(own and not stays_shared)
        self.name.setReadOnly(not own)
        if not own and self.current is not None:
            self.note.setText(
                self.tr("%1 shares this segment with the team: copy it to change it.")
                .replace("%1", self.current.owner_name)
            )  # fmt: skip

    # -- the members -----------------------------------------------------------------------

    def _preview_query(self) -> Callable[[], tuple[Preview, bool]]:
        store, book, definition = self.ctx.store, book_of(self.ctx.user), self.definition()
        self.count.setText(self.tr("Counting…"))

        def work() -> tuple[Preview, bool]:
            computed = store.insights.computed_at() is not None
            return store.segments.preview(definition, book), computed

        return work

    def _previewed(self, result: tuple[Preview, bool]) -> None:
        preview, computed = result
        self.members_model.set_rows(preview.customers)
        text = self.tr("%n customer(s) in your book", "", preview.count)
        if preview.count > len(preview.customers):
            text += self.tr("; the first %1 by name are listed").replace(
                "%1", str(len(preview.customers))
            )
        if not computed and ANALYSED & set(self.definition()):
            text += "\n" + self.texts.not_computed()
        self.count.setText(text)
        self.previewed.emit()

    def _open_member(self) -> None:
        index = self.members.currentIndex()
        customer = self.members_model.row_at(index.row()) if index.isValid() else None
        if customer is not None:
            self.ctx.open_customer.emit(customer.id)
