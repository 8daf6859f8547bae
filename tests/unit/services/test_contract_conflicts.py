"""Optimistic locking on contracts and their facts: a save that started from an older version is
refused, so a second window or a colleague never silently undoes a saved change."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import TODAY, write_contract
from tracker.domain import Duty, FactName, FactState
from tracker.services.app import TrackerService
from tracker.services.errors import ConflictError


def test_the_second_save_of_the_same_contract_gets_a_conflict(
    svc: TrackerService, other_user: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    alice, bob = svc, other_user
    (contract_id,) = alice.import_paths([write_contract(tmp_path, "a.txt")]).imported
    seen_by_alice = alice.contract(contract_id).contract
    seen_by_bob = bob.contract(contract_id).contract

    saved = alice.update_contract(contract_id, terms=replace(seen_by_alice.terms, start=date(2025, 7, 1)),
                                  version=seen_by_alice.version)
    with pytest.raises(ConflictError):
        bob.update_contract(contract_id, terms=replace(seen_by_bob.terms, start=date(2024, 1, 1)),
                            notes="bob's", version=seen_by_bob.version)

    stored = bob.contract(contract_id)
    assert (stored.contract.terms.start, stored.contract.notes) == (date(2025, 7, 1), "")
    assert stored.contract.version == saved.contract.version > seen_by_bob.version
    start = {f.name: f for f in stored.facts}[FactName.START]
    assert (start.value, start.state) == (date(2025, 7, 1), FactState.CONFIRMED)
    # overwriting on purpose: the save names the version it now sees
    bob.update_contract(contract_id, notes="bob's", version=stored.contract.version)
    assert bob.contract(contract_id).contract.notes == "bob's"


def test_planning_does_not_count_as_an_edit(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    days = [TODAY]
    svc = TrackerService.open(db_url, clock=lambda: days[-1])
    try:
        path = write_contract(tmp_path, "a.txt")
        (contract_id,) = svc.import_paths([path], start=date(2025, 4, 1)).imported
        seen = svc.contract(contract_id).contract
        days.append(date(2029, 6, 1))
        assert svc.roll_over() == 1

        svc.update_contract(contract_id, notes="still mine", version=seen.version)  # no conflict
        assert svc.contract(contract_id).contract.notes == "still mine"
    finally:
        svc.close()


def test_every_write_of_a_fact_raises_its_version(svc: TrackerService, tmp_path: Path,
                                                  extraction: tuple[Duty, ...]) -> None:
    (contract_id,) = svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1)).imported
    before = {f.name: f.version for f in svc.contract(contract_id).facts}
    terms = svc.contract(contract_id).contract.terms

    svc.update_contract(contract_id, terms=replace(terms, start=date(2025, 5, 1)))

    after = {f.name: f.version for f in svc.contract(contract_id).facts}
    assert after[FactName.START] == before[FactName.START] + 1
