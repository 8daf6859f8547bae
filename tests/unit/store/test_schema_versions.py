"""Migrations: a database made at the first schema version keeps its data at head; a newer one is refused."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from tracker.domain import Direction, Duty, DutyKind, Party, Period, Settings, SourceSpan, Unit
from tracker.store import Repo, SchemaTooNew, Store
from tracker.store.codec import encode
from tracker.store.engine import database_url
from tracker.store.migrate import HEAD

DUTY = Duty(kind=DutyKind.RETURN, obligor=Party.CUSTOMER, period=Period(14, Unit.DAY, Direction.AFTER),
            anchor="termination", span=SourceSpan(3, 9, "14日以内に返還"))


def _add(repo: Repo) -> int:
    """A contract and a duty as the first revision's tables hold them (today's Repo writes columns
    that did not exist then)."""
    session = repo.session
    session.execute(text(
        "INSERT INTO contracts (id, title, role, content_hash, terms, status, notes, document, imported_at) "
        "VALUES (1, 'Old one', 'customer', 'abc', '{}', 'active', '', :doc, '2026-01-01 00:00:00')"),
        {"doc": '{"source": "x.txt", "title": null, "text": "第1条 本文"}'})
    session.execute(text("INSERT INTO originals (contract_id, filename, data) VALUES (1, 'x.txt', :data)"),
                    {"data": b"raw"})
    session.execute(text("INSERT INTO duties (id, contract_id, extracted, state, version) "
                         "VALUES (1, 1, :duty, 'suggested', 1)"), {"duty": json.dumps(encode(DUTY))})
    return 1


def test_data_written_at_the_first_revision_survives_the_upgrade(db_url: str) -> None:
    old = Store.open(db_url, revision="0001")
    contract_id = old.write(_add)
    old.write(lambda repo: repo.save_settings(Settings(language="ja")))
    old.write(lambda repo: repo.set_event(contract_id, "termination", date(2026, 12, 1)))
    indexes_before = {i["name"] for i in inspect(old.engine).get_indexes("deadlines")}
    old.close()

    store = Store.open(db_url)
    try:
        assert store.read(lambda repo: repo.contract(contract_id).title) == "Old one"
        assert store.read(lambda repo: repo.original(contract_id)) == ("x.txt", b"raw")
        assert store.read(lambda repo: repo.events(contract_id)) == {"termination": date(2026, 12, 1)}
        assert store.read(lambda repo: repo.settings()) == Settings(language="ja")
        # the upgrade gave the contract its identity and the duty its place in the contract
        assert uuid.UUID(store.read(lambda repo: repo.contract_uid(contract_id))).version == 4
        assert store.read(lambda repo: repo.duty(1).duty) == DUTY
        with store.engine.connect() as connection:
            place = connection.execute(text("SELECT clause_start, clause_end FROM duties")).one()
        assert tuple(place) == (3, 9)
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("deadlines")}
        assert indexes - indexes_before == {"ix_deadlines_due", "ix_deadlines_state_first_reminder",
                                            "ix_deadlines_state_due", "ix_deadlines_recurring"}
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
