"""Engines for SQLite and PostgreSQL, and the transaction discipline both share.

SQLite: WAL (readers never wait for the writer), foreign keys on, a busy timeout, and write
transactions started with BEGIN IMMEDIATE so two writers queue instead of failing when one tries
to upgrade its read lock. pysqlite's own transaction handling is switched off for that (the
SQLAlchemy recipe for SQLite transactions).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event

BUSY_TIMEOUT_MS = 30_000
# execution option marking a connection whose transaction will write
WRITE_OPTION = "tracker_write"


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for `target`: a URL as given, a plain path as a SQLite file."""
    text = str(target)
    if "://" in text:
        return text
    path = Path(text).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _to_json(value: Any) -> str:
    # Japanese as UTF-8 (a third the size of \u escapes), no spaces after separators
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, json_serializer=_to_json)
    engine = create_engine(url, json_serializer=_to_json,
                           connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see _sqlite_begin
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable across a crash of the app
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin(connection: Connection) -> None:
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
