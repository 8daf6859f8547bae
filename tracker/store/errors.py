"""Errors the store raises instead of SQLAlchemy's, so callers never need to import SQLAlchemy."""

from __future__ import annotations


class StoreError(Exception):
    """A storage failure the caller cannot fix by retrying."""


class RowNotFound(StoreError):
    """The contract, duty or deadline named by an id does not exist (any more)."""


class VersionConflict(StoreError):
    """Someone else saved the row since it was read: the caller's copy is stale."""


class SchemaTooNew(StoreError):
    """The database was written by a newer tracker whose schema this one does not know."""

    def __init__(self, location: str, found: str, known: str) -> None:
        super().__init__(
            f"the database {location} has schema version {found}, newer than this tracker's "
            f"version {known}; update the tracker or use another database"
        )
        self.found = found
        self.known = known
