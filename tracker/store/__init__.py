"""Storage: SQLAlchemy models, sessions and migrations; rows leave this package as domain objects.

Public interface: `Store.open(path_or_url)` (migrates; `SchemaTooNew` for a newer database),
`store.read(work)` / `store.write(work)` running `work(repo: Repo)` as one transaction (or
`with store.session_scope(write=True) as repo:`), and the errors `StoreError`, `RowNotFound`,
`VersionConflict`, `SchemaTooNew`, `ForeignDatabase` (another application's SQLite file, refused
before anything is written). Original files are kept as blobs in the database itself, on
SQLite and PostgreSQL alike, so a shared database carries them for the whole team.
"""

from tracker.store.database import Store
from tracker.store.errors import ForeignDatabase, RowNotFound, SchemaTooNew, StoreError, VersionConflict
from tracker.store.repository import Repo

__all__ = ["ForeignDatabase", "Repo", "RowNotFound", "SchemaTooNew", "Store", "StoreError", "VersionConflict"]
