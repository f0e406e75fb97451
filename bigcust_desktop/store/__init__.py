"""The local store: encrypted SQLite (SQLCipher) cache, its models, migrations, bulk writes, search.

Depends on domain, SQLAlchemy, Alembic, sqlcipher3 and keyring; never on Qt or HTTP. Start at
`profile.Profile`, `keys.load_or_create_key` and `engine.open_store`.
"""
