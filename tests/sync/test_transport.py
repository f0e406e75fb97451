"""Transport trust (issue 12): the configured CA bundle, else the OS store, decides; never the
environment's REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE; plain http:// only for this computer.

Real TLS servers on loopback with certificates made in the test (trustme); nothing is mocked.
"""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import trustme

from bigcust_desktop.sync.config import Endpoints, RetryPolicy, is_loopback
from bigcust_desktop.sync.errors import SyncError
from bigcust_desktop.sync.http import SystemClient

ONE_TRY = RetryPolicy(attempts=1)
CA_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")


class _Answer(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class TlsServer:
    """An HTTPS server on a free loopback port whose certificate `ca` issued."""

    def __init__(self, ca: trustme.CA) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.timeout = 5
        self.url = f"https://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture(scope="module")
def authorities() -> dict[str, trustme.CA]:
    """Two unrelated CAs: the operator's and another one (what the environment points at)."""
    return {"operator": trustme.CA(), "other": trustme.CA()}


@pytest.fixture(scope="module")
def cas(authorities, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each CA's certificate as a PEM file."""
    folder = tmp_path_factory.mktemp("cas")
    paths = {}
    for name, ca in authorities.items():
        paths[name] = folder / f"{name}.pem"
        ca.cert_pem.write_to_path(str(paths[name]))
    return paths


@pytest.fixture(scope="module")
def servers(authorities) -> Iterator[dict[str, TlsServer]]:
    made = {name: TlsServer(ca) for name, ca in authorities.items()}
    yield made
    for server in made.values():
        server.stop()


def fetch(url: str, ca_bundle: Path | None) -> object:
    endpoints = Endpoints.single_server(
        url, ca_bundle=str(ca_bundle) if ca_bundle else None, connect_timeout=5, retry=ONE_TRY
    )
    client = SystemClient("crm", url, endpoints)
    try:
        return client.call("GET", "/ping")
    finally:
        client.close()


@pytest.fixture(params=["unset", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "both"])
def environment(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, cas) -> str:
    """The CA variables of a managed machine, pointing at the *other* CA (or unset)."""
    for name in CA_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    chosen = CA_VARIABLES if request.param == "both" else (request.param,)
    for name in chosen:
        if name in CA_VARIABLES:
            monkeypatch.setenv(name, str(cas["other"]))
    return request.param


def test_configured_bundle_is_trusted_whatever_the_environment_says(servers, cas, environment):
    assert fetch(servers["operator"].url, cas["operator"]) == {"ok": True}


def test_configured_bundle_replaces_every_other_anchor(servers, cas, environment):
    # The environment trusts `other`; the operator's bundle does not, so its server is refused.
    with pytest.raises(SyncError) as caught:
        fetch(servers["other"].url, cas["operator"])
    assert caught.value.code == "sync.tls"


def test_without_a_bundle_a_self_signed_server_is_refused(servers, environment):
    # REQUESTS_CA_BUNDLE naming the server's CA must not make it trusted: the OS store decides.
    for server in servers.values():
        with pytest.raises(SyncError) as caught:
            fetch(server.url, None)
        assert caught.value.code == "sync.tls"


def test_without_a_bundle_the_os_trust_store_decides(servers, cas, monkeypatch):
    # On Linux OpenSSL's system store honours SSL_CERT_FILE: the store itself, not requests.
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("SSL_CERT_FILE selects the system store on Linux only")
    for name in CA_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", str(cas["operator"]))
    assert fetch(servers["operator"].url, None) == {"ok": True}


@pytest.mark.parametrize(
    "url",
    [
        "http://192.0.2.10:8080",
        "http://crm.example.cn",
        "http://127.0.0.1.example.cn",
        "HTTP://[2001:db8::1]:80",
    ],
)
def test_plain_http_to_another_computer_is_refused_before_any_connection(url):
    with pytest.raises(SyncError) as caught:
        Endpoints.single_server(url)
    assert caught.value.code == "config.insecure_url"
    assert "https://" in caught.value.message
    with pytest.raises(SyncError):
        Endpoints(crm_url="https://crm.example.cn", boss_url=url, city_url="https://c.example.cn")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000", "http://127.8.9.10", "http://localhost:1", "http://[::1]:9"]
)
def test_plain_http_on_this_computer_is_allowed(url):
    assert Endpoints.single_server(url).crm_url == url


def test_https_anywhere_is_allowed():
    assert Endpoints.single_server("https://192.0.2.10").crm_url == "https://192.0.2.10"


def test_loopback_names():
    assert is_loopback("LOCALHOST") and is_loopback("127.0.0.1") and is_loopback("::1")
    assert not is_loopback("localhost.example.cn") and not is_loopback("10.0.0.1")
    assert not is_loopback("") and not is_loopback(None)
