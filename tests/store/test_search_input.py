"""Whatever a user types or pastes into the search box gives results or none, never an error
(issue 12): 3 KB of pasted text, a NUL, lone surrogates, FTS syntax, any Unicode at all."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bigcust_desktop.store.bulk import load_dataset
from bigcust_desktop.store.search import MAX_QUERY_CHARS, search_customers

from . import records as rec


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    from bigcust_desktop.store.engine import open_store
    from bigcust_desktop.store.keys import load_or_create_key
    from bigcust_desktop.store.profile import Profile

    profile = Profile.resolve(tmp_path_factory.mktemp("search-input") / "profile")
    store = open_store(profile, load_or_create_key(profile).secret)
    store.migrate()
    records = rec.book(customers=3)
    records["customer"][1].update(name="宁波舟山港集团有限公司", short_name="舟山港")
    load_dataset(store, records)
    yield store
    store.close()


def search(store, query: str):
    with store.begin() as conn:
        return search_customers(conn, query)


def test_three_kilobytes_of_pasted_text_is_no_error(book):
    pasted = ("宁波舟山港 集团 有限公司 会议纪要 " * 200)[:3000]
    assert len(pasted.split()) > 500
    hits = search(book, pasted)
    assert isinstance(hits, list)


def test_a_nul_is_no_error_and_does_not_cut_the_query(book):
    assert [h.short_name for h in search(book, "舟山港\x00")] == ["舟山港"]
    assert search(book, "\x00") == []
    assert [h.short_name for h in search(book, "舟山\x00港")] == ["舟山港"]


def test_long_queries_are_cut_to_the_cap(book):
    assert [h.short_name for h in search(book, "舟山港" + " " * 5000)] == ["舟山港"]
    assert MAX_QUERY_CHARS >= 100


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=4000))
def test_any_typed_text_gives_a_list(book, query):
    assert isinstance(search(book, query), list)


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=6), min_size=1, max_size=600).map(" ".join))
def test_many_words_give_a_list(book, query):
    assert isinstance(search(book, query), list)
