"""`store.dashboard`: the figures of the 工作台 start page, read in one transaction.

Depends on the store's dashboard queries.
"""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.store.queries.book import Book
from bigcust_desktop.store.queries.dashboard import Dashboard, load_dashboard
from bigcust_desktop.store.services.base import Service


class DashboardService(Service):
    def load(self, book: Book, now: dt.datetime, *, contact_days: int) -> Dashboard:
        """The book's pipeline, billing, open faults and contact coverage as of `now`."""
        return self._read(load_dashboard, book, now, contact_days=contact_days)
