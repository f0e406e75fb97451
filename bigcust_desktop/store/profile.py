"""The profile: the per-user data directory holding the encrypted cache, settings, logs and exports.

Depends on the standard library and platformdirs only; knows nothing of the database inside.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "bigcust-desktop"
APP_AUTHOR = "bigcust"
PROFILE_ENV = "BIGCUST_PROFILE"

_DIR_MODE = 0o700
_FILE_MODE = 0o600
# Written into every profile directory: only a directory holding it (or an empty or new one)
# is ever taken as a profile, tightened to owner-only and filled.
MARKER = ".bigcust-profile"
# What a profile made before the marker existed can hold: such a directory is adopted.
_LEGACY_ENTRIES = frozenset(
    {
        "cache.db",
        "cache.db-wal",
        "cache.db-shm",
        "cache.db-journal",
        "settings.json",
        "settings.json.tmp",
        "logs",
        "exports",
        "profile.lock",
        "demo.key",
    }
)


class ProfileError(Exception):
    """The chosen directory cannot be a profile; ``code`` is stable, the message English."""

    def __init__(self, code: str, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path


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

        The directory is created (owner-only) if missing. An existing one must be empty or
        already a profile: anything else raises `ProfileError` and is left untouched.
        """
        environ = os.environ if env is None else env
        if path is not None:
            if not os.fspath(path).strip():
                raise ProfileError(
                    "profile.empty_path", "The profile folder is empty: name a folder."
                )
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
        """Create the directory tree with owner-only permissions, tightening it if it exists.

        Only a directory this app created, an empty one, or one holding the profile marker is
        touched (issue 12: `--profile /srv` must not strip a shared folder's permissions).
        """
        self._claim()
        for directory in (self.root, self.log_dir, self.exports_dir):
            directory.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            # mkdir's mode is filtered by the umask and ignored for an existing directory.
            if os.name == "posix":
                os.chmod(directory, _DIR_MODE)

    def _claim(self) -> None:
        """Make sure the root is ours (creating it if missing) and carries the marker."""
        root = self.root
        try:
            if not root.exists():
                root.mkdir(mode=_DIR_MODE, parents=True, exist_ok=True)
            elif not root.is_dir():
                raise ProfileError(
                    "profile.not_a_folder",
                    f"The profile {root} is a file, not a folder: choose a folder.",
                    root,
                )
            else:
                entries = set(os.listdir(root))
                if entries and MARKER not in entries and not entries <= _LEGACY_ENTRIES:
                    raise ProfileError(
                        "profile.foreign_folder",
                        f"The folder {root} holds other files and is not a bigcust-desktop "
                        "profile: choose an empty or new folder.",
                        root,
                    )
            marker = root / MARKER
            if not marker.exists():
                with contextlib.suppress(FileExistsError):  # another process made it just now
                    fd = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _FILE_MODE)
                    with os.fdopen(fd, "w", encoding="utf-8") as fh:
                        fh.write("bigcust-desktop profile\n")
        except OSError as exc:
            raise ProfileError(
                "profile.unusable",
                f"The profile folder {root} cannot be used: {exc.strerror or exc}.",
                root,
            ) from exc

    def wipe_app_files(self) -> list[Path]:
        """Delete what the app wrote into the profile besides the cache (sign-out, disabled
        account): the exports kept here, the logs, the attachments opened for a viewer and
        leftover temporary files.

        The settings (server addresses, preferences; never a secret) and the marker stay; so
        does whatever the user saved outside the profile. Returns the files that could not be
        deleted (on Windows, a workbook open in Excel), so the caller can say so.
        """
        left: list[Path] = []

        def failed(_function: object, path: str, _exc: object) -> None:
            left.append(Path(path))

        for folder in (self.exports_dir, self.log_dir, self.opened_dir):
            if not folder.is_dir():
                continue
            for entry in list(folder.iterdir()):
                try:
                    if entry.is_dir() and not entry.is_symlink():
                        shutil.rmtree(entry, onerror=failed)
                    else:
                        entry.unlink()
                except OSError:
                    left.append(entry)
        for leftover in self.root.glob(self.settings_path.name + ".*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        return left

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
    def opened_dir(self) -> Path:
        """Plain copies of attachments written for the system's viewer (`store.attachments`)."""
        return self.root / "opened"

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
