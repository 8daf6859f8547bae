"""Importing contracts/ into an empty database: every contract that states its dates gets its
deadlines without a field typed; the others say which date they need (issue 10)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tracker.domain import Need
from tracker.services.app import TrackerService

CONTRACTS = Path(__file__).resolve().parents[3] / "contracts"


@pytest.fixture
def svc(db_url: str) -> Iterator[TrackerService]:
    service = TrackerService.open(db_url, clock=lambda: date(2025, 1, 6))
    yield service
    service.close()


def test_every_dated_sample_gets_deadlines_and_the_others_ask_for_a_date(svc: TrackerService) -> None:
    result = svc.import_paths([CONTRACTS])
    assert result.failed == ()
    dated, undated = [], []
    for summary in svc.list_contracts():
        detail = svc.contract(summary.contract.id or 0)
        if summary.contract.terms.start is not None:
            dated.append(summary.contract.title)
            assert detail.deadlines, summary.contract.title
        else:
            undated.append(summary.contract.title)
            assert {Need.START_DATE, Need.ACCEPTED_DATE} & set(summary.needs), summary.contract.title
    assert len(dated) >= 8
    assert len(dated) + len(undated) == len(result.imported)
