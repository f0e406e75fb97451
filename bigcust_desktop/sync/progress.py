"""Progress of a sync, reported through one callback that the UI turns into a Qt signal.

Depends on nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SyncProgress:
    """``phase`` is push, pull or done; ``total`` is None where the server does not say it."""

    phase: str
    system: str
    done: int
    total: int | None = None
    message: str = ""


ProgressCallback = Callable[[SyncProgress], None]


def ignore_progress(_: SyncProgress) -> None:
    """The default callback for scripts and tests that do not watch progress."""
