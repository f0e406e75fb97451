"""What the segments tab (客户分群) does with a segment: save it (new, or the owner's changes),
copy it, delete it after a confirmation, export the saved one's members through the report
writer (audited, in the export lane). Each write goes through the write lane and the change
notice `segment` redraws the tab's list.

Depends on `ui.qt`, the app context, the domain's segment rules, `store.segments` and (with the
first export) `reports.segment_workbook`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bigcust_desktop.domain.drafts.segments import copy_name, new_segment, segment_changes
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.vocab_city import SegmentVisibility
from bigcust_desktop.ui.errors import message_box, show_failure
from bigcust_desktop.ui.qt import QFileDialog, QMessageBox, QObject, Qt, QWidget
from bigcust_desktop.ui.tasks import Lane
from bigcust_desktop.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from bigcust_desktop.ui.analytics.segments_tab import SegmentsTab


class SegmentActions(QObject):
    """Save, copy, delete and export of the segment open in ``tab``."""

    def __init__(self, tab: SegmentsTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.dialog: QWidget | None = None

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationErrors | ValidationError):
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc]
            self.tab.note.setText("\n".join(error_text(e) for e in errors))
            if any(e.field == "name" for e in errors):
                self.tab.name.setFocus()
        else:
            show_failure(self.tab, exc)

    def save(self) -> None:
        """Store the segment (new, or the owner's changes) for the next sync."""
        user = self.tab.ctx.user
        if user is None or not self.tab.save_button.isEnabled():
            return
        name, shared, conditions = self.tab.state()
        visibility = SegmentVisibility.TEAM if shared else SegmentVisibility.PRIVATE
        segments, current = self.tab.ctx.store.segments, self.tab.current
        try:
            if current is None:
                now = dt.datetime.now(dt.UTC)
                fields = new_segment(name=name, owner=user, conditions=conditions, now=now,
                                     visibility=visibility)  # fmt: skip
            else:
                old = {"name": current.name, "visibility": current.visibility,
                       "definition": current.definition}  # fmt: skip
                fields = segment_changes(old, name=name, conditions=conditions,
                                         visibility=visibility)  # fmt: skip
        except ValidationErrors as exc:
            self._refused(exc)
            return

        def work() -> str:
            if current is None:
                return str(segments.create(fields)["id"])
            if fields:
                segments.update(current.id, fields)
            return current.id

        self._write(work, self.tr("Saved “%1”; it goes to the city CRM with the next sync."), name)

    def _write(self, work: Callable[[], str], done_text: str, name: str) -> None:
        def done(segment_id: str) -> None:
            self.tab.open_next = segment_id
            self.tab.note.setText(done_text.replace("%1", name))
            self.tab.saved.emit(segment_id)

        self.tab.ctx.write(work, {"segment"}, done, self._refused)

    def copy(self) -> None:
        """A private copy of the open segment, the user's own (a shared one's too)."""
        user, current = self.tab.ctx.user, self.tab.current
        if user is None or current is None:
            return
        taken = {s.name for s in self.tab.list_model.rows()}
        name = copy_name(current.name, taken)
        try:
            fields = new_segment(name=name, owner=user, conditions=self.tab.definition(),
                                 now=dt.datetime.now(dt.UTC))  # fmt: skip
        except ValidationErrors as exc:
            self._refused(exc)
            return
        segments = self.tab.ctx.store.segments
        self._write(lambda: str(segments.create(fields)["id"]), self.tr("Copied as “%1”."), name)

    def delete(self) -> QMessageBox | None:
        """Ask, then delete the open segment (the owner's); Cancel is the default."""
        current = self.tab.current
        if current is None or not self.tab.own():
            return None
        box = message_box(
            self.tab,
            self.tr("Delete segment"),
            self.tr("Delete the segment “%1”? Campaigns made from it keep their targets.")
            .replace("%1", current.name),
        )  # fmt: skip
        box.setObjectName("confirmSegmentDelete")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        segments = self.tab.ctx.store.segments

        def finished(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.tab.ctx.write(lambda: segments.delete(current.id), {"segment"},
                               lambda _r: None, self._refused)  # fmt: skip

        box.finished.connect(finished)
        box.open()
        self.dialog = box
        return box

    def ask_export(self) -> QFileDialog | None:
        current = self.tab.current
        if current is None or self.tab.dirty:
            return None
        dialog = QFileDialog(self.tab, self.tr("Export the segment to Excel"))
        dialog.setObjectName("segmentExportDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.setDirectory(str(self.tab.ctx.profile.exports_dir))
        dialog.selectFile(f"{current.name} {dt.date.today()}.xlsx".replace("/", "-"))
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def export_to(self, path: Path) -> None:
        """Write the saved segment's members in the export lane (audited); `exported` after."""
        current = self.tab.current
        if current is None:
            return
        store, user, segment_id = self.tab.ctx.store, self.tab.ctx.user, current.id
        self.tab.export_button.setEnabled(False)

        def work() -> str:
            from bigcust_desktop.reports.segment_workbook import export_segment

            return str(export_segment(store, user, segment_id, path).path)

        def done(written: str) -> None:
            self.tab.update_actions()
            self.tab.note.setText(self.tr("Saved %1.").replace("%1", written))
            self.tab.ctx.notify({"audit_log"})
            self.tab.exported.emit(written)

        def failed(exc: BaseException) -> None:
            self.tab.update_actions()
            show_failure(self.tab, exc, doing="exporting reports")

        self.tab.ctx.tasks.run(work, done, failed, lane=Lane.EXPORT, owner=self.tab)
