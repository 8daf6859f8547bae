"""Export use cases: .ics and CSV files, the report HTML, and the live .ics kept current on changes.

They read through TrackerService and hand domain records to the pure tracker.export; files are
written atomically (a temporary file in the same folder, then os.replace), so a calendar that
subscribes to the live file never reads half of it.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from tracker.domain import DeadlineRecord, ReminderState
from tracker.domain.schedule import deadline_day
from tracker.export import IcalOptions, ReportPeriod, deadlines_to_csv, deadlines_to_ical
from tracker.export import report_html as build_report_html
from tracker.schedule import ACT_KINDS
from tracker.services.app import TrackerService

LIVE_ICS_NAME = "tracker.ics"
log = logging.getLogger(__name__)


def export_ics(
    svc: TrackerService,
    path: str | Path,
    *,
    contract_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    alarms: bool = True,
    reminder_events: bool = False,
    lang: str | None = None,
) -> int:
    """Write the deadlines (all, one contract's, or those due in [first, last]); returns how many."""
    records = _selected(svc, contract_id, first, last, series=True)  # one VEVENT with an RRULE each
    options = IcalOptions(alarms=alarms, reminder_events=reminder_events, lang=lang or _language(svc))
    write_atomically(path, deadlines_to_ical(records, stamp=_stamp(svc), options=options))
    return len(records)


def export_csv(
    svc: TrackerService,
    path: str | Path,
    *,
    first: date | None = None,
    last: date | None = None,
    lang: str | None = None,
) -> int:
    """Write the deadlines due in [first, last] (default: all) as CSV for Excel; returns how many."""
    # a table lists each month's payment within given dates, a series once (by its next day) without
    records = _selected(svc, None, first, last, series=first is None or last is None)
    write_atomically(path, deadlines_to_csv(records, lang=lang or _language(svc)))
    return len(records)


def report_html(
    svc: TrackerService, *, today: date | None = None, days: int = 90, lang: str | None = None
) -> str:
    """The renewal report for [today, today + days]: open deadlines, overdue ones first, and those
    whose reminders were dismissed (the ones still to act on, or due in the period) in a section.

    Its <title> is what tracker.printing repeats in the header of every page.
    """
    day = today or svc.today()
    records = svc.upcoming(days, today=day)
    contracts = {s.contract.id: s.contract for s in svc.list_contracts() if s.contract.id is not None}
    period = ReportPeriod(first=day, last=day + timedelta(days=days), today=day)
    dismissed = [r for r in svc.reminders_in_state(ReminderState.DISMISSED)
                 if deadline_day(r.deadline.due) <= period.last
                 and (deadline_day(r.deadline.due) >= day or r.deadline.kind in ACT_KINDS)]
    return build_report_html(records, period, contracts=contracts, lang=lang or _language(svc),
                             dismissed=dismissed)


def enable_live_ics(svc: TrackerService) -> None:
    """Keep <settings.live_ics_dir>/tracker.ics current: write it now and after every change.

    The settings are read at each change, so turning the option on or off needs no restart.
    Listeners may run on worker threads; a lock keeps two rewrites from interleaving.
    """
    lock = threading.Lock()

    def refresh() -> None:
        settings = svc.settings()
        if not settings.live_ics_dir:
            return
        with lock:
            export_ics(
                svc,
                Path(settings.live_ics_dir) / LIVE_ICS_NAME,
                alarms=settings.ics_alarms,
                reminder_events=settings.ics_reminder_events,
            )

    svc.add_change_listener(refresh)
    try:
        refresh()
    except OSError:  # an unwritable folder must not stop the application from starting
        log.exception("cannot write the live calendar file")


def write_atomically(path: str | Path, data: bytes) -> None:
    """Replace `path` with `data` in one step; readers see the old file or the new, never a part."""
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if target.exists():  # mkstemp makes the file private; keep what the user gave the old one
            os.chmod(temporary, target.stat().st_mode & 0o777)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _selected(
    svc: TrackerService, contract_id: int | None, first: date | None, last: date | None, *, series: bool
) -> list[DeadlineRecord]:
    low, high = first or date.min, last or date.max
    if contract_id is None:
        return svc.deadlines_between(low, high, series=series)
    return [r for r in svc.contract(contract_id).deadlines if low <= deadline_day(r.deadline.due) <= high]


def _stamp(svc: TrackerService) -> datetime:
    """DTSTAMP from the injected clock: midnight UTC of its day, so re-exports match byte for byte."""
    return datetime.combine(svc.today(), time(), tzinfo=UTC)


def _language(svc: TrackerService) -> str:
    """The exports speak the user's chosen language; Japanese when none was chosen."""
    language = svc.settings().language
    return language if language in ("ja", "en") else "ja"
