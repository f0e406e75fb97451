"""Where the three systems live and how patiently we talk to them.

A plain dataclass saved in the profile's settings file; holds no secret. Depends on the stdlib only.
"""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bigcust_desktop.store.settings import SettingsError, read_section, write_section
from bigcust_desktop.sync.compression import MODES, Mode
from bigcust_desktop.sync.errors import SyncError


@dataclass(frozen=True)
class RetryPolicy:
    """Capped exponential backoff with full jitter for timeouts, resets and 5xx."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 8.0
    # A Retry-After longer than this ends the sync with "server busy" instead of waiting.
    max_retry_after: float = 30.0


@dataclass(frozen=True)
class Endpoints:
    """Base URLs of the provincial CRM, BOSS and city CRM (separate hosts in production)."""

    crm_url: str
    boss_url: str
    city_url: str
    auth_url: str = ""  # empty: the CRM's host issues tokens
    connect_timeout: float = 5.0
    read_timeout: float = 30.0  # seconds one read may wait for the server's next bytes
    # Seconds one request may take as a whole, connect to last byte: a server that trickles its
    # answer (each read in time) is cut off here, and the request is retried like a timeout.
    request_deadline: float = 120.0
    ca_bundle: str | None = None
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    # How feed pages are asked for: "auto" measures the link while pulling (sync.compression);
    # "gzip" or "identity" fix it.
    compression: Mode = "auto"

    @classmethod
    def single_server(cls, base_url: str, **kwargs: Any) -> Endpoints:
        """All three systems behind one gateway (the simulator, most test set-ups)."""
        base = base_url.rstrip("/")
        return cls(crm_url=base, boss_url=base, city_url=base, **kwargs)

    def __post_init__(self) -> None:
        for name in ("crm_url", "boss_url", "city_url", "auth_url"):
            url = getattr(self, name)
            if name == "auth_url" and not url:
                continue
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise SyncError(f"{name} is not an http(s) URL: {url!r}", code="config.bad_url")
            if parts.scheme == "http" and not is_loopback(parts.hostname):
                # The password and every token would cross the network in clear.
                raise SyncError(
                    f"{name} uses plain http:// for {parts.hostname}: only https:// is allowed "
                    "for another computer (http:// only for this one, e.g. 127.0.0.1)",
                    code="config.insecure_url",
                )
        if self.compression not in MODES:
            raise SyncError(
                f"compression is one of {', '.join(MODES)}: {self.compression!r}",
                code="config.compression",
            )
        if self.ca_bundle and not Path(self.ca_bundle).is_file():
            raise SyncError(f"CA bundle not found: {self.ca_bundle}", code="config.ca_bundle")

    def url_of(self, system: str) -> str:
        return {"crm": self.crm_url, "boss": self.boss_url, "city": self.city_url}[system].rstrip(
            "/"
        )

    @property
    def token_url(self) -> str:
        return (self.auth_url or self.crm_url).rstrip("/") + "/auth/token"

    def with_retry(self, retry: RetryPolicy) -> Endpoints:
        return replace(self, retry=retry)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Endpoints:
        data = dict(data)
        retry = RetryPolicy(**data.pop("retry", {}))
        return cls(retry=retry, **data)


def is_loopback(host: str | None) -> bool:
    """Whether `host` names this computer: ``localhost`` or a loopback address (127.0.0.0/8,
    ::1). Only there may plain HTTP be used: the simulator, a local test gateway."""
    if not host:
        return False
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def load_endpoints(path: Path) -> Endpoints | None:
    """The endpoints saved in a profile, or None before the first sign-in."""
    try:
        raw = read_section(path, "endpoints")
    except SettingsError as exc:
        raise SyncError(str(exc), code="config.unreadable") from exc
    return Endpoints.from_json(raw) if raw else None


def save_endpoints(path: Path, endpoints: Endpoints) -> None:
    try:
        write_section(path, "endpoints", endpoints.to_json())
    except SettingsError as exc:
        raise SyncError(str(exc), code="config.unwritable") from exc
