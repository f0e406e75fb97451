"""The revisions, in order: 0001 creates the schema, 0002 adds the search index.

Each revision is frozen DDL written with Alembic operations; it never imports the models.
"""
