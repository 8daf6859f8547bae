"""Applies the Alembic migrations shipped in tracker/store/migrations, without an alembic.ini.

The schema version is checked first; a database from a newer tracker is refused. Two processes
opening a fresh database at once are serialised (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory
lock), and the one that waited finds the work done.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from tracker.store.engine import WRITE_OPTION
from tracker.store.errors import SchemaTooNew

if TYPE_CHECKING:
    from alembic.config import Config

_SCRIPTS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_ID = 4_417_001  # any constant shared by every tracker process
# the newest revision in migrations/versions (a test keeps it equal to Alembic's head): a database
# already there opens without loading Alembic, a third of a second of every start
HEAD = "0008_ocr_pages"  # (chained after 0006_planning, which landed after 0007_identity)


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Brings the schema to `revision`; raises SchemaTooNew for a database we cannot read."""
    if revision == "head" and _stored_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    target = head_revision() if revision == "head" else revision
    if _check(engine, current_revision(engine)) == target:
        return
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_ID})")
        current = MigrationContext.configure(connection).get_current_revision()
        if _check(engine, current) != target:
            command.upgrade(_config(connection), revision)
        connection.commit()


def _stored_revision(engine: Engine) -> str | None:
    """The revision the database records, read with plain SQL (None: none yet)."""
    with engine.connect() as connection:
        try:
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        except SQLAlchemyError:
            return None


def _check(engine: Engine, current: str | None) -> str | None:
    if current is not None:
        check_known(engine.url.render_as_string(hide_password=True), current)
    return current


def check_known(location: str, revision: str) -> None:
    """SchemaTooNew unless `revision` is one of ours (a database from a newer tracker is not)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        ScriptDirectory.from_config(_config()).get_revision(revision)
    except CommandError:
        raise SchemaTooNew(location, revision, head_revision()) from None
