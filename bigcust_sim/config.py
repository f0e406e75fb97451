"""The simulator's run-time configuration, as the command line gives it.

Plain data; depends on `faults` for the fault settings model only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bigcust_sim.faults import Faults

DEFAULT_TOKEN_TTL_S = 900


@dataclass
class ServerConfig:
    data_dir: Path
    profile: str = "small"
    seed: int | None = None
    host: str = "127.0.0.1"
    port: int = 0
    token_ttl_s: int = DEFAULT_TOKEN_TTL_S
    admin_token: str | None = None
    churn: float = 0.0
    database_url: str | None = None
    faults: Faults = field(default_factory=Faults)

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'sim.sqlite3'}"
