"""Push: batches of operations (create/update/delete) on city data and change requests.

Idempotent by op_id, optimistic by base_version, validated by the shared domain rules.
Depends on the storage layer and `bigcust_desktop.domain`.
"""
