"""Change requests (客户资料变更申请): created on the laptop, decided by the provincial CRM.

The target must be a customer or contact of the request's customer, visible to the user; the
proposed changes were checked by the domain rule. Depends on storage and the domain.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push.rules import Rejected
from bigcust_sim.storage.visibility import can_see


def prepare_change_request(
    ctx: SimContext, conn: Connection, user: UserEntry, record: dict[str, Any], now: str
) -> None:
    record["status"] = "pending"
    record["requested_by"] = user.viewer.id
    record["requested_at"] = now
    record["reviewer_note"] = None
    record["decided_at"] = None
    target_entity, target_id = record.get("target_entity"), record.get("target_id")
    if target_entity is None or target_id is None:
        return  # reported as missing required fields
    target = ctx.db.load(conn, target_entity, target_id)
    if target is None or target.deleted or not can_see(user.viewer, target.owner):
        raise Rejected(
            [
                {
                    "field": "target_id",
                    "code": "not_visible",
                    "message": "No such record in your book.",
                }
            ]
        )
    if target.owner.customer_id != record.get("customer_id"):
        raise Rejected(
            [
                {
                    "field": "target_id",
                    "code": "ref.not_found",
                    "message": "The record to correct does not belong to this customer.",
                }
            ]
        )
