"""Unique mainland mobile numbers for staff, contacts and subscriber lines.

Depends on the standard library only.
"""

from __future__ import annotations

import random

# The operator's own number blocks (its subscribers and staff) ...
OPERATOR_PREFIXES: tuple[int, ...] = (
    *range(134, 140), 147, 150, 151, 152, 157, 158, 159, 172, 178, 182, 183, 184, 187, 188, 195,
    197, 198,
)  # fmt: skip
# ... and other carriers' blocks, which key contacts of customers may well use.
OTHER_PREFIXES: tuple[int, ...] = (
    130, 131, 132, 155, 156, 166, 175, 176, 185, 186, 133, 153, 173, 177, 180, 181, 189, 191, 199,
)  # fmt: skip


class MobilePool:
    """Hands out 11-digit mobile numbers, never the same one twice."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def take(self, rng: random.Random, operator_only: bool = False) -> str:
        prefixes = OPERATOR_PREFIXES
        if not operator_only and rng.random() < 0.3:
            prefixes = OTHER_PREFIXES
        while True:
            number = f"{prefixes[int(rng.random() * len(prefixes))]}{int(rng.random() * 1e8):08d}"
            if number not in self._used:
                self._used.add(number)
                return number
