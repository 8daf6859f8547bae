"""Value types of the period engine: counting conventions, calendars, contract terms, deadlines."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tracker.domain.duty import DutyKind, Party, Period


class Convention(StrEnum):
    """How a period counted backwards ends: see ../shared/docs/periods.md."""

    LEGAL = "legal"  # the N units lie wholly between the act and the anchor (clear days)
    SIMPLE = "simple"  # anchor − N


class Roll(StrEnum):
    NONE = "none"
    PREVIOUS = "previous"  # the safe choice for a date by which the user must act
    NEXT = "next"  # Civil Code art. 142


@dataclass(frozen=True)
class Explanation:
    """One sentence in each UI language naming the rule that produced a date."""

    ja: str
    en: str


@dataclass(frozen=True)
class CalendarSpec:
    """Which days are business days, per contract: a country's holidays plus local changes."""

    country: str = "JP"
    year_end_break: bool = True  # December 29 – January 3
    extra_holidays: frozenset[date] = frozenset()


@dataclass(frozen=True)
class ContractTerms:
    """The contract's own facts that turn duties into dates; any may be unknown."""

    start: date | None = None
    end: date | None = None  # explicit end of the initial term
    initial_term: Period | None = None
    renewal_term: Period | None = None  # None: no automatic renewal
    renewal_notice: Period | None = None  # the renewal cutoff rule, counted back from expiry
    minimum_term: Period | None = None
    # 利用開始日の属する月の初日から: the initial term / the minimum term counts from the 1st of the
    # start's month
    term_from_month_start: bool = False
    minimum_from_month_start: bool = False
    calendar: CalendarSpec = field(default_factory=CalendarSpec)
    notice_month_end: bool = False  # 月末をもって解約: a termination takes effect only at a month end


# Dates to know, not to act on: the end of a minimum term (最低利用期間) only says from when the
# contract may be ended. They are never overdue and carry no reminders.
MILESTONE_KINDS = frozenset({DutyKind.MINIMUM_TERM})


@dataclass(frozen=True)
class Recurrence:
    """A date that repeats (rent by each month's end): an RFC 5545 RRULE counted from `first`.

    `first` and the rule give the days as counted; an occurrence on a day that is not a business
    day on `calendar` moves as `roll` says. `until` is the last day an occurrence may fall on
    (None: as long as the contract runs). One stored deadline stands for every occurrence.
    """

    rule: str  # "FREQ=MONTHLY;BYMONTHDAY=-1"
    first: date
    until: date | None
    roll: Roll
    calendar: CalendarSpec
    explanation: Explanation
    # (as counted, moved to) for those of the next twelve occurrences that a closed day moves:
    # calendars read an RRULE without business days, so an export lists these moves explicitly
    moves: tuple[tuple[date, date], ...] = ()


@dataclass(frozen=True, order=True)
class DeadlineId:
    """Which deadline of a contract this is, stable across recomputation: the duty it comes from
    ("d12", or "term" / "renewal_notice" for the contract's own dates) and its cycle (the term's
    index "0", "1"…, an event's name, "monthly" for a series). Stored reminder states and exported
    calendar UIDs hang on it."""

    duty: str
    cycle: str

    def __str__(self) -> str:
        return f"{self.duty}/{self.cycle}"


@dataclass(frozen=True)
class Deadline:
    """A computed date with the rule trail that explains it.

    `key` is stable across recomputation, so that stored reminders and exported calendar UIDs
    survive a re-import. A recurring deadline's `due` is its next occurrence on or after the day
    it was planned; `recurrence` gives the others.
    """

    key: DeadlineId
    kind: DutyKind
    due: date | datetime
    unrolled: date | datetime
    explanation: Explanation
    obligor: Party | None = None
    reminders: tuple[date, ...] = ()
    recurrence: Recurrence | None = None


@dataclass(frozen=True)
class DueDate:
    """One computed date: `day` after rolling, `unrolled` as counted, and the rule that gave it."""

    day: date | datetime
    unrolled: date | datetime
    explanation: Explanation


@dataclass(frozen=True)
class TermCycle:
    """One term of a contract: the initial term is index 0, each automatic renewal adds one.

    `start` and `end` are both days of the term (the term ends when `end` ends, art. 141);
    `start` is None only for an initial term whose start is unknown. `expiry` explains `end`;
    `cutoff` is the last day to stop the renewal that follows this term, when a rule is known.
    A term a recorded termination ended early has that day as `end` and its own in `cut_short`.
    """

    index: int
    start: date | None
    end: date
    cutoff: DueDate | None
    expiry: Explanation
    cut_short: date | None = None  # the end a recorded termination took the place of


@dataclass(frozen=True)
class Timeline:
    """A contract's terms around a given day: the one in force (if any) and the nearby ones."""

    current: TermCycle | None
    cycles: tuple[TermCycle, ...]


def deadline_day(due: date | datetime) -> date:
    """The calendar day of a deadline (an hour deadline falls on its own day)."""
    return due.date() if isinstance(due, datetime) else due
