"""Formats of single wire values: e-mail, SHA-256 digest, file name, media type, value factors.

Each checker takes (value, path) and returns the normalised value or raises `ValidationError`
(`ValidationErrors` for value factors). Depends on the standard library and the domain rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.value import FACTORS, factor_value


def field_error(path: str, code: str, message: str, **params: Any) -> ValidationError:
    return ValidationError(path, code, message, params)


def type_error(path: str, expected: str, value: Any) -> ValidationError:
    return field_error(
        path, "field.type", f"Expected {expected}.", expected=expected, got=type(value).__name__
    )


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def normalize_email(value: str, path: str) -> str:
    text = value.strip()
    if not _EMAIL.fullmatch(text):
        raise field_error(path, "email.format", "Not an e-mail address.")
    # The local part is case-sensitive in principle; only the domain is folded.
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


_SHA256 = re.compile(r"[0-9a-f]{64}")
# C0/C1 controls, DEL, bidi overrides and isolates (U+202A-202E, U+2066-2069), path separators.
_BAD_NAME = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069/\\]")
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")


def check_sha256(value: str, path: str) -> str:
    text = value.strip().lower()
    if not _SHA256.fullmatch(text):
        raise field_error(path, "sha256.format", "A SHA-256 digest is 64 hexadecimal digits.")
    return text


def check_file_name(value: str, path: str) -> str:
    text = value.strip()
    if _BAD_NAME.search(text) or text in (".", "..") or text.startswith("."):
        raise field_error(path, "file_name.invalid", "Not a plain file name.")
    return text


def check_mime_type(value: str, path: str) -> str:
    text = value.strip().lower()
    if not _MIME.fullmatch(text):
        raise field_error(path, "mime_type.invalid", "Not a media type such as application/pdf.")
    return text


def check_value_factors(value: Any, path: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise type_error(path, "an object", value)
    errors: list[ValidationError] = []
    for key in value:
        if key not in FACTORS:
            errors.append(
                field_error(f"{path}.{key}", "value.factor_unknown", "Unknown value factor.")
            )
    out: dict[str, Any] = {}
    for name in FACTORS:
        sub = f"{path}.{name}"
        if name not in value:
            errors.append(field_error(sub, "value.factor_missing", "A value factor is missing."))
            continue
        raw = value[name]
        if (type(raw) is int or type(raw) is float) and 0 <= raw <= 100:
            out[name] = raw  # the usual JSON number, decided without a Decimal
            continue
        try:
            factor_value(raw, sub)
        except ValidationError as exc:
            errors.append(exc)
            continue
        # JSON numbers stay numbers; a Decimal becomes its string so the record stays JSON.
        out[name] = str(raw) if isinstance(raw, Decimal) else raw
    if errors:
        raise ValidationErrors(errors)
    return out
