"""Sign-in throttling: repeated failures per user name and per client address answer 429.

Counted in the database, so every server process on it agrees. A locked key is refused before the
password is checked (no hashing cost for a locked attacker, and the right password does not get
through a lock). Depends on the storage layer and `problems`.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import delete, select, update

from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Database, insert_ignoring_duplicates
from bigcust_sim.storage.schema import login_failures


@dataclass(frozen=True)
class ThrottlePolicy:
    """Documented defaults (docs/sync-protocol.md, "Sign-in throttling")."""

    # Failures of one user name within `window_s` (a success clears them) before it is locked.
    user_failures: int = 5
    # Failures from one address within `window_s` before it is locked: higher, because one
    # office behind a gateway shares an address.
    address_failures: int = 50
    # Counting starts at a key's first failure and starts again `window_s` later.
    window_s: int = 15 * 60
    # The first lock; each further failure at or past the threshold doubles it, up to the cap.
    lock_s: int = 30
    max_lock_s: int = 15 * 60


def _throttled(retry_after: float) -> ApiProblem:
    seconds = max(1, math.ceil(retry_after))
    return ApiProblem(
        429,
        "login_throttled",
        f"Too many failed sign-ins; try again in {seconds} seconds.",
        headers={"Retry-After": str(seconds)},
        extra={"retry_after": seconds},
    )


class LoginThrottle:
    """Checks and counts sign-in failures of (user name, address)."""

    def __init__(self, db: Database, policy: ThrottlePolicy | None = None) -> None:
        self._db = db
        self.policy = policy or ThrottlePolicy()

    @staticmethod
    def _keys(username: str, address: str) -> tuple[str, str]:
        return f"user:{username[:150]}", f"addr:{address[:150]}"

    def check(self, username: str, address: str) -> bool:
        """429 `login_throttled` with Retry-After while the user name or the address is locked;
        else whether the user name has failures on record (a success then clears them)."""
        now = time.time()
        user_key, _ = keys = self._keys(username, address)
        with self._db.read() as conn:
            rows = conn.execute(
                select(login_failures.c.key, login_failures.c.locked_until).where(
                    login_failures.c.key.in_(keys)
                )
            ).all()
        until = max((row.locked_until for row in rows), default=0)
        if until > now:
            raise _throttled(until - now)
        return any(row.key == user_key for row in rows)

    def failed(self, username: str, address: str) -> None:
        """Count a failure of both keys; lock a key that reached its threshold."""
        policy = self.policy
        now = int(time.time())
        user_key, address_key = self._keys(username, address)
        with self._db.transaction() as conn:
            for key, threshold in (
                (user_key, policy.user_failures),
                (address_key, policy.address_failures),
            ):
                # Insert-or-keep, then lock the row: two first failures at once count twice.
                conn.execute(
                    insert_ignoring_duplicates(conn, login_failures).values(
                        key=key, failures=0, first_at=now, locked_until=0
                    )
                )
                row = conn.execute(
                    select(login_failures).where(login_failures.c.key == key).with_for_update()
                ).one()
                failures, first_at = row.failures + 1, row.first_at
                if now - first_at > policy.window_s:
                    failures, first_at = 1, now
                locked_until = 0
                if failures >= threshold:
                    doubled = policy.lock_s * 2 ** min(20, failures - threshold)
                    lock = min(policy.max_lock_s, doubled)
                    locked_until = now + lock
                conn.execute(
                    update(login_failures)
                    .where(login_failures.c.key == key)
                    .values(failures=failures, first_at=first_at, locked_until=locked_until)
                )

    def succeeded(self, username: str) -> None:
        """A successful sign-in clears the user name's count (the address's runs out by time)."""
        user_key, _ = self._keys(username, "")
        with self._db.transaction() as conn:
            conn.execute(delete(login_failures).where(login_failures.c.key == user_key))
