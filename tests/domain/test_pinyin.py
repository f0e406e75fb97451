"""Pinyin: Chinese names sort as a Chinese dictionary orders them, heteronyms of enterprise names
read right, and letters typed as pinyin (initials, whole syllables, a mix) find the name."""

from __future__ import annotations

import pytest

from bigcust_desktop.domain.pinyin import (
    PinyinQuery,
    initials,
    is_pinyin_query,
    sort_by_pinyin,
    sort_key,
    spelled,
)


def test_names_sort_by_pinyin_not_by_code_point():
    names = ["中国移动", "上城区教育局", "临平区卫健局", "阿里巴巴", "宏力控股", "西湖区政府"]
    assert sorted(names) != sort_by_pinyin(names)  # code points put 上 before 中 before 临
    assert sort_by_pinyin(names) == [
        "阿里巴巴",  # a
        "宏力控股",  # hong
        "临平区卫健局",  # lin
        "上城区教育局",  # shang
        "西湖区政府",  # xi
        "中国移动",  # zhong
    ]


@pytest.mark.parametrize(
    ("name", "reading"),
    [
        ("重庆银行", "chong qing yin hang"),
        ("中国建设银行", "zhong guo jian she yin hang"),
        ("长江实业", "chang jiang shi ye"),
        ("乐清市行政服务中心", "yue qing shi xing zheng fu wu zhong xin"),
        ("音乐学院", "yin yue xue yuan"),
        ("重型机械厂", "zhong xing ji xie chang"),
    ],
)
def test_heteronyms_of_enterprise_names(name, reading):
    assert spelled(name) == reading


def test_dictionary_order_details():
    # A syllable that is the start of another sorts first (西 xi before 先 xian), a name before
    # its longer forms, and tones break a tie of letters (妈 ma1 before 马 ma3).
    assert sort_by_pinyin(["先锋", "西安"]) == ["西安", "先锋"]
    assert sort_by_pinyin(["中国银行", "中国"]) == ["中国", "中国银行"]
    assert sort_key("妈") < sort_key("马")
    mixed = ["Beta 科技", "阿尔法", "123 公司"]
    assert sort_by_pinyin(mixed) == ["123 公司", "阿尔法", "Beta 科技"]
    assert sort_key("") == "" and sort_key(None) == ""


@pytest.mark.parametrize("typed", ["hlkg", "HLKG", "hongli", "hongl", "hlkonggu", "kg", "h"])
def test_pinyin_as_typed_finds_the_name(typed):
    assert PinyinQuery(typed).matches("杭州宏力控股有限公司")


@pytest.mark.parametrize("typed", ["ongli", "hk", "hlkgx", "lihong"])
def test_pinyin_that_does_not_read_so_is_not_a_match(typed):
    assert not PinyinQuery(typed).matches("宏力控股")


def test_initials_and_what_counts_as_pinyin():
    assert initials("宏力控股") == "hlkg"
    assert initials("中国银行") == "zgyh"
    assert is_pinyin_query("hlkg") and is_pinyin_query("HongLi")
    assert not is_pinyin_query("138") and not is_pinyin_query("宏力") and not is_pinyin_query("a-b")
    with pytest.raises(ValueError):
        PinyinQuery("宏力")
