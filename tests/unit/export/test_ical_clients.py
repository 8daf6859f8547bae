"""What calendar applications need: no alarm in the past, hours for an hour deadline, a done
deadline marked, one alarm for Outlook and reminder events for Google, clean TEXT, a valid file
when nothing is selected."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tests.unit.export.conftest import MakeRecord
from tests.unit.export.validate import parsed
from tracker.domain import DutyKind, ReminderState
from tracker.export import IcalOptions, Target, deadlines_to_ical

STAMP = datetime(2026, 11, 22, tzinfo=UTC)


def _events(data: bytes) -> list:  # type: ignore[type-arg]
    return list(parsed(data).walk("VEVENT"))


def test_an_empty_selection_is_a_valid_calendar_with_its_zone() -> None:
    calendar = parsed(deadlines_to_ical([], stamp=STAMP))
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE"]


def test_the_zone_is_there_for_all_day_events_too_and_no_method(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([make_record()], stamp=STAMP)
    assert b"METHOD" not in data
    assert [tz.tz_name for tz in parsed(data).timezones] == ["Asia/Tokyo"]


def test_no_alarm_fires_before_today(make_record: MakeRecord) -> None:
    options = IcalOptions(today=date(2026, 11, 1))  # the 60-day reminder (10-02) has passed
    (event,) = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=options))
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [
        -timedelta(days=29, hours=15), -timedelta(hours=15)]
    past = make_record(due=date(2026, 10, 1), reminders=(date(2026, 9, 1),))
    (event,) = _events(deadlines_to_ical([past], stamp=STAMP, options=options))
    assert event.walk("VALARM") == []


def test_an_hour_deadline_alarms_count_hours(make_record: MakeRecord) -> None:
    record = make_record(kind=DutyKind.NOTIFICATION, due=datetime(2026, 11, 23, 15, 0),
                         reminders=(date(2026, 11, 20), date(2026, 11, 22)))
    options = IcalOptions(today=date(2026, 11, 23), reminder_events=True)
    events = _events(deadlines_to_ical([record], stamp=STAMP, options=options))
    # 24 hours before is yesterday: only the 4-hour and 1-hour alarms are left
    triggers = [a.decoded("TRIGGER") for a in events[0].walk("VALARM")]
    assert triggers == [-timedelta(hours=4), -timedelta(hours=1)]
    summaries = [str(e["SUMMARY"]).split("】")[0] for e in events[1:]]
    assert summaries == ["【あと24時間", "【あと4時間", "【あと1時間"]


def test_a_done_deadline_is_marked_and_silent(make_record: MakeRecord) -> None:
    (event,) = _events(deadlines_to_ical([make_record(state=ReminderState.DONE)], stamp=STAMP))
    assert str(event["SUMMARY"]) == "【完了】更新拒絶の通知期限: クラウド会計サービス利用規約"
    assert event.categories == ["更新拒絶の通知期限", "完了"]
    assert event.walk("VALARM") == []
    english = deadlines_to_ical([make_record(state=ReminderState.DONE)], stamp=STAMP,
                                options=IcalOptions(lang="en"))
    assert str(_events(english)[0]["SUMMARY"]).startswith("[Done] Renewal notice: ")


def test_outlook_gets_one_alarm_and_reminder_events(make_record: MakeRecord) -> None:
    outlook = IcalOptions(target=Target.OUTLOOK)
    events = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=outlook))
    assert [a.decoded("TRIGGER") for a in events[0].walk("VALARM")] == [-timedelta(hours=15)]  # the nearest
    assert len(events) == 4 and all(e.walk("VALARM") == [] for e in events[1:])


def test_google_gets_no_alarm_but_reminder_events_unless_turned_off(make_record: MakeRecord) -> None:
    google = IcalOptions(target=Target.GOOGLE)
    events = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=google))
    assert len(events) == 4 and all(e.walk("VALARM") == [] for e in events)
    off = IcalOptions(target=Target.GOOGLE, reminder_events=False)
    assert len(_events(deadlines_to_ical([make_record()], stamp=STAMP, options=off))) == 1
    apple = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=IcalOptions(target=Target.APPLE)))
    assert len(apple) == 1 and len(apple[0].walk("VALARM")) == 3


def test_control_characters_never_reach_a_text_value(make_record: MakeRecord) -> None:
    record = make_record(title="A\x00B\x1bC;D,E\\F\r\nG\tH", clause="x\x07y\rz")
    data = deadlines_to_ical([record], stamp=STAMP)
    assert not any(byte < 0x20 and byte not in (0x09, 0x0A, 0x0D) for byte in data)
    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "更新拒絶の通知期限: A B C;D,E\\F\nG\tH"
    assert "条項: 「x y\nz」" in str(event["DESCRIPTION"])


def test_the_description_has_the_clause_and_the_way_back(make_record: MakeRecord) -> None:
    (event,) = _events(deadlines_to_ical([make_record()], stamp=STAMP))
    assert str(event["DESCRIPTION"]).splitlines()[-1] == "tracker://contract/3#duty-7"
