"""Exported events go through a real CalDAV server (Radicale on loopback) and come back unchanged."""

from __future__ import annotations

from datetime import UTC, date, datetime

import caldav
import icalendar
import pytest

from tracker.domain import Deadline, DeadlineId, DeadlineRecord, DutyKind, Explanation, Party, ReminderState
from tracker.export import IcalOptions, deadlines_to_ical
from tracker.export.identity import resource_name

CONTRACT = "7c1e3a52-8f0e-4d0b-9a51-2f4c6d8e9b10"
CLAUSE = "契約者は、期間満了日の3か月前までに当社所定の方法により解約の申出を行うものとし、" * 4


def _record(key: str, kind: DutyKind, due: date | datetime, sequence: int = 0) -> DeadlineRecord:
    return DeadlineRecord(
        id=1,
        contract_id=4,
        contract_title="カモメ光通信サービス契約約款",
        duty_id=2,
        deadline=Deadline(
            DeadlineId(*key.split("/")),
            kind,
            due,
            due,
            Explanation("満了日の3か月前。", "3 months before expiry."),
            Party.CUSTOMER,
            (date(2026, 12, 1), date(2027, 1, 20)),
        ),
        state=ReminderState.PENDING,
        clause_text=CLAUSE,
        article="21",
        sequence=sequence,
        contract_uid=CONTRACT,
        clause=(40, 62),
    )


def _one_per_resource(data: bytes) -> list[tuple[str, bytes]]:
    """CalDAV keeps one UID per resource: split the export, each part with the zones it needs."""
    source = icalendar.Calendar.from_ical(data)
    parts = []
    for event in source.walk("VEVENT"):
        part = icalendar.Calendar()
        part.add("version", "2.0")
        part.add("prodid", source["PRODID"])
        for zone in source.timezones:
            part.add_component(zone)
        part.add_component(event)
        parts.append((str(event["UID"]), part.to_ical()))
    return parts


@pytest.mark.slow
def test_events_survive_a_caldav_server(radicale: str) -> None:
    records = [
        _record("d1/0", DutyKind.RENEWAL_NOTICE, date(2027, 1, 29), sequence=2),
        _record("d5/termination", DutyKind.NOTIFICATION, datetime(2027, 1, 30, 17, 0)),
    ]
    data = deadlines_to_ical(
        records, stamp=datetime(2026, 11, 22, tzinfo=UTC), options=IcalOptions(reminder_events=True)
    )
    sent = {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}

    client = caldav.DAVClient(url=radicale, username="tester", password="unused")
    calendar = client.principal().make_calendar(name="deadlines")
    for uid, part in _one_per_resource(data):
        # the resource is named after the UID itself: it holds no '/' nor ':'
        href = calendar.url.join(resource_name(uid))
        caldav.Event(client, url=href, data=part.decode("utf-8"), parent=calendar).save(increase_seqno=False)
    got = {str(e.icalendar_component["UID"]): e.icalendar_component for e in calendar.events()}

    assert (
        sorted(got)
        == sorted(sent)
        == [
            f"{CONTRACT}.notification.40-62.termination-r1@contract-deadline-tracker",
            f"{CONTRACT}.notification.40-62.termination-r2@contract-deadline-tracker",
            f"{CONTRACT}.notification.40-62.termination-r3@contract-deadline-tracker",
            f"{CONTRACT}.notification.40-62.termination@contract-deadline-tracker",
            f"{CONTRACT}.renewal_notice.40-62.0-r1@contract-deadline-tracker",
            f"{CONTRACT}.renewal_notice.40-62.0-r2@contract-deadline-tracker",
            f"{CONTRACT}.renewal_notice.40-62.0@contract-deadline-tracker",
        ]
    )
    for uid, event in got.items():
        assert event.decoded("DTSTART") == sent[uid].decoded("DTSTART")
        assert str(event["SUMMARY"]) == str(sent[uid]["SUMMARY"])
        assert str(event["DESCRIPTION"]) == str(sent[uid]["DESCRIPTION"])
    cutoff = got[f"{CONTRACT}.renewal_notice.40-62.0@contract-deadline-tracker"]
    assert cutoff.decoded("DTSTART") == date(2027, 1, 29)
    assert cutoff["SEQUENCE"] == 2
    assert len(cutoff.walk("VALARM")) == 2
    hour = got[f"{CONTRACT}.notification.40-62.termination@contract-deadline-tracker"]
    assert hour.decoded("DTSTART").astimezone(UTC) == datetime(2027, 1, 30, 8, 0, tzinfo=UTC)
