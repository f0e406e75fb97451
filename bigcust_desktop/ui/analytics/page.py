"""The 流失预警 page of the navigation: the at-risk worklist, the under-valued customers, the
data-quality findings and the saved segments of the user's book, one tab each (each loads when
first shown), and the tariff rehearsal of the whole book.

Depends on `ui.qt`, the app context and the tabs' modules.
"""

from __future__ import annotations

from bigcust_desktop.ui.analytics.quality_tab import QualityTab
from bigcust_desktop.ui.analytics.segments_tab import SegmentsTab
from bigcust_desktop.ui.analytics.under_valued_tab import UnderValuedTab
from bigcust_desktop.ui.analytics.worklist_tab import WorklistTab
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.qt import QPushButton, Qt, QTabWidget, QVBoxLayout, QWidget


class InsightsPage(QWidget):
    """流失预警 · 被低估客户 · 资料准确度 · 客户分群.

    Segments are a tab here rather than a page of their own: they filter the same analysed book
    (signals fired, under-valued) one click from the lists they come from.
    """

    PAGE_NAME = "atrisk"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("insightsTabs")
        self.worklist = WorklistTab(ctx, self.tabs)
        self.under_valued = UnderValuedTab(ctx, self.tabs)
        self.tabs.addTab(self.worklist, self.tr("At-risk &worklist"))
        self.quality = QualityTab(ctx, self.tabs)
        self.tabs.addTab(self.under_valued, self.tr("&Under-valued"))
        self.tabs.addTab(self.quality, self.tr("&Data quality"))
        self.segments = SegmentsTab(ctx, self.tabs)
        self.tabs.addTab(self.segments, self.tr("S&egments"))
        self.rehearse_button = QPushButton(self.tr("Rehearse &a tariff…"), self.tabs)
        self.rehearse_button.setObjectName("bookRehearsalButton")
        self.rehearse_button.setToolTip(
            self.tr("Rehearse a plan change over a customer, a group, a saved segment or your "
                    "whole book")
        )  # fmt: skip
        self.rehearse_button.clicked.connect(self.rehearse)
        self.tabs.setCornerWidget(self.rehearse_button)
        self.dialog: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def apply_filter(self, filter: dict) -> None:
        """``{"tab": "worklist" | "under_valued" | "quality" | "segments"}`` (navigation from
        elsewhere)."""
        tab = getattr(self, str(filter.get("tab", "")), None)
        if isinstance(tab, QWidget):
            self.tabs.setCurrentWidget(tab)

    def rehearse(self) -> None:
        """资费预演 over the whole book (its module loads with the first use)."""
        from bigcust_desktop.ui.analytics.rehearsal_dialog import RehearsalDialog

        dialog = RehearsalDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
