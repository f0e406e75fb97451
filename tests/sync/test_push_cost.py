"""What pushing costs the local store: the answers to a batch are recorded set-wise, so a batch of
a hundred edits takes the same few statements as a batch of five (DESIGN §5, issue 13).

Counted, not timed: statements sent to SQLite while `push_outbox` runs against the simulator.
"""

from __future__ import annotations

from sqlalchemy import event

from bigcust_desktop.store import edits
from bigcust_desktop.sync.progress import ignore_progress
from bigcust_desktop.sync.push import BATCH_OPS, push_outbox

from .consistency import activity_fields


def _push_counting(laptop, count: int, tag: str) -> tuple[int, int]:
    """Log `count` contacts offline, push them; returns (statements run, edits applied)."""
    owner = laptop.read(
        lambda conn: conn.exec_driver_sql(
            "SELECT id FROM user WHERE username = ?", (laptop.username,)
        ).scalar()
    )
    customer = sorted(laptop.ids("customer"))[0]
    with laptop.store.begin(write=True) as conn:
        for n in range(count):
            edits.create_record(conn, "activity", activity_fields(customer, owner, f"{tag} {n}"))
    statements = 0

    def counted(*_args: object) -> None:
        nonlocal statements
        statements += 1

    with laptop.session() as session:
        session.auth.token()  # the sign-in's own request is not the push's
        event.listen(laptop.store.engine, "before_cursor_execute", counted)
        try:
            result = push_outbox(
                laptop.store, session.auth, session.clients, progress=ignore_progress
            )
        finally:
            event.remove(laptop.store.engine, "before_cursor_execute", counted)
    return statements, result.applied


def test_a_batch_costs_the_same_statements_whatever_its_size(laptop_factory):
    laptop = laptop_factory("zhangwei")
    laptop.sync()
    few, applied = _push_counting(laptop, 5, "few")
    assert applied == 5
    full, applied = _push_counting(laptop, BATCH_OPS, "full")
    assert applied == BATCH_OPS
    # One batch each: the hundred edits may not cost more than the five (allowing one
    # statement of slack for an index page split or two).
    assert full <= few + 2, (few, full)
    assert few < 30, few
