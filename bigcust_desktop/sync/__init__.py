"""Synchronisation with the provincial CRM, BOSS and the city CRM (DESIGN §4-§5).

Depends on `store` and `domain`, on `requests` and `keyring`; never on Qt.
"""
