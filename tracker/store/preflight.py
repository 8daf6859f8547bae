"""A SQLite file is looked at read-only before the tracker opens it for real.

Opening it for real writes at once: the first connection switches the file to WAL (header bytes
18-19 change, -wal and -shm files appear) and the migrations add our tables. So a file that
belongs to another application (it has tables that are not ours) or to a newer tracker (a schema
revision we do not know) is refused here, through an immutable read-only connection that writes
nothing and creates no file.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from tracker.store import migrate
from tracker.store.errors import ForeignDatabase, StoreError
from tracker.store.models import Base

_OURS = frozenset(Base.metadata.tables) | {"alembic_version"}
_TABLES = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"


def check_sqlite_file(url: str) -> None:
    """Raise ForeignDatabase, SchemaTooNew or StoreError for an existing SQLite file we must not
    open; a new or empty file, a database of ours, and every other kind of URL pass."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(parsed.database)
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)) as db:
            names = {name for (name,) in db.execute(_TABLES)}
            found = db.execute("SELECT version_num FROM alembic_version").fetchone() \
                if "alembic_version" in names else None
    except sqlite3.Error as exc:  # "file is not a database", a damaged file
        raise StoreError(f"cannot open the database {path}: {exc}") from exc
    foreign = sorted(name for name in names - _OURS if not name.startswith("sqlite_"))
    if foreign:
        raise ForeignDatabase(str(path), foreign)
    if found is not None and found[0] != migrate.HEAD:
        migrate.check_known(str(path), found[0])
