"""Server-side life: what the network operations centre, the province and BOSS do by themselves.

Used by the admin routes (tests, demo) and by the churn thread. Depends on storage and the domain.
"""
