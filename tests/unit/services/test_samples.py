"""The sample contracts offered on first run fill the calendar at once."""

from __future__ import annotations

from tracker.resources import sample_contracts_dir
from tracker.services.app import TrackerService


def test_every_sample_is_imported_and_the_calendar_is_not_empty(svc: TrackerService) -> None:
    files = [p for p in sample_contracts_dir().iterdir() if p.name != "README.md"]

    result = svc.load_samples()

    assert (len(result.imported), result.failed) == (len(files), ())
    assert len(svc.upcoming(365)) > 0
    assert svc.load_samples().updated == result.imported
