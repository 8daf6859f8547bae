"""Export use cases: CSV for Excel, the report in the chosen language, the live .ics kept current."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date
from pathlib import Path

import icalendar

from tests.unit.services.conftest import write_contract
from tracker.domain import Duty, Settings
from tracker.services.app import TrackerService
from tracker.services.exports import enable_live_ics, export_csv, export_ics, report_html


def _imported(svc: TrackerService, folder: Path) -> None:
    """Yearly terms from 2025-12-15: the current cutoff 2026-11-13 has passed, 7 deadlines to 2029."""
    svc.import_paths([write_contract(folder, "a.txt")], start=date(2025, 12, 15))


def test_csv_of_a_range_opens_in_excel(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _imported(svc, tmp_path)
    out = tmp_path / "deadlines.csv"
    assert export_csv(svc, out, first=date(2027, 1, 1), last=date(2027, 12, 31)) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r[:5] for r in rows] == [
        ["期限日", "休日調整前の日", "種類", "契約", "対応者"],
        ["2027-11-12", "2027-11-13", "更新拒絶の通知期限", "Fixed service agreement", "利用者側"],
        ["2027-12-14", "2027-12-14", "契約期間満了", "Fixed service agreement", "-"],
    ]


def test_report_follows_the_language_setting(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _imported(svc, tmp_path)
    svc.save_settings(Settings(language="en"))
    html = report_html(svc, days=130)
    assert "<title>Contract deadline report  2026-11-22 to 2027-04-01</title>" in html
    assert "Overdue (1)" in html and "2026-11-13 (Fri)" in html
    assert "契約期限レポート" in report_html(svc, days=130, lang="ja")


def test_a_dismissed_deadline_stays_in_the_report_in_its_own_section(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _imported(svc, tmp_path)
    overdue, expiry, *_later = svc.upcoming(400)
    svc.dismiss(overdue.id)  # the passed cutoff, still to act on
    svc.dismiss(expiry.id)  # 2026-12-14, in the period
    html = report_html(svc, days=30, lang="en")
    assert "Overdue (" not in html
    dismissed = html[html.index("Dismissed deadlines (2)"):]
    assert "2026-11-13 (Fri)" in dismissed and "2026-12-14 (Mon)" in dismissed
    assert "Dismissed deadlines (1)" in report_html(svc, days=10, lang="en")  # the cutoff only
    svc.reopen(overdue.id)
    assert "Dismissed deadlines (1)" in report_html(svc, days=30, lang="en")
    assert "通知を停止した期限 (1)" in report_html(svc, days=30, lang="ja")


def test_live_ics_is_written_on_enable_and_after_each_change(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    folder = tmp_path / "calendar"
    folder.mkdir()
    svc.save_settings(Settings(live_ics_dir=str(folder), ics_alarms=False, ics_reminder_events=True))
    enable_live_ics(svc)
    live = folder / "tracker.ics"
    assert [c.name for c in icalendar.Calendar.from_ical(live.read_bytes()).walk("VEVENT")] == []

    _imported(svc, tmp_path)

    events = icalendar.Calendar.from_ical(live.read_bytes()).walk("VEVENT")
    # the four deadlines of the default window (30 days back, 18 months ahead), each with five
    # reminder events
    assert len(events) == 4 * 6
    assert all(e.walk("VALARM") == [] for e in events)
    assert sorted(p.name for p in folder.iterdir()) == ["tracker.ics"]  # no temporary file left


def test_live_ics_off_writes_nothing_and_a_bad_folder_does_not_stop_changes(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    enable_live_ics(svc)
    _imported(svc, tmp_path)
    assert list(tmp_path.glob("**/*.ics")) == []

    svc.save_settings(Settings(live_ics_dir=str(tmp_path / "missing")))
    svc.mark_done(1)
    assert svc.deadline(1).state.value == "done"


def test_export_ics_of_one_contract_keeps_the_file_mode(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _imported(svc, tmp_path)
    out = tmp_path / "one.ics"
    out.write_bytes(b"")
    out.chmod(0o640)
    assert export_ics(svc, out, contract_id=1, first=date(2026, 1, 1), last=date(2026, 12, 31)) == 2
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_a_new_start_date_moves_events_under_the_same_uids_with_a_higher_sequence(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _imported(svc, tmp_path)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    export_ics(svc, before, last=date(2027, 1, 31))
    terms = svc.contract(1).contract.terms
    svc.update_contract(1, terms=dataclasses.replace(terms, start=date(2026, 1, 15)))
    export_ics(svc, after, last=date(2027, 1, 31))

    def events(path: Path) -> list[tuple[str, date, int]]:
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        return [(str(e["UID"]), e.decoded("DTSTART"), int(e["SEQUENCE"])) for e in calendar.walk("VEVENT")]

    contract = events(before)[0][0].split(".")[0]
    cutoff = f"{contract}.renewal_notice.200-210.0@contract-deadline-tracker"
    expiry = f"{contract}.term.0-10.0@contract-deadline-tracker"
    assert events(before) == [(cutoff, date(2026, 11, 13), 0), (expiry, date(2026, 12, 14), 0)]
    assert events(after) == [(cutoff, date(2026, 12, 14), 1), (expiry, date(2027, 1, 14), 1)]
