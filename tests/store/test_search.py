"""Customer search over the trigram index: fragments, safety of user input, index kept in step."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from bigcust_desktop.store.bulk import (
    delete_customers_cascade,
    delete_records,
    load_dataset,
    upsert_records,
)
from bigcust_desktop.store.models import Customer
from bigcust_desktop.store.search import like_search, search_customers

from . import records as rec


@pytest.fixture
def book_store(store):
    records = rec.book(customers=3)
    records["customer"][1].update(
        name="宁波舟山港集团有限公司", short_name="舟山港", address="宁波市北仑区"
    )
    records["customer"][2].update(name="浙江西湖龙井茶业有限公司", short_name="龙井茶业")
    records["subscriber"][0]["service_number"] = "HZ-MSTP-2041"
    load_dataset(store, records)
    return store


def assert_index_matches_tables(store) -> None:
    """FTS5's own check that an external-content index agrees with its table (raises if not)."""
    with store.begin() as conn:
        for fts in ("customer_fts", "subscriber_fts"):
            conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))


def ids(hits) -> list[str]:
    return [h.id for h in hits]


def find(store, query: str, limit: int = 50):
    with store.session() as s:
        return search_customers(s, query, limit)


def test_two_character_chinese_fragment(book_store):
    hits = find(book_store, "西湖")
    # A short-name hit (西湖1校) ranks before a hit inside a full name (浙江西湖龙井茶业...).
    assert [(h.id, h.matched_field) for h in hits] == [
        ("CUS-000001", "short_name"),
        ("CUS-000003", "name"),
    ]
    assert find(book_store, "港") and ids(find(book_store, "港")) == ["CUS-000002"]


def test_longer_chinese_fragment_uses_the_index(book_store):
    [hit] = find(book_store, "舟山港集团")
    assert (hit.id, hit.matched_field) == ("CUS-000002", "name")
    assert hit.name == "宁波舟山港集团有限公司" and hit.city == "杭州" and hit.value_tier == "key"


def test_uscc_fragment_any_case(book_store):
    target = rec.uscc(2)
    for fragment in (target[6:12], target[-5:].lower()):
        hits = find(book_store, fragment)
        assert "CUS-000002" in ids(hits), fragment
        assert next(h for h in hits if h.id == "CUS-000002").matched_field == "uscc"


def test_four_digit_phone_fragment_finds_the_line_owner(book_store):
    # Line 201 of customer 2 is 138 0000 0201.
    hits = find(book_store, "0201")
    assert ids(hits) == ["CUS-000002"]
    assert (hits[0].matched_field, hits[0].matched_text) == ("service_number", "13800000201")
    assert ids(find(book_store, "138 0000 0201")) == ["CUS-000002"]
    assert ids(find(book_store, "mstp-204")) == ["CUS-000001"]


def test_address_fragment(book_store):
    [hit] = find(book_store, "北仑区")
    assert (hit.id, hit.matched_field) == ("CUS-000002", "address")


def test_name_hits_rank_before_service_number_hits(store):
    records = rec.book(customers=2)
    # Customer 2 owns line 138 0000 0201; customer 1 has "0201" in its name.
    records["customer"][0].update(name="杭州0201科技有限公司", short_name="零二零一")
    records["customer"][1]["name"] = "杭州某某贸易有限公司"
    load_dataset(store, records)
    hits = find(store, "0201")
    assert [(h.id, h.matched_field) for h in hits] == [
        ("CUS-000001", "name"),
        ("CUS-000002", "service_number"),
    ]


@pytest.mark.parametrize(
    "query", ['"', '""', "AND *", "西湖 OR *", "NEAR(a b)", "name:x", "a'b", "%", "_", "\\", "  "]
)
def test_fts_syntax_in_user_input_is_taken_literally(book_store, query):
    hits = find(book_store, query)
    assert hits == [] or all(isinstance(h.id, str) for h in hits)


def test_wildcards_are_literal(book_store):
    assert find(book_store, "%") == []
    assert find(book_store, "西_") == []
    assert find(book_store, "*教育*") == []


def test_several_words_must_all_match(book_store):
    assert ids(find(book_store, "西湖 茶业")) == ["CUS-000003"]
    assert ids(find(book_store, "龙井茶 有限公司")) == ["CUS-000003"]
    assert find(book_store, "龙井茶 北仑区") == []


