"""Order statistics for report figures: median and percentiles as Excel computes them, and bands.

Depends on the standard library only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any


def percentile(values: Sequence[float], fraction: float) -> float | None:
    """The `fraction` percentile of `values` by linear interpolation between closest ranks,
    as Excel's PERCENTILE.INC (and numpy's default); None for no values."""
    if not values:
        return None
    if not 0 <= fraction <= 1:
        raise ValueError("fraction must be between 0 and 1")
    ordered = sorted(values)
    position = (len(ordered) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float | None:
    return percentile(values, 0.5)


def band_of(bands: Sequence[tuple[str, Any]], value: Any) -> int:
    """Index of the first of `bands` (name, inclusive upper bound) that holds `value`; the last
    band's bound is None, open-ended."""
    for index, (_, upper) in enumerate(bands):
        if upper is None or value <= upper:
            return index
    raise ValueError("the last band must be open-ended")
