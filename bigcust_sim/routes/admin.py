"""`/admin/...`: the other side of the sync, for tests and the demo (admin bearer token).

Never subject to injected faults. Depends on FastAPI, `admin` and `faults`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from pydantic import BaseModel, ConfigDict, Field

from bigcust_sim.admin import operations as ops
from bigcust_sim.admin.billing import post_month
from bigcust_sim.faults import Faults
from bigcust_sim.models import Problem
from bigcust_sim.routes.deps import Context, admin_guard

_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}} for s in (401, 404, 409, 422)
}
router = APIRouter(
    prefix="/admin", tags=["admin"], dependencies=[Depends(admin_guard)], responses=_PROBLEMS
)

Entity = Annotated[str, Path(max_length=32, pattern=r"^[a-z_]+$")]
RecordId = Annotated[str, Path(min_length=1, max_length=64)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EditBody(_Body):
    fields: dict[str, Any] = Field(description="Any fields of the record; checked as a whole.")


class CreateBody(_Body):
    record: dict[str, Any] = Field(description="The full wire record; id optional.")


class AdvanceBody(_Body):
    status: Literal["accepted", "in_progress", "resolved", "closed"] | None = None
    resolution: str | None = Field(None, max_length=4000)
    note: str | None = Field(None, max_length=1000)


class DecideBody(_Body):
    decision: Literal["approve", "reject"]
    note: str | None = Field(None, max_length=1000)


class PostMonthBody(_Body):
    customer_id: str | None = Field(None, max_length=64, description="Only this customer.")


class ReassignBody(_Body):
    manager_id: str = Field(min_length=1, max_length=64)


class ChurnBody(_Body):
    rate: float = Field(ge=0, le=1000, description="Changes per second; 0 stops.")


@router.get("/records/{entity}/{record_id}", summary="A record as stored, with bookkeeping.")
def get_record(ctx: Context, entity: Entity, record_id: RecordId) -> dict[str, Any]:
    return ops.get_record(ctx, entity, record_id)


@router.patch("/records/{entity}/{record_id}", summary="Edit any fields of a central record.")
def edit_record(
    ctx: Context, entity: Entity, record_id: RecordId, body: EditBody
) -> dict[str, Any]:
    return ops.edit_record(ctx, entity, record_id, body.fields)


@router.post("/records/{entity}", summary="Create a record on the server side.")
def create_record(ctx: Context, entity: Entity, body: CreateBody) -> dict[str, Any]:
    return ops.create_record(ctx, entity, body.record)


@router.delete("/records/{entity}/{record_id}", summary="Delete (tombstone) a record.")
def delete_record(ctx: Context, entity: Entity, record_id: RecordId) -> dict[str, Any]:
    return ops.delete_record(ctx, entity, record_id)


@router.post("/fault-tickets/{record_id}/advance", summary="Move a fault ticket on (NOC).")
def advance_ticket(ctx: Context, record_id: RecordId, body: AdvanceBody) -> dict[str, Any]:
    return ops.advance_ticket(ctx, record_id, body.status, body.resolution, body.note)


@router.post("/change-requests/{record_id}/decide", summary="Approve or reject a change request.")
def decide(ctx: Context, record_id: RecordId, body: DecideBody) -> dict[str, Any]:
    return ops.decide_change_request(ctx, record_id, body.decision == "approve", body.note)


@router.post("/billing/post-month", summary="Post the next month of bills and payments.")
def post_bills(ctx: Context, body: PostMonthBody) -> dict[str, Any]:
    return post_month(ctx, body.customer_id)


@router.post("/customers/{record_id}/reassign", summary="Give a customer to another manager.")
def reassign(ctx: Context, record_id: RecordId, body: ReassignBody) -> dict[str, Any]:
    return ops.reassign_customer(ctx, record_id, body.manager_id)


@router.post("/users/{record_id}/disable", summary="Disable a user (403 account_disabled).")
def disable(ctx: Context, record_id: RecordId) -> dict[str, Any]:
    return ops.set_disabled(ctx, record_id, True)


@router.post("/users/{record_id}/enable", summary="Enable a user again.")
def enable(ctx: Context, record_id: RecordId) -> dict[str, Any]:
    return ops.set_disabled(ctx, record_id, False)


@router.get("/users", summary="The seeded users (no passwords).")
def users(ctx: Context) -> list[dict[str, Any]]:
    return [{**u.profile, "disabled": u.disabled} for u in ctx.users.values()]


@router.get("/audit-events", summary="The province's view of the audit trail (newest first).")
def audit_events(
    ctx: Context,
    team_id: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
) -> list[dict[str, Any]]:
    return ops.audit_events(ctx, team_id, limit)


@router.get("/counts", summary="Records per entity, operations stored, effects applied.")
def counts(ctx: Context) -> dict[str, Any]:
    return ops.counts(ctx)


@router.get("/operations/{op_id}", summary="A stored operation and how often it was applied.")
def operation(ctx: Context, op_id: Annotated[str, Path(max_length=36)]) -> dict[str, Any]:
    return ops.op_report(ctx, op_id)


@router.get("/faults", response_model=Faults, summary="The fault settings in force.")
def get_faults(ctx: Context) -> Faults:
    return ctx.faults.get()


@router.put("/faults", response_model=Faults, summary="Replace the fault settings ({} = off).")
def put_faults(ctx: Context, body: Faults) -> Faults:
    ctx.faults.set(body)
    return ctx.faults.get()


@router.get("/churn", summary="The churn rate and how many changes it made.")
def get_churn(request: Request) -> dict[str, Any]:
    churn = request.app.state.churn
    return {"rate": churn.rate, "changes": churn.changes}


@router.put("/churn", summary="Set the churn rate (changes per second).")
def put_churn(request: Request, body: ChurnBody) -> dict[str, Any]:
    churn = request.app.state.churn
    churn.set_rate(body.rate)
    return {"rate": churn.rate, "changes": churn.changes}
