"""Alembic revisions of the store's schema; `store.schema` runs them on the store's own connection.

Depends on Alembic and the store's models (for autogenerate only; revisions are frozen DDL).
"""
