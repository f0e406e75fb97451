"""Business rules with no I/O: identifiers, money, pricing, stages, SLA, value, data home, records.

Depends on the standard library only; every other layer builds on it.
"""
