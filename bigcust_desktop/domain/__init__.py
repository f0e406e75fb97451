"""Business rules of bigcust-desktop with no I/O: identifiers, money, pricing, stages, SLA, data home.

Depends on the standard library only; every other layer builds on it.
"""
