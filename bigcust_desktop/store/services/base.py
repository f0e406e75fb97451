"""What every store service shares: the store it reads through, one transaction per call, and
the four edits of a city record.

Depends on SQLAlchemy (the connection type), the store's engine and local edits.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection

from bigcust_desktop.store import edits
from bigcust_desktop.store.wire import read_wire

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store

P = ParamSpec("P")
T = TypeVar("T")
R = TypeVar("R")


class Service:
    """A service of one store; every public method is one transaction of its own."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _read(
        self, query: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run `query` in a read transaction (alongside a sync's writes: WAL)."""
        with self._store.begin() as conn:
            return query(conn, *args, **kwargs)

    def _listed(
        self,
        ids_query: Callable[..., list[str]],
        rows_query: Callable[[Connection, Sequence[str]], dict[str, R]],
        first: int,
        *args: Any,
    ) -> tuple[list[str], dict[str, R]]:
        """A list's ids and the rows of its ``first`` ones, in one read transaction (so that
        the list's first draw reads nothing more)."""

        def both(conn: Connection) -> tuple[list[str], dict[str, R]]:
            ids = ids_query(conn, *args)
            return ids, rows_query(conn, ids[:first])

        return self._read(both)

    def _write(
        self, change: Callable[Concatenate[Connection, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run `change` in a write transaction (the write lock taken at BEGIN)."""
        with self._store.begin(write=True) as conn:
            return change(conn, *args, **kwargs)


class CityRecords(Service):
    """The records of one editable entity: read whole, created, changed and deleted offline,
    each edit written with its outbox entry (`store.edits`)."""

    entity: str

    def get(self, record_id: str) -> dict[str, Any] | None:
        """The record in its wire form (lines or history included), None if not cached."""
        return self._read(read_wire, self.entity, record_id)

    def create(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """A new record from the domain's draft; raises `ValidationErrors` for bad fields."""
        return self._write(edits.create_record, self.entity, fields)

    def update(self, record_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change some fields; raises `ValidationErrors`, or `LookupError` if not cached."""
        return self._write(edits.update_record, self.entity, record_id, changes)

    def delete(self, record_id: str) -> None:
        self._write(edits.delete_record, self.entity, record_id)
