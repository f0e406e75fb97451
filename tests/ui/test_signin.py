"""The sign-in and settings dialogs against the real simulator: wrong password stays inline,
a bad address is caught before any request, a good sign-in binds the profile to the user."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from storecopy import open_empty
from uihelpers import type_text

from bigcust_desktop.domain.drafts.care_dates import DEFAULT_DAYS_BEFORE
from bigcust_desktop.store.engine import Store, open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.sync.account import has_session
from bigcust_desktop.sync.config import load_endpoints
from bigcust_desktop.ui.preferences import Preferences
from bigcust_desktop.ui.qt import QDialogButtonBox, QLabel, Qt
from bigcust_desktop.ui.settings_dialog import SettingsDialog
from bigcust_desktop.ui.signin import SignInDialog
from bigcust_desktop.ui.tasks import TaskManager
from bigcust_sim.launcher import SimulatorProcess


@pytest.fixture(scope="module")
def server(sim_template: Path, tmp_path_factory) -> Iterator[SimulatorProcess]:
    data = tmp_path_factory.mktemp("ui-signin") / "data"
    shutil.copytree(sim_template, data)
    sim = SimulatorProcess(data).start()
    yield sim
    sim.stop()


def _open(profile: Profile) -> Store:
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    return store


@pytest.fixture
def dialog(qtbot, tmp_path) -> Iterator[SignInDialog]:
    profile = Profile.resolve(tmp_path / "profile")
    store = open_empty(profile)  # a first open: a copy of a migrated store
    tasks = TaskManager()
    dlg = SignInDialog(
        profile, store, endpoints=None, can_work_offline=False,
        reopen=lambda: _open(profile), tasks=tasks,
    )  # fmt: skip
    qtbot.addWidget(dlg)
    dlg.show()
    yield dlg
    tasks.wait()
    dlg.store.close()


def test_bad_address_is_refused_inline_before_any_request(qtbot, dialog):
    type_text(qtbot, dialog.endpoints_form.server, "crm.example")
    type_text(qtbot, dialog.username, "zhangwei")
    type_text(qtbot, dialog.password, "demo1234")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "endpointsError")
    assert error.isVisible() and "https://" in error.text()
    assert dialog.result() == 0 and dialog.isVisible()


def test_wrong_password_is_said_inline_and_nothing_is_kept(qtbot, dialog, server):
    type_text(qtbot, dialog.endpoints_form.server, server.base_url)
    type_text(qtbot, dialog.username, "zhangwei")
    type_text(qtbot, dialog.password, "wrong")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "signInError")
    qtbot.waitUntil(error.isVisible, timeout=15000)
    assert "password" in error.text()
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert not has_session(dialog.profile)
    assert load_endpoints(dialog.profile.settings_path) is None


def test_sign_in_binds_the_profile(qtbot, dialog, server):
    type_text(qtbot, dialog.endpoints_form.server, server.base_url)
    type_text(qtbot, dialog.username, "zhangwei")
    type_text(qtbot, dialog.password, "demo1234")
    with qtbot.waitSignal(dialog.accepted, timeout=15000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "zhangwei"
    assert dialog.store.meta.user().id == dialog.user.id
    assert has_session(dialog.profile)
    assert load_endpoints(dialog.profile.settings_path).crm_url == server.base_url
    assert dialog.password.text() == ""
    text = dialog.profile.settings_path.read_text(encoding="utf-8")
    assert "demo1234" not in text and "token" not in text.lower()


def test_settings_keep_addresses_and_preferences(qtbot, tmp_path):
    profile = Profile.resolve(tmp_path / "profile")
    settings = SettingsDialog(profile)
    qtbot.addWidget(settings)
    settings.show()
    form = settings.endpoints_form
    form.separate.setChecked(True)
    for edit, url in ((form.crm, "https://crm.zj.example"), (form.boss, "https://boss.zj.example"),
                      (form.city, "ftp://city")):  # fmt: skip
        type_text(qtbot, edit, url)
    buttons = settings.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert settings.isVisible() and form.error.isVisible()  # the city URL is not http(s)
    form.city.clear()
    type_text(qtbot, form.city, "https://city.hz.example")
    settings.sync_minutes.setValue(30)
    assert settings.care_days.value() == DEFAULT_DAYS_BEFORE == 7  # the domain's default
    settings.care_days.setValue(10)
    settings.language.setCurrentIndex(settings.language.findData("en"))
    with qtbot.waitSignal(settings.accepted, timeout=5000):
        qtbot.mouseClick(
            buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )
    endpoints = load_endpoints(profile.settings_path)
    assert (endpoints.crm_url, endpoints.boss_url, endpoints.city_url) == (
        "https://crm.zj.example", "https://boss.zj.example", "https://city.hz.example"
    )  # fmt: skip
    assert Preferences.load(profile.settings_path) == Preferences("en", 30, care_days_before=10)


def test_plain_http_to_another_computer_is_refused_inline(qtbot, dialog, monkeypatch):
    # Were a request ever sent, the proxy variable would take it to a closed loopback port.
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    type_text(qtbot, dialog.endpoints_form.server, "http://192.0.2.10:8080")
    type_text(qtbot, dialog.username, "zhangwei")
    type_text(qtbot, dialog.password, "demo1234")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "endpointsError")
    assert error.isVisible() and "https://" in error.text() and "localhost" in error.text()
    assert dialog.sign_in_button.isEnabled() and dialog.isVisible()
