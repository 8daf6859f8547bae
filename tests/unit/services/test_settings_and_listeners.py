"""Settings live in the database; saving new lead times recomputes reminders; listeners hear changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.unit.services.conftest import write_contract
from tracker.domain import CalendarSpec, Convention, Duty, Settings
from tracker.services.app import TrackerService


def test_settings_round_trip_and_new_lead_times_reach_the_reminders(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1))
    calendar = CalendarSpec(year_end_break=False, extra_holidays=frozenset({date(2026, 8, 14)}))
    settings = Settings(language="ja", lead_times=(90, 7), convention=Convention.LEGAL, calendar=calendar,
                        start_at_login=True, live_ics_dir="/tmp/ics", ics_alarms=False)

    svc.save_settings(settings)

    assert svc.settings() == settings
    cutoff = svc.upcoming(130)[0]
    assert cutoff.deadline.reminders == (date(2026, 11, 27), date(2027, 2, 19))


def test_listeners_hear_every_change(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    heard: list[str] = []
    svc.add_change_listener(lambda: heard.append("change"))

    svc.import_paths([write_contract(tmp_path, "a.txt")])
    svc.save_settings(Settings(language="en"))
    svc.list_contracts()

    assert heard == ["change", "change"]


def test_a_new_database_is_empty_and_says_where_it_is(db_url: str) -> None:
    svc = TrackerService.open(db_url)
    try:
        assert svc.is_empty()
        assert svc.settings() == Settings()
        assert svc.today() == date.today()
        location = svc.database_location()
        assert location.endswith("t.sqlite") or location.startswith("postgresql+psycopg://postgres@127.0.0.1")
    finally:
        svc.close()
