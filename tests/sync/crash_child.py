"""The process the crash test kills: one real sync of a profile, announcing each step on stdout.

Run as ``python -m tests.sync.crash_child PROFILE_DIR``: it imports everything, prints ``ready``,
waits for a line on stdin, then syncs with the engine's own `run_sync`, printing ``send METHOD
PATH`` before each request, ``commit`` before each COMMIT, progress events and ``done``. The
markers only tell the parent when to kill; nothing in the sync is replaced.
"""

from __future__ import annotations

import configparser
import os
import sys
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import keyring
from keyring.errors import PasswordDeleteError
from keyrings.alt.escape import escape as escape_for_ini
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import event

from bigcust_desktop.store.engine import open_store
from bigcust_desktop.store.keys import load_or_create_key
from bigcust_desktop.store.profile import Profile
from bigcust_desktop.store.secrets import ProfileSecrets
from bigcust_desktop.sync.config import load_endpoints
from bigcust_desktop.sync.engine import SyncSession, run_sync
from bigcust_desktop.sync.errors import SyncError
from bigcust_desktop.sync.progress import SyncProgress


class AtomicPlaintextKeyring(PlaintextKeyring):  # type: ignore[misc]
    """The tests' plain-file keyring, written by replace-rename as an OS keyring commits.

    keyrings.alt truncates and rewrites its file in place: a SIGKILL in between would lose every
    secret of every profile, a hazard of the test backend, not of the client.
    """

    def _write(self, config: configparser.RawConfigParser) -> None:
        folder = os.path.dirname(self.file_path)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".keyring-")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            config.write(out)
        os.replace(tmp, self.file_path)

    def _write_config_value(self, service: str, key: str, value: str) -> None:
        self._ensure_file_path()
        config = configparser.RawConfigParser()
        config.read(self.file_path, encoding="utf-8")
        section = escape_for_ini(service)
        if not config.has_section(section):
            config.add_section(section)
        config.set(section, escape_for_ini(key), value)
        self._write(config)

    def delete_password(self, service: str, username: str) -> None:
        config = configparser.RawConfigParser()
        config.read(self.file_path, encoding="utf-8")
        try:
            if not config.remove_option(escape_for_ini(service), escape_for_ini(username)):
                raise PasswordDeleteError("Password not found")
        except configparser.NoSectionError:
            raise PasswordDeleteError("Password not found") from None
        self._write(config)


def mark(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _announce_requests(session: SyncSession) -> None:
    clients = [session.auth._client, *session.clients.values()]
    for client in clients:
        original = client.session.request

        def request(method: str, url: str, *args: Any, _send: Any = original, **kw: Any) -> Any:
            mark(f"send {method} {urlsplit(url).path}")
            return _send(method, url, *args, **kw)

        client.session.request = request  # type: ignore[method-assign]


def _progress(event_: SyncProgress) -> None:
    mark(f"progress {event_.phase} {event_.system} {event_.done}")


def main(root: str) -> int:
    keyring.set_keyring(AtomicPlaintextKeyring())
    profile = Profile.resolve(Path(root))
    endpoints = load_endpoints(profile.settings_path)
    assert endpoints is not None, "the profile has no endpoints"
    mark("ready")
    if not sys.stdin.readline():
        return 2
    store = open_store(profile, load_or_create_key(profile).secret)
    event.listen(store.engine, "commit", lambda _conn: mark("commit"))
    try:
        with SyncSession(endpoints, ProfileSecrets(profile)) as session:
            _announce_requests(session)
            run_sync(profile, store, session, progress=_progress)
    except SyncError as exc:
        mark(f"error {exc.code}")
        return 1
    finally:
        store.close()
    mark("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
