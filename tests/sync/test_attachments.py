"""Attachment files through the sync, against the simulator on loopback: attached offline and sent
after the record, fetched by another laptop, resumed after drops, a corrupt copy fetched again,
removed with a revoked customer, and never holding back the records of the same sync.
"""

from __future__ import annotations

import os
import stat
import threading

import pytest

from bigcust_desktop.domain.attachments import FileState
from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.errors import SyncCancelled
from bigcust_desktop.sync.progress import SyncProgress

from .attachments_helpers import (
    MIB,
    attachments,
    own_contract,
    pdf_file,
    server_count,
    server_upload,
    sha,
)


def test_attached_offline_goes_up_after_its_record_and_comes_down_on_another_laptop(
    laptop_factory, server, tmp_path
):
    office, home = laptop_factory("zhangwei"), laptop_factory("zhangwei")
    office.sync()
    home.sync()  # the seeded scans: here before the test's own file
    path, content = pdf_file(tmp_path, 2 * MIB + 12345)
    row = attachments(office).add(own_contract(office), path, description="盖章版")
    assert row.file.state is FileState.LOCAL_ONLY and row.sync_state == "pending"
    before = server_count(server, "contract_attachment")

    report = office.sync()

    assert report.files.uploaded == 1 and report.files.failed == 0
    assert report.files.bytes_sent == len(content)
    assert server_count(server, "contract_attachment") == before + 1
    state = server_upload(office, row.id)
    assert state["complete"] and state["sha256"] == sha(content)
    assert attachments(office).status(row.id).state is FileState.ON_SERVER
    # The completed upload's new version (content_state available) came in the same sync.
    assert (
        office.read(
            lambda conn: conn.exec_driver_sql(
                "SELECT content_state FROM contract_attachment WHERE id = ?", (row.id,)
            ).scalar_one()
        )
        == "available"
    )

    received = home.sync()

    assert received.files.downloaded == 1 and received.files.bytes_received == len(content)
    listed = {a.id: a for a in attachments(home).of_contract(row.contract_id)}
    assert listed[row.id].file.state is FileState.ON_SERVER
    copy = attachments(home).open_copy(row.id)
    assert copy is not None and copy.read_bytes() == content
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert attachments(home).close_copies() == 1 and not copy.exists()
    assert home.sync().files.downloaded == 0  # nothing fetched twice


def test_refused_files_name_their_reason_and_write_nothing(laptop_factory, tmp_path):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    contract = own_contract(laptop)

    def written() -> tuple[int, int, int]:
        return laptop.read(
            lambda conn: conn.exec_driver_sql(
                "SELECT (SELECT count(*) FROM attachment_file), (SELECT count(*) FROM outbox),"
                " (SELECT count(*) FROM contract_attachment)"
            ).one()
        )

    before = written()
    program = tmp_path / "报价.pdf"
    program.write_bytes(b"MZ\x90\x00" + os.urandom(4000))  # a Windows program renamed
    empty = tmp_path / "空.pdf"
    empty.write_bytes(b"")
    huge = tmp_path / "大.pdf"
    with open(huge, "wb") as out:
        out.truncate(51 * MIB)  # sparse: the size is refused before a byte is read
    script = tmp_path / "install.bat"
    script.write_text("echo hi")
    refusals = {
        program: "attachment.content_mismatch",
        empty: "attachment.empty",
        huge: "attachment.too_large",
        script: "attachment.type_not_allowed",
        tmp_path / "不存在.pdf": "attachment.unreadable",
    }
    for path, code in refusals.items():
        with pytest.raises(ValidationError) as refused:
            attachments(laptop).add(contract, path)
        assert refused.value.code == code, path.name
    good, _ = pdf_file(tmp_path, 1000)
    with pytest.raises(ValidationError) as refused:
        attachments(laptop).add("no-such-contract", good)
    assert refused.value.code == "attachment.no_contract"
    assert written() == before


def test_downloads_resume_after_dropped_connections_and_a_corrupt_copy_is_fetched_again(
    laptop_factory, server, tmp_path
):
    office, home = laptop_factory("zhangwei"), laptop_factory("zhangwei")
    office.sync()
    path, content = pdf_file(tmp_path, 9 * MIB + 7)
    row = attachments(office).add(own_contract(office), path)
    office.sync()
    server.set_faults(drop_rate=0.3, seed=7)
    try:
        report = home.sync()
    finally:
        server.set_faults()
    assert report.files.downloaded >= 1 and report.files.failed == 0, report.files
    assert attachments(home).status(row.id).state is FileState.ON_SERVER

    # A held byte goes bad (a disk, an old copy): the whole-file check finds it, the copy is
    # discarded and fetched again from byte 0 in the same sync.
    def spoil(conn) -> None:
        conn.exec_driver_sql(
            "UPDATE attachment_chunk SET data = zeroblob(length(data)) "
            "WHERE attachment_id = ? AND offset = ?",
            (row.id, MIB),
        )
        conn.exec_driver_sql(
            "UPDATE attachment_file SET complete = 0, stored_bytes = ? WHERE attachment_id = ?",
            (2 * MIB, row.id),
        )
        conn.exec_driver_sql(
            "DELETE FROM attachment_chunk WHERE attachment_id = ? AND offset >= ?",
            (row.id, 2 * MIB),
        )

    home.edit(spoil)
    again = home.sync()
    assert again.files.downloaded == 1 and again.files.failed == 0
    assert again.files.bytes_received == len(content) + (len(content) - 2 * MIB)
    copy = attachments(home).open_copy(row.id)
    assert copy is not None and sha(copy.read_bytes()) == sha(content)


