"""Search by the names the way a Chinese CRM user types: pinyin initials and syllables, and one-
or two-character fragments served by the name index (no LIKE scan), kept in step with writes."""

from __future__ import annotations

import pytest

from bigcust_desktop.store.bulk import delete_records, load_dataset, upsert_records
from bigcust_desktop.store.search import search_customers

from . import records as rec


@pytest.fixture
def named_store(store):
    records = rec.book(customers=4)
    records["customer"][0].update(name="杭州宏力控股集团有限公司", short_name="宏力控股")
    records["customer"][1].update(name="重庆银行股份有限公司杭州分行", short_name="重庆银行")
    records["customer"][2].update(name="浙江西湖龙井茶业有限公司", short_name="龙井茶业")
    records["customer"][3].update(name="杭州市上城区教育局", short_name="上城教育")
    load_dataset(store, records)
    return store


def find(store, query: str, limit: int = 50) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(h.id, h.matched_field) for h in search_customers(s, query, limit)]


def test_pinyin_initials_find_the_customer(named_store):
    assert find(named_store, "hlkg") == [("CUS-000001", "short_name")]
    assert find(named_store, "HLKG") == [("CUS-000001", "short_name")]


def test_full_and_mixed_pinyin_find_the_customer(named_store):
    assert find(named_store, "hongli") == [("CUS-000001", "short_name")]
    assert find(named_store, "longjing") == [("CUS-000003", "short_name")]
    assert find(named_store, "lj") == [("CUS-000003", "short_name")]  # two letters too


def test_heteronyms_read_as_in_the_name(named_store):
    assert find(named_store, "chongqing")[0] == ("CUS-000002", "short_name")
    assert find(named_store, "cqyh")[0] == ("CUS-000002", "short_name")
    assert find(named_store, "zhongqing") == []


def test_one_and_two_character_fragments(named_store):
    assert find(named_store, "宏力")[0] == ("CUS-000001", "short_name")
    assert [h for h, _ in find(named_store, "茶")] == ["CUS-000003"]
    # Every word must match, short ones included.
    assert [h for h, _ in find(named_store, "杭州 教育")] == ["CUS-000004"]
    assert find(named_store, "杭州 茶业") == []


def test_the_name_index_follows_writes(named_store):
    assert find(named_store, "hlkg")
    with named_store.begin(write=True) as conn:
        renamed = rec.customer(1, name="杭州远景科技有限公司", short_name="远景科技", version=2)
        upsert_records(conn, "customer", [renamed])
    assert find(named_store, "hlkg") == []
    assert find(named_store, "yjkj") == [("CUS-000001", "short_name")]
    assert find(named_store, "远景")[0][0] == "CUS-000001"
    with named_store.begin(write=True) as conn:
        delete_records(conn, "customer", ["CUS-000001"])
    assert find(named_store, "yjkj") == [] and find(named_store, "远景") == []


def test_the_short_path_reads_no_table_scan(named_store):
    """Once built, the name index answers a short fragment with primary-key reads only."""
    seen: list[str] = []
    with named_store.begin() as conn:
        search_customers(conn, "西湖", 50)  # builds the index
        raw = conn.connection.driver_connection
        raw.set_trace_callback(seen.append)
        try:
            assert search_customers(conn, "西湖", 50)
        finally:
            raw.set_trace_callback(None)
    assert seen and not any("LIKE" in sql for sql in seen)
    assert all("customer_fts_data WHERE id" in sql or "json_each" in sql for sql in seen), seen


def ranked_by_the_rule(store, char: str) -> list[tuple[str, str]]:
    """The documented order of a one-character search, by brute force over every customer: short
    name before name, then the earlier position, the shorter value, the lower rowid."""
    with store.begin() as conn:
        rows = conn.exec_driver_sql("SELECT rowid, id, short_name, name FROM customer").all()
    keys = []
    for rowid, cid, short_name, name in rows:
        fields = (("short_name", short_name), ("name", name))
        found = [(f, v.find(char), len(v)) for f, (_n, v) in enumerate(fields) if char in v]
        if found:
            field, at, length = min(found)
            keys.append(((field, at, length, rowid), (cid, fields[field][0])))
    return [hit for _key, hit in sorted(keys)]


@pytest.fixture
def many_store(store):
    """Thirty customers holding 公: early rows have it late in the name, the last rows have it
    first, and a few hold it in the short name as well."""
    records = rec.book(customers=30, lines_per_customer=1)
    for n, customer in enumerate(records["customer"], start=1):
        if n <= 24:
            customer.update(name=f"杭州{n:02d}号科技有限公司", short_name=f"科技{n:02d}")
        else:
            customer.update(name=f"公{'交' * (n - 24)}集团{n:02d}", short_name=f"集团{n:02d}")
    for n in (7, 19):
        records["customer"][n - 1].update(short_name=f"{n:02d}公司")
    load_dataset(store, records)
    return store


def test_one_character_lists_the_best_of_all_holders_in_the_documented_order(many_store):
    everyone = ranked_by_the_rule(many_store, "公")
    assert len(everyone) == 30
    assert find(many_store, "公") == everyone
    # The best few, not the best of the first few rows: the last rows hold 公 first.
    assert find(many_store, "公", 5) == everyone[:5]
    assert [h for h, _ in everyone[:5]] == [
        "CUS-000007",
        "CUS-000019",
        *[f"CUS-{n:06d}" for n in (25, 26, 27)],
    ]
    assert find(many_store, "交") == ranked_by_the_rule(many_store, "交")
    assert find(many_store, "无") == []
    # A second word narrows the ranked list.
    assert find(many_store, "公 集团26") == [("CUS-000026", "name")]
    # The kept list follows a rename like the rest of the index.
    with many_store.begin(write=True) as conn:
        renamed = rec.customer(1, name="杭州公路管理局", short_name="公路局", version=2)
        upsert_records(conn, "customer", [renamed])
    assert find(many_store, "公")[0] == ("CUS-000001", "short_name")
    assert find(many_store, "公") == ranked_by_the_rule(many_store, "公")
