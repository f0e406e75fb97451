"""What every page of the window shares: the store, the signed-in user, the task lanes, and the
change notice that tells pages which entities changed (refresh by notice, not by reset).

Depends on `ui.qt` and `ui.tasks`; the store and the user arrive once the store is open.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from bigcust_desktop.ui.qt import QObject, Signal
from bigcust_desktop.ui.tasks import Lane, TaskManager

if TYPE_CHECKING:
    from bigcust_desktop.domain.identity import UserProfile
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.profile import Profile


# Local edits the kept analysis reads: the cache's triggers mark their customers stale, and a
# save of one of them redoes those customers' signals before the pages hear of it.
ANALYSIS_INPUTS = frozenset({"activity", "fault_ticket", "contract", "competitor_line"})
ANALYSIS = "analysis"  # the change notice of the kept analysis (worklist, under-valued...)


class StoreNotOpen(RuntimeError):
    """A page reached for the store before the window had opened it (a bug)."""


class AppContext(QObject):
    """Shared by the main window and its pages.

    ``changed`` carries a ``set[str]`` of entity names after an edit or a sync; a page redraws
    only when it shows one of them. ``open_customer`` asks the window for a customer's 360 view;
    ``navigate`` asks for a page by name with a filter (dashboard click-through).
    """

    changed = Signal(object)
    open_customer = Signal(str)
    navigate = Signal(str, object)
    sync_requested = Signal()  # a page asks the window for a sync now
    push_requested = Signal(str)  # a decision to send at once (what, as the user reads it)
    edit_record = Signal(str, str)  # entity, id: open the record's editor (a rejected edit's fix)

    def __init__(
        self,
        profile: Profile,
        store: Store | None,
        user: UserProfile | None,
        tasks: TaskManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self._store = store
        self.user = user
        self.tasks = tasks

    @property
    def store(self) -> Store:
        if self._store is None:
            raise StoreNotOpen("the store is not open yet")
        return self._store

    @property
    def is_open(self) -> bool:
        return self._store is not None

    def attach(self, store: Store, user: UserProfile | None) -> None:
        """The store has been opened (at start-up, or again after a sign-in changed it)."""
        self._store = store
        self.user = user

    def push_now(self, what: str) -> None:
        """A decision others wait for (an approval, a ticket move) is stored: the window sends
        it at once in the sync lane, and says when it has landed or why not."""
        self.push_requested.emit(what)

    def notify(self, entities: Iterable[str]) -> None:
        self.changed.emit(set(entities))

    def read(
        self,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run a store read in the read lane: beside a sync, never behind it. The callbacks
        are dropped if ``owner`` (the widget showing the result) is gone by then."""
        self.tasks.run(work, on_success, on_failure, lane=Lane.READ, owner=owner)

    def write(
        self,
        work: Callable[[], Any],
        entities: Iterable[str],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run a store write in the write lane, then tell every page what changed (a change
        the analysis reads also redoes the touched customers' signals, in the same lane)."""
        touched = set(entities)
        if touched & ANALYSIS_INPUTS:
            work = self._then_analysis(work)
            touched.add(ANALYSIS)

        def succeeded(result: Any) -> None:
            on_success(result)
            self.notify(touched)

        self.tasks.run(work, succeeded, on_failure, lane=Lane.WRITE)

    def _then_analysis(self, work: Callable[[], Any]) -> Callable[[], Any]:
        store, user = self.store, self.user

        def both() -> Any:
            result = work()
            try:  # derived data: a failure is a bug to report, never a failed save
                store.analytics.after_edit(user)
            except Exception as exc:
                from bigcust_desktop.ui.errors import bug_reference

                bug_reference(exc, "updating the analysis after an edit")
            return result

        return both
