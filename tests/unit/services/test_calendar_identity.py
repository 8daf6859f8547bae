"""Calendar UIDs come from the contract's identity and the duty's place, never from row ids:
the cases of the written rule (tracker/export/identity.py), on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tests.conftest_pg import fresh_database
from tests.unit.services.conftest import TODAY, write_contract
from tracker.domain import Duty
from tracker.export import deadline_uid
from tracker.services.app import TrackerService

RULE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
                  r"\.[a-z_]+\.(\d+-\d+|terms)\.[A-Za-z0-9_-]+@contract-deadline-tracker$")


def _uids(svc: TrackerService) -> set[str]:
    return {deadline_uid(r) for r in svc.deadlines_between(date(2020, 1, 1), date(2035, 1, 1), series=True)}


def _import(svc: TrackerService, path: Path) -> None:
    result = svc.import_paths([path], start=date(2025, 12, 15))
    assert not result.failed


def _other_database(db_url: str, tmp_path: Path) -> str:
    if db_url.startswith("postgresql"):
        return fresh_database()
    return f"sqlite:///{tmp_path / 'colleague.sqlite'}"


def test_uids_follow_the_rule_and_hold_no_slash_nor_row_id(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _import(svc, write_contract(tmp_path, "a.txt"))
    uids = _uids(svc)
    assert len(uids) == 7
    assert all(RULE.match(uid) for uid in uids), uids
    assert not any("/" in uid or uid.startswith("1-") for uid in uids)


def test_re_import_and_delete_then_re_import_keep_the_uids(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    path = write_contract(tmp_path, "a.txt")
    _import(svc, path)
    first = _uids(svc)
    _import(svc, path)
    assert _uids(svc) == first
    svc.delete_contract(1)
    assert _uids(svc) == set()
    _import(svc, write_contract(tmp_path, "b.txt", "another"))  # takes the freed row id, if any
    _import(svc, path)  # a new row, the same file: the same identity
    assert first <= _uids(svc)


def test_another_file_gets_another_identity(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _import(svc, write_contract(tmp_path, "a.txt", "A"))
    _import(svc, write_contract(tmp_path, "b.txt", "B"))
    contracts = {uid.split(".")[0] for uid in _uids(svc)}
    assert len(contracts) == 2


def test_two_databases_never_share_a_uid(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...], db_url: str
) -> None:
    """Two colleagues each import one contract (row id 1 in both): one shared calendar keeps both."""
    _import(svc, write_contract(tmp_path, "mine.txt", "mine"))
    colleague = TrackerService.open(_other_database(db_url, tmp_path), clock=lambda: TODAY)
    try:
        _import(colleague, write_contract(tmp_path, "theirs.txt", "theirs"))
        assert _uids(svc).isdisjoint(_uids(colleague))
        # even the same file: each database gives it its own identity
        _import(colleague, write_contract(tmp_path, "mine.txt", "mine"))
        assert _uids(svc).isdisjoint(_uids(colleague))
    finally:
        colleague.close()


def test_members_of_a_shared_database_see_the_same_uids(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...], db_url: str
) -> None:
    _import(svc, write_contract(tmp_path, "a.txt"))
    other = TrackerService.open(db_url, clock=lambda: TODAY)
    try:
        assert _uids(other) == _uids(svc)
    finally:
        other.close()


def test_a_date_counted_from_an_event_is_placed_by_its_clause_and_named_by_the_event(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _import(svc, write_contract(tmp_path, "a.txt"))
    return_duty = extraction[3]
    svc.record_event(1, "termination", date(2026, 12, 1))
    uids = [u for u in _uids(svc) if ".return." in u]
    start, end = return_duty.span.start, return_duty.span.end
    expected = f"return.{start}-{end}.termination@contract-deadline-tracker"
    assert [u.split(".", 1)[1] for u in uids] == [expected]
