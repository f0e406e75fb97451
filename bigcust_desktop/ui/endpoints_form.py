"""The server address fields shared by the sign-in and settings dialogs.

One gateway URL, or the three systems' own URLs, and an optional operator CA bundle. Depends on
`ui.qt` and `sync.config` (which validates them).
"""

from __future__ import annotations

from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.errors import SyncError
from bigcust_desktop.ui.qt import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from bigcust_desktop.ui.widgets.form_errors import make_error_label


class EndpointsForm(QWidget):
    """Server URL(s) and CA bundle; `endpoints()` returns them checked or shows what is wrong."""

    def __init__(self, endpoints: Endpoints | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.server = QLineEdit(self)
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText("https://crm-gw.example.cn")
        self.server.setAccessibleName(self.tr("Server address"))
        layout.addRow(self.tr("Se&rver:"), self.server)
        self.separate = QCheckBox(self.tr("The three systems have separate addresses"), self)
        self.separate.setObjectName("separateSystems")
        layout.addRow("", self.separate)
        self.crm = QLineEdit(self)
        self.crm.setObjectName("crmUrl")
        self.boss = QLineEdit(self)
        self.boss.setObjectName("bossUrl")
        self.city = QLineEdit(self)
        self.city.setObjectName("cityUrl")
        self._system_rows: list[tuple[QLabel, QLineEdit]] = []
        for text, edit in (
            (self.tr("Provincial &CRM:"), self.crm),
            (self.tr("&BOSS billing:"), self.boss),
            (self.tr("Ci&ty CRM:"), self.city),
        ):
            title = QLabel(text, self)
            title.setBuddy(edit)
            edit.setAccessibleName(text.replace("&", "").rstrip(":："))
            layout.addRow(title, edit)
            self._system_rows.append((title, edit))
        self.ca_bundle = QLineEdit(self)
        self.ca_bundle.setObjectName("caBundle")
        self.ca_bundle.setPlaceholderText(self.tr("optional: the operator's CA certificates (PEM)"))
        self.ca_bundle.setAccessibleName(self.tr("CA bundle"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.ca_bundle, 1)
        row.addWidget(browse)
        title = QLabel(self.tr("C&A bundle:"), self)
        title.setBuddy(self.ca_bundle)  # a row of two widgets gets no buddy from addRow
        layout.addRow(title, row)
        self.error = make_error_label("endpointsError", self)
        layout.addRow("", self.error)
        self.separate.toggled.connect(self._show_systems)
        self._fill(endpoints)

    def _fill(self, endpoints: Endpoints | None) -> None:
        if endpoints is not None:
            same = endpoints.crm_url == endpoints.boss_url == endpoints.city_url
            self.server.setText(endpoints.crm_url if same else "")
            self.crm.setText(endpoints.crm_url)
            self.boss.setText(endpoints.boss_url)
            self.city.setText(endpoints.city_url)
            self.ca_bundle.setText(endpoints.ca_bundle or "")
            self.separate.setChecked(not same)
        self._show_systems(self.separate.isChecked())

    def _show_systems(self, separate: bool) -> None:
        self.server.setEnabled(not separate)
        for title, edit in self._system_rows:
            title.setVisible(separate)
            edit.setVisible(separate)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose CA bundle"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_bundle.setText(path)

    def endpoints(self) -> Endpoints | None:
        """The checked endpoints, or None after showing the problem under the fields."""
        self.error.hide()
        ca = self.ca_bundle.text().strip() or None
        try:
            if self.separate.isChecked():
                return Endpoints(
                    crm_url=self.crm.text().strip(),
                    boss_url=self.boss.text().strip(),
                    city_url=self.city.text().strip(),
                    ca_bundle=ca,
                )
            return Endpoints.single_server(self.server.text().strip(), ca_bundle=ca)
        except SyncError as exc:
            if exc.code == "config.ca_bundle":
                self.error.setText(self.tr("The CA bundle file does not exist."))
            elif exc.code == "config.insecure_url":
                self.error.setText(
                    self.tr(
                        "Use https:// for a server on another computer: plain http:// would send "
                        "your password and data unencrypted. http:// is allowed only for this "
                        "computer (localhost)."
                    )
                )
            else:
                self.error.setText(
                    self.tr("Enter a full address starting with https:// (or http:// for a test).")
                )
            self.error.show()
            return None
