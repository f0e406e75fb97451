"""Field specifications of the record schema and the checkers compiled from them.

A `FieldSpec` says what one wire field holds; `compile_field` turns it into one fast function
(value, path) -> normalised wire value that raises `ValidationError` or `ValidationErrors`.
Depends on the standard library and the other domain rules only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.domain.formats import (
    check_file_name,
    check_mime_type,
    check_sha256,
    check_value_factors,
    field_error,
    normalize_email,
    type_error,
)
from bigcust_desktop.domain.identifiers import (
    check_resident_id,
    normalize_landline,
    normalize_mobile,
    normalize_uscc,
)
from bigcust_desktop.domain.money import money_str, normalize_money, parse_decimal, to_money
from bigcust_desktop.domain.timefmt import normalize_instant, parse_date, parse_month

Checker = Callable[[Any, str], Any]


class Kind(StrEnum):
    STR = "str"
    TEXT = "text"
    ENUM = "enum"
    MONEY = "money"
    DECIMAL = "decimal"
    INT = "int"
    BOOL = "bool"
    DATE = "date"
    MONTH = "month"
    INSTANT = "instant"
    OBJECT = "object"
    LIST = "list"


class Format(StrEnum):
    """A stricter rule on top of a ``str`` field (or the shape of an ``object`` field)."""

    USCC = "uscc"
    MOBILE = "mobile"
    RESIDENT_ID = "resident_id"
    EMAIL = "email"
    VALUE_FACTORS = "value_factors"
    LANDLINE = "landline"
    SHA256 = "sha256"  # 64 lower-case hex digits
    FILE_NAME = "file_name"  # a bare file name: no folders, control or bidi characters
    MIME_TYPE = "mime_type"  # type/subtype, lower-cased


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What one field of a wire record holds.

    ``ref`` names the entity an id field points to; ``item`` is the sub-record schema of a list
    field (or of an object field: a structured sub-record); ``element`` the spec of each value of
    a list of plain values; ``minimum``/``maximum`` bound ints and decimals; ``places`` is a
    decimal's scale; ``signed`` lets money be negative (refunds, reversals).
    """

    kind: Kind
    nullable: bool = False
    max_len: int | None = None
    min_len: int = 0
    values: frozenset[str] = frozenset()
    minimum: int | Decimal | None = None
    maximum: int | Decimal | None = None
    places: int | None = None
    fmt: Format | None = None
    ref: str | None = None
    item: Mapping[str, FieldSpec] | None = field(default=None, hash=False, compare=False)
    max_items: int | None = None
    element: FieldSpec | None = field(default=None, hash=False, compare=False)
    signed: bool = False


def _str_checker(spec: FieldSpec) -> Checker:
    max_len = spec.max_len or 200
    min_len = spec.min_len
    normalise: Callable[[str, str], str] | None = {
        Format.USCC: normalize_uscc,
        Format.MOBILE: normalize_mobile,
        Format.RESIDENT_ID: check_resident_id,
        Format.EMAIL: normalize_email,
        Format.LANDLINE: normalize_landline,
        Format.SHA256: check_sha256,
        Format.FILE_NAME: check_file_name,
        Format.MIME_TYPE: check_mime_type,
        None: None,
    }[spec.fmt]

    def check(value: Any, path: str) -> str:
        if type(value) is not str:
            raise type_error(path, "a string", value)
        if len(value) > max_len:
            raise field_error(path, "field.too_long", f"At most {max_len} characters.", max=max_len)
        if min_len and len(value.strip()) < min_len:
            if min_len == 1:
                raise field_error(path, "field.blank", "This field cannot be blank.")
            raise field_error(
                path, "field.too_short", f"At least {min_len} characters.", min=min_len
            )
        return normalise(value, path) if normalise else value

    return check


def _enum_checker(spec: FieldSpec) -> Checker:
    values = spec.values

    def check(value: Any, path: str) -> str:
        if not isinstance(value, str):
            raise type_error(path, "a code", value)
        if value not in values:
            raise field_error(
                path, "field.enum", "Not one of the allowed values.", value=value[:40]
            )
        return str(value)

    return check


