"""Store tests run on SQLite and on PostgreSQL (see tests/conftest_pg.py)."""

from tests.conftest_pg import db_url

__all__ = ["db_url"]
