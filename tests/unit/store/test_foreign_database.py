"""A database that is not ours, or is newer, is refused before anything is written to it: the
file keeps every byte (its header too), gains no table, and no -wal or -shm file appears."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tracker.cli.main import main
from tracker.store import ForeignDatabase, SchemaTooNew, Store, StoreError


def _other_application(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        db.execute("CREATE TABLE settings (key TEXT, value TEXT)")  # a name we use too
        db.execute("INSERT INTO notes (body) VALUES ('keep me')")
        db.commit()
    return path


def _newer_tracker(path: Path) -> Path:
    Store.open(str(path)).close()
    with closing(sqlite3.connect(path)) as db:
        db.execute("UPDATE alembic_version SET version_num = '0107_future'")
        db.commit()
        db.execute("PRAGMA journal_mode = DELETE")  # folds the WAL in: the file alone is the database
    return path


def _snapshot(path: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


def test_another_applications_file_is_refused_untouched(tmp_path: Path) -> None:
    path = _other_application(tmp_path / "notes.db")
    before = _snapshot(path)

    with pytest.raises(ForeignDatabase, match=r"notes\.db belongs to another application \(tables notes\)"):
        Store.open(str(path))

    assert _snapshot(path) == before  # header bytes included: no switch to WAL
    with closing(sqlite3.connect(path)) as db:
        assert {n for (n,) in db.execute("SELECT name FROM sqlite_master")} == {"notes", "settings"}


def test_a_newer_trackers_database_is_refused_untouched(tmp_path: Path) -> None:
    path = _newer_tracker(tmp_path / "tracker.sqlite")
    before = _snapshot(path)

    with pytest.raises(SchemaTooNew, match="0107_future"):
        Store.open(str(path))

    assert _snapshot(path) == before


def test_a_file_that_is_no_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "contract.txt"
    path.write_text("第1条 本契約は見本とする。\n" * 200, encoding="utf-8")
    before = _snapshot(path)

    with pytest.raises(StoreError, match=r"contract\.txt: file is not a database"):
        Store.open(str(path))

    assert _snapshot(path) == before


def test_an_empty_file_and_our_own_database_open(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    path.touch()
    Store.open(str(path)).close()
    Store.open(str(path)).close()  # ours now: opens again


def test_the_cli_refuses_in_one_line_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _other_application(tmp_path / "notes.db")
    assert main(["list", "--db", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "belongs to another application" in err
