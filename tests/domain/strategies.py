"""Hypothesis strategies for valid Chinese identifiers, mobile numbers and money strings.

Test helpers only; they build identifiers from the domain's own check functions.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from bigcust_desktop.domain.identifiers import (
    USCC_ALPHABET,
    resident_id_check_digit,
    uscc_check_char,
)

DIGITS = "0123456789"
# Births the ID rules accept whatever day the tests run: from 1900 to a day already past.
EARLIEST_BIRTH = dt.date(1900, 1, 1)
LATEST_BIRTH = dt.date(2024, 12, 31)


def _fixed(alphabet: str, size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=size, max_size=size)


@st.composite
def usccs(draw: st.DrawFn) -> str:
    """A valid 18-character USCC: 2 code characters, a 6-digit division, 9 more, check char."""
    first17 = (
        draw(_fixed(USCC_ALPHABET, 2)) + draw(_fixed(DIGITS, 6)) + draw(_fixed(USCC_ALPHABET, 9))
    )
    return first17 + uscc_check_char(first17)


def birth_dates(
    earliest: dt.date = EARLIEST_BIRTH, latest: dt.date = LATEST_BIRTH
) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=earliest, max_value=latest)


@st.composite
def resident_ids(draw: st.DrawFn, born: st.SearchStrategy[dt.date] | None = None) -> str:
    """A valid 18-digit resident ID: region, birth date, sequence, MOD 11-2 check digit."""
    birth = draw(born if born is not None else birth_dates())
    first17 = draw(_fixed(DIGITS, 6)) + f"{birth:%Y%m%d}" + draw(_fixed(DIGITS, 3))
    return first17 + resident_id_check_digit(first17)


def legacy_resident_ids() -> st.SearchStrategy[str]:
    """Valid 18-digit IDs of people born 1900-1999: the ones that had a 15-digit form."""
    return resident_ids(born=birth_dates(EARLIEST_BIRTH, dt.date(1999, 12, 31)))


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    """A mainland mobile number in its normal 11-digit form."""
    return "1" + draw(st.sampled_from("3456789")) + draw(_fixed(DIGITS, 9))


@st.composite
def typed_mobiles(draw: st.DrawFn) -> tuple[str, str]:
    """(as a person might type it, its 11-digit form): prefixes, spaces, dashes, full width."""
    number = draw(mobiles())
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "0086", "86", "(+86)"]))
    sep = draw(st.sampled_from(["", " ", "-"]))
    typed = prefix + number[:3] + sep + number[3:7] + sep + number[7:]
    if draw(st.booleans()):
        typed = "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in typed)
    return typed, number


def money_strings(max_fen: int = 10**14 - 1) -> st.SearchStrategy[str]:
    """Wire money strings with two places, from 0.00 to the cap."""
    return st.integers(0, max_fen).map(lambda fen: f"{fen // 100}.{fen % 100:02d}")
