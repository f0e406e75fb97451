"""Opaque feed cursors: the last sequence number a client has, bound to one system and signed.

A cursor is urlsafe base64 of `{"s": system, "q": seq, "m": mac}`; anything else is 400
`invalid_cursor`. Depends on `problems` only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json

from bigcust_sim.problems import ApiProblem

MAX_CURSOR_LENGTH = 512


def _mac(secret: bytes, system: str, seq: int) -> str:
    message = f"cursor:{system}:{seq}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:24]


def encode_cursor(secret: bytes, system: str, seq: int) -> str:
    payload = {"s": system, "q": seq, "m": _mac(secret, system, seq)}
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(secret: bytes, system: str, cursor: str | None, head: int) -> int:
    """The sequence number inside `cursor` (0 when absent); 400 if forged, garbled or foreign."""
    if cursor is None or cursor == "":
        return 0
    try:
        if len(cursor) > MAX_CURSOR_LENGTH:
            raise ValueError("too long")
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = json.loads(raw)
        seq = payload["q"]
        if (
            payload["s"] != system
            or type(seq) is not int
            or not 0 <= seq <= head
            or not hmac.compare_digest(str(payload["m"]), _mac(secret, system, seq))
        ):
            raise ValueError("cursor does not verify")
    except (ValueError, TypeError, KeyError, binascii.Error, UnicodeDecodeError):
        raise ApiProblem(
            400,
            "invalid_cursor",
            "The cursor is not one this server issued for this feed; start again without one.",
        ) from None
    return seq
