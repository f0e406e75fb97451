"""Runs a batch of pushed operations in order, in the batch's one transaction.

A replayed op_id returns the stored first result; an operation's effect and its stored result are
written together and the batch commits once, so a crash cannot apply an operation twice (a batch
that did not commit is replayed whole by its op_ids). One commit per batch rather than per
operation: writes are serialised (storage/database.py), and a commit's flush was what 50 laptops
waited for (docs/benchmarks.md). Depends on storage and `push.rules`.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_sim.context import SimContext, UserEntry
from bigcust_sim.push.rules import Conflict, Rejected, apply_create, apply_delete, apply_update
from bigcust_sim.storage.database import dumps
from bigcust_sim.storage.schema import effects, operations


@dataclass(frozen=True)
class Operation:
    op_id: str
    entity: str
    id: str
    kind: str
    base_version: int | None
    fields: dict[str, Any]


def _rejected(op_id: str, errors: list[dict[str, Any]]) -> dict[str, Any]:
    return {"op_id": op_id, "status": "rejected", "errors": errors}


def run_batch(ctx: SimContext, user: UserEntry, ops: list[Operation]) -> list[dict[str, Any]]:
    if not ops:
        return []
    with ctx.db.write() as conn:
        # An unexpected error fails the whole batch (the client replays it by its op_ids).
        return [_run_one(ctx, conn, user, op) for op in ops]


def run_one(ctx: SimContext, user: UserEntry, op: Operation) -> dict[str, Any]:
    """One operation in a transaction of its own."""
    return run_batch(ctx, user, [op])[0]


def _run_one(ctx: SimContext, conn: Connection, user: UserEntry, op: Operation) -> dict[str, Any]:
    prior = conn.execute(
        select(operations.c.user_id, operations.c.result).where(operations.c.op_id == op.op_id)
    ).first()
    if prior is not None:
        if prior.user_id != user.viewer.id:
            # Not stored: the key belongs to another user's operation.
            error = ValidationError("op_id", "op_id.taken", "This op_id is already used.")
            return _rejected(op.op_id, [error.as_dict()])
        return json.loads(prior.result)  # type: ignore[no-any-return]
    # A savepoint each: whatever a rejected or conflicting operation's rule may have written before
    # it refused is undone, and only its stored result stays.
    savepoint = conn.begin_nested()
    result = _apply(ctx, conn, user, op)
    if result["status"] == "applied":
        savepoint.commit()
    else:
        savepoint.rollback()
    conn.execute(
        operations.insert().values(
            op_id=op.op_id,
            user_id=user.viewer.id,
            entity=op.entity,
            record_id=op.id,
            status=result["status"],
            result=dumps(result),
        )
    )
    if result["status"] == "applied":
        conn.execute(
            effects.insert().values(
                op_id=op.op_id, entity=op.entity, record_id=op.id, version=result["version"]
            )
        )
    return result


def _apply(ctx: SimContext, conn: Connection, user: UserEntry, op: Operation) -> dict[str, Any]:
    try:
        if op.kind == "create":
            record = apply_create(ctx, conn, user, op.entity, op.id, op.fields)
        elif op.kind == "update":
            record = apply_update(ctx, conn, user, op.entity, op.id, op.base_version, op.fields)
        else:
            record = apply_delete(ctx, conn, user, op.entity, op.id, op.base_version)
    except Rejected as exc:
        return _rejected(op.op_id, exc.errors)
    except ValidationErrors as exc:
        return _rejected(op.op_id, exc.as_list())
    except ValidationError as exc:
        return _rejected(op.op_id, [exc.as_dict()])
    except Conflict as exc:
        return {
            "op_id": op.op_id,
            "status": "conflict",
            "version": exc.version,
            "record": exc.record,
        }
    return {
        "op_id": op.op_id,
        "status": "applied",
        "version": record["version"],
        "record": None if op.kind == "delete" else record,
    }


def new_op_id() -> str:
    return str(uuid.uuid4())
