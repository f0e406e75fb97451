"""The store's services: what the window, the command line and the sync engine call, as Anki's
aqt calls `Collection` — named after what the user does, typed results, one transaction a call.

`Store` (store/engine.py) carries them as attributes, e.g. ``store.customers.search(text)``,
``store.opportunities.update(id, changes)``, ``store.outbox.pending()``. Each is built on first
use and its module imported then (start-up pays only for what the first page reads). Depends on
the service modules, imported lazily.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bigcust_desktop.store.engine import Store
    from bigcust_desktop.store.outbox.service import Outbox
    from bigcust_desktop.store.services.activities import Activities, ChangeRequests
    from bigcust_desktop.store.services.analytics import Analytics
    from bigcust_desktop.store.services.attachments import Attachments
    from bigcust_desktop.store.services.campaigns import Campaigns
    from bigcust_desktop.store.services.competitors import Competitors
    from bigcust_desktop.store.services.contracts import Contracts
    from bigcust_desktop.store.services.customers import Customers
    from bigcust_desktop.store.services.dashboard import DashboardService
    from bigcust_desktop.store.services.decision_chain import DecisionChain
    from bigcust_desktop.store.services.insights import Insights
    from bigcust_desktop.store.services.meta import CacheMeta
    from bigcust_desktop.store.services.opportunities import Opportunities
    from bigcust_desktop.store.services.quotes import Quotes
    from bigcust_desktop.store.services.rehearsals import Rehearsals
    from bigcust_desktop.store.services.segments import Segments
    from bigcust_desktop.store.services.staff import Staff
    from bigcust_desktop.store.services.sync_state import SyncState
    from bigcust_desktop.store.services.tickets import FaultTickets
    from bigcust_desktop.store.services.todos import Todos


class StoreServices:
    """Mixed into `Store`: one attribute per service."""

    @cached_property
    def customers(self: Store) -> Customers:  # type: ignore[misc]
        from bigcust_desktop.store.services.customers import Customers

        return Customers(self)

    @cached_property
    def opportunities(self: Store) -> Opportunities:  # type: ignore[misc]
        from bigcust_desktop.store.services.opportunities import Opportunities

        return Opportunities(self)

    @cached_property
    def quotes(self: Store) -> Quotes:  # type: ignore[misc]
        from bigcust_desktop.store.services.quotes import Quotes

        return Quotes(self)

    @cached_property
    def attachments(self: Store) -> Attachments:  # type: ignore[misc]
        from bigcust_desktop.store.services.attachments import Attachments

        return Attachments(self)

    @cached_property
    def tickets(self: Store) -> FaultTickets:  # type: ignore[misc]
        from bigcust_desktop.store.services.tickets import FaultTickets

        return FaultTickets(self)

    @cached_property
    def todos(self: Store) -> Todos:  # type: ignore[misc]
        from bigcust_desktop.store.services.todos import Todos

        return Todos(self)

    @cached_property
    def contracts(self: Store) -> Contracts:  # type: ignore[misc]
        from bigcust_desktop.store.services.contracts import Contracts

        return Contracts(self)

    @cached_property
    def decision_chain(self: Store) -> DecisionChain:  # type: ignore[misc]
        from bigcust_desktop.store.services.decision_chain import DecisionChain

        return DecisionChain(self)

    @cached_property
    def competitors(self: Store) -> Competitors:  # type: ignore[misc]
        from bigcust_desktop.store.services.competitors import Competitors

        return Competitors(self)

    @cached_property
    def activities(self: Store) -> Activities:  # type: ignore[misc]
        from bigcust_desktop.store.services.activities import Activities

        return Activities(self)

    @cached_property
    def change_requests(self: Store) -> ChangeRequests:  # type: ignore[misc]
        from bigcust_desktop.store.services.activities import ChangeRequests

        return ChangeRequests(self)

    @cached_property
    def staff(self: Store) -> Staff:  # type: ignore[misc]
        from bigcust_desktop.store.services.staff import Staff

        return Staff(self)

    @cached_property
    def dashboard(self: Store) -> DashboardService:  # type: ignore[misc]
        from bigcust_desktop.store.services.dashboard import DashboardService

        return DashboardService(self)

    @cached_property
    def outbox(self: Store) -> Outbox:  # type: ignore[misc]
        from bigcust_desktop.store.outbox.service import Outbox

        return Outbox(self)

    @cached_property
    def sync_state(self: Store) -> SyncState:  # type: ignore[misc]
        from bigcust_desktop.store.services.sync_state import SyncState

        return SyncState(self)

    @cached_property
    def meta(self: Store) -> CacheMeta:  # type: ignore[misc]
        from bigcust_desktop.store.services.meta import CacheMeta

        return CacheMeta(self)

    @cached_property
    def insights(self: Store) -> Insights:  # type: ignore[misc]
        from bigcust_desktop.store.services.insights import Insights

        return Insights(self)

    @cached_property
    def analytics(self: Store) -> Analytics:  # type: ignore[misc]
        from bigcust_desktop.store.services.analytics import Analytics

        return Analytics(self)

    @cached_property
    def rehearsals(self: Store) -> Rehearsals:  # type: ignore[misc]
        from bigcust_desktop.store.services.rehearsals import Rehearsals

        return Rehearsals(self)

    @cached_property
    def segments(self: Store) -> Segments:  # type: ignore[misc]
        from bigcust_desktop.store.services.segments import Segments

        return Segments(self)

    @cached_property
    def campaigns(self: Store) -> Campaigns:  # type: ignore[misc]
        from bigcust_desktop.store.services.campaigns import Campaigns

        return Campaigns(self)
