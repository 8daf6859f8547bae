"""Migrations: a database made at the first schema version keeps its data at head; a newer one is refused."""

from __future__ import annotations

import subprocess
import sys
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, MetaData, create_engine, insert, inspect, text

from tracker.domain import (
    DeadlineId,
    Direction,
    Duty,
    DutyKind,
    Party,
    Period,
    ReminderState,
    Settings,
    SourceSpan,
    Unit,
)
from tracker.store import SchemaTooNew, Store
from tracker.store.codec import encode
from tracker.store.engine import database_url
from tracker.store.migrate import HEAD

DUTY = Duty(kind=DutyKind.RETURN, obligor=Party.CUSTOMER, period=Period(14, Unit.DAY, Direction.AFTER),
            anchor="termination", span=SourceSpan(3, 9, "14日以内に返還"))


def _write_at_first_revision(engine: Engine) -> None:
    """Rows as the first schema held them, written with its own columns (today's Repo writes
    today's): a contract, its original, a duty, a setting, an event and a deadline keyed "<duty>/<cycle>"."""
    tables = MetaData()
    tables.reflect(engine)
    with engine.begin() as connection:
        connection.execute(insert(tables.tables["contracts"]).values(
            id=1, title="Old one", role="customer", content_hash="abc", terms={}, status="active", notes="",
            document={"source": "x.txt", "title": None, "text": "第1条 本文", "articles": []},
            imported_at=datetime(2026, 1, 5, 9, 0)))
        connection.execute(insert(tables.tables["originals"]).values(contract_id=1, filename="x.txt",
                                                                     data=b"raw"))
        connection.execute(insert(tables.tables["settings"]).values(key="settings", value={"language": "ja"}))
        connection.execute(insert(tables.tables["events"]).values(contract_id=1, anchor="termination",
                                                                  day=date(2026, 12, 1)))
        connection.execute(insert(tables.tables["duties"]).values(
            id=1, contract_id=1, extracted=encode(DUTY), state="suggested", version=1))
        connection.execute(insert(tables.tables["deadlines"]).values(
            contract_id=1, key="term/0", kind="term", due=date(2026, 12, 1), state="dismissed", sequence=0,
            detail={"key": "term/0", "kind": "term", "due": "2026-12-01", "unrolled": "2026-12-01",
                    "explanation": {"ja": "終了", "en": "ended"}},
            clause_text=""))


def test_data_written_at_the_first_revision_survives_the_upgrade(db_url: str) -> None:
    old = Store.open(db_url, revision="0001")
    _write_at_first_revision(old.engine)
    indexes_before = {i["name"] for i in inspect(old.engine).get_indexes("deadlines")}
    old.close()

    store = Store.open(db_url)
    try:
        assert store.read(lambda repo: repo.contract(1).title) == "Old one"
        assert store.read(lambda repo: repo.document(1).text) == "第1条 本文"
        assert store.read(lambda repo: repo.original(1)) == ("x.txt", b"raw")
        assert store.read(lambda repo: repo.events(1)) == {"termination": date(2026, 12, 1)}
        assert store.read(lambda repo: repo.settings()) == Settings(language="ja")
        (deadline,) = store.read(lambda repo: repo.contract_deadlines(1))
        assert (deadline.deadline.key, deadline.state) == (DeadlineId("term", "0"), ReminderState.DISMISSED)
        # not planned since the upgrade: the next roll-over, whatever its day, plans it
        assert store.read(lambda repo: repo.due_for_replan(date(2000, 1, 1), 10)) == [1]
        # the upgrade gave the contract its identity and the duty its place in the contract
        assert uuid.UUID(store.read(lambda repo: repo.contract_uid(1))).version == 4
        assert store.read(lambda repo: repo.duty(1).duty) == DUTY
        with store.engine.connect() as connection:
            place = connection.execute(text("SELECT clause_start, clause_end FROM duties")).one()
        assert tuple(place) == (3, 9)
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("deadlines")}
        assert indexes - indexes_before >= {"ix_deadlines_due", "ix_deadlines_state_first_reminder",
                                            "ix_deadlines_state_due", "ix_deadlines_recurring",
                                            "ix_deadlines_duty_id"}
    finally:
        store.close()


def test_a_database_from_a_newer_tracker_is_refused_naming_both_versions(db_url: str) -> None:
    Store.open(db_url).close()
    engine = create_engine(database_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()

    with pytest.raises(SchemaTooNew, match=rf"schema version 0099, newer than this tracker's version {HEAD}"):
        Store.open(db_url)


def test_the_head_constant_is_alembics_head() -> None:
    from tracker.store import migrate

    assert migrate.head_revision() == migrate.HEAD


def test_a_current_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    path = tmp_path / "current.sqlite"
    Store.open(str(path)).close()
    probe = ("import sys; from tracker.store import Store; Store.open(sys.argv[1]).close(); "
             "print('alembic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
