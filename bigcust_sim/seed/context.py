"""Profile shapes, and the state of one generation run: dates, per-subject random streams.

Depends on `seed.wire` and `seed.mobiles`.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from bisect import bisect
from dataclasses import dataclass, field

from bigcust_sim.seed.mobiles import MobilePool
from bigcust_sim.seed.wire import DAY, day_number


@dataclass(frozen=True, slots=True)
class ProfileSpec:
    """How big a profile is; the means are per customer over the whole data set."""

    # (team id, account managers, customers in each manager's book)
    layout: tuple[tuple[str, int, int], ...]
    lines_per_customer: float
    accounts_per_customer: float
    opportunities_per_customer: float
    faults_per_customer: float
    activities_per_customer: float
    max_lines: int


SPECS: dict[str, ProfileSpec] = {
    # One account manager's view, times six: three teams of two managers of ~150 customers.
    "small": ProfileSpec(
        layout=(("T-HZ-1", 2, 150), ("T-HZ-2", 2, 150), ("T-NB-1", 2, 150)),
        lines_per_customer=8.0,
        accounts_per_customer=1.5,
        opportunities_per_customer=2.5,
        faults_per_customer=1.5,
        activities_per_customer=8.0,
        max_lines=600,
    ),
    # A regional manager's view: twenty managers in 杭州, and a small 宁波 team for visibility.
    "large": ProfileSpec(
        layout=(("T-HZ-1", 20, 150), ("T-NB-1", 2, 40)),
        lines_per_customer=97.0,
        accounts_per_customer=2.8,
        opportunities_per_customer=6.5,
        faults_per_customer=10.5,
        activities_per_customer=8.0,
        max_lines=6000,
    ),
}


@dataclass(slots=True)
class Context:
    seed: int
    as_of: dt.date
    spec: ProfileSpec
    today: int = 0  # day number of as_of
    now: int = 0  # as_of 00:00Z in epoch seconds: every generated instant lies before it
    mobiles: MobilePool = field(default_factory=MobilePool)

    def __post_init__(self) -> None:
        self.today = day_number(self.as_of)
        self.now = self.today * DAY

    def rng(self, subject: str) -> random.Random:
        return random.Random(f"{self.seed}:{subject}")


def poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw; normal approximation above 30 where Knuth's product loop gets slow."""
    if mean <= 0:
        return 0
    if mean > 30:
        return max(0, round(rng.gauss(mean, math.sqrt(mean))))
    limit = math.exp(-mean)
    count, product = 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def pick(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    """A value drawn from (value, weight) pairs."""
    roll = rng.random() * sum(weight for _, weight in options)
    for value, weight in options:
        roll -= weight
        if roll < 0:
            return value
    return options[-1][0]


def cumulative(weights: list[float] | tuple[float, ...]) -> list[float]:
    """Running totals of weights, for `weighted_index`."""
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def weighted_index(rng: random.Random, cumulative: list[float]) -> int:
    """Index drawn from cumulative weights (bisect is faster than `choices` for one draw)."""
    return bisect(cumulative, rng.random() * cumulative[-1])
