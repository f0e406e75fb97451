"""Opportunity screens (商机): the table, the stage board with drag between allowed stages, and
the editing dialog. Depends on `ui.qt`, `ui.widgets`, the store's queries and edits, and domain."""
