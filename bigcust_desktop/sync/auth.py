"""Sign-in, token refresh and sign-out against the operator's token endpoint (DESIGN §4, §7).

The password is used once and never kept; the refresh token lives in the OS keyring through the
`Secrets` given; the access token only in memory. Depends on `sync.http` and the domain's
identity.
"""

from __future__ import annotations

import threading
from typing import Any, Protocol

from bigcust_desktop.domain.identity import UserProfile
from bigcust_desktop.sync.config import Endpoints
from bigcust_desktop.sync.errors import AuthRequired, ProtocolError, TokensRejected
from bigcust_desktop.sync.http import CallStats, SystemClient, TokenExpired

REFRESH_TOKEN = "refresh-token"
# A refresh token of a signed-out session that the server has not yet confirmed revoked: kept in
# the keyring (never a file) until the next connection revokes it.
PENDING_REVOCATION = "refresh-token-to-revoke"


class Secrets(Protocol):
    """The profile's slot in the OS keyring."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


# Renewals of the access token for one call before the server is held at fault.
_RENEWALS = 4


class Authenticator:
    """Holds the access token for one sync and refreshes it once when the server says expired."""

    def __init__(
        self,
        endpoints: Endpoints,
        secrets: Secrets,
        *,
        cancel: threading.Event | None = None,
        stats: CallStats | None = None,
    ) -> None:
        base, _, path = endpoints.token_url.rpartition("/auth/")
        self._path = "/auth/" + path
        self._client = SystemClient("auth", base, endpoints, cancel=cancel, stats=stats)
        self._secrets = secrets
        self._access: str | None = None
        self.user: UserProfile | None = None

    def close(self) -> None:
        self._client.close()

    def _grant(self, form: dict[str, str]) -> UserProfile:
        body = self._client.call("POST", self._path, json=form)
        if not isinstance(body, dict) or not body.get("access_token"):
            raise ProtocolError("token response has no access token")
        self._access = str(body["access_token"])
        refresh = body.get("refresh_token")
        if refresh:
            self._secrets.set(REFRESH_TOKEN, str(refresh))
        try:
            self.user = UserProfile.from_json(body.get("user") or {})
        except ValueError as exc:
            raise ProtocolError(f"token response has no valid user profile: {exc}") from exc
        return self.user

    def login(self, username: str, password: str) -> UserProfile:
        """Exchange the password for tokens; the password goes no further than this request."""
        return self._grant({"grant_type": "password", "username": username, "password": password})

    def refresh(self) -> UserProfile:
        """A new access token from the stored refresh token (which rotates)."""
        refresh = self._secrets.get(REFRESH_TOKEN)
        if not refresh:
            raise AuthRequired("not signed in: no refresh token in the keyring")
        try:
            return self._grant({"grant_type": "refresh_token", "refresh_token": refresh})
        except AuthRequired:
            # The refresh token is dead: forget it so the next attempt asks for the password.
            self._secrets.delete(REFRESH_TOKEN)
            raise

    def token(self) -> str:
        if self._access is None:
            self.refresh()
        assert self._access is not None
        return self._access

    def call(self, client: SystemClient, method: str, path: str, **kwargs: Any) -> Any:
        """An authenticated call: on 401 token_expired renew the access token and repeat.

        A token refused right after the server issued it is the server's trouble (a clock, a
        restart), not a dead sign-in: renewed a few times, then `TokensRejected`, which keeps
        the session and never asks for the password (issue 18).
        """
        for _ in range(_RENEWALS):
            try:
                return client.call(method, path, token=self.token(), **kwargs)
            except TokenExpired:
                self._access = None
                self.refresh()  # a dead refresh token raises AuthRequired here
        try:
            return client.call(method, path, token=self.token(), **kwargs)
        except TokenExpired as exc:
            self._access = None
            raise TokensRejected("the server keeps rejecting fresh access tokens") from exc

    def revoke(self, refresh_token: str) -> None:
        """Revoke a refresh token and its sign-in on the server (RFC 7009); raises on failure."""
        base = self._path.rpartition("/")[0]
        self._client.call(
            "POST",
            f"{base}/revoke",
            json={"token": refresh_token, "token_type_hint": "refresh_token"},
        )

    def forget(self) -> None:
        self._access = None
        self._secrets.delete(REFRESH_TOKEN)

    @property
    def signed_in(self) -> bool:
        return self._secrets.get(REFRESH_TOKEN) is not None
