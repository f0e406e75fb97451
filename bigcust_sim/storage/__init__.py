"""Server-side storage of the simulator: tables, the write lock and sequence, seeding.

May depend on SQLAlchemy, the seeded generator and the domain rules; never on FastAPI.
"""
