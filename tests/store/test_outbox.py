"""The outbox on a real store file, without a server: the walk hands out batches in push order,
one operation per record per batch, frozen with their base version; answers settle them.

The server's side of these answers is played here; the round trip is tests/sync's.
"""

from __future__ import annotations

from typing import Any

from bigcust_desktop.store import edits
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.outbox import (
    Applied,
    Batch,
    Conflicted,
    EntryState,
    OpKind,
    OutboxWalk,
)
from bigcust_desktop.store.wire import read_wire

from . import records as rec

OPP1, OPP2 = "OPP-000001", "OPP-000002"


def _loaded(store) -> None:
    load_dataset(store, rec.book(customers=2, lines_per_customer=1))


def _update(store, record_id: str, **changes: Any) -> None:
    with store.begin(write=True) as conn:
        edits.update_record(conn, "opportunity", record_id, changes)


def _server_record(store, entity: str, record_id: str, version: int, **fields: Any) -> dict:
    with store.begin() as conn:
        local = read_wire(conn, entity, record_id)
    return {**local, **fields, "version": version}


def _applied(store, batch: Batch, versions: dict[str, int]) -> list[Applied]:
    """The server applied every operation; a record's new version as given."""
    return [
        Applied(
            e.op_id,
            _server_record(store, e.entity, e.record_id, versions[e.record_id], **e.fields),
        )
        for e in batch.entries
    ]


def _ids(batch: Batch | None) -> list[tuple[str, dict]]:
    assert batch is not None
    return [(e.record_id, dict(e.fields)) for e in batch.entries]


def test_batches_follow_push_order_one_operation_per_record(store):
    _loaded(store)
    _update(store, OPP1, notes="a")
    _update(store, OPP2, notes="x")
    _update(store, OPP1, notes="b")  # waits: OPP1 already has an operation in the batch
    logged = {
        k: v
        for k, v in rec.activity(9, "CUS-000001").items()
        if k not in ("id", "version", "updated_at")
    }
    with store.begin(write=True) as conn:
        activity = edits.create_record(conn, "activity", logged)["id"]
    _update(store, OPP1, notes="c")
    walk = OutboxWalk(store, batch_ops=3)

    first = walk.next_batch()
    assert [e.record_id for e in first.entries] == [OPP1, OPP2, activity]
    assert _ids(first)[:2] == [(OPP1, {"notes": "a"}), (OPP2, {"notes": "x"})]
    assert [e.base_version for e in first.entries] == [1, 1, None]
    assert {e.state for e in first.entries} == {EntryState.SENDING}
    assert first.entries[2].kind is OpKind.CREATE
    settled = walk.settle(first, _applied(store, first, {OPP1: 2, OPP2: 2, activity: 1}))
    assert settled.applied == 3 and not settled.again and not settled.waiting

    # The held-back edits of OPP1 go one per batch, each based on the version the last made.
    second = walk.next_batch()
    assert _ids(second) == [(OPP1, {"notes": "b"})]
    assert second.entries[0].base_version == 2
    walk.settle(second, _applied(store, second, {OPP1: 3}))
    third = walk.next_batch()
    assert _ids(third) == [(OPP1, {"notes": "c"})]
    assert third.entries[0].base_version == 3
    walk.settle(third, _applied(store, third, {OPP1: 4}))
    assert walk.next_batch() is None

    with store.begin() as conn:
        opp = read_wire(conn, "opportunity", OPP1)
        state = conn.exec_driver_sql("SELECT sync_state FROM opportunity WHERE id = ?", (OPP1,))
        bases = conn.exec_driver_sql("SELECT count(*) FROM server_copy").scalar()
    assert (opp["notes"], opp["version"]) == ("c", 4)
    assert state.scalar() == "synced" and bases == 0
    assert store.outbox.counts().pending == 0


def test_a_clean_merge_goes_again_first_and_a_conflict_holds_its_record_back(store):
    _loaded(store)
    _update(store, OPP1, notes="mine")
    _update(store, OPP2, notes="mine too")
    _update(store, OPP1, amount="1000.00")
    walk = store.outbox.walk()
    batch = walk.next_batch()
    assert _ids(batch) == [(OPP1, {"notes": "mine"}), (OPP2, {"notes": "mine too"})]
    one, two = batch.entries
    theirs_one = _server_record(store, "opportunity", OPP1, 2, notes=None, stage="negotiation")
    theirs_two = _server_record(store, "opportunity", OPP2, 2, notes="theirs")
    settled = walk.settle(
        batch, [Conflicted(one.op_id, theirs_one), Conflicted(two.op_id, theirs_two)]
    )
    assert (settled.merged, settled.conflicts) == (1, 1)
    assert [e.record_id for e in settled.waiting] == [OPP2]

    again = walk.next_batch()  # the merged notes, before OPP1's later edit; OPP2 waits
    assert _ids(again) == [(OPP1, {"notes": "mine"})]
    assert again.entries[0].op_id != one.op_id and again.entries[0].base_version == 2
    walk.settle(again, _applied(store, again, {OPP1: 3}))
    later = walk.next_batch()
    assert _ids(later) == [(OPP1, {"amount": "1000.00"})]
    walk.settle(later, _applied(store, later, {OPP1: 4}))
    assert walk.next_batch() is None
    assert [c.record_id for c in store.outbox.conflicts()] == [OPP2]
    with store.begin() as conn:
        opp = read_wire(conn, "opportunity", OPP1)
    assert (opp["stage"], opp["notes"], opp["amount"]) == ("negotiation", "mine", "1000.00")


def test_a_walk_can_stop_at_the_edits_queued_when_it_began(store):
    _loaded(store)
    _update(store, OPP1, notes="before")
    upto = store.outbox.last_seq()
    _update(store, OPP2, notes="during the sync")
    walk = store.outbox.walk(upto=upto)
    batch = walk.next_batch()
    assert _ids(batch) == [(OPP1, {"notes": "before"})]
    walk.settle(batch, _applied(store, batch, {OPP1: 2}))
    assert walk.next_batch() is None
    assert store.outbox.counts().pending == 1


def test_a_batch_stays_under_the_byte_cap_and_a_big_operation_goes_alone(store):
    _loaded(store)
    customer = rec.book(customers=2, lines_per_customer=1)["customer"][0]["id"]
    lines = [rec.quote_line(n) for n in range(450)]
    fields = {
        k: v
        for k, v in rec.quote(1, customer, lines).items()
        if k not in ("id", "version", "updated_at")
    }
    with store.begin(write=True) as conn:
        for _ in range(12):  # about 1.4 MB of operations: more than one request may carry
            edits.create_record(conn, "quote", fields)
    walk = OutboxWalk(store)
    sizes = []
    while (batch := walk.next_batch()) is not None:
        sizes.append(len(batch))
        walk.settle(batch, [Applied(e.op_id, None) for e in batch.entries])
    assert sum(sizes) == 12 and len(sizes) >= 2
    tiny = OutboxWalk(store, batch_bytes=1)
    with store.begin(write=True) as conn:
        for _ in range(2):
            edits.create_record(conn, "quote", fields)
    first = tiny.next_batch()
    assert first is not None and len(first) == 1  # bigger than the cap: it goes, alone
