"""Where the user has been in the window, for Alt+Left (back): pages, and which customer a 360
view showed. Depends on nothing but the standard library.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

# (page name, customer id for the 360 view else None)
Step = tuple[str, str | None]


class PageHistory:
    """The steps before the current one; going back does not record a step."""

    def __init__(self, limit: int = 50) -> None:
        self._steps: list[Step] = []
        self._here: Step | None = None
        self._limit = limit
        self._replaying = False

    @property
    def here(self) -> Step | None:
        return self._here

    def arrive(self, step: Step) -> None:
        if not self._replaying and self._here is not None and step != self._here:
            self._steps.append(self._here)
            del self._steps[: -self._limit]
        self._here = step

    def can_go_back(self) -> bool:
        return bool(self._steps)

    def back(self) -> Step | None:
        """The step to return to (None at the start); arrive at it inside `replaying`."""
        return self._steps.pop() if self._steps else None

    @contextlib.contextmanager
    def replaying(self) -> Iterator[None]:
        self._replaying = True
        try:
            yield
        finally:
            self._replaying = False
