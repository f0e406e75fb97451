"""The 360's 决策链 tab: the customer's key contacts as a tree of who reports to whom, each with
role, attitude to us, influence and last contact (from the one activity stream); set a role, add
a to-do with a contact. The chain is personal data: shown to the customer's own manager only.

Loads by itself (`store.decision_chain.of_customer`) through the one page loader; the role form
saves through `store.decision_chain.save`. Depends on `ui.qt`, `ui.labels`, the app context, the
record dialog base and the to-do dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bigcust_desktop.domain.drafts.contact_roles import new_role
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.vocab_city import Attitude, DecisionRole, Influence
from bigcust_desktop.store.queries.decision_chain import ChainEntry
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.labels import date_text, label
from bigcust_desktop.ui.qt import (
    QColor,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from bigcust_desktop.ui.todos.dialog import TodoDialog, TodoSeed
from bigcust_desktop.ui.widgets.inputs import CodeComboBox, DateEdit, RecordComboBox
from bigcust_desktop.ui.widgets.page_loader import PageLoader
from bigcust_desktop.ui.widgets.record_save import RecordDialog

ID_ROLE = Qt.ItemDataRole.UserRole
_ATTITUDE_COLORS = {"supportive": "#1e8449", "opposed": "#c0392b"}


class RoleDialog(RecordDialog):
    """设置决策链角色: one contact's role, whom he reports to, attitude, influence, birthday."""

    ENTITIES = frozenset({"contact_role"})

    def __init__(
        self, ctx: AppContext, customer_id: str, entry: ChainEntry, chain: list[ChainEntry],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(ctx, parent)
        self.customer_id, self.entry = customer_id, entry
        self.bosses = {e.contact_id: e.reports_to for e in chain}
        self.setObjectName("roleDialog")
        self.setWindowTitle(self.tr("Decision chain: %1").replace("%1", entry.name))
        form = QFormLayout()
        self.role = CodeComboBox("decision_role", "role", self)
        self.role.set_code(entry.role or DecisionRole.INFLUENCER)
        self.reports_to = RecordComboBox(
            "reports_to_contact_id", self, none_text=self.tr("(no one)")
        )
        self.reports_to.set_items(
            (e.contact_id, f"{e.name} · {e.title}")
            for e in chain
            if e.contact_id != entry.contact_id
        )
        self.reports_to.set_current_id(entry.reports_to)
        self.attitude = CodeComboBox("attitude", "attitude", self)
        self.attitude.set_code(entry.attitude or Attitude.UNKNOWN)
        self.influence = CodeComboBox("influence", "influence", self)
        self.influence.set_code(entry.influence or Influence.MEDIUM)
        self.birthday = DateEdit("birthday", self)
        if entry.birthday:
            self.birthday.set_value(entry.birthday)
        self.birthday.setToolTip(self.tr("Only when the resident ID does not give it"))
        self.notes = QPlainTextEdit(entry.notes or "", self)
        self.notes.setObjectName("notesEdit")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.errors.add_row(form, self.tr("&Role"), "role", self.role)
        self.errors.add_row(form, self.tr("Reports &to"), "reports_to_contact_id", self.reports_to)
        self.errors.add_row(form, self.tr("&Attitude to us"), "attitude", self.attitude)
        self.errors.add_row(form, self.tr("&Influence"), "influence", self.influence)
        self.errors.add_row(form, self.tr("&Birthday"), "birthday", self.birthday)
        self.errors.add_row(form, self.tr("&Notes"), "notes", self.notes)
        self.errors.register("owner_id", None, self.errors.general)
        buttons = self.add_save_buttons(self.tr("&Save"), self.tr("Save (Ctrl+S)"))
        note = QLabel(self.tr("Personal data: kept for you alone, never in an export without "
                              "asking."), self)  # fmt: skip
        note.setWordWrap(True)
        note.setStyleSheet("color: #7b8794;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def prepare(self) -> Callable[[], str]:
        user = self.ctx.user
        if user is None:
            raise ValidationError("owner_id", "auth.not_signed_in", "Sign in first.")
        birthday = None
        if self.birthday.text().strip():
            value = self.birthday.value()
            if isinstance(value, str):
                raise ValidationError("birthday", "date.invalid", "Enter a real date.")
            birthday = value
        fields = new_role(
            customer_id=self.customer_id,
            contact_id=self.entry.contact_id,
            owner_id=user.id,
            role=self.role.code() or "",
            reports_to_contact_id=self.reports_to.current_id(),
            attitude=self.attitude.code() or Attitude.UNKNOWN,
            influence=self.influence.code() or Influence.MEDIUM,
            birthday=birthday,
            notes=self.notes.toPlainText(),
            bosses=self.bosses,
        )
        store, role_id = self.ctx.store, self.entry.role_id

        def work() -> str:
            return store.decision_chain.save(role_id, fields)

        return work


class DecisionChainTab(QWidget):
    """决策链 of one customer; `loaded` after each draw."""

    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionChainTab")
        self.ctx = ctx
        self.customer_id: str | None = None
        self.mine = False
        self.entries: list[ChainEntry] = []
        self.dialog: QWidget | None = None
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("decisionChainTree")
        self.tree.setAccessibleName(self.tr("Decision chain"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(lambda _i: self.edit_role())
        self.hidden_note = QLabel(
            self.tr("The decision chain is personal data: only the customer's own account "
                    "manager sees it."), self)  # fmt: skip
        self.hidden_note.setWordWrap(True)
        self.role_button = QPushButton(self.tr("S&et role…"), self)
        self.role_button.setObjectName("setRole")
        self.role_button.clicked.connect(lambda: self.edit_role())
        self.todo_button = QPushButton(self.tr("To-do &with this contact…"), self)
        self.todo_button.setObjectName("contactTodo")
        self.todo_button.clicked.connect(lambda: self.add_todo())
        row = QHBoxLayout()
        row.addWidget(self.role_button)
        row.addWidget(self.todo_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.tree, 1)
        self.loader = PageLoader(self, ctx, frozenset({"contact_role", "contact", "activity"}),
                                 self._query, self._show)  # fmt: skip

    def set_customer(self, customer_id: str, manager_id: str | None) -> None:
        self.customer_id = customer_id
        self.mine = self.ctx.user is not None and manager_id == self.ctx.user.id
        for widget in (self.tree, self.role_button, self.todo_button):
            widget.setVisible(self.mine)
        self.hidden_note.setVisible(not self.mine)
        self.loader.refresh()

    def _query(self) -> Callable[[], list[ChainEntry]]:
        store, customer_id, mine = self.ctx.store, self.customer_id, self.mine

        def work() -> list[ChainEntry]:
            return store.decision_chain.of_customer(customer_id) if customer_id and mine else []

        return work

    def _show(self, entries: list[ChainEntry]) -> None:
        self.entries = entries
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("Title"), self.tr("Role"), self.tr("Attitude"),
             self.tr("Influence"), self.tr("Last contact")]
        )  # fmt: skip
        items: dict[str, QStandardItem] = {}
        rows: dict[str, list[QStandardItem]] = {}
        for entry in entries:
            cells = [QStandardItem(entry.name), QStandardItem(entry.title),
                     QStandardItem(label("decision_role", entry.role)),
                     QStandardItem(label("attitude", entry.attitude)),
                     QStandardItem(label("influence", entry.influence)),
                     QStandardItem(date_text(entry.last_contact) if entry.last_contact else
                                   self.tr("never"))]  # fmt: skip
            color = _ATTITUDE_COLORS.get(entry.attitude or "")
            if color:
                cells[3].setForeground(QColor(color))
            for cell in cells:
                cell.setData(entry.contact_id, ID_ROLE)
            items[entry.contact_id], rows[entry.contact_id] = cells[0], cells
        for entry in entries:  # under the boss, when he is a contact of the customer
            boss = items.get(entry.reports_to or "")
            (boss.appendRow if boss is not None else self.model.appendRow)(rows[entry.contact_id])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.loaded.emit()

    def selected(self) -> ChainEntry | None:
        index = self.tree.currentIndex()
        contact_id = index.data(ID_ROLE) if index.isValid() else None
        return next((e for e in self.entries if e.contact_id == contact_id), None)

    def edit_role(self, contact_id: str | None = None) -> RoleDialog | None:
        entry = (next((e for e in self.entries if e.contact_id == contact_id), None)
                 if contact_id else self.selected())  # fmt: skip
        if entry is None or self.customer_id is None or not self.mine:
            return None
        dialog = RoleDialog(self.ctx, self.customer_id, entry, self.entries, parent=self)
        self._open(dialog)
        return dialog

    def add_todo(self) -> TodoDialog | None:
        entry = self.selected()
        if entry is None or self.customer_id is None:
            return None
        seed = TodoSeed(customer_id=self.customer_id, kind="visit", contact_id=entry.contact_id,
                        title=self.tr("Visit %1").replace("%1", entry.name),
                        when=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))  # fmt: skip
        dialog = TodoDialog(self.ctx, seed, parent=self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: Any) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
