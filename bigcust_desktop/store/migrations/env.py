"""Alembic environment: runs revisions on the connection the store hands over in `attributes`.

Depends on Alembic and the store's models (target metadata for `alembic revision --autogenerate`).
"""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import create_engine

from bigcust_desktop.store.models import Base
from bigcust_desktop.store.search_index import SEARCH_TABLE_PREFIXES


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    # The search index is hand-written DDL (revision 0002): not for autogenerate to compare.
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIXES))


def run_migrations() -> None:
    config = context.config
    connection = config.attributes.get("connection")
    if connection is None:
        # Only for writing new revisions by hand against a plain, unencrypted scratch file.
        url = config.get_main_option("sqlalchemy.url") or "sqlite:///build/scratch-migrations.db"
        Path("build").mkdir(exist_ok=True)
        with create_engine(url).begin() as scratch:
            _run(scratch)
    else:
        _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        # SQLite alters tables by copy-and-rename; batch mode writes revisions that way.
        render_as_batch=True,
        include_name=_include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
