"""The data quality tab (客户资料准确度): what the province's data gets wrong about the book's
customers — duplicate registrations, 15-digit IDs with their 18-digit form, invalid or missing
phones, key contacts without a title, USCC cities — each turned into a change request to the
province in one step (the 360's change-request dialog, opened on the record with the proposed
value and the reason filled in). The findings are those the last sync's analysis kept.

Depends on `ui.qt`, the page loader, the analytics texts, the change-request dialog and
`store.insights` (read in the lane).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.domain.analytics.quality import FindingCode
from bigcust_desktop.ui.analytics.texts import AnalyticsText
from bigcust_desktop.ui.context import ANALYSIS, AppContext
from bigcust_desktop.ui.qt import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.insights import QualityEntry
    from bigcust_desktop.ui.customer360.change_request_dialog import ChangeRequestDialog

WATCHED = frozenset({"customer", "contact", "change_request", ANALYSIS})
# A duplicate registration is merged by the province: no field of a change request can say it.
NO_FIELD = frozenset({FindingCode.DUPLICATE_USCC, FindingCode.DUPLICATE_NAME_ADDRESS})


class QualityTab(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityTab")
        self.ctx = ctx
        self.texts = AnalyticsText(self)
        self.dialog: ChangeRequestDialog | None = None
        self.model = RowsModel(
            [
                Column(self.tr("Finding"), lambda e: self.texts.finding_name(e.finding.code)),
                Column(self.tr("Customer"), lambda e: e.customer.display_name),
                Column(self.tr("Contact"), lambda e: e.contact_name),
                Column(self.tr("Details"), self.detail_text),
            ],
            self,
        )
        self.table = record_table(self, self.model, "qualityTable", self.tr("Data quality"))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.propose())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.propose_button = QPushButton(self.tr("&Propose the correction…"), self)
        self.propose_button.setObjectName("qualityPropose")
        self.propose_button.clicked.connect(self.propose)
        self.open_button = QPushButton(self.tr("Open &360 view"), self)
        self.open_button.setObjectName("qualityOpen")
        self.open_button.clicked.connect(self.open_customer)
        self.summary = QLabel(self)
        self.summary.setObjectName("qualitySummary")
        self.summary.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.propose_button)
        footer.addWidget(self.open_button)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(footer)
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)

    def detail_text(self, entry: QualityEntry) -> str:
        related = entry.related.display_name if entry.related else ""
        return self.texts.finding_detail(entry.finding, related)

    def _query(self) -> Callable[[], tuple[list[QualityEntry], bool]]:
        store, book = self.ctx.store, book_of(self.ctx.user)
        self.summary.setText(self.tr("Checking the customers' data…"))
        return lambda: (store.insights.data_quality(book), store.insights.computed_at() is not None)

    def _loaded(self, result: tuple[list[QualityEntry], bool]) -> None:
        entries, computed = result
        self.model.set_rows(entries)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
            self.summary.setText(
                self.tr("%1 findings on your customers' data. Enter proposes the correction.")
                .replace("%1", str(len(entries)))
            )  # fmt: skip
        elif not computed:
            self.summary.setText(self.texts.not_computed())
        else:
            self.summary.setText(self.tr("No findings: your customers' data looks right."))
        self._selected()
        self.loaded.emit()

    def selected(self) -> QualityEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _selected(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        can = entry is not None and entry.finding.code not in NO_FIELD
        self.propose_button.setEnabled(can)
        self.propose_button.setToolTip(
            ""
            if can or entry is None
            else self.tr("Merging two registrations is the province's work: call the CRM "
                         "support desk; a change request cannot carry it.")
        )  # fmt: skip

    def open_customer(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.ctx.open_customer.emit(entry.customer.id)

    def propose(self) -> None:
        """Open the change-request dialog on the finding's record, prefilled."""
        from bigcust_desktop.ui.customer360.change_request_dialog import ChangeRequestDialog
        from bigcust_desktop.ui.qt import Qt

        entry = self.selected()
        if entry is None or entry.finding.code in NO_FIELD:
            return
        found = self.ctx.store.insights.correction_records(entry.customer.id)  # by primary key
        if found is None:
            return
        customer, contacts = found
        proposal = entry.finding.proposal
        dialog = ChangeRequestDialog(self.ctx, customer, contacts, parent=self)
        dialog.select_target(proposal.record_id)
        editor = dialog.current_form().editors.get(proposal.field or "")
        if isinstance(editor, QLineEdit):
            if proposal.value is not None:
                editor.setText(str(proposal.value))
            editor.setFocus()
        dialog.reason.setPlainText(
            f"{self.texts.finding_name(entry.finding.code)}：{self.detail_text(entry)}"
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
