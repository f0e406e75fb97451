"""The invariant of issue 18 as a property: after any interleaving of local edits, server edits,
reassignments, settlements (resolve mine/theirs, discard) and syncs, a laptop's cache equals
what a freshly primed laptop of the same user holds, but for its unsent work.

Hypothesis' stateful testing drives one laptop against the real simulator on loopback; every
example ends with a sync and the comparison with a new laptop. A short budget runs in
`make test`; `slow` runs a longer one.
"""

from __future__ import annotations

import contextlib
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from bigcust_desktop.store import edits
from bigcust_desktop.store.models import Opportunity
from bigcust_sim.launcher import SimulatorError

from .consistency import snapshot
from .laptop import Laptop
from .test_sync_e2e import LINA, ZHANGWEI

_runs = itertools.count()
FIELDS = ("notes", "amount")


def _value(field: str, n: int) -> str:
    return f"{100000 + n * 1000}.00" if field == "amount" else f"备注 {n}"


def _machine(server: Any, root: Any, pool: list[tuple[str, str]]) -> type[RuleBasedStateMachine]:
    opportunities = [o for o, _ in pool]
    customers = sorted({c for _, c in pool})

    class Settlement(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.laptop = Laptop(root / f"a-{next(_runs)}", server.base_url, "zhangwei")
            self.laptop.login()
            self.laptop.sync()
            self.away: set[str] = set()

        @rule(o=st.sampled_from(opportunities), f=st.sampled_from(FIELDS), n=st.integers(0, 9))
        def edit_here(self, o: str, f: str, n: int) -> None:
            # Not in the cache (its customer is away): nothing a user could edit.
            with contextlib.suppress(LookupError):
                self.laptop.edit(
                    lambda c: edits.update_record(c, "opportunity", o, {f: _value(f, n)})
                )

        @rule(o=st.sampled_from(opportunities))
        def delete_here(self, o: str) -> None:
            with contextlib.suppress(LookupError):
                self.laptop.edit(lambda c: edits.delete_record(c, "opportunity", o))

        @rule(o=st.sampled_from(opportunities), f=st.sampled_from(FIELDS), n=st.integers(0, 9))
        def edit_on_server(self, o: str, f: str, n: int) -> None:
            try:
                server.admin(
                    "PATCH", f"/records/opportunity/{o}", {"fields": {f: _value(f, n + 10)}}
                )
            except SimulatorError as exc:
                if "409" not in str(exc):
                    raise  # 409: deleted there by an earlier step, nothing to edit

        @rule(c=st.sampled_from(customers))
        def reassign(self, c: str) -> None:
            back = c in self.away
            server.admin(
                "POST", f"/customers/{c}/reassign", {"manager_id": ZHANGWEI if back else LINA}
            )
            self.away.symmetric_difference_update({c})

        @rule()
        def sync(self) -> None:
            self.laptop.sync()

        @rule(choice=st.sampled_from(("mine", "theirs")))
        def resolve(self, choice: str) -> None:
            conflicts = self.laptop.store.outbox.conflicts()
            if conflicts:
                first = conflicts[0]
                choices = {f: choice for f in first.fields} | {"*": choice}
                self.laptop.store.outbox.resolve(first.id, choices)

        @rule(pending=st.booleans())
        def discard(self, pending: bool) -> None:
            outbox = self.laptop.store.outbox
            changes = outbox.pending() if pending else outbox.rejected()
            if changes:
                outbox.discard(changes[0].entity, changes[0].record_id)

        @invariant()
        def nothing_pending_counts_twice(self) -> None:
            counts = self.laptop.store.outbox.counts()
            assert min(counts.pending, counts.rejected, counts.conflicts) >= 0

        def teardown(self) -> None:
            try:
                self.laptop.sync()
                unsent = {(e.entity, e.record_id) for e in self.laptop.store.outbox.unsent()}
                fresh = Laptop(root / f"b-{next(_runs)}", server.base_url, "zhangwei")
                try:
                    fresh.login()
                    fresh.sync()
                    mine, theirs = snapshot(self.laptop), snapshot(fresh)
                    settled = lambda s: {k: v for k, v in s.items() if k not in unsent}  # noqa: E731
                    assert settled(mine) == settled(theirs)
                    for o in opportunities:
                        if ("opportunity", o) in unsent:
                            continue
                        here = self.laptop.read(lambda c, o=o: edits.read_wire(c, "opportunity", o))
                        there = fresh.read(lambda c, o=o: edits.read_wire(c, "opportunity", o))
                        assert here == there, o
                finally:
                    fresh.close()
            finally:
                self.laptop.close()
                for c in self.away:  # the next example starts from the same book
                    server.admin("POST", f"/customers/{c}/reassign", {"manager_id": ZHANGWEI})

    return Settlement


def _pool(server: Any, tmp_path: Any) -> list[tuple[str, str]]:
    """Four opportunities of two of zhangwei's customers: edits that meet each other."""
    probe = Laptop(tmp_path / "probe", server.base_url, "zhangwei")
    try:
        probe.login()
        probe.sync()
        rows = probe.read(
            lambda c: c.execute(
                select(Opportunity.id, Opportunity.customer_id)
                .where(Opportunity.owner_id == ZHANGWEI)
                .order_by(Opportunity.customer_id, Opportunity.id)
            ).all()
        )
    finally:
        probe.close()
    by_customer: dict[str, list[str]] = {}
    for o, c in rows:
        by_customer.setdefault(c, []).append(o)
    pairs = [c for c, os in by_customer.items() if len(os) >= 2][:2]
    return [(o, c) for c in pairs for o in by_customer[c][:2]]


def _run(server: Any, tmp_path: Any, examples: int, steps: int) -> None:
    machine = _machine(server, tmp_path, _pool(server, tmp_path))
    run_state_machine_as_test(
        machine,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
            # Each step talks to the server: no shrinking within the suite's budget; a failure
            # prints its steps, which replay as they are.
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
        ),
    )


@pytest.mark.timeout(300)
def test_settled_cache_equals_a_fresh_laptop(server, tmp_path):
    _run(server, tmp_path, examples=3, steps=12)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_settled_cache_equals_a_fresh_laptop_long(server, tmp_path):
    _run(server, tmp_path, examples=40, steps=25)
