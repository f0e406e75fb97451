"""The sign-in dialog: server, user name, password; or work offline on the existing cache.

The password goes to the token endpoint and nowhere else. Depends on `ui.qt`, `sync.account`.
"""

from __future__ import annotations

from collections.abc import Callable

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.account import sign_in
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.ui.endpoints_form import EndpointsForm
from bigcust_desktop.ui.errors import user_message
from bigcust_desktop.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.tasks import Lane, TaskManager
from bigcust_desktop.ui.widgets.form_errors import make_error_label


class SignInDialog(QDialog):
    """Accepted with `user` and `store` set after a sign-in, or with `offline` True."""

    def __init__(
        self,
        profile: Profile,
        store: Store,
        *,
        endpoints: Endpoints | None,
        username: str = "",
        can_work_offline: bool,
        reopen: Callable[[], Store],
        tasks: TaskManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in — bigcust-desktop"))
        self.setMinimumWidth(460)
        self.profile = profile
        self.store = store
        self._reopen = reopen
        self._tasks = tasks
        self.user: UserProfile | None = None
        self.offline = False

        self.endpoints_form = EndpointsForm(endpoints, self)
        form = QFormLayout()
        self.username = QLineEdit(username, self)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = make_error_label("signInError", self)

        buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("&Sign in"), self)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button = QPushButton(self.tr("Work &offline"), self)
        self.offline_button.setObjectName("workOfflineButton")
        self.offline_button.setToolTip(
            self.tr("Open the data on this computer; changes are sent at the next sync.")
        )
        buttons.addButton(self.offline_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.offline_button.setVisible(can_work_offline)  # after addButton, which shows it
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.sign_in_button.clicked.connect(self._sign_in)
        self.offline_button.clicked.connect(self._work_offline)

        # Offline work needs a cache: with none, say why there is no such choice yet.
        self.offline_note = QLabel(
            self.tr(
                "Working offline needs the data on this computer: sign in once while online "
                "and let the first sync finish."
            ),
            self,
        )
        self.offline_note.setObjectName("offlineNote")
        self.offline_note.setWordWrap(True)
        self.offline_note.setStyleSheet("color: #5a6778;")
        self.offline_note.setVisible(not can_work_offline)

        layout = QVBoxLayout(self)
        layout.addWidget(self.endpoints_form)
        layout.addLayout(form)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.error)
        self.status = QLabel(self)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _sign_in(self) -> None:
        self.error.hide()
        endpoints = self.endpoints_form.endpoints()
        if endpoints is None:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your user name and password."))
            return
        self._start(endpoints, username, password, discard_unsent=False)

    def _start(
        self, endpoints: Endpoints, username: str, password: str, *, discard_unsent: bool
    ) -> None:
        self.sign_in_button.setEnabled(False)
        self.status.setText(self.tr("Signing in…"))
        profile, store, reopen = self.profile, self.store, self._reopen

        def work() -> tuple[UserProfile, Store]:
            return sign_in(
                profile,
                store,
                endpoints,
                username,
                password,
                reopen=reopen,
                discard_unsent=discard_unsent,
            )

        def failed(exc: BaseException) -> None:
            from bigcust_desktop.sync.errors import UnsentWork

            if isinstance(exc, UnsentWork):
                self._ask_unsent(exc.count, lambda: self._start(
                    endpoints, username, password, discard_unsent=True
                ))  # fmt: skip
            self._failed(exc)

        self._tasks.run(work, self._signed_in, failed, lane=Lane.SYNC)

    def _ask_unsent(self, count: int, go_on: Callable[[], None]) -> None:
        """Another user's cache holds unsent changes: say how many; export them, then go on,
        or cancel (the default). Syncing them needs that user's own sign-in."""
        from bigcust_desktop.ui.qt import QMessageBox, QPushButton, Qt

        box = QMessageBox(self)
        box.setObjectName("unsentOnSignIn")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Changes not sent"))
        box.setText(
            self.tr(
                "%1 change(s) of the previous user are not on the server yet. Signing in as "
                "another user deletes them from this computer. To send them, sign in as that "
                "user and sync; or export them to a file first."
            ).replace("%1", str(count))
        )
        export = QPushButton(self.tr("&Export, then sign in…"), box)
        export.setObjectName("exportThenSignIn")
        box.addButton(export, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)

        def answered(_result: int) -> None:
            if box.clickedButton() is export:
                self._export_unsent(go_on)

        box.finished.connect(answered)
        box.open()

    def _export_unsent(self, then: Callable[[], None]) -> None:
        """Write the unsent changes to a file the user chooses (read lane), then go on."""
        from bigcust_desktop.reports.unsent_workbook import write_unsent
        from bigcust_desktop.ui.errors import show_failure
        from bigcust_desktop.ui.sync_panel.unsent_dialogs import ask_unsent_path

        path = ask_unsent_path(self, self.profile.root.parent)
        if path is None:
            return
        store = self.store
        self._tasks.run(
            lambda: write_unsent(store, path),
            lambda _count: then(),
            lambda exc: show_failure(self, exc),
            lane=Lane.READ,
        )

    def _signed_in(self, result: tuple[UserProfile, Store]) -> None:
        self.user, self.store = result
        self.password.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.clear()
        self.password.selectAll()
        self.password.setFocus()
        self._show_error(user_message(exc) or self.tr("Sign-in failed; see the log file."))

    def _work_offline(self) -> None:
        self.offline = True
        self.accept()
