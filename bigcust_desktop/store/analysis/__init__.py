"""The materialised analysis of the cached book (DESIGN §10): recomputed after syncs and edits,
read like any other table. Depends on nothing itself; see the modules.
"""
