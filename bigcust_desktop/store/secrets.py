"""Small secrets of a profile (the refresh token) in the OS keyring, beside the database key.

Depends on keyring and the profile; a demo profile without a usable keyring keeps them in memory.
"""

from __future__ import annotations

import contextlib

import keyring
import keyring.errors

from bigcust_desktop.store.keys import KEYRING_USERNAME, keyring_usable
from bigcust_desktop.store.profile import Profile

# Secrets of keyring-less demo profiles, for the life of the process (shared by every instance).
_DEMO_MEMORY: dict[str, dict[str, str]] = {}


class ProfileSecrets:
    """get/set/delete of named secrets in this profile's keyring service."""

    def __init__(self, profile: Profile) -> None:
        self._service = profile.keyring_service
        # Only a throw-away demo profile may live without a keyring; it then forgets on exit.
        self._memory: dict[str, str] | None = (
            _DEMO_MEMORY.setdefault(self._service, {})
            if profile.demo and not keyring_usable()
            else None
        )

    def get(self, name: str) -> str | None:
        if self._memory is not None:
            return self._memory.get(name)
        return keyring.get_password(self._service, name)

    def set(self, name: str, value: str) -> None:
        if name == KEYRING_USERNAME:
            raise ValueError("the database key is managed by store.keys")
        if self._memory is not None:
            self._memory[name] = value
            return
        keyring.set_password(self._service, name, value)

    def delete(self, name: str) -> None:
        if self._memory is not None:
            self._memory.pop(name, None)
            return
        # Nothing stored means already gone.
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self._service, name)
