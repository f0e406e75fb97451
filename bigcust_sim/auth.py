"""Passwords, access tokens and rotating refresh tokens of the simulator's `/auth/token`.

Access tokens are HMAC-signed (user, expiry) so that checking one costs no query; refresh tokens are
random, stored hashed, and rotate: a used one lives on only for a short reuse grace, so a client
whose answer was lost can repeat the request. Depends on the storage layer and `problems`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import select

from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Database
from bigcust_sim.storage.schema import credentials, refresh_tokens

PBKDF2_ITERATIONS = 60_000
REFRESH_TTL_S = 30 * 24 * 3600
# How long a used refresh token still works: a refresh whose answer was dropped or cut short is
# repeated by the client with the same token, which strict one-time use would turn into "sign in
# again" (the same trade-off as the reuse interval of common OAuth servers).
REFRESH_REUSE_GRACE_S = 60


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), _unb64(salt), int(iterations))
    return hmac.compare_digest(candidate, _unb64(digest))


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _unauthorized() -> ApiProblem:
    return ApiProblem(
        401,
        "unauthorized",
        "A valid bearer access token is required.",
        headers={"WWW-Authenticate": "Bearer"},
    )


@dataclass(frozen=True)
class IssuedTokens:
    access_token: str
    refresh_token: str
    expires_in: int


class TokenService:
    """Issues and checks tokens; the secret lives in the data directory, never in a log."""

    def __init__(
        self,
        db: Database,
        secret: bytes,
        access_ttl_s: int,
        reuse_grace_s: int = REFRESH_REUSE_GRACE_S,
    ) -> None:
        self._db = db
        self._secret = secret
        self.access_ttl_s = access_ttl_s
        self.reuse_grace_s = reuse_grace_s

    # -- access tokens ------------------------------------------------------------------------

    def _sign(self, payload: bytes) -> str:
        return _b64(hmac.new(self._secret, b"access:" + payload, hashlib.sha256).digest())

    def issue_access(self, user_id: str) -> str:
        payload = json.dumps(
            {"u": user_id, "e": time.time() + self.access_ttl_s, "n": secrets.token_hex(4)},
            separators=(",", ":"),
        ).encode()
        return f"{_b64(payload)}.{self._sign(payload)}"

    def check_access(self, token: str) -> str:
        """The user id of a valid access token; 401 `unauthorized` or `token_expired` if not."""
        try:
            body, signature = token.split(".")
            payload = _unb64(body)
        except (ValueError, TypeError):
            raise _unauthorized() from None
        if not hmac.compare_digest(signature.encode(), self._sign(payload).encode()):
            raise _unauthorized()
        claims = json.loads(payload)
        if claims["e"] <= time.time():
            raise ApiProblem(
                401,
                "token_expired",
                "The access token has expired; refresh it.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        return str(claims["u"])

    # -- refresh tokens -----------------------------------------------------------------------

    def issue(self, user_id: str) -> IssuedTokens:
        refresh = secrets.token_urlsafe(32)
        with self._db.write() as conn:
            conn.execute(
                refresh_tokens.insert().values(
                    token_hash=_token_hash(refresh),
                    user_id=user_id,
                    expires_at=int(time.time()) + REFRESH_TTL_S,
                )
            )
        return IssuedTokens(self.issue_access(user_id), refresh, self.access_ttl_s)

    def redeem_refresh(self, refresh: str) -> str:
        """Use a refresh token and return its user id (rotation: after its first use it lives only
        `reuse_grace_s` more seconds, then a use answers 401 like an unknown token)."""
        key = _token_hash(refresh)
        now = time.time()
        with self._db.write() as conn:
            row = conn.execute(
                select(refresh_tokens).where(refresh_tokens.c.token_hash == key)
            ).first()
            if row is not None and row.expires_at > now:
                conn.execute(
                    refresh_tokens.update()
                    .where(refresh_tokens.c.token_hash == key)
                    .values(expires_at=min(row.expires_at, int(now) + self.reuse_grace_s))
                )
            elif row is not None:
                conn.execute(refresh_tokens.delete().where(refresh_tokens.c.token_hash == key))
        if row is None or row.expires_at <= now:
            raise ApiProblem(401, "invalid_credentials", "The refresh token is not valid.")
        return str(row.user_id)

    # -- passwords ----------------------------------------------------------------------------

    def authenticate(self, username: str, password: str) -> str:
        """The user id for a user name and password; 401 `invalid_credentials` otherwise."""
        with self._db.read() as conn:
            row = conn.execute(
                select(credentials).where(credentials.c.username == username)
            ).first()
        # Hash even for an unknown user so that timing does not tell which user names exist.
        stored = row.password_hash if row is not None else _DUMMY_HASH
        if not verify_password(password, stored) or row is None:
            raise ApiProblem(
                401, "invalid_credentials", "The user name or password is not correct."
            )
        return str(row.user_id)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


_DUMMY_HASH = hash_password("not a password")
