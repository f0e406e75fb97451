"""A laptop in a test: a real profile, encrypted store and sync session against the simulator.

No mocks: the store is a real SQLCipher file and sync speaks HTTP to the simulator on loopback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select
from storecopy import open_empty

from bigcust_desktop.domain.datahome import HOMES
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.models import ENTITY_TABLES, Conflict, OutboxEntry
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.config import Endpoints, RetryPolicy, save_endpoints
from bigcust_desktop.sync.engine import SyncReport, SyncSession, run_sync

DEMO_PASSWORD = "demo1234"
# Quick retries keep fault tests short; the policy is the production code path all the same.
FAST_RETRY = RetryPolicy(attempts=8, base_delay=0.02, max_delay=0.3, max_retry_after=5.0)


class Laptop:
    def __init__(self, root: Path, base_url: str, username: str) -> None:
        self.username = username
        self.profile = Profile.resolve(root)
        self.endpoints = Endpoints.single_server(base_url, read_timeout=20.0, retry=FAST_RETRY)
        save_endpoints(self.profile.settings_path, self.endpoints)
        # A copy of a store migrated once: the same file a migration leaves, in far less time.
        self.store: Store = open_empty(self.profile)
        self.secrets = ProfileSecrets(self.profile)

    def point_at(self, base_url: str) -> None:
        self.endpoints = Endpoints.single_server(base_url, read_timeout=20.0, retry=FAST_RETRY)
        save_endpoints(self.profile.settings_path, self.endpoints)

    def session(self) -> SyncSession:
        return SyncSession(self.endpoints, self.secrets)

    def login(self, password: str = DEMO_PASSWORD) -> None:
        with self.session() as session:
            self.store.meta.remember_user(session.auth.login(self.username, password))

    def sync(self, session: SyncSession | None = None) -> SyncReport:
        if session is not None:
            return run_sync(self.profile, self.store, session)
        with self.session() as own:
            return run_sync(self.profile, self.store, own)

    def edit(self, change: Callable[[Connection], Any]) -> Any:
        with self.store.begin(write=True) as conn:
            return change(conn)

    def read(self, query: Callable[[Connection], Any]) -> Any:
        with self.store.begin() as conn:
            return query(conn)

    def counts(self) -> dict[str, int]:
        def count(conn: Connection) -> dict[str, int]:
            return {
                entity: int(
                    conn.execute(select(func.count()).select_from(ENTITY_TABLES[entity])).scalar()
                    or 0
                )
                for entity in HOMES
            }

        return self.read(count)

    def ids(self, entity: str) -> set[str]:
        table = ENTITY_TABLES[entity]
        return self.read(lambda conn: {r[0] for r in conn.execute(select(table.c.id))})

    def outbox(self) -> list[dict[str, Any]]:
        return self.read(
            lambda conn: [
                dict(r._mapping)
                for r in conn.execute(select(OutboxEntry.__table__).order_by(OutboxEntry.seq))
            ]
        )

    def conflicts(self) -> list[dict[str, Any]]:
        return self.read(
            lambda conn: [dict(r._mapping) for r in conn.execute(select(Conflict.__table__))]
        )

    def integrity(self) -> str:
        return self.read(lambda conn: conn.exec_driver_sql("PRAGMA integrity_check").scalar())

    def close(self) -> None:
        self.store.close()
