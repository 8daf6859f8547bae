"""Settings live in the database; saving new lead times recomputes reminders; listeners hear changes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tests.unit.services.conftest import write_contract
from tracker.domain import CalendarSpec, Convention, Duty, Settings
from tracker.services.app import TrackerService
from tracker.services.exports import enable_live_ics


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


def _finishes(work: Callable[[], object], seconds: float = 20.0) -> bool:
    """Whether `work` returns within `seconds` on a thread of its own (False: it hangs)."""
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()


def test_the_live_calendar_on_the_first_call_of_a_new_day_does_not_deadlock(
    db_url: str, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    """The old deadlock: the live .ics listener holds its lock and reads deadlines_between, which
    on a new day replanned, wrote, and called the listener again on the same thread."""
    days = [date(2026, 11, 22)]
    svc = TrackerService.open(db_url, clock=lambda: days[-1])
    try:
        svc.save_settings(Settings(live_ics_dir=str(tmp_path)))
        svc.import_paths([write_contract(tmp_path, "a.txt")], start=date(2025, 4, 1))
        enable_live_ics(svc)
        first = svc.upcoming(400)[0]
        days.append(date(2029, 6, 1))  # a new day: the plan is stale

        # the first change of the day: the listener, holding its lock, reads the deadlines
        assert _finishes(lambda: svc.dismiss(first.id))
        assert _finishes(svc.roll_over)  # the roll-over's change rewrites the file too
        assert "2030" in (tmp_path / "tracker.ics").read_text(encoding="utf-8")
    finally:
        svc.close()


def test_a_change_made_by_a_listener_is_delivered_after_it_returns(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    calls: list[str] = []
    lock = threading.Lock()  # not re-entrant, like the live calendar's

    def listener() -> None:
        with lock:
            calls.append("in")
            if len(calls) == 1:
                svc.save_settings(Settings(language="en"))  # a write inside the listener
            calls.append("out")

    svc.add_change_listener(listener)
    assert _finishes(lambda: svc.import_paths([write_contract(tmp_path, "a.txt")]))

    assert calls == ["in", "out", "in", "out"]
