"""Every signal judged without its explanation (`explain=False`, the recompute's way): on every
hand-computed case of the signal tests, whether it fired, its amount at risk and its note are
the same, a fired signal keeps its figures, and a quiet one carries none."""

from __future__ import annotations

import functools
from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from bigcust_desktop.domain.analytics.figures import Signal
from bigcust_desktop.domain.analytics.worklist import Assessment

from . import test_billing_signals, test_service_signals

SIGNALS = (
    "revenue_falling",
    "arrears_growing",
    "repeated_faults",
    "lines_lost",
    "term_ending",
    "not_contacted",
    "competitor_offer",
)
MODULES = (test_billing_signals, test_service_signals)
CASES = [
    pytest.param(module, name, id=name)
    for module in MODULES
    for name in dir(module)
    if name.startswith("test_")
]


def same_verdict(full: Signal, bare: Signal) -> None:
    assert (bare.code, bare.fired, bare.revenue_at_risk_fen, bare.note) == (
        full.code,
        full.fired,
        full.revenue_at_risk_fen,
        full.note,
    )
    if full.fired:
        assert bare == full
    else:
        assert bare.figures == ()


def checked(fn: Callable[..., Any], judged: list[Signal]) -> Callable[..., Any]:
    """``fn`` run both ways on the same arguments; the explained result is returned."""

    @functools.wraps(fn)
    def both(*args: Any, **kwargs: Any) -> Any:
        full = fn(*args, **kwargs)
        bare = fn(*args, **kwargs, explain=False)
        pairs = (
            zip(full.signals, bare.signals, strict=True)
            if isinstance(full, Assessment)
            else [(full, bare)]
        )
        for one, other in pairs:
            same_verdict(one, other)
            judged.append(one)
        return full

    return both


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> list[Signal]:
    """The signal tests' signals and `assess` run both ways; every verdict judged, listed."""
    found: list[Signal] = []
    for each in MODULES:
        for fn in (*SIGNALS, "assess"):
            if hasattr(each, fn):
                monkeypatch.setattr(each, fn, checked(getattr(each, fn), found))
    return found


@pytest.mark.parametrize(("module", "name"), CASES)
def test_without_explanation_a_verdict_is_the_same_and_a_quiet_one_bare(
    module: ModuleType, name: str, judged: list[Signal]
):
    getattr(module, name)()
    assert judged  # the case judged something: both ways


def test_the_cases_cover_every_signal_fired_and_quiet(judged: list[Signal]):
    for module, name in ((p.values[0], p.values[1]) for p in CASES):
        getattr(module, name)()
    seen = {(s.code.value, s.fired) for s in judged}
    assert seen == {(code, fired) for code in SIGNALS for fired in (True, False)}
