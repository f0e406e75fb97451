"""To-dos the client makes by itself from the records (renewals of contracts ending soon, care
dates: key contacts' birthdays, the holidays of the manager's customers): at start and after each
sync, in the write lane, once per source record (never again at the next sync). Depends on the
app context, the preferences and the store's services.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.ui.context import AppContext
from bigcust_desktop.ui.preferences import Preferences


def make_generated_todos(ctx: AppContext) -> None:
    """Ask the write lane to make the to-dos due from the user's own customers' records."""
    if not ctx.is_open or ctx.user is None:
        return
    store, owner = ctx.store, ctx.user.id
    # The user's own customers only: a regional manager's team members make their own.
    book, now = Book(manager_id=owner), dt.datetime.now(dt.UTC)
    days_before = Preferences.load(ctx.profile.settings_path).care_days_before

    def work() -> list[str]:
        renewals = store.contracts.make_renewal_todos(book, owner, now)
        birthdays = store.decision_chain.make_care_todos(owner, now)
        return (
            renewals + birthdays + store.decision_chain.make_holiday_todos(owner, now, days_before)
        )

    ctx.write(work, ("todo",), lambda _made: None, lambda _exc: None)
