"""The provincial endpoints simulator: CRM, BOSS and city CRM over real HTTP on loopback.

A separate server package (FastAPI, SQLAlchemy); the desktop client never imports it.
"""
