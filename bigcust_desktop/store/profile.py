"""The profile: the per-user data directory holding the encrypted cache, settings, logs and exports.

Depends on the standard library and platformdirs only; knows nothing of the database inside.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "bigcust-desktop"
APP_AUTHOR = "bigcust"
PROFILE_ENV = "BIGCUST_PROFILE"

_DIR_MODE = 0o700


@dataclass(frozen=True)
class Profile:
    """One data directory. `demo` marks a throw-away profile over simulated data (DESIGN §7)."""

    root: Path
    demo: bool = False

    @classmethod
    def resolve(
        cls,
        path: str | os.PathLike[str] | None = None,
        *,
        demo: bool = False,
        env: Mapping[str, str] | None = None,
    ) -> Profile:
        """The profile chosen by `--profile DIR`, else `BIGCUST_PROFILE`, else the platform default.

        The directory is created (owner-only) if missing.
        """
        environ = os.environ if env is None else env
        if path is not None:
            root = Path(path)
        elif environ.get(PROFILE_ENV):
            root = Path(environ[PROFILE_ENV])
        else:
            root = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
        profile = cls(root=root.expanduser().absolute(), demo=demo)
        profile.ensure()
        return profile

    @classmethod
    def throwaway_demo(cls) -> Profile:
        """A fresh demo profile in a new temporary directory (mkdtemp makes it 0700)."""
        profile = cls(root=Path(tempfile.mkdtemp(prefix="bigcust-demo-")), demo=True)
        profile.ensure()
        return profile

    def ensure(self) -> None:
        """Create the directory tree with owner-only permissions, tightening it if it exists."""
        for directory in (self.root, self.log_dir, self.exports_dir):
            directory.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            # mkdir's mode is filtered by the umask and ignored for an existing directory.
            if os.name == "posix":
                os.chmod(directory, _DIR_MODE)

    @property
    def db_path(self) -> Path:
        return self.root / "cache.db"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.json"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def exports_dir(self) -> Path:
        return self.root / "exports"

    @property
    def lock_path(self) -> Path:
        return self.root / "profile.lock"

    @property
    def demo_key_path(self) -> Path:
        """Only a demo profile without a usable OS keyring ever has this file."""
        return self.root / "demo.key"

    @property
    def keyring_service(self) -> str:
        """Keyring service name of this profile, so that two profiles never share a key."""
        digest = hashlib.sha256(str(self.root.resolve()).encode("utf-8")).hexdigest()
        return f"{APP_NAME}:{digest[:16]}"
