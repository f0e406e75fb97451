"""The profile's settings file: named sections of JSON (endpoints, interface), never a secret.

Written atomically (temporary file, then rename). Depends on the stdlib and the profile only.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


class SettingsError(Exception):
    """The settings file exists but cannot be read or written."""


def read_section(path: Path, section: str) -> dict[str, Any] | None:
    """One section of the settings file, or None when the file or the section is absent."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise SettingsError(f"cannot read {path.name}: {exc}") from exc
    value = data.get(section) if isinstance(data, dict) else None
    return value if isinstance(value, dict) else None


def write_section(path: Path, section: str, value: dict[str, Any]) -> None:
    """Replace one section, keeping the others."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    data[section] = value
    try:
        # mkstemp makes a new file, owner-only, under a name no one else can have prepared.
        fd, name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise SettingsError(f"cannot write {path.name}: {exc}") from exc
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SettingsError(f"cannot write {path.name}: {exc}") from exc
