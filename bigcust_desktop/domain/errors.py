"""The one exception type for invalid input, shared by every rule in the domain.

A `ValidationError` names the field, carries a stable message code for translation and an English
message fit to show a user. Depends on nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class ValidationError(ValueError):
    """Invalid input for one field.

    ``code`` is stable (``uscc.check_char``) so that the UI can show the message in the user's
    language; ``message`` is the English text; ``params`` fill placeholders in translations.
    """

    def __init__(
        self, field: str, code: str, message: str, params: Mapping[str, Any] | None = None
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.code = code
        self.message = message
        self.params: dict[str, Any] = dict(params or {})

    def as_dict(self) -> dict[str, Any]:
        """The wire form used in rejected push results and problem details."""
        return {"field": self.field, "code": self.code, "message": self.message}


class ValidationErrors(ValueError):
    """Several field errors found in one record, reported together."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    def as_list(self) -> list[dict[str, Any]]:
        return [e.as_dict() for e in self.errors]
