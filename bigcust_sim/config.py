"""The simulator's run-time configuration, as the command line gives it.

Plain data; depends on `faults` for the fault settings model only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bigcust_sim.faults import Faults

DEFAULT_TOKEN_TTL_S = 900
DEFAULT_PASSWORD_ITERATIONS = 60_000  # PBKDF2 cost of stored passwords; why: bigcust_sim/auth.py


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
    workers: int = 1
    password_iterations: int = DEFAULT_PASSWORD_ITERATIONS
    # Sign-in throttling thresholds (bigcust_sim.throttle.ThrottlePolicy for the rest).
    login_failures_per_user: int = 5
    login_failures_per_address: int = 50

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'sim.sqlite3'}"