def test_limit_is_honoured(book_store):
    assert len(find(book_store, "138", limit=2)) == 2
    assert find(book_store, "西湖", limit=0) == []


def test_index_follows_updates(book_store):
    with book_store.begin(write=True) as conn:
        renamed = rec.customer(1, name="杭州市拱墅区教育局", short_name="拱墅教育", version=2)
        upsert_records(conn, "customer", [renamed])
        moved = rec.subscriber(100, "CUS-000001", "ACC-0000001", service_number="13912345678")
        upsert_records(conn, "subscriber", [moved])
    assert ids(find(book_store, "拱墅区教育")) == ["CUS-000001"]
    assert "CUS-000001" not in ids(find(book_store, "西湖区第1"))
    assert ids(find(book_store, "12345678")) == ["CUS-000001"]
    assert find(book_store, "00000100") == []
    assert_index_matches_tables(book_store)


def test_index_follows_deletes(book_store):
    with book_store.begin(write=True) as conn:
        delete_records(conn, "subscriber", ["SUB-00000201"])
        delete_customers_cascade(conn, ["CUS-000003"])
    assert find(book_store, "0201") == []
    assert find(book_store, "龙井茶") == []
    assert_index_matches_tables(book_store)
    with book_store.begin() as conn:
        # Nothing stale behind the join: two of the five 138 lines are left.
        sql = "SELECT count(*) FROM subscriber_fts WHERE subscriber_fts MATCH '138'"
        assert conn.execute(text(sql)).scalar() == 2


def test_index_survives_vacuum(book_store):
    with book_store.begin(write=True) as conn:
        delete_records(conn, "customer", ["CUS-000001"])
    book_store.vacuum()
    assert_index_matches_tables(book_store)
    assert ids(find(book_store, "舟山港")) == ["CUS-000002"]
    assert ids(find(book_store, "0201")) == ["CUS-000002"]


def test_search_agrees_with_the_like_scan(small_store, small_dataset):
    customers = small_dataset.records["customer"]
    numbers = [s["service_number"] for s in small_dataset.records["subscriber"][::97]]
    queries = [c["name"][2:5] for c in customers[::41]]
    queries += [c["uscc"][8:14] for c in customers[::53]]
    queries += [n[-4:] for n in numbers[:10]]
    with small_store.session() as s:
        for query in queries:
            found = search_customers(s, query, limit=10_000)
            baseline = like_search(s, query, limit=10_000)
            assert found, query
            assert sorted(ids(found)) == sorted(ids(baseline)), query


def test_rows_written_outside_the_bulk_path_are_indexed_by_the_triggers(book_store):
    with book_store.session(write=True) as s:
        customer = s.get(Customer, "CUS-000001")
        customer.short_name = "文三路小学"
    assert ids(find(book_store, "文三路小")) == ["CUS-000001"]
    with book_store.begin(write=True) as conn:
        sql = "UPDATE subscriber SET service_number = 'NB-OTN-77' WHERE id = 'SUB-00000301'"
        conn.execute(text(sql))
    assert ids(find(book_store, "otn-77")) == ["CUS-000003"]
    assert_index_matches_tables(book_store)


def test_a_failed_bulk_write_leaves_index_and_triggers_as_they_were(book_store):
    bad = rec.customer(2, name=None, version=2)  # NOT NULL fails inside the batch
    with pytest.raises(IntegrityError), book_store.begin(write=True) as conn:
        upsert_records(conn, "customer", [rec.customer(1, name="新名字有限公司"), bad])
    with book_store.begin() as conn:
        assert conn.execute(text("SELECT deferred FROM search_index_control")).scalar() == 0
    assert_index_matches_tables(book_store)
    assert ids(find(book_store, "舟山港")) == ["CUS-000002"]
    assert find(book_store, "新名字") == []


def test_a_bulk_load_leaves_the_index_exact(small_store, small_dataset):
    # The session store was loaded in batches with the triggers paused: FTS5 agrees with it.
    assert_index_matches_tables(small_store)
    with small_store.begin() as conn:
        assert conn.execute(text("SELECT deferred FROM search_index_control")).scalar() == 0
