"""Command line of the simulator: `bigcust-sim serve ...` and `bigcust-sim users --data DIR`.

Depends on `server`, `context` and `faults`; see docs/sync-protocol.md for the options.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bigcust_sim.config import DEFAULT_PASSWORD_ITERATIONS, DEFAULT_TOKEN_TTL_S, ServerConfig
from bigcust_sim.faults import Faults

PROFILES = ("small", "large", "city", "province")  # bigcust_sim.seed.PROFILES, without Faker


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bigcust-sim", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the simulator")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (loopback by default)")
    serve.add_argument("--port", type=int, default=8700, help="0 picks a free port")
    serve.add_argument("--data", type=Path, required=True, help="data directory")
    serve.add_argument("--profile", choices=PROFILES, default="small")
    serve.add_argument("--seed", type=int, default=None, help="seed of the generated data")
    serve.add_argument("--token-ttl", type=int, default=DEFAULT_TOKEN_TTL_S, help="seconds")
    serve.add_argument("--admin-token", default=None, help="else DATA/admin-token")
    serve.add_argument("--churn", type=float, default=0.0, help="changes per second")
    serve.add_argument(
        "--database-url",
        default=None,
        help="SQLAlchemy URL, e.g. postgresql://user@host/db (psycopg 3); default DATA/sim.sqlite3",
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes on the one port (PostgreSQL only when above 1)",
    )
    serve.add_argument(
        "--password-iterations",
        type=int,
        default=DEFAULT_PASSWORD_ITERATIONS,
        help="PBKDF2-HMAC-SHA256 cost of stored passwords",
    )
    serve.add_argument(
        "--login-failures-per-user",
        type=int,
        default=5,
        help="failed sign-ins of one user name (15 min) before 429",
    )
    serve.add_argument(
        "--login-failures-per-address",
        type=int,
        default=50,
        help="failed sign-ins from one address (15 min) before 429",
    )
    serve.add_argument(
        "--exit-with-stdin", action="store_true", help="stop when stdin closes (launcher)"
    )
    faults = serve.add_argument_group("faults (also settable by PUT /admin/faults)")
    faults.add_argument("--latency-ms", type=int, default=0)
    faults.add_argument("--error-rate", type=float, default=0.0)
    faults.add_argument("--unavailable", type=int, default=0, help="next N requests get 503")
    faults.add_argument("--retry-after", type=int, default=1, help="seconds, with 503")
    faults.add_argument("--drop-rate", type=float, default=0.0)
    faults.add_argument("--truncate-rate", type=float, default=0.0)
    faults.add_argument("--malformed-records", type=int, default=0)
    faults.add_argument("--expire-tokens", type=int, default=0)
    faults.add_argument("--fault-seed", type=int, default=0)

    users = commands.add_parser("users", help="list the seeded users and the demo password")
    users.add_argument("--data", type=Path, required=True)
    users.add_argument("--profile", choices=PROFILES, default=None, help="seed if empty (small)")
    users.add_argument("--database-url", default=None, help="as for serve")
    openapi = commands.add_parser("openapi", help="write the OpenAPI document (docs/openapi.json)")
    openapi.add_argument("--out", type=Path, default=None, help="file; stdout if absent")
    return parser


def openapi_text() -> str:
    """The OpenAPI document exactly as committed in docs/openapi.json."""
    import json

    from bigcust_sim.app import build_app

    return json.dumps(build_app().openapi(), ensure_ascii=False, indent=2) + "\n"


def _openapi(args: argparse.Namespace) -> None:
    text = openapi_text()
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")


def _serve(args: argparse.Namespace) -> None:
    from bigcust_sim.server import serve

    faults = Faults(
        latency_ms=args.latency_ms,
        error_rate=args.error_rate,
        unavailable=args.unavailable,
        retry_after=args.retry_after,
        drop_rate=args.drop_rate,
        truncate_rate=args.truncate_rate,
        malformed_records=args.malformed_records,
        expire_tokens=args.expire_tokens,
        seed=args.fault_seed,
    )
    config = ServerConfig(
        data_dir=args.data,
        profile=args.profile,
        seed=args.seed,
        host=args.host,
        port=args.port,
        token_ttl_s=args.token_ttl,
        admin_token=args.admin_token,
        churn=args.churn,
        database_url=args.database_url,
        faults=faults,
        workers=args.workers,
        password_iterations=args.password_iterations,
        login_failures_per_user=args.login_failures_per_user,
        login_failures_per_address=args.login_failures_per_address,
    )
    if config.workers < 1 or (config.workers > 1 and not config.database_url):
        sys.exit("--workers above 1 needs --database-url of a PostgreSQL database")
    serve(config, exit_with_stdin=args.exit_with_stdin)


def _seeded_profile(config: ServerConfig) -> str | None:
    from bigcust_sim.storage.database import Database

    if config.database_url is None and not (config.data_dir / "sim.sqlite3").exists():
        return None
    db = Database(config.url)
    db.create_schema()
    profile = db.get_setting("profile")
    db.dispose()
    return profile


def _users(args: argparse.Namespace) -> None:
    from bigcust_sim.context import open_context
    from bigcust_sim.seed import DEMO_PASSWORD

    config = ServerConfig(data_dir=args.data, database_url=args.database_url)
    config.profile = args.profile or _seeded_profile(config) or "small"
    ctx = open_context(config)
    rows = sorted(ctx.users.values(), key=lambda u: (u.profile["team_id"], u.profile["role"]))
    print(f"{'username':<16} {'name':<8} {'role':<18} {'team':<10} city")
    for entry in rows:
        p = entry.profile
        note = "  (disabled)" if entry.disabled else ""
        print(
            f"{p['username']:<16} {p['name']:<8} {p['role']:<18} {p['team_id']:<10} "
            f"{p['city']}{note}"
        )
    print(f"\nEvery seeded user signs in with the demo password: {DEMO_PASSWORD}")


def main(argv: list[str] | None = None) -> None:
    args = _parser().parse_args(argv)
    {"serve": _serve, "users": _users, "openapi": _openapi}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
