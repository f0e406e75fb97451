"""Interface preferences kept in the profile's settings file: language and sync interval.

Depends on `store.settings`; no Qt, so start-up can read them before the application exists.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from bigcust_desktop.store.settings import SettingsError, read_section, write_section

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Preferences:
    language: str = "zh_CN"
    sync_minutes: int = 10  # 0: only on demand (F5)

    @classmethod
    def load(cls, path: Path) -> Preferences:
        try:
            raw = read_section(path, "ui") or {}
        except SettingsError:
            return cls()
        language = raw.get("language")
        minutes = raw.get("sync_minutes")
        return cls(
            language=language if language in LANGUAGES else cls.language,
            sync_minutes=minutes if isinstance(minutes, int) and 0 <= minutes <= 240 else 10,
        )

    def save(self, path: Path) -> None:
        write_section(path, "ui", asdict(self))
