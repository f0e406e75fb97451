"""The settings dialog: server addresses, CA bundle, language, how often to sync.

Stored in the profile's settings file; never a secret. Depends on `ui.qt` and the settings modules.
"""

from __future__ import annotations

from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.settings import SettingsError
from bigcust_desktop.sync.config import load_endpoints, save_endpoints
from bigcust_desktop.sync.errors import SyncError
from bigcust_desktop.ui.endpoints_form import EndpointsForm
from bigcust_desktop.ui.preferences import DEFAULT_NOC_HOTLINE, MAX_CARE_DAYS_BEFORE, Preferences
from bigcust_desktop.ui.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from bigcust_desktop.ui.widgets.form_errors import make_error_label


class SettingsDialog(QDialog):
    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        self.profile = profile
        self.preferences = Preferences.load(profile.settings_path)
        try:
            endpoints = load_endpoints(profile.settings_path)
        except SyncError:
            endpoints = None
        servers = QGroupBox(self.tr("Servers"), self)
        self.endpoints_form = EndpointsForm(endpoints, servers)
        QVBoxLayout(servers).addWidget(self.endpoints_form)

        general = QGroupBox(self.tr("General"), self)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.setObjectName("language")
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.preferences.language)))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language shows after a restart."), general))
        self.sync_minutes = QSpinBox(general)
        self.sync_minutes.setObjectName("syncMinutes")
        self.sync_minutes.setRange(0, 240)
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setSpecialValueText(self.tr("only on demand (F5)"))
        self.sync_minutes.setValue(self.preferences.sync_minutes)
        form.addRow(self.tr("Sync &every:"), self.sync_minutes)
        self.hotline = QLineEdit(self.preferences.noc_hotline, general)
        self.hotline.setObjectName("nocHotline")
        self.hotline.setMaxLength(40)
        self.hotline.setToolTip(
            self.tr("Shown with a critical or major fault reported while offline.")
        )
        form.addRow(self.tr("&NOC hotline:"), self.hotline)
        self.care_days = QSpinBox(general)
        self.care_days.setObjectName("careDaysBefore")
        self.care_days.setRange(0, MAX_CARE_DAYS_BEFORE)
        self.care_days.setSuffix(self.tr(" days before"))
        self.care_days.setToolTip(
            self.tr("A holiday's care to-do for each customer is due this many days before it.")
        )
        self.care_days.setValue(self.preferences.care_days_before)
        form.addRow(self.tr("&Holiday care:"), self.care_days)

        self.error = make_error_label("settingsError", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(servers)
        layout.addWidget(general)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _save(self) -> None:
        self.error.hide()
        endpoints = self.endpoints_form.endpoints()
        if endpoints is None:
            return
        preferences = Preferences(
            language=str(self.language.currentData()),
            sync_minutes=self.sync_minutes.value(),
            noc_hotline=self.hotline.text().strip() or DEFAULT_NOC_HOTLINE,
            care_days_before=self.care_days.value(),
        )
        try:
            save_endpoints(self.profile.settings_path, endpoints)
            preferences.save(self.profile.settings_path)
        except (SyncError, SettingsError):
            self.error.setText(self.tr("The settings could not be saved to the profile folder."))
            self.error.show()
            return
        self.preferences = preferences
        self.accept()
