"""Who is signed in: the user's profile as the server describes him, and his role.

Every layer passes the same typed `UserProfile`; its `Role` is the wire vocabulary's, what a role
may do is in `permissions`. Depends on the domain's vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bigcust_desktop.domain.vocab import Role

__all__ = ["Role", "UserProfile"]


@dataclass(frozen=True)
class UserProfile:
    """The signed-in user (登录用户) as the token endpoint describes him (DESIGN §4)."""

    id: str
    username: str
    name: str
    role: Role
    city: str
    team_id: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> UserProfile:
        """Read the wire form; a missing field or an unknown role is a `ValueError`."""
        try:
            return cls(
                id=str(data["id"]),
                username=str(data["username"]),
                name=str(data["name"]),
                role=Role(data["role"]),
                city=str(data["city"]),
                team_id=str(data["team_id"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"the user profile is not valid: {exc!r}") from exc

    def to_json(self) -> dict[str, str]:
        return {
            "id": self.id,
            "username": self.username,
            "name": self.name,
            "role": str(self.role),
            "city": self.city,
            "team_id": self.team_id,
        }
