"""One all-day VEVENT per deadline with the fields calendars need, read back by two parsers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import vobject

from tests.unit.export.conftest import C3, CLAUSE, MakeRecord
from tracker.domain import DutyKind, ReminderState
from tracker.export import IcalOptions, deadlines_to_ical

STAMP = datetime(2026, 11, 22, tzinfo=UTC)


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_an_all_day_event_ends_the_next_day_and_names_kind_and_contract(make_record: MakeRecord) -> None:
    data = deadlines_to_ical([make_record()], stamp=STAMP)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["PRODID"]) == "-//Contract Deadline Tracker//tracker//JA"
    assert str(cal["X-WR-CALNAME"]) == "契約の期限"
    (event,) = _events(data)
    assert event.decoded("DTSTART") == date(2026, 12, 1)
    assert event.decoded("DTEND") == date(2026, 12, 2)
    assert str(event["UID"]) == f"{C3}.renewal_notice.120-180.0@contract-deadline-tracker"
    assert str(event["SUMMARY"]) == "更新拒絶の通知期限: クラウド会計サービス利用規約"
    assert event.decoded("DTSTAMP") == STAMP
    assert event.categories == ["更新拒絶の通知期限"]
    description = str(event["DESCRIPTION"])
    assert description.splitlines() == [
        "期限: 2026-12-01（火）",
        "対応者: 利用者側",
        "契約: クラウド会計サービス利用規約（第11条）",
        f"条項: 「{CLAUSE}」",
        "根拠: 満了日2026年12月31日の30日前。",
        "tracker://contract/3#duty-7",
    ]
    assert b"DTSTART;VALUE=DATE:20261201\r\n" in data


def test_alarms_fire_at_nine_on_each_reminder_day(make_record: MakeRecord) -> None:
    (event,) = _events(deadlines_to_ical([make_record()], stamp=STAMP))
    alarms = event.walk("VALARM")
    assert [a.decoded("TRIGGER") for a in alarms] == [
        -timedelta(days=59, hours=15),  # 2026-10-02 09:00
        -timedelta(days=29, hours=15),  # 2026-11-01 09:00
        -timedelta(hours=15),  # 2026-11-30 09:00
    ]
    assert [str(a["ACTION"]) for a in alarms] == ["DISPLAY"] * 3
    assert str(alarms[0]["DESCRIPTION"]) == "【あと60日】更新拒絶の通知期限"  # shown with the event's title


def test_no_alarms_option_and_closed_deadlines_have_no_alarms(make_record: MakeRecord) -> None:
    quiet = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=IcalOptions(alarms=False)))
    done = _events(deadlines_to_ical([make_record(state=ReminderState.DONE)], stamp=STAMP))
    assert quiet[0].walk("VALARM") == []
    assert done[0].walk("VALARM") == []


def test_reminder_events_are_separate_all_day_events_with_their_own_uids(make_record: MakeRecord) -> None:
    options = IcalOptions(alarms=False, reminder_events=True)
    events = _events(deadlines_to_ical([make_record()], stamp=STAMP, options=options))
    assert [(str(e["UID"]), e.decoded("DTSTART"), str(e["SUMMARY"])) for e in events] == [
        (
            f"{C3}.renewal_notice.120-180.0@contract-deadline-tracker",
            date(2026, 12, 1),
            "更新拒絶の通知期限: クラウド会計サービス利用規約",
        ),
        (
            f"{C3}.renewal_notice.120-180.0-r3@contract-deadline-tracker",
            date(2026, 10, 2),
            "【あと60日】更新拒絶の通知期限: クラウド会計サービス利用規約",
        ),
        (
            f"{C3}.renewal_notice.120-180.0-r2@contract-deadline-tracker",
            date(2026, 11, 1),
            "【あと30日】更新拒絶の通知期限: クラウド会計サービス利用規約",
        ),
        (
            f"{C3}.renewal_notice.120-180.0-r1@contract-deadline-tracker",
            date(2026, 11, 30),
            "【あと1日】更新拒絶の通知期限: クラウド会計サービス利用規約",
        ),
    ]
    assert events[1].decoded("DTEND") == date(2026, 10, 3)


def test_an_hour_deadline_is_a_date_time_in_japan_time(make_record: MakeRecord) -> None:
    record = make_record(
        kind=DutyKind.NOTIFICATION, due=datetime(2026, 11, 23, 15, 0), reminders=(date(2026, 11, 22),)
    )
    data = deadlines_to_ical([record], stamp=STAMP)
    (event,) = _events(data)
    assert b"DTSTART;TZID=Asia/Tokyo:20261123T150000\r\n" in data
    assert event.decoded("DTSTART") == datetime(2026, 11, 23, 15, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert "DTEND" not in event
    # an hour deadline is reminded of in hours, not on days at nine
    assert [a.decoded("TRIGGER") for a in event.walk("VALARM")] == [
        -timedelta(hours=24), -timedelta(hours=4), -timedelta(hours=1)]
    assert [tz.tz_name for tz in icalendar.Calendar.from_ical(data).timezones] == ["Asia/Tokyo"]


def test_english_export(make_record: MakeRecord) -> None:
    data = deadlines_to_ical(
        [make_record(title="Cloud ERP Terms")], stamp=STAMP, options=IcalOptions(lang="en")
    )
    (event,) = _events(data)
    assert str(event["SUMMARY"]) == "Renewal notice: Cloud ERP Terms"
    assert str(event["DESCRIPTION"]).splitlines()[:3] == [
        "Due: 2026-12-01 (Tue)",
        "Who acts: Customer",
        "Contract: Cloud ERP Terms (art. 11)",
    ]
    assert str(icalendar.Calendar.from_ical(data)["X-WR-CALNAME"]) == "Contract deadlines"


def test_vobject_reads_the_same_events(make_record: MakeRecord) -> None:
    records = [
        make_record(),
        make_record(
            key="d9/0",
            kind=DutyKind.RETURN,
            due=date(2027, 1, 31),
            title="複合機リース契約; 第2版, 改定",
        ),
        make_record(kind=DutyKind.NOTIFICATION, key="d2/event", due=datetime(2026, 11, 23, 15, 0),
                    reminders=()),
    ]
    data = deadlines_to_ical(records, stamp=STAMP, options=IcalOptions(reminder_events=True))
    cal = vobject.readOne(data.decode("utf-8"))
    seen = {(e.uid.value, e.dtstart.value, e.summary.value) for e in cal.vevent_list}
    assert (
        f"{C3}.return.120-180.0@contract-deadline-tracker",
        date(2027, 1, 31),
        "返還・破棄: 複合機リース契約; 第2版, 改定",
    ) in seen
    assert (
        f"{C3}.notification.120-180.event@contract-deadline-tracker",
        datetime(2026, 11, 23, 6, 0, tzinfo=UTC),
        "通知期限: クラウド会計サービス利用規約",
    ) in {(u, s.astimezone(UTC) if isinstance(s, datetime) else s, t) for u, s, t in seen}
    assert len(seen) == 9  # two all-day deadlines with three reminder events each, one hour deadline
    assert cal.vevent_list[0].description.value.startswith("期限: ")
