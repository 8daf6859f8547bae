"""Duty review with optimistic locking: two users saving the same duty never overwrite each other."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import TODAY, write_contract
from tracker.domain import Direction, Duty, DutyKind, Party, Period, ReviewState, SourceSpan, Unit
from tracker.services.app import TrackerService
from tracker.services.errors import ConflictError, NotFoundError


def test_the_second_save_of_the_same_duty_gets_a_conflict(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    alice = TrackerService.open(db_url, clock=lambda: TODAY)
    bob = TrackerService.open(db_url, clock=lambda: TODAY)
    try:
        (contract_id,) = alice.import_paths([write_contract(tmp_path, "a.txt")]).imported
        seen_by_alice = alice.contract(contract_id).duties[2]
        seen_by_bob = bob.contract(contract_id).duties[2]

        saved = alice.edit_duty(seen_by_alice.id, replace(seen_by_alice.duty, anchor="start"),
                                version=seen_by_alice.version)
        with pytest.raises(ConflictError):
            bob.set_duty_state(seen_by_bob.id, ReviewState.REJECTED, version=seen_by_bob.version)

        stored = bob.contract(contract_id).duties[2]
        assert (stored.state, stored.duty.anchor) == (ReviewState.EDITED, "start")
        assert stored.version == saved.version
        assert stored.extracted == extraction[2]
        assert saved.version > seen_by_alice.version
    finally:
        alice.close()
        bob.close()


def test_a_hand_made_duty_is_confirmed_and_has_no_extraction(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    (contract_id,) = svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1)).imported
    mine = Duty(kind=DutyKind.NOTIFICATION, obligor=Party.CUSTOMER,
                period=Period(7, Unit.DAY, Direction.AFTER), anchor="notice_arrival",
                span=SourceSpan(0, 0, "by hand"))

    record = svc.add_duty(contract_id, mine)

    assert (record.state, record.extracted, record.duty) == (ReviewState.CONFIRMED, None, mine)
    assert svc.list_contracts()[0].confirmed_count == 1
    with pytest.raises(NotFoundError):
        svc.add_duty(999_999, mine)


def test_a_deleted_contract_is_gone_with_everything_it_held(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    (contract_id,) = svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1)).imported

    svc.delete_contract(contract_id)

    assert svc.is_empty()
    assert svc.upcoming(1000) == []
    with pytest.raises(NotFoundError):
        svc.contract(contract_id)


def test_two_saves_racing_on_the_same_version_leave_one_winner(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    users = [TrackerService.open(db_url, clock=lambda: TODAY) for _ in range(2)]
    try:
        (contract_id,) = users[0].import_paths([write_contract(tmp_path, "a.txt")]).imported
        read = users[0].contract(contract_id).duties[2]
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def save(svc: TrackerService, state: ReviewState) -> None:
            start.wait()
            try:
                svc.set_duty_state(read.id, state, version=read.version)
                outcomes.append(state.value)
            except ConflictError:
                outcomes.append("conflict")

        threads = [threading.Thread(target=save, args=(svc, state))
                   # one save changes nothing (the duty is already suggested): it must still be checked
                   for svc, state in zip(users, (ReviewState.CONFIRMED, ReviewState.SUGGESTED), strict=True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert len(outcomes) == 2 and outcomes.count("conflict") == 1
        winner = next(o for o in outcomes if o != "conflict")
        stored = users[1].contract(contract_id).duties[2]
        assert (stored.state.value, stored.version) == (winner, read.version + 1)
    finally:
        for svc in users:
            svc.close()
