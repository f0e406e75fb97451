"""Validation and normalisation of Chinese identifiers: USCC, resident ID, mainland mobile number.

Pure functions over strings; raises `ValidationError`. Depends on the standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
from operator import mul

from bigcust_desktop.domain.errors import ValidationError

# GB 32100-2015: the code alphabet leaves out I, O, Z, S and V.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {ch: i for i, ch in enumerate(USCC_ALPHABET)}

# GB 11643-1999, ISO 7064 MOD 11-2.
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

_SEPARATORS = re.compile(r"[\s\-()（）]")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
_SPACE = re.compile(r"\s")
# Chinese input methods in full-width mode type "１３８" and "ＡＢ"; they mean the ASCII characters.
_FULLWIDTH = str.maketrans({chr(0xFF01 + i): chr(0x21 + i) for i in range(94)} | {"\u3000": " "})
_USCC_SHAPE = re.compile(f"[{USCC_ALPHABET}]{{2}}[0-9]{{6}}[{USCC_ALPHABET}]{{10}}")
_ID_VALUE = {str(d): d for d in range(10)}


def _typed(value: object) -> str:
    """The text to check: full-width forms folded to ASCII (``None`` reads as empty)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return text if text.isascii() else text.translate(_FULLWIDTH)


def uscc_check_char(first17: str) -> str:
    """The check character (position 18) of a USCC whose first 17 characters are given."""
    if len(first17) != 17:
        raise ValueError("a USCC check character needs exactly 17 characters")
    # map() rather than a generator: this runs for every customer of a 500,000-record feed.
    total = sum(map(mul, map(_USCC_VALUE.__getitem__, first17), _USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalize_uscc(value: str, field: str = "uscc") -> str:
    """Upper-case, strip spaces, and check a Unified Social Credit Code (统一社会信用代码)."""
    code = _SPACE.sub("", _typed(value)).upper()
    if _USCC_SHAPE.fullmatch(code) and uscc_check_char(code[:17]) == code[17]:
        return code  # the common case, decided without building the diagnostics below
    if not code:
        raise ValidationError(field, "uscc.required", "The credit code is required.")
    if len(code) != 18:
        raise ValidationError(
            field,
            "uscc.length",
            "A unified social credit code has 18 characters.",
            {"length": len(code)},
        )
    bad = [ch for ch in code if ch not in _USCC_VALUE]
    if bad:
        raise ValidationError(
            field,
            "uscc.charset",
            "The credit code contains a character that is not allowed.",
            {"char": bad[0]},
        )
    if not code[2:8].isdigit():
        raise ValidationError(
            field,
            "uscc.division",
            "Characters 3 to 8 of the credit code must be the administrative division code.",
        )
    if uscc_check_char(code[:17]) != code[17]:
        raise ValidationError(
            field, "uscc.check_char", "The credit code's check character does not match."
        )
    return code


def resident_id_check_digit(first17: str) -> str:
    """The check digit (0-9 or X) of an 18-digit resident ID whose first 17 digits are given."""
    if len(first17) != 17:
        raise ValueError("a resident ID check digit needs exactly 17 digits")
    total = sum(map(mul, map(_ID_VALUE.__getitem__, first17), _ID_WEIGHTS))
    return _ID_CHECK[total % 11]


def _birth_date(digits8: str, field: str, today: dt.date | None) -> dt.date:
    try:
        born = dt.date(int(digits8[:4]), int(digits8[4:6]), int(digits8[6:8]))
    except ValueError:
        raise ValidationError(
            field, "resident_id.birth_date", "The birth date in the ID number is not a real date."
        ) from None
    if born.year < 1900 or born > (today or dt.date.today()):
        raise ValidationError(
            field,
            "resident_id.birth_date",
            "The birth date in the ID number is out of range.",
        )
    return born


def normalize_resident_id(
    value: str, field: str = "resident_id", today: dt.date | None = None
) -> str:
    """Check a resident ID (居民身份证号码); a legacy 15-digit number becomes its 18-digit form."""
    code = _SPACE.sub("", _typed(value)).upper()
    if not code:
        raise ValidationError(field, "resident_id.required", "The ID number is required.")
    if len(code) == 15:
        if not (code.isascii() and code.isdigit()):
            raise ValidationError(
                field, "resident_id.charset", "A 15-digit ID number has digits only."
            )
        # Legacy IDs were issued to people born in the 1900s and carry a two-digit year.
        body = code[:6] + "19" + code[6:]
        _birth_date(body[6:14], field, today)
        return body + resident_id_check_digit(body)
    if len(code) != 18:
        raise ValidationError(
            field,
            "resident_id.length",
            "An ID number has 18 digits (or 15 for the old format).",
            {"length": len(code)},
        )
    if not code.isascii() or not code[:17].isdigit() or not (code[17].isdigit() or code[17] == "X"):
        raise ValidationError(
            field,
            "resident_id.charset",
            "An ID number has 17 digits followed by a digit or X.",
        )
    _birth_date(code[6:14], field, today)
    if resident_id_check_digit(code[:17]) != code[17]:
        raise ValidationError(
            field, "resident_id.check_digit", "The ID number's check digit does not match."
        )
    return code


def resident_birth_date(value: str, field: str = "resident_id") -> dt.date:
    """The birth date a resident ID carries (its digits 7-14; a 15-digit one's in the 1900s)."""
    code = normalize_resident_id(value, field)
    return _birth_date(code[6:14], field, None)


def resident_id_to_15(value18: str) -> str:
    """The legacy 15-digit form of an 18-digit ID born in the 1900s (for round-trip checks)."""
    code = normalize_resident_id(value18)
    if code[6:8] != "19":
        raise ValidationError(
            "resident_id", "resident_id.no_legacy_form", "Only IDs born 1900-1999 had 15 digits."
        )
    return code[:6] + code[8:17]


def normalize_mobile(value: str, field: str = "mobile") -> str:
    """A mainland mobile number as 11 digits; accepts +86/0086, spaces, dashes and brackets.

    Full-width digits and signs (typed with a Chinese input method) count as their ASCII forms.
    """
    digits = _SEPARATORS.sub("", _typed(value))
    if not digits:
        raise ValidationError(field, "mobile.required", "The mobile number is required.")
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    elif digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if not _MOBILE.fullmatch(digits):
        raise ValidationError(
            field, "mobile.format", "A mobile number has 11 digits and starts with 13 to 19."
        )
    return digits


def check_resident_id(value: str, field: str = "resident_id", today: dt.date | None = None) -> str:
    """Check a resident ID and keep a legacy 15-digit number in its 15 digits (spaces removed).

    The province's records still hold some 15-digit IDs; the client keeps them as sent so that
    the data-quality check can find them and propose the 18-digit form (`normalize_resident_id`)
    in a change request. Matching people uses the 18-digit form of both.
    """
    code = _SPACE.sub("", _typed(value)).upper()
    normalised = normalize_resident_id(code, field, today)
    return code if len(code) == 15 else normalised


def is_legacy_resident_id(value: str) -> bool:
    """Whether an ID is in the legacy 15-digit form (checked by `check_resident_id` already)."""
    return len(value) == 15


# Area codes: 010 and 020-029 take an 8-digit local number; 03xx-09xx take 7 or 8 digits.
_LANDLINE = re.compile(r"(0(?:10|2\d))(\d{8})|(0[3-9]\d{2})(\d{7,8})")
_EXTENSION = re.compile(r"(?:转|ext\.?|x|#|-)(\d{1,6})$", re.IGNORECASE)


def normalize_landline(value: str, field: str = "landline") -> str:
    """A mainland fixed-line number as ``0571-87654321`` (``-801`` for an extension).

    Accepts +86/0086 without the trunk 0, brackets, spaces and dashes (``(0571) 8765 4321``),
    an extension after 转, ext, x or # (``0571-87654321转801``). The local number does not start
    with 0 or 1. Code ``landline.format`` otherwise.
    """
    text = _typed(value).strip()
    if not text:
        raise ValidationError(field, "landline.required", "The telephone number is required.")
    extension = ""
    match = _EXTENSION.search(text.replace(" ", ""))
    digits = _SEPARATORS.sub("", text)
    if match is not None:
        # A trailing "-801" is an extension only when the rest is a whole number already.
        rest = _SEPARATORS.sub("", text.replace(" ", "")[: match.start()])
        if _LANDLINE.fullmatch(_without_country(rest)):
            extension, digits = match.group(1), rest
    digits = _without_country(digits)
    found = _LANDLINE.fullmatch(digits)
    if found is None:
        raise ValidationError(
            field,
            "landline.format",
            "A telephone number is an area code starting with 0 and a 7- or 8-digit number.",
        )
    area, local = (found.group(1), found.group(2)) if found.group(1) else found.group(3, 4)
    if local[0] in "01":
        raise ValidationError(
            field, "landline.format", "A local telephone number does not start with 0 or 1."
        )
    return f"{area}-{local}" + (f"-{extension}" if extension else "")


def _without_country(digits: str) -> str:
    for prefix in ("+86", "0086"):
        if digits.startswith(prefix):
            rest = digits[len(prefix) :]
            return rest if rest.startswith("0") else "0" + rest
    return digits


_IOT = re.compile(r"1(?:064\d{9}|4\d{11})")


def check_iot_number(value: str, field: str = "service_number") -> str:
    """An IoT (物联网) card number: 13 digits starting 1064 or 14x, or an 11-digit mobile number."""
    digits = _SEPARATORS.sub("", _typed(value))
    if _IOT.fullmatch(digits):
        return digits
    try:
        return normalize_mobile(digits, field)
    except ValidationError:
        raise ValidationError(
            field, "iot.format", "An IoT number has 13 digits starting with 1064 or 14."
        ) from None
