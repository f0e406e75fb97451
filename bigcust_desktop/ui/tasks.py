"""Background work off the GUI thread, with success/failure callbacks back on it.

Like Anki's QueryOp/CollectionOp over taskman: one pool with a single worker, so store work is
serialised, and results come back through a signal to the GUI thread. Depends on `ui.qt`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from bigcust_desktop.ui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a finished task's outcome to the GUI thread (queued signal)."""

    done = Signal(object, object)  # (result, exception)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the failure callback, never lost
            self._relay.done.emit(None, exc)
        else:
            self._relay.done.emit(result, None)


class TaskManager(QObject):
    """Runs callables on one background thread, one at a time, in the order given."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relays: set[_Relay] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(result: Any, exc: BaseException | None) -> None:
            self._relays.discard(relay)
            if exc is None:
                on_success(result)
            else:
                on_failure(exc)

        relay.done.connect(finish)
        self._pool.start(_Task(work, relay))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every task has finished (shutdown and tests)."""
        return self._pool.waitForDone(msecs)
