"""The simulator's database handle: engine, the write lock and the global change sequence, both kept
in the database so that several server processes can share one PostgreSQL database.

Every write transaction first takes the database's one write lock (PostgreSQL: the row of
`sequence_head`, locked FOR UPDATE; SQLite: BEGIN IMMEDIATE) and reads the head of the sequence
from that row; the numbers it hands out are written back before it commits. Writers are therefore
serialised across processes and commit in sequence order, so any snapshot holds a prefix of the
sequence and a feed never skips a committed change (docs/sync-protocol.md, "Ordering"). Readers
never wait: a feed page is read in one snapshot. Depends on SQLAlchemy and the storage schema.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Insert,
    Table,
    create_engine,
    event,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Row, make_url

from bigcust_desktop.domain.datahome import home_of
from bigcust_sim.storage.schema import (
    metadata,
    records,
    refresh_tokens,
    revocations,
    sequence_head,
    settings,
)

# Key of the session-level advisory lock that serialises schema creation and first seeding when
# several server processes start at once on one empty PostgreSQL database.
_SETUP_LOCK_KEY = 0x6269_6763_7573_7431  # "bigcust1"


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


def insert_ignoring_duplicates(conn: Connection, table: Table) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING in the dialect of `conn` (SQLite and PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table).on_conflict_do_nothing()


def database_url(url: str) -> str:
    """`url` with a bare `postgresql://` (or `postgres://`) mapped to the psycopg 3 driver."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


class Database:
    """Engine plus the write transaction that hands out sequence numbers.

    Within a process one lock keeps write transactions one at a time (so that `next_seq` needs no
    connection argument); across processes the database's own lock does (module docstring).
    """

    def __init__(self, url: str) -> None:
        self.url = database_url(url)
        self.engine: Engine = _make_engine(self.url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._lock = threading.RLock()
        self._seq = 0  # head of the sequence inside the write transaction in progress
        self._writing = False

    def create_schema(self) -> None:
        with self.engine.begin() as conn:
            found = inspect(conn)
            if found.has_table("refresh_tokens") and "family_id" not in {
                column["name"] for column in found.get_columns("refresh_tokens")
            }:
                # Tokens of a data set older than token families: signing in again renews them.
                refresh_tokens.drop(conn)
        metadata.create_all(self.engine)
        with self.engine.begin() as conn:
            if conn.execute(select(sequence_head.c.head)).first() is None:
                # A data set seeded before the head lived in the database: start after its rows.
                head_rows = conn.execute(select(func.max(records.c.seq))).scalar() or 0
                head_revs = conn.execute(select(func.max(revocations.c.seq))).scalar() or 0
                conn.execute(sequence_head.insert().values(id=1, head=max(head_rows, head_revs)))

    @contextmanager
    def setup_lock(self) -> Iterator[None]:
        """Held while a process creates the schema and seeds: one seeds, the others wait."""
        if not self.is_postgres:
            yield
            return
        with self.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _SETUP_LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _SETUP_LOCK_KEY})
                conn.commit()

    def describe(self) -> str:
        """The database for a message: its URL without any password."""
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One serialised write transaction; sequence numbers taken inside it commit in order."""
        with self._lock:
            if self._writing:
                raise RuntimeError("a write transaction is already open in this thread")
            self._writing = True
            try:
                with self.engine.connect() as conn:
                    conn.execution_options(sqlite_immediate=True)
                    with conn.begin():
                        # The first statement takes the database's write lock (FOR UPDATE on
                        # PostgreSQL; BEGIN IMMEDIATE has taken SQLite's).
                        start = conn.execute(
                            select(sequence_head.c.head)
                            .where(sequence_head.c.id == 1)
                            .with_for_update()
                        ).scalar_one()
                        self._seq = start
                        yield conn
                        if self._seq != start:
                            conn.execute(
                                update(sequence_head)
                                .where(sequence_head.c.id == 1)
                                .values(head=self._seq)
                            )
            finally:
                self._writing = False

    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction over one snapshot (REPEATABLE READ on PostgreSQL; a deferred
        transaction on SQLite), so that the statements of a feed page agree with each other."""
        with self.engine.connect() as conn:
            if self.is_postgres:
                conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A plain read-write transaction that takes no sequence number (tokens, throttling):
        it does not wait for the write lock. Rows it must not race on are locked by the caller
        (FOR UPDATE); on SQLite the transaction takes the writer lock at once (BEGIN IMMEDIATE)."""
        with self.engine.connect() as conn:
            conn.execution_options(sqlite_immediate=True)
            with conn.begin():
                yield conn

    def next_seq(self, count: int = 1) -> int:
        """The first of `count` fresh sequence numbers; call inside `write()`."""
        if not self._writing:
            raise RuntimeError("sequence numbers are handed out inside write() only")
        first = self._seq + 1
        self._seq += count
        return first

    def read_head(self, conn: Connection) -> int:
        """The last sequence number committed as `conn`'s snapshot sees it."""
        return int(
            conn.execute(select(sequence_head.c.head).where(sequence_head.c.id == 1)).scalar_one()
        )

    @property
    def head(self) -> int:
        with self.read() as conn:
            return self.read_head(conn)

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
        # A worker thread per request at most; the pool covers the thread pool's usual width.
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=30)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # The driver's own transaction handling is off: `_begin` below emits BEGIN, so that a
        # read transaction really holds one snapshot and a write takes the lock at its start.
        dbapi_conn.isolation_level = None
        # WAL lets feed readers run while a push or churn writes; NORMAL is durable enough for
        # a simulator and much faster to seed.
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