def _money_checker(spec: FieldSpec) -> Checker:
    if not spec.signed:
        return normalize_money

    def check(value: Any, path: str) -> str:
        if type(value) is str and _SIGNED_MONEY.fullmatch(value) and value != "-0.00":
            return value
        return money_str(to_money(value, path, allow_negative=True))

    return check


_SIGNED_MONEY = re.compile(r"-?(?:0|[1-9]\d{0,11})\.\d\d", re.ASCII)


def _decimal_checker(spec: FieldSpec) -> Checker:
    places = 2 if spec.places is None else spec.places
    exponent = Decimal(1).scaleb(-places)
    canonical = re.compile(
        r"(?:0|[1-9]\d{0,14})\." + r"\d" * places if places else r"0|[1-9]\d*", re.ASCII
    )
    lo, hi = spec.minimum, spec.maximum

    def check(value: Any, path: str) -> str:
        number = parse_decimal(value, path, "decimal.invalid")
        if (lo is not None and number < lo) or (hi is not None and number > hi):
            raise field_error(
                path, "field.range", f"Must be from {lo} to {hi}.", min=str(lo), max=str(hi)
            )
        if type(value) is str and canonical.fullmatch(value):
            return value
        try:
            rounded = number.quantize(exponent, rounding=ROUND_HALF_UP)
        except InvalidOperation:
            raise field_error(path, "decimal.invalid", "The number is too large.") from None
        return f"{rounded + 0:f}"  # "+ 0" folds -0.00 into 0.00

    return check


def _int_checker(spec: FieldSpec) -> Checker:
    lo = spec.minimum if spec.minimum is not None else -(2**63)
    hi = spec.maximum if spec.maximum is not None else 2**63 - 1

    def check(value: Any, path: str) -> int:
        if type(value) is not int:
            raise type_error(path, "a whole number", value)
        if not lo <= value <= hi:
            raise field_error(path, "field.range", f"Must be from {lo} to {hi}.", min=lo, max=hi)
        return value

    return check


def _bool(value: Any, path: str) -> bool:
    if type(value) is not bool:
        raise type_error(path, "true or false", value)
    return value


def _date(value: Any, path: str) -> str:
    parse_date(value, path)
    return value  # parse_date accepts the canonical spelling only


def _month(value: Any, path: str) -> str:
    parse_month(value, path)
    return value


def _object_checker(spec: FieldSpec) -> Checker:
    if spec.fmt is Format.VALUE_FACTORS:
        return check_value_factors
    if spec.item is not None:
        return _record_checker(spec.item)
    max_items = spec.max_items or 100

    def check(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, Mapping) or not all(type(k) is str for k in value):
            raise type_error(path, "an object", value)
        if len(value) > max_items:
            raise field_error(
                path, "field.too_long", f"At most {max_items} entries.", max=max_items
            )
        return dict(value)

    return check


