"""Stored things as the use cases hand them to the GUI, the CLI and the exports.

The store builds these from its rows (ORM rows never leave tracker.store); the exports and the
GUI consume them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from tracker.domain.contract import Contract, ReminderState, ReviewState
from tracker.domain.document import Document
from tracker.domain.duty import Duty
from tracker.domain.proposals import FactRecord, Need
from tracker.domain.schedule import MILESTONE_KINDS, CalendarSpec, Convention, Deadline

DEFAULT_LEAD_TIMES: tuple[int, ...] = (60, 30, 14, 7, 1)


@dataclass(frozen=True)
class DutyRecord:
    """A stored duty. `duty` is what applies (the user's edit if any); `extracted` what was read."""

    id: int
    contract_id: int
    duty: Duty
    extracted: Duty | None  # None for a duty the user added by hand
    state: ReviewState
    version: int  # optimistic locking: an edit names the version it started from
    lead_times: tuple[int, ...] | None = None  # per-duty reminder lead times; None: the global ones


@dataclass(frozen=True)
class DeadlineRecord:
    """A stored deadline with enough of its contract and clause to show it anywhere."""

    id: int
    contract_id: int
    contract_title: str
    duty_id: int | None
    deadline: Deadline
    state: ReminderState
    clause_text: str = ""
    article: str | None = None
    snoozed_until: date | None = None
    sequence: int = 0  # raised whenever the due date changes, so calendars update the event
    inferred: bool = False  # counted from facts read from the text that nobody confirmed yet
    contract_uid: str = ""  # the contract's identity (a UUID kept by its content hash)
    clause: tuple[int, int] | None = None  # where the duty's clause was read: its identity in the contract

    def is_overdue(self, today: date) -> bool:
        """A passed date still to act on; a milestone (MILESTONE_KINDS) is never overdue."""
        if self.deadline.kind in MILESTONE_KINDS:
            return False
        due = self.deadline.due
        day = due if type(due) is date else due.date()  # type: ignore[union-attr]
        return day < today and self.state not in (ReminderState.DONE, ReminderState.DISMISSED)


@dataclass(frozen=True)
class ContractSummary:
    """One row of the contract list."""

    contract: Contract
    duty_count: int
    confirmed_count: int
    next_deadline: DeadlineRecord | None
    needs: tuple[Need, ...] = ()  # what the user must still give or confirm


@dataclass(frozen=True)
class ContractDetail:
    """Everything the contract view shows: the text, the duties, the recorded events, the dates."""

    contract: Contract
    document: Document
    duties: tuple[DutyRecord, ...]
    events: dict[str, date]  # anchor name ("termination", "notice_arrival", …) -> the day it happened
    deadlines: tuple[DeadlineRecord, ...]
    facts: tuple[FactRecord, ...] = ()  # what the import read (inferred) or the user gave (confirmed)
    needs: tuple[Need, ...] = ()


@dataclass(frozen=True)
class ImportProgress:
    done: int
    total: int
    path: str
    pages_done: int = 0  # OCR of a scan: pages read so far of `pages`
    pages: int = 0


@dataclass(frozen=True)
class ImportResult:
    imported: tuple[int, ...] = ()  # new contract ids
    updated: tuple[int, ...] = ()  # contracts re-imported from the same content
    failed: tuple[tuple[str, str], ...] = ()  # (path, one-line reason)


@dataclass(frozen=True)
class Settings:
    language: str | None = None  # "ja", "en"; None: the system locale
    lead_times: tuple[int, ...] = DEFAULT_LEAD_TIMES
    convention: Convention = Convention.LEGAL
    calendar: CalendarSpec = field(default_factory=CalendarSpec)
    start_at_login: bool = False
    live_ics_dir: str | None = None  # keep <dir>/tracker.ics current after every change
    ics_alarms: bool = True
    ics_reminder_events: bool | None = None  # None: as the target does (see export.targets)
    own_names: tuple[str, ...] = ()  # the user's own company names: the party that matches is "us"
    ics_target: str = "apple"  # the calendar application the exports are made for (export.Target)
    caldav_url: str | None = None  # the CalDAV calendar `tracker sync` pushes to (password: OS keyring)
    caldav_user: str | None = None


@dataclass(frozen=True)
class SentObject:
    """A calendar object as last sent to one calendar: what changed since is sent again with a
    raised SEQUENCE and DTSTAMP; `href` and `etag` name it on a CalDAV server."""

    uid: str
    contract_uid: str
    day: date  # the day it shows on
    due: date  # the day of its deadline
    sequence: int
    hash: str
    stamp: datetime
    href: str | None = None
    etag: str | None = None
    cancelled: bool = False
