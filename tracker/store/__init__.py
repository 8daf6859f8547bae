"""Storage: SQLAlchemy models, sessions and migrations; rows leave this package as domain objects.

Public interface: `Store.open(path_or_url)` (migrates; `SchemaTooNew` for a newer database),
`store.read(work)` / `store.write(work)` running `work(repo: Repo)` as one transaction, and the
errors `StoreError`, `RowNotFound`, `VersionConflict`, `SchemaTooNew`.
"""

from tracker.store.database import Store
from tracker.store.errors import RowNotFound, SchemaTooNew, StoreError, VersionConflict
from tracker.store.repository import Repo

__all__ = ["Repo", "RowNotFound", "SchemaTooNew", "Store", "StoreError", "VersionConflict"]
