"""Product gaps learnt from the book: support within industry × size band."""

from __future__ import annotations

from bigcust_desktop.domain.analytics.gaps import GapRules, Holdings, product_gaps, size_band


def test_size_bands():
    assert [size_band(n) for n in (1, 9, 10, 49, 50, 199, 200, 5000)] == [
        "1-9", "1-9", "10-49", "10-49", "50-199", "50-199", "200+", "200+",
    ]  # fmt: skip


def test_gaps_are_what_most_peers_hold():
    schools = [
        Holdings(
            f"S{i}", "education", 20, frozenset({"plan:mobile", "plan:broadband", "addon:CRBT"})
        )
        for i in range(4)
    ]
    lacking = Holdings("S9", "education", 30, frozenset({"plan:mobile"}))
    small = Holdings("S10", "education", 3, frozenset())  # another size band
    bank = Holdings("B1", "finance", 20, frozenset())  # another industry
    gaps = list(product_gaps([*schools, lacking, small, bank], GapRules(min_segment=5)))
    assert [(g.customer_id, g.key, g.holders, g.peers) for g in gaps] == [
        ("S9", "addon:CRBT", 4, 5),
        ("S9", "plan:broadband", 4, 5),
    ]
    assert gaps[0].support_pct == 80 and gaps[0].band == "10-49"


def test_small_segments_and_rare_products_give_no_leads():
    book = [Holdings("A", "retail", 5, frozenset({"x"})), Holdings("B", "retail", 5, frozenset())]
    assert not list(product_gaps(book, GapRules(min_segment=5)))
    rare = [Holdings(f"R{i}", "retail", 5, frozenset({"x"} if i < 2 else set())) for i in range(6)]
    assert not list(product_gaps(rare, GapRules(min_segment=5)))  # 2 of 6 hold it
