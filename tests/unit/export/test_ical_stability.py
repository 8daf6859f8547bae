"""Re-exporting keeps UIDs and bytes, and a moved date raises SEQUENCE, so calendars update in place."""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from tests.unit.export.conftest import C3, MakeRecord
from tracker.export import IcalOptions, deadlines_to_ical

STAMP = datetime(2026, 11, 22, tzinfo=UTC)


def test_two_exports_of_unchanged_data_are_byte_identical(make_record: MakeRecord) -> None:
    records = [make_record(), make_record(contract_id=4, key="d1/0", due=date(2026, 12, 31))]
    options = IcalOptions(reminder_events=True)
    first = deadlines_to_ical(records, stamp=STAMP, options=options)
    second = deadlines_to_ical(list(reversed(records)), stamp=STAMP, options=options)
    assert first == second


def test_only_dtstamp_differs_on_another_day(make_record: MakeRecord) -> None:
    first = deadlines_to_ical([make_record()], stamp=STAMP).split(b"\r\n")
    later = deadlines_to_ical([make_record()], stamp=datetime(2026, 11, 23, tzinfo=UTC)).split(b"\r\n")
    changed = [(a, b) for a, b in zip(first, later, strict=True) if a != b]
    assert changed == [(b"DTSTAMP:20261122T000000Z", b"DTSTAMP:20261123T000000Z")]


def test_a_moved_deadline_keeps_its_uid_and_carries_the_raised_sequence(make_record: MakeRecord) -> None:
    before = deadlines_to_ical(
        [make_record(sequence=0)], stamp=STAMP, options=IcalOptions(reminder_events=True)
    )
    moved = make_record(due=date(2026, 11, 30), reminders=(date(2026, 10, 1),), sequence=1)
    after = deadlines_to_ical([moved], stamp=STAMP, options=IcalOptions(reminder_events=True))
    old = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(before).walk("VEVENT")}
    new = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(after).walk("VEVENT")}
    uid = f"{C3}.renewal_notice.120-180.0@contract-deadline-tracker"
    assert old[uid].decoded("DTSTART") == date(2026, 12, 1)
    assert new[uid].decoded("DTSTART") == date(2026, 11, 30)
    assert (old[uid]["SEQUENCE"], new[uid]["SEQUENCE"]) == (0, 1)
    reminder = f"{C3}.renewal_notice.120-180.0-r1@contract-deadline-tracker"
    assert new[reminder].decoded("DTSTART") == date(2026, 10, 1)
    assert new[reminder]["SEQUENCE"] == 1


def test_a_naive_stamp_is_utc(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([make_record()], stamp=datetime(2026, 11, 22, 8, 30))
    assert b"DTSTAMP:20261122T083000Z\r\n" in data


def test_reminders_rolled_onto_one_day_make_one_event(make_record: MakeRecord) -> None:
    record = make_record(reminders=(date(2026, 11, 27), date(2026, 11, 27), date(2026, 11, 30)))
    data = deadlines_to_ical([record], stamp=STAMP, options=IcalOptions(reminder_events=True))
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert [(str(e["UID"]), e.decoded("DTSTART")) for e in events] == [
        (f"{C3}.renewal_notice.120-180.0@contract-deadline-tracker", date(2026, 12, 1)),
        (f"{C3}.renewal_notice.120-180.0-r2@contract-deadline-tracker", date(2026, 11, 27)),
        (f"{C3}.renewal_notice.120-180.0-r1@contract-deadline-tracker", date(2026, 11, 30)),
    ]
