"""Errors the store raises instead of SQLAlchemy's, so callers never need to import SQLAlchemy."""

from __future__ import annotations


class StoreError(Exception):
    """A storage failure the caller cannot fix by retrying."""


class RowNotFound(StoreError):
    """The contract, duty or deadline named by an id does not exist (any more)."""


class VersionConflict(StoreError):
    """Someone else saved the row since it was read: the caller's copy is stale."""


class ForeignDatabase(StoreError):
    """The file is another application's database: it holds tables that are not the tracker's."""

    def __init__(self, location: str, tables: list[str]) -> None:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        super().__init__(
            f"the database {location} belongs to another application (tables {shown}); it was not "
            f"opened and nothing was written to it: name a new file or a tracker database"
        )
        self.tables = tables


class SchemaTooNew(StoreError):
    """The database was written by a newer tracker whose schema this one does not know."""

    def __init__(self, location: str, found: str, known: str) -> None:
        super().__init__(
            f"the database {location} has schema version {found}, newer than this tracker's "
            f"version {known}; update the tracker or use another database"
        )
        self.found = found
        self.known = known
