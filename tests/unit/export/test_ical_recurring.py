"""A recurring deadline in the .ics: one VEVENT with an RRULE, overrides for the moved occurrences.

Read back with icalendar, the occurrences expanded with dateutil as a calendar application would.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta

import icalendar
from dateutil.rrule import rrulestr

from tests.unit.export.conftest import C3, MakeRecord
from tracker.domain import CalendarSpec, DutyKind, Explanation, Recurrence, ReminderState, Roll
from tracker.export import IcalOptions, deadlines_to_ical

STAMP = datetime(2026, 5, 1, tzinfo=UTC)
RENT = Recurrence(
    rule="FREQ=MONTHLY;BYMONTHDAY=-1", first=date(2025, 10, 31), until=date(2027, 9, 30), roll=Roll.PREVIOUS,
    calendar=CalendarSpec(),
    explanation=Explanation(ja="繰り返し: 毎月末日 (休業日にあたるときは前営業日)、2025-10-31 から",
                            en="repeats on the last day of each month"),
    moves=((date(2026, 5, 31), date(2026, 5, 29)), (date(2026, 10, 31), date(2026, 10, 30))),
)


def _rent(make_record: MakeRecord, **changes):  # type: ignore[no-untyped-def]
    record = make_record(key="d4/monthly", kind=DutyKind.PAYMENT, due=date(2026, 5, 29),
                         reminders=(date(2026, 5, 22), date(2026, 5, 28)), **changes)
    return dataclasses.replace(record, deadline=dataclasses.replace(record.deadline, recurrence=RENT))


def _expand(data: bytes, first: date, last: date) -> list[date]:
    """The days a calendar shows: the RRULE's days, with each RECURRENCE-ID moved to its DTSTART."""
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    master = next(e for e in events if "RRULE" in e)
    start = master.decoded("DTSTART")
    rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=datetime.combine(start, time()))
    moved = {e.decoded("RECURRENCE-ID"): e.decoded("DTSTART") for e in events if "RECURRENCE-ID" in e}
    days = [moved.get(d.date(), d.date()) for d in rule]
    return [day for day in days if first <= day <= last]


def test_one_event_with_an_rrule_from_the_first_day_as_counted(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([_rent(make_record)], stamp=STAMP)
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    master, *overrides = events
    assert master.decoded("DTSTART") == date(2025, 10, 31)
    assert master["RRULE"].to_ical() == b"FREQ=MONTHLY;UNTIL=20270930;BYMONTHDAY=-1"
    assert "根拠: 繰り返し: 毎月末日 (休業日にあたるときは前営業日)" in str(master["DESCRIPTION"])
    assert {str(e["UID"]) for e in events} == {f"{C3}.payment.120-180.monthly@contract-deadline-tracker"}
    assert [(e.decoded("RECURRENCE-ID"), e.decoded("DTSTART")) for e in overrides] == list(RENT.moves)


def test_a_calendar_shows_each_month_on_its_business_day(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([_rent(make_record)], stamp=STAMP)
    assert _expand(data, date(2026, 5, 1), date(2026, 11, 30)) == [
        date(2026, 5, 29), date(2026, 6, 30), date(2026, 7, 31), date(2026, 8, 31), date(2026, 9, 30),
        date(2026, 10, 30), date(2026, 11, 30)]
    assert _expand(data, date(2027, 9, 1), date(2028, 12, 31)) == [date(2027, 9, 30)]


def test_alarms_fire_before_every_occurrence(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([_rent(make_record)], stamp=STAMP, options=IcalOptions(alarm_time=time(9)))
    master = next(e for e in icalendar.Calendar.from_ical(data).walk("VEVENT") if "RRULE" in e)
    triggers = sorted(alarm.decoded("TRIGGER") for alarm in master.walk("VALARM"))
    # 7 and 1 days before (the next occurrence 05-29 has its reminders on 05-22 and 05-28), at 9:00
    assert triggers == [-timedelta(days=7) + timedelta(hours=9), -timedelta(days=1) + timedelta(hours=9)]


def test_a_dismissed_series_keeps_its_events_without_alarms(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([_rent(make_record, state=ReminderState.DISMISSED)], stamp=STAMP)
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    assert len(events) == 3 and not any(e.walk("VALARM") for e in events)
