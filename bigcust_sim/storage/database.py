"""The simulator's database handle: engine, one write lock, the global change sequence.

Every write runs under one lock so that sequence numbers are committed in order (a reader never
sees seq 11 before seq 10 commits). Depends on SQLAlchemy and the storage schema.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, func, select, update
from sqlalchemy.engine import Row

from bigcust_desktop.domain.datahome import home_of
from bigcust_sim.storage.schema import metadata, records, revocations, settings


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def wire_instant(moment: dt.datetime) -> str:
    """An instant as the wire writes it: ISO 8601 UTC with `Z`, whole seconds."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def system_of(entity: str) -> str:
    """The system whose feed serves `entity` (the domain's data-home table)."""
    return str(home_of(entity).system.value)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class Owner:
    """Who may see a customer and everything hanging from it."""

    customer_id: str | None
    manager_id: str | None
    team_id: str | None


@dataclass
class Stored:
    """One stored record with its bookkeeping."""

    entity: str
    id: str
    system: str
    owner: Owner
    seq: int
    version: int
    deleted: bool
    data: dict[str, Any]


def _stored(row: Row[Any]) -> Stored:
    return Stored(
        entity=row.entity,
        id=row.id,
        system=row.system,
        owner=Owner(row.customer_id, row.manager_id, row.team_id),
        seq=row.seq,
        version=row.version,
        deleted=bool(row.deleted),
        data=json.loads(row.data),
    )


class Database:
    """Engine plus the one write lock and the in-memory head of the global sequence."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = _make_engine(url)
        self._lock = threading.RLock()
        self._seq = 0

    def create_schema(self) -> None:
        metadata.create_all(self.engine)
        with self.engine.connect() as conn:
            head_rows = conn.execute(select(func.max(records.c.seq))).scalar() or 0
            head_revs = conn.execute(select(func.max(revocations.c.seq))).scalar() or 0
        self._seq = max(head_rows, head_revs)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One serialised write transaction; sequence numbers taken inside it commit in order."""
        with self._lock:
            head = self._seq
            try:
                with self.engine.begin() as conn:
                    yield conn
            except BaseException:
                self._seq = head  # numbers of a rolled-back transaction are reused
                raise

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    def next_seq(self, count: int = 1) -> int:
        """The first of `count` fresh sequence numbers; call inside `write()`."""
        first = self._seq + 1
        self._seq += count
        return first

    @property
    def head(self) -> int:
        return self._seq

    # -- records -------------------------------------------------------------------------------

    def load(self, conn: Connection, entity: str, record_id: str) -> Stored | None:
        row = conn.execute(
            select(records).where(records.c.entity == entity, records.c.id == record_id)
        ).first()
        return _stored(row) if row is not None else None

    def owner_of_customer(self, conn: Connection, customer_id: str) -> Owner | None:
        row = conn.execute(
            select(records.c.manager_id, records.c.team_id).where(
                records.c.entity == "customer", records.c.id == customer_id
            )
        ).first()
        return Owner(customer_id, row.manager_id, row.team_id) if row is not None else None

    def insert(
        self, conn: Connection, entity: str, system: str, owner: Owner, data: dict[str, Any]
    ) -> dict[str, Any]:
        """Store a new record at version 1 with a fresh seq; returns the record as served."""
        data = {**data, "version": 1, "updated_at": wire_instant(utc_now())}
        conn.execute(
            records.insert().values(
                entity=entity,
                id=data["id"],
                system=system,
                customer_id=owner.customer_id,
                manager_id=owner.manager_id,
                team_id=owner.team_id,
                seq=self.next_seq(),
                version=1,
                updated_at=data["updated_at"],
                deleted=False,
                data=dumps(data),
            )
        )
        return data

    def replace(
        self, conn: Connection, current: Stored, data: dict[str, Any], *, deleted: bool = False
    ) -> dict[str, Any]:
        """Write a new version of a stored record (or its tombstone) with a fresh seq."""
        version = current.version + 1
        data = {**data, "version": version, "updated_at": wire_instant(utc_now())}
        owner = current.owner
        if current.entity == "customer":
            owner = Owner(current.id, data.get("manager_id"), data.get("team_id"))
        conn.execute(
            update(records)
            .where(records.c.entity == current.entity, records.c.id == current.id)
            .values(
                seq=self.next_seq(),
                version=version,
                updated_at=data["updated_at"],
                deleted=deleted,
                data=dumps(data),
                manager_id=owner.manager_id,
                team_id=owner.team_id,
            )
        )
        return data

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        with self.read() as conn:
            return conn.execute(
                select(settings.c.value).where(settings.c.key == key)
            ).scalar_one_or_none()

    def set_setting(self, key: str, value: str) -> None:
        with self.write() as conn:
            conn.execute(settings.delete().where(settings.c.key == key))
            conn.execute(settings.insert().values(key=key, value=value))


def _make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # WAL lets feed readers run while a push or churn writes; NORMAL is durable enough for
        # a simulator and much faster to seed.
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.close()

    return engine
