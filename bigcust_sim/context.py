"""Everything one running simulator holds: database, tokens, faults, users, secrets.

Opening a context seeds an empty data directory and creates the secret and the admin token files
(mode 0600). Depends on the storage layer, `auth`, `faults` and the seeded generator.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from bigcust_sim.auth import TokenService
from bigcust_sim.config import ServerConfig
from bigcust_sim.faults import FaultState
from bigcust_sim.problems import ApiProblem
from bigcust_sim.storage.database import Database
from bigcust_sim.storage.schema import credentials, records
from bigcust_sim.storage.visibility import Viewer

log = logging.getLogger("bigcust_sim")
# The generation of the wire format a data directory was seeded with (docs/data-model.md).
DATA_MODEL = "2"


@dataclass
class UserEntry:
    viewer: Viewer
    profile: dict[str, str]
    disabled: bool


@dataclass
class SimContext:
    config: ServerConfig
    db: Database
    tokens: TokenService
    faults: FaultState
    secret: bytes
    admin_token: str
    users: dict[str, UserEntry] = field(default_factory=dict)
    users_lock: threading.Lock = field(default_factory=threading.Lock)

    def reload_users(self) -> None:
        with self.db.read() as conn:
            disabled = dict(
                conn.execute(select(credentials.c.user_id, credentials.c.disabled)).tuples().all()
            )
            rows = conn.execute(
                select(records.c.data).where(records.c.entity == "user", ~records.c.deleted)
            ).scalars()
            entries = {}
            for raw in rows:
                user = json.loads(raw)
                profile = {
                    k: user[k] for k in ("id", "username", "name", "role", "city", "team_id")
                }
                viewer = Viewer(user["id"], user["role"], user["team_id"], user["city"])
                entries[user["id"]] = UserEntry(viewer, profile, bool(disabled.get(user["id"])))
        with self.users_lock:
            self.users = entries

    def user(self, user_id: str) -> UserEntry:
        """The live entry of a user; 403 `account_disabled` for a disabled one."""
        entry = self.users.get(user_id)
        if entry is None:
            raise ApiProblem(401, "unauthorized", "The token's user does not exist.")
        if entry.disabled:
            raise ApiProblem(403, "account_disabled", "This account has been disabled.")
        return entry


def _private_file(path: Path, make: str) -> str:
    """Read a secret file, creating it owner-only with `make` if it is missing."""
    if path.exists():
        return path.read_text().strip()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(make + "\n")
    return make


def open_context(config: ServerConfig) -> SimContext:
    """Open (and on first start seed) the data directory of `config`."""
    config.data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(config.data_dir, 0o700)
    secret = _private_file(config.data_dir / "secret", secrets.token_hex(32)).encode()
    admin_file = config.data_dir / "admin-token"
    admin_token = config.admin_token or _private_file(admin_file, secrets.token_urlsafe(24))

    db = Database(config.url)
    db.create_schema()
    seeded = db.get_setting("profile")
    if seeded is None:
        _seed(db, config)
    elif seeded != config.profile:
        raise SystemExit(
            f"{config.data_dir} holds the {seeded!r} profile, not {config.profile!r}; "
            "use another --data directory."
        )
    elif db.get_setting("data_model") != DATA_MODEL:
        raise SystemExit(
            f"{config.data_dir} was seeded by an older simulator (its records lack fields the "
            "contract now requires); delete it or use another --data directory."
        )
    context = SimContext(
        config=config,
        db=db,
        tokens=TokenService(db, secret, config.token_ttl_s),
        faults=FaultState(config.faults),
        secret=secret,
        admin_token=admin_token,
    )
    context.reload_users()
    return context


def _seed(db: Database, config: ServerConfig) -> None:
    # Imported here: the generator (Faker and all) is only needed on first start.
    from bigcust_sim.seed import DEFAULT_SEED, generate, stories
    from bigcust_sim.storage.seeding import seed_database

    started = time.perf_counter()
    seed = DEFAULT_SEED if config.seed is None else config.seed
    dataset = generate(config.profile, seed=seed)
    generated = time.perf_counter()
    written = seed_database(db, dataset)
    # The answer key for scoring analysis: beside the database, never served.
    stories.write(config.data_dir / stories.GROUND_TRUTH_FILE, dataset.ground_truth_document())
    db.set_setting("data_model", DATA_MODEL)
    db.set_setting("profile", config.profile)
    db.set_setting("seed", str(seed))
    db.set_setting("as_of", dataset.as_of.isoformat())
    log.info(
        "seeded %s records (profile %s) in %.1f s (generate %.1f s)",
        written,
        config.profile,
        time.perf_counter() - started,
        generated - started,
    )
