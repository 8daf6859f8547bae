"""Exported events go through a real CalDAV server (Radicale on loopback) and come back unchanged."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import caldav
import icalendar
import pytest

from tracker.domain import Deadline, DeadlineId, DeadlineRecord, DutyKind, Explanation, Party, ReminderState
from tracker.export import IcalOptions, deadlines_to_ical
from tracker.export.identity import resource_name

CONTRACT = "7c1e3a52-8f0e-4d0b-9a51-2f4c6d8e9b10"
CLAUSE = "契約者は、期間満了日の3か月前までに当社所定の方法により解約の申出を行うものとし、" * 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """A Radicale server with no authentication and a throw-away storage folder; yields its URL."""
    port = _free_port()
    command = [
        sys.executable,
        "-m",
        "radicale",
        "--server-hosts",
        f"127.0.0.1:{port}",
        "--storage-filesystem-folder",
        str(tmp_path / "collections"),
        "--auth-type",
        "none",
        "--logging-level",
        "error",
    ]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"radicale did not start: {server.stderr.read()!r}") from None
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stderr.close()


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
