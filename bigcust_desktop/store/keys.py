"""The 256-bit key of the encrypted cache: made on first run, kept in the OS keyring (DESIGN §7).

Depends on keyring, the profile and its settings file (which remembers the keyring backend found,
so that a start need not search for one again); only a demo profile without a usable keyring
keeps its key in a file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
from dataclasses import dataclass, field

import keyring
import keyring.backend
import keyring.core
import keyring.errors
from keyring.backends import chainer, fail

from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.settings import SettingsError, read_section, write_section

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEYRING_USERNAME = "db-key"
# The settings section remembering which backend keyring found (its class, never a secret):
# keyring's own search loads every installed backend and asks each whether it works, a tenth
# of a second or more at every start.
_BACKEND_SECTION = "keyring"
_FILE_MODE = 0o600


class KeyringUnavailable(Exception):
    """No usable OS keyring: a real profile refuses to start rather than keep its key on disk."""

    def __init__(self, backend_name: str, reason: str) -> None:
        self.backend_name = backend_name
        self.reason = reason
        super().__init__(
            f"No usable system keyring ({backend_name}: {reason}). bigcust-desktop keeps the key "
            "of its encrypted cache only in the system keyring (Windows Credential Manager, macOS "
            "Keychain, or Secret Service/KWallet on Linux). Start a keyring service, or choose a "
            "backend with PYTHON_KEYRING_BACKEND."
        )


class KeyMissing(Exception):
    """The keyring holds no key (or a malformed one) for a profile whose cache exists: a new
    key would overwrite the slot a backup could restore and leave the cache unreadable, so none
    is made until the user chooses to start again (issue 18)."""

    code = "store.key_missing"

    def __init__(self, profile: Profile) -> None:
        super().__init__(
            f"The key of the local cache {profile.db_path} is missing from the system keyring. "
            "Restore the keyring entry to keep the cache and its unsent changes; or sign out "
            "to remove the cache and download the data again."
        )
        self.path = profile.db_path


@dataclass(frozen=True)
class StoreKey:
    """The database key and where it came from. The secret is kept out of repr and str."""

    secret: bytes = field(repr=False)
    in_file: bool = False
    created: bool = False

    def __post_init__(self) -> None:
        if len(self.secret) != KEY_BYTES:
            raise ValueError(f"a store key has {KEY_BYTES} bytes")


def _backend_name(backend: keyring.backend.KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _chosen_explicitly() -> bool:
    """True when the user named a backend (environment or keyringrc), whatever its priority."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return True
    try:
        return keyring.core.load_config() is not None
    except Exception:  # a broken keyringrc is not a choice
        return False


def _why_unusable(backend: keyring.backend.KeyringBackend) -> str | None:
    """None if the backend may hold the key, else why not (shown in KeyringUnavailable)."""
    if isinstance(backend, fail.Keyring):
        return "no keyring backend is available"
    try:
        priority = float(backend.priority)
    except Exception as exc:  # keyring signals a non-viable backend by raising from priority
        return f"backend not viable ({type(exc).__name__})"
    if priority <= 0:
        return "backend stores nothing"
    if _chosen_explicitly():
        return None
    if isinstance(backend, chainer.ChainerBackend):
        # The chainer's own priority says nothing of the backends behind it.
        if not any(b.priority >= 1 for b in backend.backends):
            return "only non-recommended backends are installed"
        return None
    if priority < 1:
        # keyring itself calls such backends "not recommended" (e.g. a plain-text file).
        return "backend is not recommended for secrets"
    return None


def _keyring_or_reason(
    profile: Profile | None = None,
) -> tuple[keyring.backend.KeyringBackend, str | None]:
    """The keyring backend and why it may not hold secrets (None: it may). With ``profile``,
    the backend found at an earlier start is used again while it still works, and a backend
    found now is remembered; a backend named by the user (environment, keyringrc) always wins."""
    if profile is not None and not _chosen_explicitly():
        remembered = _remembered_backend(profile)
        if remembered is not None and _why_unusable(remembered) is None:
            keyring.set_keyring(remembered)
            return remembered, None
        backend = keyring.get_keyring()
        reason = _why_unusable(backend)
        if reason is None and (remembered is None or type(remembered) is not type(backend)):
            _remember_backend(profile, backend)
        return backend, reason
    backend = keyring.get_keyring()
    return backend, _why_unusable(backend)


def _remembered_backend(profile: Profile) -> keyring.backend.KeyringBackend | None:
    try:
        name = (read_section(profile.settings_path, _BACKEND_SECTION) or {}).get("backend")
        return keyring.core.load_keyring(name) if isinstance(name, str) and name else None
    except Exception:  # uninstalled since, or a broken file: keyring searches as ever
        return None


def _remember_backend(profile: Profile, backend: keyring.backend.KeyringBackend) -> None:
    if not profile.root.is_dir():
        return
    with contextlib.suppress(SettingsError):
        write_section(profile.settings_path, _BACKEND_SECTION, {"backend": _backend_name(backend)})


def keyring_usable() -> bool:
    """Whether the OS keyring may hold secrets (the test `load_or_create_key` applies)."""
    return _keyring_or_reason()[1] is None


def load_or_create_key(profile: Profile) -> StoreKey:
    """The key of this profile's cache, generated with `secrets` on first use.

    Raises KeyringUnavailable for a real profile without a usable keyring. A demo profile then
    keeps its key in `demo.key` (0600) inside its throw-away directory and says so (`in_file`).
    """
    if profile.demo and profile.demo_key_path.exists():
        return StoreKey(_read_key_file(profile), in_file=True)
    backend, reason = _keyring_or_reason(profile)
    if reason is None:
        try:
            return _from_keyring(profile)
        except keyring.errors.KeyringError as exc:
            reason = f"{type(exc).__name__}: the keyring refused access"
    if not profile.demo:
        raise KeyringUnavailable(_backend_name(backend), reason)
    log.warning("No usable keyring (%s); the demo profile keeps its key in a file", reason)
    secret = secrets.token_bytes(KEY_BYTES)
    _write_key_file(profile, secret)
    return StoreKey(secret, in_file=True, created=True)


def _from_keyring(profile: Profile) -> StoreKey:
    stored = keyring.get_password(profile.keyring_service, KEYRING_USERNAME)
    if stored is not None:
        try:
            return StoreKey(bytes.fromhex(stored))
        except ValueError:
            # Not a key of ours. Never echo the stored value.
            log.warning("The keyring entry for this profile is malformed")
    if _has_cache(profile):
        raise KeyMissing(profile)
    secret = secrets.token_bytes(KEY_BYTES)
    keyring.set_password(profile.keyring_service, KEYRING_USERNAME, secret.hex())
    return StoreKey(secret, created=True)


def _has_cache(profile: Profile) -> bool:
    """Whether a cache with content exists (an empty file is what a failed first open leaves)."""
    try:
        return profile.db_path.stat().st_size > 0
    except FileNotFoundError:
        return False


def _read_key_file(profile: Profile) -> bytes:
    text = profile.demo_key_path.read_text(encoding="ascii").strip()
    return bytes.fromhex(text)


def _write_key_file(profile: Profile, secret: bytes) -> None:
    fd = os.open(profile.demo_key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(secret.hex())


def delete_key(profile: Profile) -> None:
    """Forget the key (sign-out, wipe): from the keyring and, for a demo, its key file."""
    if profile.demo_key_path.exists():
        profile.demo_key_path.unlink()
    _backend, reason = _keyring_or_reason()
    if reason is not None:
        return
    # Nothing stored means already forgotten.
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        keyring.delete_password(profile.keyring_service, KEYRING_USERNAME)
