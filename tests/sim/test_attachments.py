"""Contract tests of attachment files apart from the feed: chunked upload resumed where the
server stopped, replayed chunks answered the same, the sha256 checked at the end; download whole
or by byte range; another manager's file is not there. Over loopback, no mocks.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from typing import Any

import pytest
import requests

from bigcust_sim.launcher import SimulatorProcess

from .simhelpers import Api, assert_problem

CHUNK = 64 * 1024


def _push(api: Api, entity: str, **fields: Any) -> dict[str, Any]:
    operation = {
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "id": str(uuid.uuid4()),
        "kind": "create",
        "base_version": None,
        "fields": fields,
    }
    result = api.push([operation])[0]
    assert result["status"] == "applied", result
    return result["record"]  # type: ignore[no-any-return]


def _url(api: Api, attachment_id: str, what: str) -> str:
    return api.sim.url(f"/city/v1/attachments/{attachment_id}/{what}")


def _patch(api: Api, attachment_id: str, offset: int, data: bytes) -> requests.Response:
    headers = {
        **api.headers,
        "Upload-Offset": str(offset),
        "Content-Type": "application/offset+octet-stream",
    }
    return api.session.patch(
        _url(api, attachment_id, "upload"), data=data, headers=headers, timeout=60
    )


@pytest.fixture(scope="module")
def zhang(sim: SimulatorProcess) -> Api:
    return Api(sim, "zhangwei")


@pytest.fixture(scope="module")
def contract(zhang: Api, dataset: Any) -> dict[str, Any]:
    customer = next(c for c in dataset.records["customer"] if c["manager_id"] == zhang.user["id"])
    return _push(zhang, "contract", customer_id=customer["id"], number=f"T-{uuid.uuid4().hex[:8]}",
                 title="附件测试合同", kind="service", starts_on="2026-01-01",
                 ends_on="2027-12-31", amount="1000.00")  # fmt: skip


def _attach(api: Api, contract: dict[str, Any], content: bytes, **extra: Any) -> dict[str, Any]:
    fields = {
        "contract_id": contract["id"],
        "customer_id": contract["customer_id"],
        "file_name": "合同扫描件.pdf",
        "mime_type": "application/pdf",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        **extra,
    }
    return _push(api, "contract_attachment", **fields)


def test_upload_resumes_replays_and_completes_then_downloads_by_range(sim, zhang, contract):
    content = b"%PDF-1.4\n" + os.urandom(3 * CHUNK + 123)
    record = _attach(zhang, contract, content)
    assert record["content_state"] == "pending" and record["uploaded_by"] == zhang.user["id"]
    state = zhang.session.get(
        _url(zhang, record["id"], "upload"), headers=zhang.headers, timeout=30
    )
    assert state.json()["offset"] == 0 and state.json()["complete"] is False
    # Not downloadable before the whole file is there.
    early = zhang.session.get(
        _url(zhang, record["id"], "content"), headers=zhang.headers, timeout=30
    )
    assert_problem(early, 409, "attachment.not_uploaded")

    assert _patch(zhang, record["id"], 0, content[:CHUNK]).json()["offset"] == CHUNK
    # The answer to the second chunk was lost: the client sends it again, then asks and resumes.
    second = content[CHUNK : 2 * CHUNK]
    assert _patch(zhang, record["id"], CHUNK, second).json()["offset"] == 2 * CHUNK
    replay = _patch(zhang, record["id"], CHUNK, second)
    assert replay.status_code == 200 and replay.json()["offset"] == 2 * CHUNK
    gap = _patch(zhang, record["id"], 3 * CHUNK, content[3 * CHUNK :])
    assert assert_problem(gap, 409, "upload.offset_mismatch")["offset"] == 2 * CHUNK
    wrong = _patch(zhang, record["id"], CHUNK, b"x" * CHUNK)  # not what it holds there
    assert_problem(wrong, 409, "upload.offset_mismatch")
    resume = zhang.session.get(
        _url(zhang, record["id"], "upload"), headers=zhang.headers, timeout=30
    )
    offset = resume.json()["offset"]
    done = _patch(zhang, record["id"], offset, content[offset:])
    assert done.json()["complete"] is True and done.json()["offset"] == len(content)
    feed = [c for c in zhang.pull_all("city")["changes"] if c["id"] == record["id"]]
    assert feed[0]["record"]["content_state"] == "available" and feed[0]["version"] == 2

    headers = {**zhang.headers, "Accept-Encoding": "identity"}
    whole = zhang.session.get(_url(zhang, record["id"], "content"), headers=headers, timeout=30)
    assert whole.status_code == 200 and whole.content == content
    assert whole.headers["accept-ranges"] == "bytes"
    assert whole.headers["etag"] == f'"{record["sha256"]}"'
    assert "filename*=UTF-8''" in whole.headers["content-disposition"]
    # A download cut short resumes with a range, guarded by If-Range.
    part = zhang.session.get(
        _url(zhang, record["id"], "content"),
        headers={**headers, "Range": "bytes=100-", "If-Range": whole.headers["etag"]},
        timeout=30,
    )
    assert part.status_code == 206 and part.content == content[100:]
    assert part.headers["content-range"] == f"bytes 100-{len(content) - 1}/{len(content)}"
    tail = zhang.session.get(
        _url(zhang, record["id"], "content"), headers={**headers, "Range": "bytes=-10"}, timeout=30
    )
    assert tail.status_code == 206 and tail.content == content[-10:]
    stale = zhang.session.get(
        _url(zhang, record["id"], "content"),
        headers={**headers, "Range": "bytes=100-", "If-Range": '"0000"'},
        timeout=30,
    )
    assert stale.status_code == 200 and stale.content == content  # the file changed: all of it
    beyond = zhang.session.get(
        _url(zhang, record["id"], "content"), headers={**headers, "Range": "bytes=999999-"},
        timeout=30,
    )  # fmt: skip
    assert_problem(beyond, 416, "range.not_satisfiable")
    assert beyond.headers["content-range"] == f"bytes */{len(content)}"


def test_a_file_that_is_not_its_digest_starts_again(zhang, contract):
    content = os.urandom(1000)
    record = _attach(zhang, contract, content, sha256="0" * 64)
    wrong = _patch(zhang, record["id"], 0, content)
    assert assert_problem(wrong, 422, "upload.checksum_mismatch")["offset"] == 0
    state = zhang.session.get(
        _url(zhang, record["id"], "upload"), headers=zhang.headers, timeout=30
    )
    assert state.json() | {"version": 0} == {
        "id": record["id"], "size": 1000, "sha256": "0" * 64, "offset": 0, "complete": False,
        "version": 0,
    }  # fmt: skip
    too_long = _patch(zhang, record["id"], 0, content + b"!")
    assert_problem(too_long, 422, "upload.too_long")


def test_rules_of_attachment_records_and_their_files(sim, zhang, contract, dataset):
    exe = {
        "op_id": str(uuid.uuid4()),
        "entity": "contract_attachment",
        "id": str(uuid.uuid4()),
        "kind": "create",
        "base_version": None,
        "fields": {"contract_id": contract["id"], "customer_id": contract["customer_id"],
                   "file_name": "setup.exe", "mime_type": "application/x-msdownload",
                   "size": 10, "sha256": "1" * 64},
    }  # fmt: skip
    result = zhang.push([exe])[0]
    assert result["errors"][0]["code"] == "attachment.type_not_allowed"
    content = b"%PDF-1.4 tiny"
    record = _attach(zhang, contract, content)
    swap = zhang.push([{**exe, "op_id": str(uuid.uuid4()), "id": record["id"], "kind": "update",
                        "base_version": 1, "fields": {"sha256": "2" * 64}}])[0]  # fmt: skip
    assert swap["errors"][0]["code"] == "field.read_only"
    # Another manager, even of the same team, finds no such file; the regional manager does.
    lina, wang = Api(sim, "lina"), Api(sim, "wangfang")
    for who, status in ((lina, 404), (wang, 200)):
        got = who.session.get(_url(who, record["id"], "upload"), headers=who.headers, timeout=30)
        assert got.status_code == status
    assert_problem(_patch(lina, record["id"], 0, content), 404, "not_found")
    big = _patch(zhang, record["id"], 0, b"x" * (1024 * 1024 + 1))
    assert_problem(big, 413, "payload_too_large")
    no_offset = zhang.session.patch(
        _url(zhang, record["id"], "upload"), data=content, headers=zhang.headers, timeout=30
    )
    assert no_offset.status_code == 422


def test_seeded_scans_download_whole(sim, dataset):
    seeded = dataset.records["contract_attachment"][0]
    customer = next(c for c in dataset.records["customer"] if c["id"] == seeded["customer_id"])
    owner = next(u for u in dataset.records["user"] if u["id"] == customer["manager_id"])
    api = Api(sim, owner["username"])
    got = api.session.get(_url(api, seeded["id"], "content"), headers=api.headers, timeout=30)
    assert got.status_code == 200 and got.content == dataset.files[seeded["id"]]
    assert got.headers["content-type"] == "application/pdf"
