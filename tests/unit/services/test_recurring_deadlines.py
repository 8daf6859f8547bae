"""A monthly payment through the services: one stored deadline, each month in the calendar and the
upcoming list, one VEVENT with an RRULE in the .ics.

The contract (conftest): yearly terms from 2025-12-15 that renew, viewed on 2026-11-22.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import icalendar

from tests.unit.services.conftest import write_contract
from tracker.domain import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan
from tracker.services.app import TrackerService
from tracker.services.exports import export_csv, export_ics

RENT = Duty(DutyKind.PAYMENT, Party.CUSTOMER, Period(None, None, Direction.BEFORE, Qualifier.END_OF_MONTH),
            "rent_month", SourceSpan(0, 6, "毎月末日まで", article="4"))


def _payments(records: list) -> list[date]:  # type: ignore[type-arg]
    return [r.deadline.due for r in records if r.deadline.kind is DutyKind.PAYMENT]


def _lease(svc: TrackerService, folder: Path) -> int:
    (cid,) = svc.import_paths([write_contract(folder, "lease.txt")], start=date(2025, 12, 15)).imported
    svc.add_duty(cid, RENT)
    return cid


def test_one_stored_deadline_shows_every_month(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    cid = _lease(svc, tmp_path)
    (stored,) = [r for r in svc.contract(cid).deadlines if r.deadline.kind is DutyKind.PAYMENT]
    assert stored.deadline.due == date(2026, 11, 30) and stored.deadline.recurrence is not None
    # 12-31 falls in the year-end break, 2027-01-31 and 02-28 are Sundays
    assert _payments(svc.deadlines_between(date(2026, 12, 1), date(2027, 2, 28))) == [
        date(2026, 12, 28), date(2027, 1, 29), date(2027, 2, 26)]
    assert _payments(svc.deadlines_between(date(2025, 11, 1), date(2025, 12, 31))) == [date(2025, 12, 26)]


def test_upcoming_lists_the_months_ahead_and_a_done_month_goes(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _lease(svc, tmp_path)
    upcoming = svc.upcoming(90)  # to 2027-02-20
    assert _payments(upcoming) == [date(2026, 11, 30), date(2026, 12, 28), date(2027, 1, 29)]
    november = next(r for r in upcoming if r.deadline.kind is DutyKind.PAYMENT)
    assert november.deadline.reminders  # the next occurrence is the one reminded of
    svc.mark_done(november.id)
    assert _payments(svc.upcoming(90)) == [date(2026, 12, 28), date(2027, 1, 29)]


def test_the_ics_holds_the_series_once(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _lease(svc, tmp_path)
    out = tmp_path / "deadlines.ics"
    export_ics(svc, out)
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    (series,) = [e for e in events if "RRULE" in e]
    assert series["RRULE"].to_ical() == b"FREQ=MONTHLY;BYMONTHDAY=-1"
    assert series.decoded("DTSTART") == date(2025, 12, 31)
    moved = {e.decoded("RECURRENCE-ID"): e.decoded("DTSTART") for e in events if "RECURRENCE-ID" in e}
    assert moved[date(2026, 12, 31)] == date(2026, 12, 28)


def test_a_csv_of_given_dates_lists_each_month_and_one_without_dates(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    _lease(svc, tmp_path)
    out = tmp_path / "deadlines.csv"
    export_csv(svc, out, first=date(2027, 1, 1), last=date(2027, 3, 31))
    assert _payment_days(out) == ["2027-01-29", "2027-02-26", "2027-03-31"]
    export_csv(svc, out)
    assert _payment_days(out) == ["2026-11-30"]


def _payment_days(path: Path) -> list[str]:
    rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))
    return [row[0] for row in rows if row[2] == "支払期限"]


FEE = Duty(DutyKind.PAYMENT, Party.CUSTOMER, Period(None, None, Direction.BEFORE), "year_day",
           SourceSpan(0, 10, "毎年3月31日まで", article="5"))


def test_a_yearly_fee_is_one_series_in_the_calendar_the_upcoming_list_and_the_ics(
    svc: TrackerService, tmp_path: Path, extraction: tuple[Duty, ...]
) -> None:
    (cid,) = svc.import_paths([write_contract(tmp_path, "lease.txt")], start=date(2025, 12, 15)).imported
    svc.add_duty(cid, FEE)
    (stored,) = [r for r in svc.contract(cid).deadlines if r.deadline.kind is DutyKind.PAYMENT]
    assert stored.deadline.due == date(2027, 3, 31) and stored.deadline.recurrence is not None
    assert _payments(svc.deadlines_between(date(2026, 1, 1), date(2028, 12, 31))) == [
        date(2026, 3, 31), date(2027, 3, 31), date(2028, 3, 31)]
    assert _payments(svc.upcoming(200)) == [date(2027, 3, 31)]  # to 2027-06-10
    out = tmp_path / "deadlines.ics"
    export_ics(svc, out)
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    (series,) = [e for e in events if "RRULE" in e]
    assert set(series["RRULE"].to_ical().split(b";")) == {b"FREQ=YEARLY", b"BYMONTH=3", b"BYMONTHDAY=31"}
    assert series.decoded("DTSTART") == date(2026, 3, 31)
