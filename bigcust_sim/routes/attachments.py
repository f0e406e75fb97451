"""`/city/v1/attachments/{id}/upload` and `/content`: contract files apart from the feed.

Depends on FastAPI and `attachments`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.responses import Response

from bigcust_desktop.domain.attachments import UPLOAD_CHUNK_BYTES
from bigcust_sim import attachments
from bigcust_sim.models import Problem
from bigcust_sim.routes.deps import Context, CurrentUser

router = APIRouter(prefix="/city/v1/attachments", tags=["attachments"])

AttachmentId = Annotated[str, Path(min_length=1, max_length=64)]
_PROBLEMS: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {"application/problem+json": {}}}
    for s in (400, 401, 403, 404, 409, 413, 416, 422)
}


class UploadState(BaseModel):
    id: str
    size: int = Field(description="The file's length in bytes, from its record.")
    sha256: str
    offset: int = Field(description="Bytes the server holds: the next chunk starts here.")
    complete: bool = Field(description="The whole file arrived and matched its sha256.")
    version: int = Field(description="The attachment record's version (grows on completion).")


@router.get(
    "/{attachment_id}/upload",
    response_model=UploadState,
    responses=_PROBLEMS,
    summary="How much of an attachment's file the server holds (where to resume an upload).",
)
async def upload_state(ctx: Context, user: CurrentUser, attachment_id: AttachmentId) -> Any:
    return await run_in_threadpool(attachments.upload_state, ctx, user, attachment_id)


@router.patch(
    "/{attachment_id}/upload",
    response_model=UploadState,
    responses=_PROBLEMS,
    summary=f"Append a chunk (at most {UPLOAD_CHUNK_BYTES} bytes) at Upload-Offset.",
    openapi_extra={
        "requestBody": {
            "required": True,
            # tus' media type, and the plain one: both are accepted, the body is the bytes.
            "content": {
                media: {"schema": {"type": "string", "format": "binary"}}
                for media in ("application/offset+octet-stream", "application/octet-stream")
            },
        }
    },
)
async def append(
    ctx: Context,
    user: CurrentUser,
    attachment_id: AttachmentId,
    request: Request,
    upload_offset: Annotated[int, Header(ge=0, description="Where this chunk starts in the file.")],
) -> Any:
    body = await request.body()
    return await run_in_threadpool(
        attachments.append_chunk, ctx, user, attachment_id, upload_offset, body
    )


@router.get(
    "/{attachment_id}/content",
    responses={
        **_PROBLEMS,
        200: {"content": {"application/octet-stream": {}}, "description": "The whole file."},
        206: {"content": {"application/octet-stream": {}}, "description": "The range asked for."},
    },
    summary="Download an attachment's file, whole or one byte range (Range, If-Range).",
)
async def content(
    ctx: Context,
    user: CurrentUser,
    attachment_id: AttachmentId,
    range_: Annotated[str | None, Header(alias="Range", max_length=200)] = None,
    if_range: Annotated[str | None, Header(alias="If-Range", max_length=200)] = None,
) -> Response:
    answer = await run_in_threadpool(
        attachments.download, ctx, user, attachment_id, range_, if_range
    )
    return Response(answer.body, status_code=answer.status, headers=answer.headers)
