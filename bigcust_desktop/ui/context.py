"""What every page of the window shares: the store, the signed-in user, the task runner, and
the change notice that tells pages which entities changed (refresh by notice, not by reset).

Depends on `ui.qt` and `ui.tasks`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.engine import Store
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.ui.qt import QObject, Signal
from bigcust_desktop.ui.tasks import TaskManager


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
    edit_record = Signal(str, str)  # entity, id: open the record's editor (a rejected edit's fix)

    def __init__(
        self,
        profile: Profile,
        store: Store,
        user: UserProfile | None,
        tasks: TaskManager,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.store = store
        self.user = user
        self.tasks = tasks

    def notify(self, entities: Iterable[str]) -> None:
        self.changed.emit(set(entities))

    def write(
        self,
        work: Callable[[], Any],
        entities: Iterable[str],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Run a store write off the GUI thread, then tell every page what changed."""
        touched = set(entities)

        def succeeded(result: Any) -> None:
            on_success(result)
            self.notify(touched)

        self.tasks.run(work, succeeded, on_failure)