def _record_checker(schema: Mapping[str, FieldSpec]) -> Checker:
    """A structured sub-record: every field present (a missing nullable one reads as null); a
    key outside the schema is an error here, so that a misspelt condition is never dropped."""
    compiled = compile_schema(schema)

    def check(value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise type_error(path, "an object", value)
        errors = [
            field_error(f"{path}.{key}", "field.unknown", "No such field.")
            for key in value
            if key not in compiled.by_name
        ]
        out = check_fields(compiled, value, f"{path}.", full=True, errors=errors)
        if errors:
            raise ValidationErrors(errors)
        return out

    return check


def _values_checker(spec: FieldSpec) -> Checker:
    """A list of plain values (codes, ids, dates), each checked by ``spec.element``."""
    assert spec.element is not None
    each = compile_field(spec.element)
    max_items = spec.max_items or 1000

    def check(value: Any, path: str) -> list[Any]:
        if type(value) is not list:
            raise type_error(path, "a list", value)
        if len(value) > max_items:
            raise field_error(
                path, "field.too_long", f"At most {max_items} entries.", max=max_items
            )
        errors: list[ValidationError] = []
        out = []
        for i, entry in enumerate(value):
            try:
                if entry is None:
                    raise field_error(f"{path}[{i}]", "field.required", "This field is required.")
                out.append(each(entry, f"{path}[{i}]"))
            except ValidationError as exc:
                errors.append(exc)
            except ValidationErrors as exc:
                errors.extend(exc.errors)
        if errors:
            raise ValidationErrors(errors)
        return out

    return check


def _list_checker(spec: FieldSpec) -> Checker:
    if spec.element is not None:
        return _values_checker(spec)
    assert spec.item is not None, "a list field needs its item schema"
    item = compile_schema(spec.item)
    max_items = spec.max_items or 1000

    def check(value: Any, path: str) -> list[dict[str, Any]]:
        if type(value) is not list:
            raise type_error(path, "a list", value)
        if len(value) > max_items:
            raise field_error(
                path, "field.too_long", f"At most {max_items} entries.", max=max_items
            )
        errors: list[ValidationError] = []
        out = [
            check_fields(item, entry, f"{path}[{i}].", full=True, errors=errors)
            for i, entry in enumerate(value)
        ]
        if errors:
            raise ValidationErrors(errors)
        return out

    return check


_COMPILERS: dict[Kind, Callable[[FieldSpec], Checker]] = {
    Kind.STR: _str_checker,
    Kind.TEXT: _str_checker,
    Kind.ENUM: _enum_checker,
    Kind.MONEY: _money_checker,
    Kind.DECIMAL: _decimal_checker,
    Kind.INT: _int_checker,
    Kind.BOOL: lambda spec: _bool,
    Kind.DATE: lambda spec: _date,
    Kind.MONTH: lambda spec: _month,
    Kind.INSTANT: lambda spec: normalize_instant,
    Kind.OBJECT: _object_checker,
    Kind.LIST: _list_checker,
}


def compile_field(spec: FieldSpec) -> Checker:
    """The checker of one field (nulls are handled by the caller, which knows ``nullable``)."""
    return _COMPILERS[spec.kind](spec)


@dataclass(frozen=True, slots=True)
class CompiledSchema:
    """A record schema ready to run: (name, checker, nullable) in wire order, and by name."""

    fields: tuple[tuple[str, Checker, bool], ...]
    by_name: dict[str, tuple[Checker, bool]]


def compile_schema(schema: Mapping[str, FieldSpec]) -> CompiledSchema:
    fields = tuple((name, compile_field(spec), spec.nullable) for name, spec in schema.items())
    return CompiledSchema(fields, {name: (check, nullable) for name, check, nullable in fields})


_MISSING = object()


def check_fields(
    schema: CompiledSchema,
    record: Any,
    prefix: str,
    *,
    full: bool,
    errors: list[ValidationError],
) -> dict[str, Any]:
    """Check one record against a schema, appending every problem to ``errors``.

    ``full``: every field of the schema is expected (a missing nullable one reads as null, a
    missing required one is ``field.required``) and fields outside it are dropped; otherwise only
    the fields given are checked and a field outside the schema is ``field.unknown``.
    """
    if not isinstance(record, Mapping):
        errors.append(
            field_error(prefix.rstrip(".") or "record", "record.type", "Expected an object.")
        )
        return {}
    out: dict[str, Any] = {}
    if full:
        get = record.get
        for name, check, nullable in schema.fields:
            value = get(name, _MISSING)
            if value is None or value is _MISSING:
                if nullable:
                    out[name] = None
                else:
                    errors.append(
                        field_error(prefix + name, "field.required", "This field is required.")
                    )
                continue
            try:
                out[name] = check(value, prefix + name)
            except ValidationError as exc:
                errors.append(exc)
            except ValidationErrors as exc:
                errors.extend(exc.errors)
        return out
    by_name = schema.by_name
    for name, value in record.items():
        entry = by_name.get(name)
        if entry is None:
            errors.append(field_error(prefix + str(name), "field.unknown", "No such field."))
            continue
        check, nullable = entry
        if value is None:
            if nullable:
                out[name] = None
            else:
                errors.append(
                    field_error(prefix + name, "field.required", "This field is required.")
                )
            continue
        try:
            out[name] = check(value, prefix + name)
        except ValidationError as exc:
            errors.append(exc)
        except ValidationErrors as exc:
            errors.extend(exc.errors)
    return out
