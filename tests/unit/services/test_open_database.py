"""Where the service opens its database, and what it says about one it cannot use."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tracker.services.app import TrackerService
from tracker.services.errors import DatabaseVersionError
from tracker.store.migrate import HEAD


def test_tracker_db_names_the_database_when_none_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_DB", str(tmp_path / "from-env.sqlite"))

    svc = TrackerService.open()
    svc.close()

    assert svc.database_location() == str(tmp_path / "from-env.sqlite")


def test_the_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))

    svc = TrackerService.open()
    svc.close()

    assert svc.database_location() == str(tmp_path / "data" / "contract-deadline-tracker" / "tracker.sqlite")


def test_a_newer_database_is_refused_with_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "t.sqlite"
    TrackerService.open(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0107'"))
    engine.dispose()

    with pytest.raises(DatabaseVersionError, match=rf"0107.*{HEAD}"):
        TrackerService.open(str(path))
