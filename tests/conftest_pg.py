"""A throwaway PostgreSQL server on loopback for the store and service tests.

Started once per test session (initdb into a temporary folder, pg_ctl start on a free port),
stopped and removed at exit. Root may not run postgres, so as root the server runs as the `postgres` user.
Each test gets a database of its own.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/local/pgsql/bin")
_counter = itertools.count()


def _binaries() -> Path | None:
    for folder in _BIN_DIRS:
        if Path(folder, "pg_ctl").exists():
            return Path(folder)
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@cache
def server_url() -> str:
    """Starts the server (once) and returns a URL without a database name."""
    bindir = _binaries()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found; skipping the postgresql runs")
    base = Path(tempfile.mkdtemp(prefix="tracker-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:  # postgres refuses to run as root
        shutil.chown(base, "postgres", "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    data, port = base / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, cwd=base)

    run(str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
        "--locale=C", "--no-sync")
    options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start")
    stop = [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]

    def stop_and_remove() -> None:
        subprocess.run(stop, capture_output=True, check=False)
        shutil.rmtree(base, ignore_errors=True)

    atexit.register(stop_and_remove)
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}"


def fresh_database() -> str:
    """A new empty database on the shared server."""
    import psycopg

    url = server_url()
    name = f"t{os.getpid()}_{next(_counter)}"
    admin = url.replace("postgresql+psycopg", "postgresql") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{url}/{name}"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database to open, once as a SQLite file and once on the PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "t.sqlite")
    return fresh_database()
