"""Errors a sync can meet, each with a stable code the UI and CLI turn into a message.

Depends on nothing; every sync module raises these and nothing else for expected failures.
"""

from __future__ import annotations


class SyncError(Exception):
    """An expected failure of a sync step: a stable ``code`` and an English ``message``."""

    code = "sync.failed"
    retryable = False

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.status = status


class NetworkError(SyncError):
    """The server could not be reached or the exchange broke off (timeouts, resets, 5xx)."""

    code = "sync.network"
    retryable = True


class ServerBusy(NetworkError):
    """429/503 with a Retry-After longer than we are willing to wait in this sync."""

    code = "sync.server_busy"

    def __init__(self, message: str, retry_after: float, *, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class ProtocolError(NetworkError):
    """The server answered something that is not the contract (a truncated or non-JSON body)."""

    code = "sync.protocol"


class AuthRequired(SyncError):
    """No valid session: the user must sign in again (pending work is kept)."""

    code = "auth.required"


class InvalidCredentials(AuthRequired):
    code = "auth.invalid_credentials"


class LoginThrottled(SyncError):
    """429 `login_throttled`: too many failed sign-ins; the user waits `retry_after` seconds.

    Never retried by the client: repeating a password is the user's decision.
    """

    code = "auth.throttled"

    def __init__(self, message: str, retry_after: float, *, status: int | None = None) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class AccountDisabled(SyncError):
    """The server says this account is disabled: the local cache must be wiped."""

    code = "auth.account_disabled"


class RequestRejected(SyncError):
    """A 4xx the client cannot fix by retrying (a bug or a contract mismatch)."""

    code = "sync.rejected"


class SyncCancelled(SyncError):
    code = "sync.cancelled"


class SyncBusy(SyncError):
    """Another sync of the same profile is running (the profile lock is held)."""

    code = "sync.busy"


class NotSignedIn(SyncError):
    code = "auth.not_signed_in"


class UnsentWork(SyncError):
    """Signing in as another user, or out, would wipe edits the server does not have yet."""

    code = "account.unsent_work"

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} change(s) are not on the server yet")
        self.count = count


class TokensRejected(SyncError):
    """The server refuses access tokens it has just issued: its trouble; the sign-in is kept."""

    code = "auth.tokens_rejected"