def test_a_large_file_never_holds_back_the_records_of_its_sync(laptop_factory, server, tmp_path):
    office, home = laptop_factory("zhangwei"), laptop_factory("zhangwei")
    office.sync()
    home.sync()
    path, content = pdf_file(tmp_path, 12 * MIB)
    big = attachments(office).add(own_contract(office), path)
    office.sync()
    # A record written after the large file: the last thing on the feed.
    path, _ = pdf_file(tmp_path, 3000, "补充协议.pdf")
    small = attachments(office).add(own_contract(office, skip=1), path)
    office.sync()

    seen: dict[str, object] = {}
    cancel = threading.Event()

    def watch(event: SyncProgress) -> None:
        if event.phase == "files" and event.message == big.id and event.done > 0:
            seen["records"] = home.ids("contract_attachment")
            cancel.set()  # the user stops the sync in the middle of the large file

    server.set_faults(latency_ms=30)  # a slow server: each request waits
    try:
        with (
            SyncSession(home.endpoints, home.secrets, cancel=cancel) as session,
            pytest.raises(SyncCancelled),
        ):
            run_sync(home.profile, home.store, session, progress=watch)
    finally:
        server.set_faults()
    assert {big.id, small.id} <= seen["records"]  # type: ignore[operator]
    status = attachments(home).status(big.id)
    assert status is not None and status.state is FileState.DOWNLOADING
    assert 0 < status.done < len(content)
    finished = home.sync()
    assert finished.files.downloaded == 1  # the small one came before the cancel
    copy = attachments(home).open_copy(big.id)
    assert copy is not None and sha(copy.read_bytes()) == sha(content)


def test_a_revoked_customer_takes_its_files_along(laptop_factory, server, tmp_path):
    lina = laptop_factory("lina")
    lina.sync()
    path, _ = pdf_file(tmp_path, 5000)
    row = attachments(lina).add(own_contract(lina), path)
    lina.sync()

    def held(conn) -> dict[str, int]:  # customer id -> chunks of its files held here
        return dict(
            conn.exec_driver_sql(
                "SELECT a.customer_id, count(*) FROM attachment_chunk AS k"
                " JOIN contract_attachment AS a ON a.id = k.attachment_id GROUP BY 1"
            ).all()
        )

    before = lina.read(held)
    assert before[row.customer_id] >= 1
    server.admin("POST", f"/customers/{row.customer_id}/reassign", {"manager_id": "U-0002"})
    lina.sync()
    assert row.id not in lina.ids("contract_attachment")
    orphans = lina.read(
        lambda conn: conn.exec_driver_sql(
            "SELECT count(*) FROM attachment_file WHERE attachment_id NOT IN"
            " (SELECT id FROM contract_attachment)"
        ).scalar_one()
    )
    assert orphans == 0
    assert lina.read(held) == {c: n for c, n in before.items() if c != row.customer_id}


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        # The cache's copy changed under the record: the server's whole-file check refuses it.
        (
            "UPDATE attachment_chunk SET data = zeroblob(length(data))",
            "server.upload.checksum_mismatch",
        ),
        # The cache's copy lost its tail: nothing more to send, never an endless loop.
        ("UPDATE attachment_chunk SET data = substr(data, 1, 100)", "attachment.incomplete"),
    ],
)
def test_one_failing_file_does_not_fail_the_sync(laptop_factory, tmp_path, spoil, code):
    office = laptop_factory("zhangwei")
    office.sync()
    path, _ = pdf_file(tmp_path, 4000)
    other, _ = pdf_file(tmp_path, 3000, "附件二.pdf")
    row = attachments(office).add(own_contract(office), path)
    fine = attachments(office).add(own_contract(office), other)
    office.edit(lambda conn: conn.exec_driver_sql(spoil + " WHERE attachment_id = ?", (row.id,)))
    report = office.sync()
    assert report.files.failed == 1 and report.files.failures == {row.id: code}
    assert report.files.uploaded == 1  # the other file went all the same
    assert report.push.applied == 2  # both records went; only the spoilt file waits
    assert attachments(office).status(fine.id).state is FileState.ON_SERVER
    assert attachments(office).status(row.id).state is not FileState.ON_SERVER


def test_sign_out_takes_the_copies_opened_for_the_viewer_along(laptop_factory, tmp_path):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    path, _ = pdf_file(tmp_path, 3000)
    row = attachments(laptop).add(own_contract(laptop), path)
    copy = attachments(laptop).open_copy(row.id)
    assert copy is not None and copy.is_file()
    assert laptop.profile.wipe_app_files() == []  # what sign-out and a disabled account run
    assert not copy.exists()
