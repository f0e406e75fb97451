"""`store.segments` as the segment screen uses it, on real stores: the live preview (count and
first members), the under-valued condition read from the kept analysis, the saved list and the
editor's choices."""

from __future__ import annotations

import datetime as dt

from bigcust_desktop.domain.drafts.segments import new_segment
from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.queries.book import Book

from .test_analytics_queries import NOW, book

BOOK = Book(manager_id="U-0002")
OWNER = UserProfile("U-0002", "zhangwei", "张伟", "account_manager", "杭州", "T-HZ-1")


def test_under_valued_selects_the_kept_under_valued_customers_of_the_book(small_store):
    kept = {r.customer_id for r in small_store.analytics.under_valued(BOOK)}
    selected = small_store.segments.evaluate({"under_valued": True}, BOOK)
    assert set(selected) == kept and kept
    both = small_store.segments.evaluate({"under_valued": True, "lines_min": 50}, BOOK)
    assert set(both) < kept  # AND with the other conditions


def test_the_preview_counts_every_member_and_lists_the_first_by_name(small_store):
    definition = {"industries": ["government", "finance", "education"]}
    every = small_store.segments.evaluate(definition, BOOK)
    preview = small_store.segments.preview(definition, BOOK, first=5)
    assert preview.count == len(every) > 5 and len(preview.customers) == 5
    assert {c.id for c in preview.customers} <= set(every)
    names = [(c.name, c.id) for c in preview.customers]
    assert names == sorted(names)


def test_the_saved_list_and_the_editors_choices(store):
    load_dataset(store, book())
    assert store.segments.saved() == []
    for name in ("乙群", "甲群"):
        store.segments.create(new_segment(name=name, owner=OWNER, conditions={}, now=NOW))
    saved = store.segments.saved()
    assert [s.name for s in saved] == sorted(["乙群", "甲群"])
    assert saved[0].sync_state == "pending" and set(saved[0].definition) >= {"under_valued"}
    choices = store.segments.choices(Book())
    assert choices.cities and choices.products and choices.managers
    assert all(city in choices.cities for city, _district in choices.districts)


def test_a_fresh_segment_evaluates_to_the_whole_book(small_store):
    everyone = small_store.segments.evaluate({}, BOOK, now=dt.datetime.now(dt.UTC))
    assert small_store.segments.preview({}, BOOK).count == len(everyone)
