"""Pydantic models of the wire envelopes: what the OpenAPI document shows and what FastAPI checks.

Records themselves are checked by the domain's record schema, not here. Depends on pydantic and
the domain's data-home table.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from bigcust_desktop.domain.datahome import entities_of

CITY_ENTITIES: tuple[str, ...] = tuple(entities_of("city"))
MAX_OPERATIONS = 200

RecordId = Annotated[str, Field(min_length=1, max_length=64)]


class Problem(BaseModel):
    """RFC 9457 problem details with the machine-readable `code`."""

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[dict[str, Any]] | None = None


class PasswordGrant(BaseModel):
    model_config = ConfigDict(extra="ignore")
    grant_type: Literal["password"]
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class RefreshGrant(BaseModel):
    model_config = ConfigDict(extra="ignore")
    grant_type: Literal["refresh_token"]
    refresh_token: str = Field(min_length=1, max_length=512)


TokenRequest = Annotated[PasswordGrant | RefreshGrant, Field(discriminator="grant_type")]


class UserProfile(BaseModel):
    id: str
    username: str
    name: str
    role: Literal["account_manager", "regional_manager", "city_manager"]
    city: str
    team_id: str


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds until the access token expires.")
    user: UserProfile


class Change(BaseModel):
    entity: str
    id: str
    version: int
    updated_at: str
    deleted: bool
    record: dict[str, Any] | None = Field(description="The full wire record; null when deleted.")


class Revoked(BaseModel):
    entity: Literal["customer"]
    id: str


class ChangesPage(BaseModel):
    changes: list[Change]
    revoked: list[Revoked]
    next_cursor: str
    has_more: bool


class _Operation(BaseModel):
    model_config = ConfigDict(extra="forbid")
    op_id: uuid.UUID = Field(description="Idempotency key: a replay returns the first result.")
    id: RecordId = Field(description="The record id; for a create, a UUID made by the client.")
    kind: Literal["create", "update", "delete"]
    base_version: int | None = Field(
        None, ge=1, le=2**31, description="The version the change was made on; null for create."
    )
    fields: dict[str, Any] = Field(default_factory=dict)


class CityOperation(_Operation):
    entity: Literal[CITY_ENTITIES]  # type: ignore[valid-type]  # the data-home table's city entities


class ChangeRequestOperation(_Operation):
    entity: Literal["change_request"]


class CityPush(BaseModel):
    model_config = ConfigDict(extra="forbid")
    operations: list[CityOperation] = Field(max_length=MAX_OPERATIONS)


class ChangeRequestPush(BaseModel):
    model_config = ConfigDict(extra="forbid")
    operations: list[ChangeRequestOperation] = Field(max_length=MAX_OPERATIONS)


class OwnerRef(BaseModel):
    """Who has a customer now (a refusal for a record that left the user's book)."""

    id: str
    name: str


class FieldError(BaseModel):
    field: str
    code: str
    message: str
    # Since contract 1.1, on `not_visible` when the customer has a manager: old clients ignore it.
    owner: OwnerRef | None = None


class OpResult(BaseModel):
    op_id: str
    status: Literal["applied", "conflict", "rejected"]
    version: int | None = None
    record: dict[str, Any] | None = None
    errors: list[FieldError] | None = None


class PushResponse(BaseModel):
    results: list[OpResult]
