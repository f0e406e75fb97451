"""The PySide6 desktop application: widgets and model/view classes over store queries.

Depends on sync, reports, store and domain; never on `requests` (DESIGN §3).
"""
