"""Every SQLite connection runs in WAL mode with foreign keys on and a busy timeout."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tracker.domain import Settings
from tracker.store import Store


def test_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "t.sqlite"))
    try:
        with store.engine.connect() as connection:
            pragmas = [connection.execute(text(f"PRAGMA {name}")).scalar()
                       for name in ("journal_mode", "foreign_keys", "busy_timeout")]
    finally:
        store.close()

    assert pragmas == ["wal", 1, 30000]
    assert store.location == str(tmp_path / "t.sqlite")


def test_a_rolled_back_unit_of_work_leaves_nothing(tmp_path: Path) -> None:
    store = Store.open(str(tmp_path / "t.sqlite"))
    try:
        with pytest.raises(RuntimeError), store.session_scope(write=True) as repo:
            repo.save_settings(Settings(language="en"))
            raise RuntimeError("the user action failed half-way")
        assert store.read(lambda repo: repo.settings()) == Settings()
    finally:
        store.close()
