"""Schema versions: runs the Alembic revisions of `store/migrations` on a given connection.

Depends on SQLAlchemy when a version is read, on Alembic only when a revision runs; the schema
changes only by them. The head revision is known without either (`store.first_page` reads it).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in `migrations/versions`, known without loading Alembic (which costs a
# tenth of a second at every start); tests/store/test_schema_head.py keeps it equal to
# Alembic's own head. Bump it with every new revision.
HEAD_REVISION = "0010"
VERSION_TABLE = "alembic_version"


def _config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # env.py runs on this connection instead of opening its own (the key stays with the caller).
    config.attributes["connection"] = connection
    return config


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the database behind `connection` to `revision`, inside the caller's transaction."""
    from alembic import command

    command.upgrade(_config(connection), revision)


def downgrade(connection: Connection, revision: str) -> None:
    """Downgrade to `revision` (used by migration tests; the app only moves forward)."""
    from alembic import command

    command.downgrade(_config(connection), revision)


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at, or None for a database without schema."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stamped_revision(connection: Connection) -> str | None:
    """The revision recorded in the version table, read without Alembic; None when there is
    no version table, or more than one revision in it (a branched history: Alembic decides)."""
    from sqlalchemy import text

    exists = connection.execute(
        text("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = :name"),
        {"name": VERSION_TABLE},
    ).first()
    if exists is None:
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    return str(rows[0][0]) if len(rows) == 1 else None


def is_current(connection: Connection, revision: str = "head") -> bool:
    """True when the database already is at `revision` ("head": the newest), so nothing runs."""
    wanted = HEAD_REVISION if revision == "head" else revision
    return stamped_revision(connection) == wanted
