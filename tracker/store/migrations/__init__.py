"""Alembic migrations of the tracker's schema, run by tracker.store.migrate."""
