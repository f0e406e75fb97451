"""`store.meta`: facts of this cache kept in its `meta` table — the signed-in user first.

Depends on SQLAlchemy Core, the store's models and the domain's identity.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.models import Meta
from bigcust_desktop.store.services.base import Service

USER_KEY = "user"


def read_meta(conn: Connection, key: str) -> Any:
    return conn.execute(select(Meta.value).where(Meta.key == key)).scalar()


def write_meta(conn: Connection, key: str, value: Any) -> None:
    """Set a fact of this cache; None removes it."""
    if value is None:
        conn.execute(delete(Meta).where(Meta.key == key))
        return
    stmt = sqlite_insert(Meta).values(key=key, value=value)
    conn.execute(stmt.on_conflict_do_update(index_elements=[Meta.key], set_={"value": value}))


def signed_in_user(conn: Connection) -> UserProfile | None:
    data = read_meta(conn, USER_KEY)
    return UserProfile.from_json(data) if data else None


class CacheMeta(Service):
    """Facts of this cache: who it belongs to, and any other key/value the client keeps."""

    def get(self, key: str) -> Any:
        return self._read(read_meta, key)

    def set(self, key: str, value: Any) -> None:
        """Set a fact; None removes it."""
        self._write(write_meta, key, value)

    def user(self) -> UserProfile | None:
        """The user this cache belongs to (who signed in last), None before the first sign-in."""
        return self._read(signed_in_user)

    def remember_user(self, user: UserProfile) -> None:
        self._write(write_meta, USER_KEY, user.to_json())
