"""The local store: encrypted SQLite (SQLCipher) cache, its models, migrations, bulk writes, search,
the outbox, and the services the window calls (``store.customers``, ``store.outbox`` ...).

Depends on domain, SQLAlchemy, Alembic, sqlcipher3 and keyring; never on Qt or HTTP. Start at
`profile.Profile`, `keys.load_or_create_key`, `engine.open_store` and `services`.
"""
