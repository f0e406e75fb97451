"""Passwords, access tokens and rotating refresh tokens of the simulator's `/auth/token`.

Access tokens are HMAC-signed (user, expiry) so that checking one costs no query. Refresh tokens
are random, stored hashed, and rotate within a family (one sign-in): a used one still gives the
same successor during a short reuse grace, so a client whose answer was lost can repeat the request;
reused after the grace it revokes the whole family (OAuth 2.0 Security BCP, RFC 9700 §4.14.2), as
does `/auth/revoke` (RFC 7009). Passwords are PBKDF2-HMAC-SHA256 with a configurable cost.
Depends on the storage layer and `problems`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from bigcust_sim.config import DEFAULT_PASSWORD_ITERATIONS
from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Database
from bigcust_sim.storage.schema import credentials, refresh_tokens

# The simulator's default PBKDF2 cost: about 60 ms per sign-in on the project's machines, enough
# to be an honest KDF and cheap enough for 50 laptops signing in at once on two cores. A real
# deployment follows current guidance (OWASP: 600,000 for PBKDF2-HMAC-SHA256):
# `bigcust-sim serve --password-iterations N`; stored hashes carry their own cost and are
# re-hashed at the next sign-in when the setting changed.
PBKDF2_ITERATIONS = DEFAULT_PASSWORD_ITERATIONS
REFRESH_TTL_S = 30 * 24 * 3600
# How long a used refresh token still works: a refresh whose answer was dropped or cut short is
# repeated by the client with the same token, which strict one-time use would turn into "sign in
# again" (the same trade-off as the reuse interval of common OAuth servers).
REFRESH_REUSE_GRACE_S = 60


def hash_password(password: str, *, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def hash_cost(stored: str) -> int | None:
    """The iteration count a stored hash was made with (None if it is not ours)."""
    parts = stored.split("$")
    return int(parts[1]) if len(parts) == 4 and parts[1].isdigit() else None


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


def _refused(detail: str = "The refresh token is not valid.") -> ApiProblem:
    return ApiProblem(401, "invalid_credentials", detail)


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
        password_iterations: int = PBKDF2_ITERATIONS,
    ) -> None:
        self._db = db
        self._secret = secret
        self.access_ttl_s = access_ttl_s
        self.reuse_grace_s = reuse_grace_s
        self.password_iterations = password_iterations
        # Verified for an unknown user so that timing does not tell which user names exist.
        self._dummy_hash = hash_password("not a password", iterations=password_iterations)

    # -- access tokens ------------------------------------------------------------------------

    def _sign(self, payload: bytes) -> str:
        return _b64(hmac.new(self._secret, b"access:" + payload, hashlib.sha256).digest())

    def issue_access(self, user_id: str) -> str:
        payload = json.dumps(
            {"u": user_id, "e": time.time() + self.access_ttl_s, "n": secrets.token_hex(4)},
            separators=(",", ":"),
        ).encode()
        return f"{_b64(payload)}.{self._sign(payload)}"

    def is_access_token(self, token: str) -> bool:
        """True for an access token this server signed (expired or not)."""
        try:
            body, signature = token.split(".")
            payload = _unb64(body)
        except (ValueError, TypeError):
            return False
        return hmac.compare_digest(signature.encode(), self._sign(payload).encode())

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

    def _successor(self, refresh: str) -> str:
        """The one token a refresh token rotates to: derived, so that a repeat within the grace
        gives the same successor without keeping any token in clear."""
        return _b64(hmac.new(self._secret, b"refresh:" + refresh.encode(), hashlib.sha256).digest())

    def issue(self, user_id: str) -> IssuedTokens:
        """Tokens of a new sign-in: a new refresh-token family."""
        refresh = secrets.token_urlsafe(32)
        now = int(time.time())
        with self._db.transaction() as conn:
            # Tokens past their life are of no use to anyone: drop this user's on the way.
            conn.execute(
                delete(refresh_tokens).where(
                    refresh_tokens.c.user_id == user_id, refresh_tokens.c.expires_at <= now
                )
            )
            conn.execute(
                refresh_tokens.insert().values(
                    token_hash=_token_hash(refresh),
                    user_id=user_id,
                    family_id=secrets.token_hex(16),
                    expires_at=now + REFRESH_TTL_S,
                    used_at=None,
                )
            )
        return IssuedTokens(self.issue_access(user_id), refresh, self.access_ttl_s)

    def rotate(self, refresh: str) -> tuple[str, IssuedTokens]:
        """Use a refresh token: its user and the new tokens.

        First use: the token is marked used and its successor stored. A repeat within
        `reuse_grace_s` of the first use gives the same successor. A repeat after that is a reuse
        (a stolen token, or a stolen successor): the whole family is revoked, the legitimate
        client's current token included, and the answer is 401 like an unknown token's.
        """
        key = _token_hash(refresh)
        now = int(time.time())
        successor = self._successor(refresh)
        reused = False
        with self._db.transaction() as conn:
            row = conn.execute(
                select(refresh_tokens).where(refresh_tokens.c.token_hash == key).with_for_update()
            ).first()
            if row is None or row.expires_at <= now:
                raise _refused()
            if row.used_at is None:
                conn.execute(
                    update(refresh_tokens)
                    .where(refresh_tokens.c.token_hash == key)
                    .values(used_at=now)
                )
                conn.execute(
                    refresh_tokens.insert().values(
                        token_hash=_token_hash(successor),
                        user_id=row.user_id,
                        family_id=row.family_id,
                        expires_at=now + REFRESH_TTL_S,
                        used_at=None,
                    )
                )
            elif now - row.used_at >= self.reuse_grace_s:
                reused = True
                conn.execute(
                    delete(refresh_tokens).where(refresh_tokens.c.family_id == row.family_id)
                )
        if reused:
            raise _refused("The refresh token was used before; its sign-in is revoked.")
        user_id = str(row.user_id)
        return user_id, IssuedTokens(self.issue_access(user_id), successor, self.access_ttl_s)

    def revoke(self, token: str) -> None:
        """Revoke the family of a refresh token (RFC 7009); an unknown token is no error."""
        with self._db.transaction() as conn:
            family = conn.execute(
                select(refresh_tokens.c.family_id).where(
                    refresh_tokens.c.token_hash == _token_hash(token)
                )
            ).scalar()
            if family is not None:
                conn.execute(delete(refresh_tokens).where(refresh_tokens.c.family_id == family))

    # -- passwords ----------------------------------------------------------------------------

    def authenticate(self, username: str, password: str) -> str | None:
        """The user id for a user name and password, None when they do not match."""
        with self._db.read() as conn:
            row = conn.execute(
                select(credentials).where(credentials.c.username == username)
            ).first()
        stored = row.password_hash if row is not None else self._dummy_hash
        if not verify_password(password, stored) or row is None:
            return None
        if hash_cost(stored) != self.password_iterations:
            # The cost setting changed since this hash was made: bring it to the new cost.
            with self._db.transaction() as conn:
                conn.execute(
                    update(credentials)
                    .where(credentials.c.user_id == row.user_id)
                    .values(
                        password_hash=hash_password(password, iterations=self.password_iterations)
                    )
                )
        return str(row.user_id)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
