"""`store.competitors`: the lines a customer holds with other carriers (异网), recorded and
changed offline, and the competitors' offers heard in its contacts.

Depends on the store's competitor queries and the shared record edits.
"""

from __future__ import annotations

from sqlalchemy import Connection

from bigcust_desktop.store.queries import competitors as q
from bigcust_desktop.store.services.base import CityRecords


class Competitors(CityRecords):
    """Competitor lines; each method is one transaction of its own."""

    entity = "competitor_line"

    def of_customer(self, customer_id: str) -> tuple[list[q.CompetitorRow], list[q.HeardOffer]]:
        """The customer's competitor lines and the offers heard in his contacts, read together."""

        def both(conn: Connection) -> tuple[list[q.CompetitorRow], list[q.HeardOffer]]:
            return q.lines_of(conn, customer_id), q.offers_heard(conn, customer_id)

        return self._read(both)
