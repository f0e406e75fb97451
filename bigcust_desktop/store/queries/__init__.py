"""Read queries for the screens and the CLI, one module per subject.

Depends on SQLAlchemy Core and the store's models; returns plain rows and dataclasses.
"""
