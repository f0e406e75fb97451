"""The profile directory and the database key in the keyring (DESIGN §7)."""

from __future__ import annotations

import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from bigcust_desktop.store.keys import (
    KEYRING_USERNAME,
    KeyringUnavailable,
    delete_key,
    keyring_usable,
    load_or_create_key,
)
from bigcust_desktop.store.profile import MARKER, PROFILE_ENV, Profile


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def keyring_backend(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Switch keyring's backend by name for one test, as a user would with the variable."""

    def use(name: str) -> None:
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
        keyring.core.init_backend()

    previous = keyring.get_keyring()
    yield use
    keyring.set_keyring(previous)


def test_explicit_directory_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "from-env"))
    profile = Profile.resolve(tmp_path / "from-arg")
    assert profile.root == tmp_path / "from-arg"


def test_environment_wins_over_platform_default(tmp_path, monkeypatch):
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "from-env"))
    assert Profile.resolve().root == tmp_path / "from-env"


def test_platform_default_is_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.delenv(PROFILE_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    profile = Profile.resolve()
    assert profile.root.is_relative_to(tmp_path / "xdg")
    assert "bigcust-desktop" in profile.root.parts


def test_directories_are_owner_only_even_if_they_existed_open(tmp_path):
    root = tmp_path / "profile"
    root.mkdir(mode=0o755)
    root.chmod(0o755)
    profile = Profile.resolve(root)
    for directory in (profile.root, profile.log_dir, profile.exports_dir):
        assert mode(directory) == 0o700, directory
    assert profile.db_path.parent == profile.root


def test_keyring_service_differs_per_profile_and_is_stable(tmp_path):
    a, b = Profile.resolve(tmp_path / "a"), Profile.resolve(tmp_path / "b")
    assert a.keyring_service != b.keyring_service
    assert Profile.resolve(tmp_path / "a").keyring_service == a.keyring_service
    assert a.keyring_service.startswith("bigcust-desktop:")


def test_key_is_made_once_kept_in_the_keyring_and_reused(profile):
    first = load_or_create_key(profile)
    assert first.created and not first.in_file and len(first.secret) == 32
    again = load_or_create_key(profile)
    assert again.secret == first.secret and not again.created
    assert keyring.get_password(profile.keyring_service, KEYRING_USERNAME) == first.secret.hex()
    assert first.secret.hex() not in repr(first)


def test_two_profiles_get_two_keys(tmp_path):
    a = load_or_create_key(Profile.resolve(tmp_path / "a"))
    b = load_or_create_key(Profile.resolve(tmp_path / "b"))
    assert a.secret != b.secret


def test_delete_key_forgets_it(profile):
    first = load_or_create_key(profile)
    delete_key(profile)
    assert keyring.get_password(profile.keyring_service, KEYRING_USERNAME) is None
    assert load_or_create_key(profile).secret != first.secret
    delete_key(profile)
    delete_key(profile)  # forgetting twice is harmless


def test_real_profile_refuses_to_start_without_a_keyring(profile, keyring_backend):
    assert keyring_usable()
    keyring_backend("keyring.backends.fail.Keyring")
    assert not keyring_usable()
    with pytest.raises(KeyringUnavailable) as caught:
        load_or_create_key(profile)
    assert "keyring.backends.fail.Keyring" in str(caught.value)
    assert not profile.demo_key_path.exists()
    assert {p.name for p in profile.root.iterdir()} == {"logs", "exports", MARKER}


def test_demo_profile_without_keyring_keeps_its_key_in_a_private_file(tmp_path, keyring_backend):
    keyring_backend("keyring.backends.fail.Keyring")
    demo = Profile.resolve(tmp_path / "demo", demo=True)
    key = load_or_create_key(demo)
    assert key.in_file and key.created
    assert mode(demo.demo_key_path) == 0o600
    assert demo.demo_key_path.read_text() == key.secret.hex()
    again = load_or_create_key(demo)
    assert again.secret == key.secret and again.in_file and not again.created
    delete_key(demo)
    assert not demo.demo_key_path.exists()


def test_demo_profile_with_a_keyring_uses_it(tmp_path):
    demo = Profile.resolve(tmp_path / "demo", demo=True)
    key = load_or_create_key(demo)
    assert not key.in_file and not demo.demo_key_path.exists()


def test_throwaway_demo_profile_is_private(request):
    demo = Profile.throwaway_demo()
    request.addfinalizer(lambda: shutil.rmtree(demo.root))
    assert demo.demo and mode(demo.root) == 0o700


def test_a_not_recommended_backend_picked_by_default_is_refused(profile, monkeypatch):
    # Without PYTHON_KEYRING_BACKEND, a plain-text file keyring is only a fallback keyring picked
    # by priority: a real profile must not keep its key there.
    from keyrings.alt.file import PlaintextKeyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        with pytest.raises(KeyringUnavailable, match="PlaintextKeyring"):
            load_or_create_key(profile)
    finally:
        keyring.set_keyring(previous)


def test_a_missing_key_is_not_replaced_while_the_cache_exists(store, profile):
    """The keyring entry went (a reset profile, another machine's keyring): making a new key
    would overwrite the slot a backup could restore and leave the cache unreadable (issue 18)."""
    from bigcust_desktop.store.keys import KeyMissing

    store.close()
    delete_key(profile)
    with pytest.raises(KeyMissing) as missing:
        load_or_create_key(profile)
    assert missing.value.code == "store.key_missing"
    assert keyring.get_password(profile.keyring_service, KEYRING_USERNAME) is None
    # Once the user chose to start again (the cache removed), a new key is made.
    for path in profile.root.glob("cache.db*"):
        path.unlink()
    assert load_or_create_key(profile).created


class _SessionKeyring(keyring.backend.KeyringBackend):
    """A recommended backend (as the OS's is) keeping secrets for this test session."""

    priority = 5  # type: ignore[assignment]
    secrets: dict[tuple[str, str], str] = {}  # noqa: RUF012

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


def test_the_backend_found_once_is_used_again_without_searching(profile, monkeypatch):
    # keyring's search loads and asks every installed backend, at every start: the backend it
    # found is remembered in the profile's settings and used again while it works.
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    previous = keyring.get_keyring()
    keyring.set_keyring(_SessionKeyring())  # what the search found on this machine
    try:
        profile.ensure()
        first = load_or_create_key(profile)
        keyring.set_keyring(previous)  # what the test session had, restored after the test
        searched: list[object] = []
        monkeypatch.setattr(keyring.core, "init_backend", lambda *a: searched.append(a))
        monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # a new process
        assert load_or_create_key(profile).secret == first.secret
        assert searched == []  # no search: the remembered backend answered
        assert "_SessionKeyring" in profile.settings_path.read_text(encoding="utf-8")
    finally:
        keyring.set_keyring(previous)
