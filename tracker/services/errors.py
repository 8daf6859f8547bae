"""Errors of the use cases, the only ones the GUI and the CLI need to catch."""

from __future__ import annotations


class ServiceError(Exception):
    """A use case failed; the message is one line fit to show the user."""


class NotFoundError(ServiceError):
    """The contract, duty or deadline is gone (deleted, or a wrong id)."""


class ConflictError(ServiceError):
    """Someone saved the same duty since you read it; reload and apply your change again."""


class DatabaseVersionError(ServiceError):
    """The database was written by a newer tracker; the message names both schema versions."""
