"""Whom the sync trusts over TLS: the operator's CA bundle when one is configured, else the
operating system's trust store; never a CA bundle named by the environment.

Used by `sync.http` to make its sessions; depends on requests and truststore (loaded with them).
"""

from __future__ import annotations

import ssl
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter


class _TrustedSession(requests.Session):
    """A session whose `verify` is the only word on certificates.

    requests lets ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE`` replace a session-level
    ``verify`` on every request; on managed machines both are often set, for other programs.
    Proxies, ``NO_PROXY`` and the rest of the environment are still honoured.
    """

    def merge_environment_settings(
        self,
        url: str | bytes | None,
        proxies: Any,
        stream: Any,
        verify: Any,
        cert: Any,
    ) -> dict[str, Any]:
        merged = super().merge_environment_settings(url, proxies, stream, verify, cert)
        merged["verify"] = self.verify
        return merged


class _SystemTrustAdapter(HTTPAdapter):
    """HTTPS verified against the OS trust store (Windows certificate store, macOS Keychain,
    the distribution's CA certificates on Linux): where an operator's IT installs its roots."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(*args, **kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, verify, cert)
        # requests would add certifi's bundle to the context; the OS store alone decides.
        conn.ca_certs = None
        conn.ca_cert_dir = None


def trusted_session(ca_bundle: str | None) -> requests.Session:
    """A session that verifies every certificate: against `ca_bundle` (a PEM file, which then
    replaces every other trust anchor) or, without one, against the OS trust store."""
    session = _TrustedSession()
    if ca_bundle:
        session.verify = ca_bundle
    else:
        session.verify = True
        session.mount("https://", _SystemTrustAdapter())
    return session
