"""The customer list's first page, read straight from the encrypted file at start-up, as soon as
the key is known: before SQLAlchemy, its ORM and the models have loaded (issue 13, first rows).

Depends on sqlcipher3, the schema's head revision and `domain.identity`; never on SQLAlchemy.
The query is the list's own (`store.queries.customers`: every customer, by the stored pinyin key
of its name, then id), and `CustomerRow` is its row, kept here so that it loads without them.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.schema import HEAD_REVISION, VERSION_TABLE

if TYPE_CHECKING:
    from sqlcipher3 import Connection

log = logging.getLogger(__name__)

# Never wait long for a lock at start-up: without its first page the list waits for the store.
_TIMEOUT_S = 0.5


@dataclass(frozen=True)
class CustomerRow:
    """One row of the customer list (客户), as the list draws it."""

    id: str
    name: str
    industry: str
    city: str
    value_tier: str
    value_score: str
    manager_id: str


@dataclass(frozen=True)
class FirstPage:
    """The first ``len(ids)`` customers in list order, of ``total``; the staff's names for the
    manager column; the user the cache belongs to (None before the first sign-in)."""

    ids: list[str]
    rows: dict[str, CustomerRow] = field(repr=False)
    total: int
    manager_names: dict[str, str] = field(repr=False)
    user: UserProfile | None


_ROWS = (
    "SELECT id, name, industry, city, value_tier, value_score, manager_id FROM customer "
    "ORDER BY name_key, id LIMIT ?"
)


def read_first_page(path: Path, key: bytes, size: int) -> FirstPage | None:
    """The list's first ``size`` rows, read in one snapshot on a connection of its own that
    writes nothing; None when the cache is not there yet, is not at the schema's head revision
    (the store migrates it first), or cannot be read: the store's own open then says why."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    import sqlcipher3  # here: the list's modules load with the window, without the driver

    try:
        conn = sqlcipher3.connect(
            str(path), timeout=_TIMEOUT_S, check_same_thread=False, isolation_level=None
        )
    except sqlcipher3.Error as exc:
        log.info("first page not read: %s", type(exc).__name__)
        return None
    try:
        # The store's own key form (a raw key: no passphrase KDF), on a connection that may only
        # read, so that a file at an older revision is left for the migration untouched.
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("BEGIN")
        if _revision(conn) != HEAD_REVISION:
            return None
        return _read(conn, size)
    except (sqlcipher3.Error, ValueError) as exc:  # a wrong key, damage, an old profile's user
        log.info("first page not read: %s", type(exc).__name__)
        return None
    finally:
        conn.close()


def _revision(conn: Connection) -> str | None:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", (VERSION_TABLE,)
    ).fetchone()
    if exists is None:
        return None
    rows = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _read(conn: Connection, size: int) -> FirstPage:
    execute = conn.execute
    rows: dict[str, CustomerRow] = {}
    ids: list[str] = []
    for id_, name, industry, city, tier, score, manager in execute(_ROWS, (size,)):
        # The score is kept as integer hundredths (`store.types.Decimal2`): 8750 is 87.50.
        shown = "None" if score is None else str(Decimal(score).scaleb(-2))
        rows[id_] = CustomerRow(id_, name, industry, city, tier, shown, manager)
        ids.append(id_)
    total = int(execute("SELECT count(*) FROM customer").fetchone()[0])
    names = {str(i): str(n) for i, n in execute('SELECT id, name FROM "user"')}
    stored = execute("SELECT value FROM meta WHERE key = 'user'").fetchone()
    user = UserProfile.from_json(json.loads(stored[0])) if stored and stored[0] else None
    return FirstPage(ids, rows, total, names, user)
