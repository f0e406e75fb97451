"""Declarative base of the store's models and the columns every record of a feed carries.

Depends on SQLAlchemy and the store's column types.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Index, MetaData, String, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bigcust_desktop.store.types import JsonText, UtcDateTime

# Named constraints let Alembic's batch mode (SQLite's copy-and-rename ALTER) find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SYNC_STATES = ("synced", "pending", "rejected", "conflict")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        dt.datetime: UtcDateTime(),
        dict[str, Any]: JsonText(),
        list[Any]: JsonText(),
    }


class ServerRecord:
    """`version` and `updated_at`: the server's change counter and time on every record."""

    id: Mapped[str] = mapped_column(String, primary_key=True, sort_order=-10)
    version: Mapped[int] = mapped_column(sort_order=10)
    updated_at: Mapped[dt.datetime] = mapped_column(sort_order=10)


class EditableRecord(ServerRecord):
    """A record the laptop writes (city entities, change requests): local sync state and version.

    `sync_state` is ``synced`` for a row as the server last sent it, ``pending`` while an edit waits
    in the outbox, ``rejected`` or ``conflict`` after a push; `base_version` is the server version
    the local edit started from.
    """

    sync_state: Mapped[str] = mapped_column(
        default="synced", server_default=text("'synced'"), sort_order=20
    )
    base_version: Mapped[int | None] = mapped_column(sort_order=20)


def local_changes_index(table: str) -> Index:
    """A partial index over the few rows of a city table with local changes (badges, sync)."""
    return Index(
        f"ix_{table}_local_changes", "sync_state", sqlite_where=text("sync_state != 'synced'")
    )
