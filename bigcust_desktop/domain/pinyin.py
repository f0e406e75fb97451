"""Chinese names by their pinyin: the order a Chinese list is sorted in, and matching what a user
types in pinyin (initials ``hlkg`` or full ``hongli`` for 宏力控股), as Chinese CRM clients do.

Depends on pypinyin (MIT) only, imported on first use (its phrase table takes ~0.5 s to load).
Heteronyms follow pypinyin's phrase table: 重庆 is chong-qing, 银行 yin-hang, 长江 chang-jiang.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Any

# Between the syllables of the order key: below every letter and digit, so that 西 (xi) sorts
# before 先 (xian) and 中国 before 中国银行, as in a Chinese dictionary.
_SYLLABLE_GAP = "\x02"
# Between the key's parts (syllables, then tones, then the text itself as the last tie-break).
_PART_GAP = "\x01"
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LETTERS = re.compile(r"[a-z]+", re.ASCII)


@functools.cache
def _converter() -> tuple[Any, Any]:
    """pypinyin's segmenter and converter, loaded once (the import is the slow part)."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.seg.mmseg import seg

    def convert(word: str) -> list[str]:
        return lazy_pinyin(word, style=Style.TONE3, neutral_tone_with_five=True)

    return seg, convert


def warm_up() -> None:
    """Load the pinyin tables now (off the GUI thread), not at the first keystroke."""
    syllables("重庆")


@functools.lru_cache(maxsize=65_536)
def _word(word: str) -> tuple[str, ...]:
    # pypinyin converts a name phrase by phrase (its own segmentation); the phrases repeat
    # across names (有限公司, 科技, 杭州), so converting each once makes a book 20x faster.
    _seg, convert = _converter()
    readings = convert(word)
    if len(readings) != len(word):  # one reading per character, or fall back to characters
        readings = [convert(ch)[0] for ch in word]
    return tuple(readings)


@functools.lru_cache(maxsize=65_536)
def syllables(text: str) -> tuple[str, ...]:
    """The pieces of ``text`` as it is read: a Han character's pinyin with its tone number
    (``zhong1``), any other run of characters as one piece, folded (``abc``, ``2026``)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    pieces: list[str] = []
    at = 0
    for run in _HAN.finditer(folded):
        pieces.extend(p for p in folded[at : run.start()].split() if p)
        seg, _convert = _converter()
        for word in seg.cut(run.group()):
            pieces.extend(_word(word))
        at = run.end()
    pieces.extend(p for p in folded[at:].split() if p)
    return tuple(pieces)


def _toneless(piece: str) -> str:
    return piece[:-1] if piece[-1:].isdigit() and piece[:-1].isalpha() else piece


@functools.lru_cache(maxsize=65_536)
def sort_key(text: str | None) -> str:
    """A key whose plain (code point) order is the pinyin order of Chinese text: by syllables,
    then tones, then the characters. Latin and digits take their place among the letters."""
    if not text:
        return ""
    pieces = syllables(text)
    letters = _SYLLABLE_GAP.join(_toneless(p) for p in pieces)
    tones = "".join(p[-1] if p[-1:].isdigit() and p[:-1].isalpha() else "0" for p in pieces)
    return f"{letters}{_PART_GAP}{tones}{_PART_GAP}{text}"


@functools.lru_cache(maxsize=65_536)
def spelled(text: str) -> str:
    """``text`` in toneless pinyin, one syllable (or other run) a word: 宏力控股 is
    ``hong li kong gu``. What `PinyinQuery` searches."""
    return " ".join(_toneless(p) for p in syllables(text))


def initials(text: str) -> str:
    """The first letters of the syllables: 宏力控股 is ``hlkg``."""
    return "".join(p[0] for p in spelled(text).split())


def is_pinyin_query(term: str) -> bool:
    """A term that may be pinyin: Latin letters only (case does not matter)."""
    return bool(_LETTERS.fullmatch(term.casefold()))


class PinyinQuery:
    """Letters typed for a name, matched against `spelled` text from the start of a syllable:
    each syllable from there is typed whole, by its initial, or (the last one) by its start.
    ``hlkg``, ``hongli``, ``hongl`` and ``hlkonggu`` all find 宏力控股; ``ongli`` does not."""

    def __init__(self, term: str) -> None:
        letters = term.casefold()
        if not is_pinyin_query(letters):
            raise ValueError(f"not a pinyin query: {term!r}")
        # Between two typed letters: the same syllable goes on, or the rest of it is skipped
        # and the next letter starts the next syllable. The match starts at a syllable: after
        # a space, so that the texts searched begin with one (" hong li kong gu") and `re`
        # can look for the literal " h" first.
        body = "(?:[a-z]* )?".join(letters)
        self.pattern = re.compile(f" {body}", re.ASCII)

    def search(self, spelled_text: str) -> re.Match[str] | None:
        """Search ``" " + spelled(text)`` (the leading space starts the first syllable)."""
        return self.pattern.search(spelled_text)

    def matches(self, text: str) -> bool:
        return self.search(" " + spelled(text)) is not None


def sort_by_pinyin(items: Sequence[Any], text: Any = None) -> list[Any]:
    """``items`` in the pinyin order of ``text(item)`` (the items themselves by default)."""
    get = text or (lambda item: item)
    return sorted(items, key=lambda item: sort_key(get(item)))
