"""A server that rejects fresh access tokens (the simulator's `expire_tokens` fault) is the
server's trouble, not a dead sign-in: the client renews a few times, and if the server still
refuses, the sync stops without asking for the password and the session is kept (issue 18).
"""

from __future__ import annotations

import pytest

from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.auth import REFRESH_TOKEN
from bigcust_desktop.sync.errors import AuthRequired, SyncError


def test_a_few_rejected_fresh_tokens_do_not_stop_the_sync(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    server.set_faults(expire_tokens=3)
    try:
        laptop.sync()
    finally:
        server.set_faults()
    assert ProfileSecrets(laptop.profile).get(REFRESH_TOKEN)


def test_a_server_that_keeps_rejecting_tokens_does_not_ask_for_the_password(laptop_factory, server):
    laptop = laptop_factory("zhangwei")
    server.set_faults(expire_tokens=1000)
    try:
        with pytest.raises(SyncError) as stopped:
            laptop.sync()
    finally:
        server.set_faults()
    assert not isinstance(stopped.value, AuthRequired)
    assert stopped.value.code == "auth.tokens_rejected"
    assert ProfileSecrets(laptop.profile).get(REFRESH_TOKEN)
    laptop.sync()  # the stored session is fine
