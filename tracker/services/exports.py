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
from collections.abc import Callable, Generator, Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TypeVar

from dateutil.relativedelta import relativedelta

from tracker.domain import DeadlineRecord, ReminderState, Settings
from tracker.domain.schedule import deadline_day
from tracker.export import IcalOptions, ReportPeriod, Target, deadlines_to_csv
from tracker.export import report_html as build_report_html
from tracker.export.ical import calendar_objects, stream_ical
from tracker.schedule import ACT_KINDS
from tracker.services.app import TrackerService
from tracker.services.sent import FILES, SentLedger

LIVE_ICS_NAME = "tracker.ics"
PAST_DAYS = 30
AHEAD_MONTHS = 18
T = TypeVar("T")
_UMASK_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def ics_window(today: date) -> tuple[date, date]:
    """The days an export covers unless told otherwise: 30 days back (what is overdue or just
    done) to 18 months ahead; a calendar file of every deadline ever is large and mostly past."""
    return today - timedelta(days=PAST_DAYS), today + relativedelta(months=AHEAD_MONTHS)


def export_ics(
    svc: TrackerService,
    path: str | Path,
    *,
    contract_id: int | None = None,
    first: date | None = None,
    last: date | None = None,
    everything: bool = False,
    alarms: bool = True,
    reminder_events: bool | None = None,
    lang: str | None = None,
    target: Target | None = None,
) -> int:
    """Write the deadlines (all, or one contract's) due in [first, last] (default: ics_window,
    or every one with `everything`); returns how many. Streams: memory does not grow with them."""
    settings = svc.settings()
    options = IcalOptions(alarms=alarms, reminder_events=reminder_events, lang=lang or export_language(svc),
                          target=target or ics_target(settings), today=svc.today())
    counted = [0]

    def chunks() -> Iterator[bytes]:
        yield from ics_chunks(svc, options, contract_id=contract_id, first=first, last=last,
                              everything=everything, counted=counted)

    write_atomically(path, chunks())
    return counted[0]


def ics_chunks(svc: TrackerService, options: IcalOptions, *, contract_id: int | None = None,
               first: date | None = None, last: date | None = None, everything: bool = False,
               counted: list[int] | None = None) -> Generator[bytes, None, None]:
    """The calendar in chunks (see export_ics), SEQUENCE and DTSTAMP from the files' ledger, and
    what files got before and no longer exists in the window as cancelled events."""
    low, high = ics_window(svc.today())
    if everything:
        low, high = date.min, date.max
    low, high = first or low, last or high
    with svc.calendar_session() as repo:
        contract_uid = None if contract_id is None else repo.contract_uid(contract_id)
        ledger = SentLedger(repo, FILES, stamp_of(svc), (low, high), contract_uid)

        def records() -> Iterator[DeadlineRecord]:
            for record in repo.stream_between(low, high, contract_id):
                if counted is not None:
                    counted[0] += 1
                yield record

        vanished = _later(lambda: ledger.vanished(options.lang))
        yield from stream_ical(calendar_objects(records(), options), ledger, options, vanished)


def stamp_of(svc: TrackerService) -> datetime:
    """DTSTAMP of what changes now, from the injected clock: midnight UTC of its day, so that
    re-exports match byte for byte (a second change that day stamps a second later)."""
    return datetime.combine(svc.today(), time(), tzinfo=UTC)


def ics_target(settings: Settings) -> Target:
    """The calendar application chosen in Settings (Apple Calendar when the name is unknown)."""
    return next((t for t in Target if t.value == settings.ics_target), Target.APPLE)


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
    write_atomically(path, deadlines_to_csv(records, lang=lang or export_language(svc)))
    return len(records)


def report_html(
    svc: TrackerService,
    *,
    today: date | None = None,
    days: int = 90,
    first: date | None = None,
    last: date | None = None,
    contract_id: int | None = None,
    lang: str | None = None,
) -> str:
    """The renewal report for [first, last] (default: today and the `days` after it), of every contract
    or one: open deadlines, overdue ones first, and those whose reminders were dismissed (the ones
    still to act on, or due in the period) in a section. Each row quotes the sentence of its clause.

    Its <title> is what tracker.printing repeats in the header of every page.
    """
    day = today or svc.today()
    low = first or day
    high = last or low + timedelta(days=days)
    if high < low:
        raise ValueError(f"the report's period ends ({high}) before it begins ({low})")
    # overdue deadlines (before the period) stay in: they are still to act on
    records = [r for r in svc.upcoming((high - day).days, today=day) if deadline_day(r.deadline.due) >= low
               or r.is_overdue(day)] if high >= day else []
    dismissed = [r for r in svc.reminders_in_state(ReminderState.DISMISSED)
                 if deadline_day(r.deadline.due) <= high
                 and (deadline_day(r.deadline.due) >= low or r.deadline.kind in ACT_KINDS)]
    if contract_id is not None:
        records = [r for r in records if r.contract_id == contract_id]
        dismissed = [r for r in dismissed if r.contract_id == contract_id]
    contracts = {s.contract.id: s.contract for s in svc.list_contracts() if s.contract.id is not None}
    period = ReportPeriod(first=low, last=high, today=day)
    return build_report_html(records, period, contracts=contracts, lang=lang or export_language(svc),
                             dismissed=dismissed, sentences=svc.clause_sentences([*records, *dismissed]))


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


def write_atomically(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Replace `path` with `data` in one step; readers see the old file or the new, never a part.

    The file gets the old file's permissions, or for a new file those the umask gives.
    """
    target = Path(path)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in [data] if isinstance(data, bytes) else data:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); a calendar or a colleague may need to read it
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's umask (read by setting it, so under a lock: another thread may do the same)."""
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def _later(make: Callable[[], Iterable[T]]) -> Iterator[T]:
    """An iterator that calls `make` only when first read (after what comes before it)."""
    yield from make()


def _selected(
    svc: TrackerService, contract_id: int | None, first: date | None, last: date | None, *, series: bool
) -> list[DeadlineRecord]:
    low, high = first or date.min, last or date.max
    if contract_id is None:
        return svc.deadlines_between(low, high, series=series)
    return [r for r in svc.contract(contract_id).deadlines if low <= deadline_day(r.deadline.due) <= high]


def export_language(svc: TrackerService) -> str:
    """The exports speak the user's chosen language; Japanese when none was chosen."""
    language = svc.settings().language
    return language if language in ("ja", "en") else "ja"


def reminder_events_on(settings: Settings) -> bool:
    """Whether exports write reminder events: as chosen, else as the target needs."""
    chosen = settings.ics_reminder_events
    return IcalOptions(target=ics_target(settings)).with_reminder_events if chosen is None else chosen
