"""Analysis of the cached book (DESIGN §10): at-risk signals, value explanation, group roll-up,
product gaps, data quality, tariff rehearsal and contact fatigue, as pure rules.

Depends on the standard library and the domain only; the store's queries feed the typed inputs.
"""
