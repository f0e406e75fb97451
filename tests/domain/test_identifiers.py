"""Identifier rules: USCC (GB 32100-2015), resident ID (GB 11643-1999) and mainland mobiles."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bigcust_desktop.domain.errors import ValidationError
from bigcust_desktop.domain.identifiers import (
    USCC_ALPHABET,
    normalize_mobile,
    normalize_resident_id,
    normalize_uscc,
    resident_id_check_digit,
    resident_id_to_15,
    uscc_check_char,
)

from .strategies import DIGITS, legacy_resident_ids, mobiles, resident_ids, typed_mobiles, usccs

VALID_USCC = "91330100MA2ABCDE1R"
VALID_ID = "330106198503121231"


def _code(fn, *args, **kwargs) -> str:
    with pytest.raises(ValidationError) as info:
        fn(*args, **kwargs)
    return info.value.code


# --- USCC -----------------------------------------------------------------------------------


@given(st.text(USCC_ALPHABET, min_size=17, max_size=17))
def test_uscc_check_char_matches_the_standard_definition(first17):
    # GB 32100-2015: weights are 3^i mod 31; the check value makes the weighted sum 0 mod 31.
    total = sum(USCC_ALPHABET.index(c) * pow(3, i, 31) for i, c in enumerate(first17))
    assert uscc_check_char(first17) == USCC_ALPHABET[-total % 31]


def test_known_uscc_check_characters():
    # The example code used in explanations of GB 32100-2015.
    assert uscc_check_char("91350100M000100Y4") == "3"
    assert normalize_uscc(" 9133 0100 ma2a bcde 1r ") == VALID_USCC


def test_uscc_errors_name_what_is_wrong():
    assert _code(normalize_uscc, "") == "uscc.required"
    assert _code(normalize_uscc, VALID_USCC[:17]) == "uscc.length"
    assert _code(normalize_uscc, VALID_USCC[:17] + "I") == "uscc.charset"
    assert _code(normalize_uscc, "91A30100MA2ABCDE1R") == "uscc.division"
    assert _code(normalize_uscc, VALID_USCC[:17] + "0") == "uscc.check_char"
    with pytest.raises(ValidationError) as info:
        normalize_uscc("x", "customer.uscc")
    assert info.value.field == "customer.uscc"


def test_uscc_full_width_input_is_folded():
    typed = "".join(chr(ord(c) + 0xFEE0) for c in VALID_USCC)
    assert normalize_uscc(typed) == VALID_USCC


@given(usccs())
def test_every_generated_uscc_passes_and_is_stable(code):
    assert normalize_uscc(code) == code
    assert normalize_uscc(code.lower()) == code


@settings(max_examples=40)
@given(usccs())
def test_every_single_substitution_of_a_uscc_is_rejected(code):
    """True of the scheme: 31 is prime and no weight is 0 mod 31, so changing one character
    by a value difference of 1..30 always changes the weighted sum mod 31; a wrong check
    character differs from the computed one by definition."""
    for i, original in enumerate(code):
        for ch in USCC_ALPHABET:
            if ch == original:
                continue
            changed = code[:i] + ch + code[i + 1 :]
            expected = {"uscc.check_char"}
            if 2 <= i < 8 and not ch.isdigit():
                expected = {"uscc.division"}
            assert _code(normalize_uscc, changed) in expected, changed


@given(usccs(), st.integers(0, 17), st.sampled_from("IOZSV*é"))
def test_a_character_outside_the_alphabet_is_a_charset_error(code, i, ch):
    assert _code(normalize_uscc, code[:i] + ch + code[i + 1 :]) == "uscc.charset"


# --- resident ID ----------------------------------------------------------------------------


@given(st.text(DIGITS, min_size=17, max_size=17))
def test_resident_id_check_digit_matches_iso_7064(first17):
    # MOD 11-2: weights 2^(17-i) mod 11; digits and check value sum to 1 mod 11; 10 is "X".
    total = sum(int(d) * pow(2, 17 - i, 11) for i, d in enumerate(first17))
    check = (1 - total) % 11
    assert resident_id_check_digit(first17) == ("X" if check == 10 else str(check))


def test_known_resident_id():
    # The worked example of GB 11643-1999.
    assert resident_id_check_digit("11010519491231002") == "X"
    assert normalize_resident_id("11010519491231002x") == "11010519491231002X"
    assert normalize_resident_id(VALID_ID) == VALID_ID


def test_legacy_15_digit_id_becomes_18_digits():
    assert normalize_resident_id("110105491231002") == "11010519491231002X"
    assert resident_id_to_15("11010519491231002X") == "110105491231002"


def test_resident_id_errors():
    assert _code(normalize_resident_id, None) == "resident_id.required"
    assert _code(normalize_resident_id, "1234") == "resident_id.length"
    assert _code(normalize_resident_id, "33010619850312123A") == "resident_id.charset"
    assert _code(normalize_resident_id, "3301061985031212X1") == "resident_id.charset"
    assert _code(normalize_resident_id, "33010619851312123" + "0") == "resident_id.birth_date"
    assert _code(normalize_resident_id, "33010618990312123" + "0") == "resident_id.birth_date"
    assert _code(normalize_resident_id, "33010A850312123") == "resident_id.charset"
    assert _code(normalize_resident_id, VALID_ID[:17] + "2") == "resident_id.check_digit"
    # Superscript two is a Unicode digit but not a digit of an ID number.
    assert _code(normalize_resident_id, "²" + VALID_ID[1:]) == "resident_id.charset"


def test_birth_date_in_the_future_is_refused():
    first17 = "330106" + "20300101" + "123"
    future = first17 + resident_id_check_digit(first17)
    assert _code(normalize_resident_id, future, today=dt.date(2029, 12, 31)) == (
        "resident_id.birth_date"
    )
    assert normalize_resident_id(future, today=dt.date(2030, 1, 1)) == future


def test_an_id_born_after_1999_has_no_legacy_form():
    first17 = "330106" + "20010101" + "123"
    assert _code(resident_id_to_15, first17 + resident_id_check_digit(first17)) == (
        "resident_id.no_legacy_form"
    )


@given(resident_ids())
def test_every_generated_resident_id_passes(code):
    assert normalize_resident_id(code) == code


@settings(max_examples=40)
@given(resident_ids())
def test_every_single_substitution_of_a_resident_id_is_rejected(code):
    """True of ISO 7064 MOD 11-2: 11 is prime and every weight (2^k mod 11) is non-zero, so a
    digit changed by 1..9 changes the sum mod 11; the 11 check symbols are all distinct."""
    for i, original in enumerate(code):
        for ch in DIGITS + "X":
            if ch == original:
                continue
            changed = code[:i] + ch + code[i + 1 :]
            if i < 17 and ch == "X":
                expected = {"resident_id.charset"}
            elif 6 <= i < 14:
                # A changed birth digit may make an impossible date before the check digit is read.
                expected = {"resident_id.check_digit", "resident_id.birth_date"}
            else:
                expected = {"resident_id.check_digit"}
            assert _code(normalize_resident_id, changed) in expected, changed


@given(legacy_resident_ids())
def test_15_to_18_round_trips(code):
    legacy = resident_id_to_15(code)
    assert len(legacy) == 15
    assert normalize_resident_id(legacy) == code


# --- mobile ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "13812345678",
        "138 1234 5678",
        "138-1234-5678",
        "+86 138 1234 5678",
        "008613812345678",
        "8613812345678",
        "(+86)13812345678",
        "１３８１２３４５６７８",
        "+８６ 138（1234）5678",
    ],
)
def test_mobile_spellings(typed):
    assert normalize_mobile(typed) == "13812345678"


@pytest.mark.parametrize(
    "typed",
    [
        "1381234567",
        "138123456789",
        "12812345678",
        "23812345678",
        "0571-88888888",
        "+1 138 1234 5678",
        "1381234567a",
        "١٣٨١٢٣٤٥٦٧٨",
    ],
)
def test_mobile_rejects(typed):
    assert _code(normalize_mobile, typed) == "mobile.format"


def test_mobile_required():
    assert _code(normalize_mobile, " ") == "mobile.required"


@given(typed_mobiles())
def test_mobile_normalisation_finds_the_number_and_is_idempotent(pair):
    typed, number = pair
    normal = normalize_mobile(typed)
    assert normal == number
    assert normalize_mobile(normal) == normal


@given(mobiles())
def test_mobile_normal_form_is_a_fixed_point(number):
    assert normalize_mobile(number) == number
