"""The at-risk worklist (流失预警) tab: every flagged customer of the user's book with the
signals that fired as chips, the figures behind each, the revenue at risk; searchable (pinyin
initials too), sortable, narrowed to one manager for a regional manager; one key to log a
contact, open an opportunity, start a retention quote or add a to-do.

Read in the read lane from the analysis kept in the cache, which the sync lane recomputes after
each sync and the write lane after an edit that can clear a signal (its `WATCHED` change
notices). Depends on `ui.qt`, the page loader, `store.insights` and the follow-up dialogs.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from bigcust_desktop.domain.analytics.figures import SignalCode, wire_signal
from bigcust_desktop.domain.permissions import is_regional_manager
from bigcust_desktop.domain.pinyin import PinyinQuery, is_pinyin_query
from bigcust_desktop.ui.analytics import follow_up
from bigcust_desktop.ui.analytics.chips import ChipDelegate
from bigcust_desktop.ui.analytics.texts import AnalyticsText, yuan, yuan_exact
from bigcust_desktop.ui.context import ANALYSIS, AppContext
from bigcust_desktop.ui.qt import (
    QAction,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.widgets.book import book_of
from bigcust_desktop.ui.widgets.page_loader import PageLoader, record_table
from bigcust_desktop.ui.widgets.table_model import Column, RowsModel

if TYPE_CHECKING:
    from bigcust_desktop.store.services.insights import Worklist, WorklistEntry

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# What can fire or clear a signal: bills and payments, lines, faults, contacts, the customers.
WATCHED = frozenset(
    {"customer", "bill", "payment", "subscriber", "fault_ticket", "activity", "billing_account"}
) | {ANALYSIS}
MANAGER_COLUMN, REVENUE_COLUMN = 1, 3


class ProgressRelay(QObject):
    """Carries a lane's progress (done, total) to the GUI thread (queued signal)."""

    progressed = Signal(int, int)


def _matcher(text: str) -> Callable[[WorklistEntry], bool]:
    """Name, short name or id contains the text; letters also match as pinyin (``hlkg``)."""
    term = text.strip().casefold()
    if not term:
        return lambda _entry: True
    pinyin = PinyinQuery(term) if is_pinyin_query(term) else None

    def matches(entry: WorklistEntry) -> bool:
        c = entry.customer
        if any(term in s.casefold() for s in (c.name, c.short_name, c.id)):
            return True
        return pinyin is not None and (pinyin.matches(c.name) or pinyin.matches(c.short_name))

    return matches


