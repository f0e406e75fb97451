"""What each at-risk signal reads (`worklist.LIMITS_READ`, `FACTS_READ`): a threshold changed
judges again only the signals that read it, so every threshold must belong to exactly one signal,
and a signal run without the facts it does not read stays as it is."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import fields, replace

from bigcust_desktop.domain.analytics.figures import SignalCode
from bigcust_desktop.domain.analytics.inputs import (
    AsOf,
    ContactRef,
    CustomerFacts,
    LineLoss,
    PeriodBilling,
)
from bigcust_desktop.domain.analytics.thresholds import Thresholds
from bigcust_desktop.domain.analytics.worklist import FACTS_READ, LIMITS_READ, assess, facts_read

NOW = dt.datetime(2026, 11, 27, 2, tzinfo=dt.UTC)


def test_every_threshold_is_read_by_exactly_one_signal():
    named = Counter(name for read in LIMITS_READ.values() for name in read)
    assert set(named) == {f.name for f in fields(Thresholds)}
    assert set(named.values()) == {1}
    assert set(LIMITS_READ) == set(SignalCode) == set(FACTS_READ)


def test_a_signal_judged_on_only_its_facts_says_what_it_says_on_all_of_them():
    day = dt.date(2026, 11, 1)
    facts = CustomerFacts(
        "CUS-1",
        billing=tuple(
            PeriodBilling(f"2026-{m:02d}", 100_000 if m < 8 else 40_000, 30_000, day)
            for m in range(1, 11)
        ),
        lines=4,
        active_monthly_fen=50_000,
        losses=(LineLoss("S-1", "139", "cancelled", day, 20_000, 2),),
        last_contact=ContactRef("A-1", NOW - dt.timedelta(days=200), "visit", "U-1", "拜访"),
    )
    as_of = AsOf(NOW, "2026-10")
    every = assess(facts, as_of)
    assert len(every.fired) >= 3
    empty = {f.name: f.default for f in fields(CustomerFacts) if f.name != "customer_id"}
    for code in SignalCode:
        read = facts_read({code})
        only = replace(facts, **{k: v for k, v in empty.items() if k not in read})
        assert assess(only, as_of).signal(code) == every.signal(code), code
