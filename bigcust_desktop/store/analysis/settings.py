"""The analysis settings of a profile (section ``analysis`` of settings.json): at-risk thresholds,
under-value rules, product-gap rules and contact fatigue (N, M), each with its documented default.

`read_analysis_settings` is the one reader; `write_analysis_settings` refuses invalid values with
a message code. Depends on the profile's settings file and the domain's analytics rules.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bigcust_desktop.domain.analytics.fatigue import FatigueRules
from bigcust_desktop.domain.analytics.gaps import GapRules
from bigcust_desktop.domain.analytics.thresholds import Thresholds
from bigcust_desktop.domain.analytics.value_card import UnderValueRules
from bigcust_desktop.domain.errors import ValidationError, ValidationErrors
from bigcust_desktop.store.settings import SettingsError, read_section, write_section

log = logging.getLogger(__name__)

SECTION = "analysis"
# group -> the rule set it configures
GROUPS: dict[str, type] = {
    "thresholds": Thresholds,
    "under_value": UnderValueRules,
    "gaps": GapRules,
    "fatigue": FatigueRules,
}
# Upper bound of every integer setting; percentages stop at 100.
MAX_VALUE = 100_000_000


@dataclass(frozen=True)
class AnalysisSettings:
    thresholds: Thresholds = field(default_factory=Thresholds)
    under_value: UnderValueRules = field(default_factory=UnderValueRules)
    gaps: GapRules = field(default_factory=GapRules)
    fatigue: FatigueRules = field(default_factory=FatigueRules)


def _int_fields(rules: type) -> dict[str, int]:
    return {
        f.name: f.default  # type: ignore[misc]
        for f in dataclasses.fields(rules)
        if isinstance(f.default, int)
    }


def defaults() -> dict[str, dict[str, int]]:
    """Every setting with its default, by group (what docs/analytics.md lists)."""
    return {group: _int_fields(rules) for group, rules in GROUPS.items()}


def _check(group: str, name: str, value: Any) -> ValidationError | None:
    known = _int_fields(GROUPS[group]) if group in GROUPS else {}
    where = f"{group}.{name}"
    if name not in known:
        return ValidationError(where, "setting.unknown", "There is no such setting.")
    if isinstance(value, bool) or not isinstance(value, int):
        return ValidationError(where, "setting.not_integer", "A whole number is required.")
    top = 100 if name.endswith("_pct") else MAX_VALUE
    low = 0 if name.endswith(("_pct", "_fen")) else 1
    if not low <= value <= top:
        return ValidationError(
            where,
            "setting.out_of_range",
            f"Must be between {low} and {top}.",
            {"min": low, "max": top},
        )
    return None


def validate(values: Mapping[str, Mapping[str, Any]]) -> None:
    """Raise `ValidationErrors` naming every unknown or invalid setting."""
    errors = []
    for group, settings in values.items():
        if group not in GROUPS or not isinstance(settings, Mapping):
            errors.append(ValidationError(group, "setting.unknown", "There is no such setting."))
            continue
        errors += [e for n, v in settings.items() if (e := _check(group, n, v)) is not None]
    if errors:
        raise ValidationErrors(errors)


def _build(values: Mapping[str, Any]) -> AnalysisSettings:
    built = {}
    for group, rules in GROUPS.items():
        given = values.get(group)
        kept = {}
        if isinstance(given, Mapping):
            for name, value in given.items():
                error = _check(group, name, value)
                if error is None:
                    kept[name] = value
                else:  # a hand-edited file: the default stands, the log says why
                    log.warning("analysis setting %s ignored: %s", error.field, error.code)
        built[group] = rules(**kept)
    return AnalysisSettings(**built)


def read_analysis_settings(settings_path: Path) -> AnalysisSettings:
    """The profile's analysis settings; defaults for what is absent, unreadable or invalid."""
    try:
        section = read_section(settings_path, SECTION) or {}
    except SettingsError as exc:
        log.warning("analysis settings unreadable, defaults used: %s", exc)
        section = {}
    return _build(section)


def write_analysis_settings(
    settings_path: Path, values: Mapping[str, Mapping[str, Any]]
) -> AnalysisSettings:
    """Change some settings (others keep their value); raises `ValidationErrors`, writes nothing,
    when any is invalid."""
    validate(values)
    try:
        current = read_section(settings_path, SECTION) or {}
    except SettingsError:
        current = {}
    merged = {g: dict(current.get(g) or {}) for g in GROUPS}
    for group, settings in values.items():
        merged[group].update(settings)
    write_section(settings_path, SECTION, {g: v for g, v in merged.items() if v})
    return _build(merged)