class WorklistTab(QWidget):
    """预警客户: the list, the detail of the selected customer, its follow-up actions."""

    loaded = Signal()  # after each recompute has drawn (tests wait for it)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("worklistTab")
        self.ctx = ctx
        self.texts = AnalyticsText(self)
        self.worklist: Worklist | None = None
        self._staff: dict[str, str] = {}
        self._build()
        self.loader = PageLoader(self, ctx, WATCHED, self._query, self._loaded)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        t = self.texts
        self.search = QLineEdit(self)
        self.search.setObjectName("worklistSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, short name or pinyin initials"))
        self.search.textChanged.connect(lambda _t: self._apply())
        search_label = QLabel(self.tr("&Search"), self)
        search_label.setBuddy(self.search)
        self.manager = QComboBox(self)
        self.manager.setObjectName("worklistManager")
        self.manager.setAccessibleName(self.tr("Account manager"))
        self.manager.currentIndexChanged.connect(lambda _i: self._apply())
        self.manager_label = QLabel(self.tr("&Manager"), self)
        self.manager_label.setBuddy(self.manager)
        self.signal_filter = QComboBox(self)
        self.signal_filter.setObjectName("worklistSignal")
        self.signal_filter.addItem(self.tr("All signals"), None)
        for code in SignalCode:
            self.signal_filter.addItem(t.signal_name(code), code.value)
        self.signal_filter.currentIndexChanged.connect(lambda _i: self._apply())
        signal_label = QLabel(self.tr("S&ignal"), self)
        signal_label.setBuddy(self.signal_filter)
        bar = QHBoxLayout()
        for widget, stretch in (
            (search_label, 0), (self.search, 2), (self.manager_label, 0), (self.manager, 1),
            (signal_label, 0), (self.signal_filter, 1),
        ):  # fmt: skip
            bar.addWidget(widget, stretch)

        columns = [
            Column(self.tr("Customer"), lambda e: e.customer.display_name),
            Column(self.tr("Manager"), lambda e: e.customer.manager_name),
            Column(
                self.tr("Signals"),
                lambda e: " ".join(t.signal_short(c) for c in e.codes),
                sort_key=lambda e: (len(e.codes), e.revenue_at_risk_fen),
                tooltip=self._tooltip,
            ),
            Column(
                self.tr("Revenue at risk"),
                lambda e: yuan(e.revenue_at_risk_fen),
                _RIGHT,
                sort_key=lambda e: e.revenue_at_risk_fen,
                tooltip=lambda e: yuan_exact(e.revenue_at_risk_fen),
            ),
        ]
        self.model = RowsModel(columns, self)
        self.table = record_table(self, self.model, "worklistTable", self.tr("Customers at risk"))
        self.table.setItemDelegateForColumn(2, ChipDelegate(t, self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(3, 110)
        # Most revenue at risk first, as the worklist is ordered; a header click re-sorts.
        header.setSortIndicator(REVENUE_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(lambda _i: self.open_customer())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.empty = QLabel(self)
        self.empty.setObjectName("worklistEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.detail = QLabel(self)
        self.detail.setObjectName("worklistDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.log_button = self._action(self.tr("Log a &contact"), "worklistLog", "Ctrl+L",
                                       self.log_contact)  # fmt: skip
        self.opportunity_button = self._action(
            self.tr("New &opportunity"), "worklistOpportunity", "Ctrl+N", self.new_opportunity
        )
        self.quote_button = self._action(
            self.tr("&Retention quote"), "worklistQuote", "Ctrl+R", self.retention_quote
        )
        self.todo_button = self._action(
            self.tr("Add to &to-dos"), "worklistTodo", "Ctrl+T", self.add_todo
        )
        self.todo_note = QLabel(self)
        self.todo_note.setObjectName("worklistTodoNote")
        self.todo_note.setWordWrap(True)
        self.open_button = self._action(
            self.tr("Open &360 view"), "worklistOpen", None, self.open_customer
        )
        side = QWidget(self)
        side_box = QVBoxLayout(side)
        side_box.addWidget(self.detail, 1)
        for button in (self.log_button, self.opportunity_button, self.quote_button,
                       self.todo_button, self.todo_note, self.open_button):  # fmt: skip
            side_box.addWidget(button)
        split = QSplitter(self)
        split.addWidget(self.body)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("worklistProgress")
        self.progress.setMaximumWidth(240)
        self.progress.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("worklistSummary")
        footer = QHBoxLayout()
        footer.addWidget(self.summary, 1)
        footer.addWidget(self.progress)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(footer)
        self._show_detail()

    def _action(
        self, text: str, name: str, shortcut: str | None, slot: Callable[[], object]
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        if shortcut:
            action = QAction(text.replace("&", ""), self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            button.setToolTip(
                QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
        return button

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.refresh()

    def _query(self) -> Callable[[], tuple[Worklist, dict[str, str]]]:
        store, book = self.ctx.store, book_of(self.ctx.user)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(self.tr("Reading the worklist…"))

        def work() -> tuple[Worklist, dict[str, str]]:
            return store.insights.worklist(book), store.staff.names()

        return work

    def _loaded(self, result: tuple[Worklist, dict[str, str]]) -> None:
        self.worklist, self._staff = result
        self.progress.hide()
        self._fill_managers()
        self._apply()
        self.loaded.emit()

    def _fill_managers(self) -> None:
        assert self.worklist is not None
        regional = is_regional_manager(self.ctx.user)
        for widget in (self.manager, self.manager_label):
            widget.setVisible(regional)
        self.table.setColumnHidden(MANAGER_COLUMN, not regional)
        wanted = self.manager.currentData()
        managers = sorted({(e.customer.manager_name, e.customer.manager_id)
                           for e in self.worklist.entries})  # fmt: skip
        self.manager.blockSignals(True)
        self.manager.clear()
        self.manager.addItem(self.tr("All managers"), None)
        for name, manager_id in managers:
            self.manager.addItem(name, manager_id)
        self.manager.setCurrentIndex(max(0, self.manager.findData(wanted)))
        self.manager.blockSignals(False)

    # -- filtering and the detail ----------------------------------------------------------

    def entries(self) -> list[WorklistEntry]:
        """The entries the filters let through, in the worklist's order."""
        if self.worklist is None:
            return []
        matches = _matcher(self.search.text())
        manager, signal = self.manager.currentData(), self.signal_filter.currentData()
        return [
            e
            for e in self.worklist.entries
            if matches(e)
            and (manager is None or e.customer.manager_id == manager)
            and (signal is None or signal in e.codes)
        ]

    def _apply(self) -> None:
        if self.worklist is None:
            return
        selected = self.selected()
        shown = self.entries()
        self.model.set_rows(shown)
        header = self.table.horizontalHeader()
        if (
            header.sortIndicatorSection() < self.model.columnCount()
            and self.table.isSortingEnabled()
        ):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.body.setCurrentWidget(self.table if shown else self.empty)
        if not self.worklist.computed:
            self.empty.setText(self.texts.not_computed())
        elif not self.worklist.entries:
            self.empty.setText(self.tr("No customers at risk since the last sync."))
        elif not shown:
            self.empty.setText(self.tr("No customer at risk matches the filters."))
        total = sum(e.revenue_at_risk_fen for e in shown)
        self.summary.setText(
            self.tr("%1 customers at risk of %2 assessed; revenue at risk %3")
            .replace("%1", str(len(shown)))
            .replace("%2", str(self.worklist.assessed))
            .replace("%3", yuan(total))
        )
        rows = [self.model.row_at(r).customer.id for r in range(self.model.rowCount())]
        row = rows.index(selected.customer.id) if selected and selected.customer.id in rows else 0
        if rows:
            self.table.selectRow(row)
        self._show_detail()

    def selected(self) -> WorklistEntry | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _tooltip(self, entry: WorklistEntry) -> str:
        return "\n".join(
            f"{self.texts.signal_name(s.code)}：{self.texts.signal_detail(s, self._staff)}"
            for s in entry.assessment.fired
        )

    def _show_detail(self) -> None:
        entry = self.selected()
        self.todo_note.clear()
        for button in (self.log_button, self.opportunity_button, self.quote_button,
                       self.todo_button, self.open_button):  # fmt: skip
            button.setEnabled(entry is not None)
        if entry is None:
            self.detail.setText(self.tr("Choose a customer to see why it is at risk."))
            return
        parts = [
            f"<h3>{html.escape(entry.customer.name)}</h3>",
            "<p>"
            + self.tr("Revenue at risk: %1 a year").replace(
                "%1", f"<b>{yuan(entry.revenue_at_risk_fen)}</b>"
            )
            + "</p>",
        ]
        for signal in entry.assessment.fired:
            parts.append(
                f"<p><b>{self.texts.signal_name(signal.code)}</b><br>"
                f"{html.escape(self.texts.signal_detail(signal, self._staff))}<br>"
                + self.tr("At risk: %1").replace("%1", yuan(signal.revenue_at_risk_fen))
                + "</p>"
            )
        self.detail.setText("".join(parts))

    # -- follow-up -------------------------------------------------------------------------

    def _why(self, entry: WorklistEntry) -> str:
        names = "、".join(self.texts.signal_name(s.code) for s in entry.assessment.fired)
        return self.tr("Retention: %1").replace("%1", names)

    def log_contact(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.dialog = follow_up.log_contact(self.ctx, self, entry.customer.id, self._why(entry))

    def new_opportunity(self) -> None:
        entry = self.selected()
        if entry is not None:
            notes = "\n".join(
                f"{self.texts.signal_name(s.code)}：{self.texts.signal_detail(s, self._staff)}"
                for s in entry.assessment.fired
            )
            self.dialog = follow_up.new_opportunity(
                self.ctx, self, entry.customer.id, self._why(entry), notes=notes[:2000]
            )

    def retention_quote(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.dialog = follow_up.new_quote(self.ctx, self, entry.customer.id, self._why(entry))

    def add_todo(self) -> None:
        """A to-do naming the signals and figures; a second click opens the open one."""
        entry = self.selected()
        if entry is None:
            return
        fired = entry.assessment.fired
        notes = "\n".join(
            f"{self.texts.signal_name(s.code)}：{self.texts.signal_detail(s, self._staff)}"
            for s in fired
        )

        def done(_todo_id: str, made: bool) -> None:
            if made:
                self.todo_note.setText(self.tr("Added to the to-dos, due in %n day(s).", "",
                                               follow_up.SIGNAL_TODO_DAYS))  # fmt: skip
            else:
                self.ctx.navigate.emit("todos", {"customer_id": entry.customer.id})

        codes = [wire_signal(s.code) for s in fired]
        title = self.texts.follow_up_title(fired)
        follow_up.add_signal_todo(self.ctx, self, entry.customer.id, codes, title, notes, done)

    def open_customer(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.ctx.open_customer.emit(entry.customer.id)
