"""Interface preferences kept in the profile's settings file: language, sync interval, the
operations centre's hotline, how early holiday care to-dos fall due, and each user's chosen views.

Depends on `store.settings`; no Qt, so start-up can read them before the application exists.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from bigcust_desktop.store.settings import SettingsError, read_section, write_section

LANGUAGES = ("zh_CN", "en")
# The network operations centre's (网管中心) fault line, for a critical or major fault reported
# while offline; the operator's customer-service number until the province's own is set.
DEFAULT_NOC_HOTLINE = "10000"
# A holiday's care to-do is due this many days before it (`domain.drafts.care_dates`'s default,
# not imported: start-up reads the preferences before the domain's record rules are loaded).
DEFAULT_CARE_DAYS_BEFORE = 7
MAX_CARE_DAYS_BEFORE = 30


@dataclass(frozen=True)
class Preferences:
    language: str = "zh_CN"
    sync_minutes: int = 10  # 0: only on demand (F5)
    noc_hotline: str = DEFAULT_NOC_HOTLINE
    care_days_before: int = DEFAULT_CARE_DAYS_BEFORE

    @classmethod
    def load(cls, path: Path) -> Preferences:
        try:
            raw = read_section(path, "ui") or {}
        except SettingsError:
            return cls()
        language = raw.get("language")
        minutes = raw.get("sync_minutes")
        hotline = raw.get("noc_hotline")
        care = raw.get("care_days_before")
        return cls(
            language=language if language in LANGUAGES else cls.language,
            sync_minutes=minutes if isinstance(minutes, int) and 0 <= minutes <= 240 else 10,
            noc_hotline=hotline.strip()
            if isinstance(hotline, str) and hotline.strip()
            else DEFAULT_NOC_HOTLINE,
            care_days_before=care
            if isinstance(care, int) and 0 <= care <= MAX_CARE_DAYS_BEFORE
            else DEFAULT_CARE_DAYS_BEFORE,
        )

    def save(self, path: Path) -> None:
        write_section(path, "ui", asdict(self))


def page_view(path: Path, user_id: str, page: str, default: str) -> str:
    """The view a user last chose on a page (the opportunities' table or board), per user: two
    managers sharing a laptop each find their own."""
    try:
        views = read_section(path, "views") or {}
    except SettingsError:
        return default
    chosen = views.get(user_id, {})
    value = chosen.get(page) if isinstance(chosen, dict) else None
    return value if isinstance(value, str) else default


def remember_page_view(path: Path, user_id: str, page: str, view: str) -> None:
    try:
        views = read_section(path, "views") or {}
        mine = views.get(user_id) if isinstance(views.get(user_id), dict) else {}
        views[user_id] = {**mine, page: view}
        write_section(path, "views", views)
    except SettingsError:
        pass  # a view not remembered is no reason to interrupt the user
