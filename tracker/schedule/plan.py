"""A contract's deadlines: duties plus the contract's dates and recorded events → dated Deadlines.

Each Deadline.key is a DeadlineId of the duty key and the cycle index for dates that repeat with
each term (expiries, renewal cutoffs, other dates counted back from an expiry) or the event for
dates counted from a recorded event, so that keys survive recomputation. Dates by which someone must
act are rolled to the previous business day; the unrolled day is kept beside them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache

from tracker.domain.duty import Direction, Duty, DutyKind, Unit
from tracker.domain.records import DEFAULT_LEAD_TIMES
from tracker.domain.schedule import (
    MILESTONE_KINDS,
    ContractTerms,
    Convention,
    Deadline,
    DeadlineId,
    DueDate,
    Explanation,
    Recurrence,
    Roll,
)
from tracker.schedule.calendar import BusinessCalendar, calendar_for
from tracker.schedule.notice import last_day_to_notify
from tracker.schedule.periods import add_months, period_due
from tracker.schedule.recurrence import recurrence_for
from tracker.schedule.timeline import renewal_cutoff, timeline

# Dates by which the user (or the other side) must act: the safe side is the previous business day.
# The others (a term's expiry, how long confidentiality lasts, the provider's own notices) are
# reported as counted.
ACT_KINDS = frozenset({
    DutyKind.RENEWAL_NOTICE, DutyKind.TERMINATION_NOTICE, DutyKind.RETURN, DutyKind.CURE,
    DutyKind.DATA_DELETION, DutyKind.CLAIM_LIMITATION, DutyKind.PAYMENT, DutyKind.NOTIFICATION,
    DutyKind.INSPECTION, DutyKind.RESPONSE, DutyKind.DEFAULT,
})

# anchors dated from the contract's start: the start day itself, the first day of its month
# (利用開始日の属する月の初日から, from the first day of the month the service starts in)
START_ANCHORS: dict[str, Callable[[date], date]] = {
    "start": lambda day: day,
    "start_month": lambda day: day.replace(day=1),
}
# recorded events that end the contract: no term, cutoff or expiry comes after them
CLOSING_EVENTS = ("termination", "cancellation_date")


_MONTH = 28  # days: the shortest gap between two occurrences of a monthly deadline


@lru_cache(maxsize=1 << 15)
def reminder_dates(due: date, lead_times: tuple[int, ...], calendar: BusinessCalendar) -> tuple[date, ...]:
    """The days to remind, earliest first: `due` minus each lead time, a non-business day moved to
    the previous business day. Days already past are kept; the caller decides what to show."""
    days = set()
    for lead in lead_times:
        day = due - timedelta(days=lead)
        days.add(day if calendar.is_business_day(day) else calendar.previous_business_day(day))
    return tuple(sorted(days))


def plan_deadlines(
    terms: ContractTerms,
    duties: Sequence[tuple[str, Duty]],
    events: Mapping[str, date],
    today: date,
    *,
    horizon_years: int = 3,
    lead_times: tuple[int, ...] = DEFAULT_LEAD_TIMES,
    duty_lead_times: Mapping[str, tuple[int, ...]] | None = None,
    convention: Convention = Convention.LEGAL,
) -> list[Deadline]:
    """Every dated deadline of one contract, sorted by due date.

    Term expiries (kind TERM, keyed by the contract's term duty or "term"), renewal cutoffs
    (keyed by each RENEWAL_NOTICE duty, or "renewal_notice" for a rule the user entered) and
    other dates counted back from an expiry are listed for the current term and the following
    ones up to today + horizon. A term that has already ended is left out: its cutoff is moot once
    the contract renewed, so listing it would only fill the overdue list with noise; a passed
    cutoff of the current term stays, to show the renewal went through unstopped. Duties counted
    from an event ("termination", …) appear once the event's date is in `events`; those counted
    from the start use `terms.start` (or the first of its month, anchor "start_month"). A
    recorded termination (`CLOSING_EVENTS`) ends the timeline: nothing of a later term is listed.
    Milestones (`MILESTONE_KINDS`, the end of a minimum term) get no reminders.
    """
    calendar = calendar_for(terms.calendar)
    closed = closing_day(events)
    line = timeline(terms, today, horizon_years=horizon_years, convention=convention, closed=closed)
    low, high = add_months(today, -12)[0], add_months(today, 12 * horizon_years)[0]
    leads = duty_lead_times or {}
    out: list[Deadline] = []

    def add(duty_key: str, when: str | int, kind: DutyKind, due: DueDate, duty: Duty | None,
            recurrence: Recurrence | None = None) -> None:
        add_day(duty_key, when, kind, due.day, due.unrolled, due.explanation, duty, recurrence)

    def add_day(duty_key: str, when: str | int, kind: DutyKind, day: date | datetime,
                unrolled: date | datetime, why: Explanation, duty: Duty | None,
                recurrence: Recurrence | None = None) -> None:
        lead = () if kind in MILESTONE_KINDS else leads.get(duty_key, lead_times)
        if recurrence is not None and not recurrence.rule.startswith("FREQ=YEARLY"):
            # a monthly series: remind of the next occurrence only, not a month or two ahead
            lead = tuple(days for days in lead if days < _MONTH)
        reminders = reminder_dates(_day(day), lead, calendar)
        out.append(Deadline(key=DeadlineId(duty_key, str(when)), kind=kind, due=day, unrolled=unrolled,
                            explanation=why,
                            obligor=duty.obligor if duty else None, reminders=reminders,
                            recurrence=recurrence))

    def in_window(due: DueDate | None) -> bool:
        return due is not None and low <= _day(due.day) <= high

    # the term a recorded termination cut short keeps only a cutoff that fell before the end
    current = [cycle for cycle in line.cycles if cycle.end >= today]
    live = [cycle for cycle in current if cycle.cut_short is None]
    term_key, term_duty = _term_duty(duties)
    for cycle in live:
        if cycle.end <= high:
            add_day(term_key, cycle.index, DutyKind.TERM, cycle.end, cycle.end, cycle.expiry, term_duty)

    # the contract's cutoff rule is on each cycle already; a duty with another rule is counted here
    notices = [(key, duty, duty.period == terms.renewal_notice)
               for key, duty in duties if duty.kind is DutyKind.RENEWAL_NOTICE]
    for cycle in current:
        if not notices and cycle.cutoff is not None and in_window(cycle.cutoff):
            add("renewal_notice", cycle.index, DutyKind.RENEWAL_NOTICE, cycle.cutoff, None)
        for key, duty, usual in notices:
            expiry = cycle.cut_short or cycle.end
            cutoff = cycle.cutoff if usual else renewal_cutoff(expiry, duty.period, calendar, convention)
            if cutoff is not None and cycle.cut_short is not None and _day(cutoff.day) > cycle.end:
                continue  # came after the termination
            if in_window(cutoff):
                assert cutoff is not None
                add(key, cycle.index, duty.kind, cutoff, duty)

    renews = terms.renewal_term is not None
    for key, duty in duties:
        if duty.kind in (DutyKind.TERM, DutyKind.RENEWAL_NOTICE):
            continue
        roll = Roll.PREVIOUS if duty.kind in ACT_KINDS else Roll.NONE
        series = recurrence_for(duty, terms, events, roll, today, closed)
        if series is not None:  # one deadline for the series, dated by its next occurrence
            every = "yearly" if series[0].rule.startswith("FREQ=YEARLY") else "monthly"
            add(key, every, duty.kind, series[1], duty, series[0])
            continue
        if duty.anchor == "expiry" and (duty.period.direction is Direction.BEFORE or not renews):
            # before each expiry; after it only when the contract does not renew (a single expiry,
            # whose after-dates still matter once it has passed: a return within a month of it)
            for cycle in (live if duty.period.direction is Direction.BEFORE else line.cycles):
                due = _from(cycle.end, duty, roll, convention, calendar)
                if in_window(due):
                    assert due is not None
                    add(key, cycle.index, duty.kind, due, duty)
            continue
        anchor_day = events.get(duty.anchor) if duty.anchor else None
        if anchor_day is None and duty.anchor in START_ANCHORS and terms.start is not None:
            anchor_day = START_ANCHORS[duty.anchor](terms.start)
        if anchor_day is not None:
            if _ends_at_month_end(terms, duty):
                due = last_day_to_notify(anchor_day, duty.period, terms, convention=convention,
                                         month_end=True)
            else:
                due = _from(anchor_day, duty, roll, convention, calendar,
                            inclusive=duty.anchor in START_ANCHORS)
            if due is not None:
                add(key, duty.anchor or "event", duty.kind, due, duty)
    out.sort(key=lambda d: (_day(d.due), d.key))
    return out


def closing_day(events: Mapping[str, date]) -> date | None:
    """The day a recorded termination (or a chosen end date) ends the contract, if any."""
    days = [events[name] for name in CLOSING_EVENTS if name in events]
    return min(days, default=None)


def _day(value: date | datetime) -> date:
    return value if type(value) is date else value.date()  # type: ignore[union-attr]


def _from(
    anchor: date,
    duty: Duty,
    roll: Roll,
    convention: Convention,
    calendar: BusinessCalendar,
    *,
    inclusive: bool = False,
) -> DueDate | None:
    return period_due(anchor, duty.period, convention=convention, inclusive=inclusive, roll=roll,
                      calendar=calendar, anchor_label=duty.anchor)


def _ends_at_month_end(terms: ContractTerms, duty: Duty) -> bool:
    """A termination notice counted back from the desired end, where ends fall on month ends."""
    period = duty.period
    return (terms.notice_month_end and duty.kind is DutyKind.TERMINATION_NOTICE
            and period.direction is Direction.BEFORE and period.amount is not None
            and period.unit not in (None, Unit.HOUR) and period.amount > 0)


def _term_duty(duties: Sequence[tuple[str, Duty]]) -> tuple[str, Duty | None]:
    """The duty that names the contract's term (initial term preferred), or the key "term"."""
    terms = [(key, duty) for key, duty in duties if duty.kind is DutyKind.TERM]
    for key, duty in terms:
        if duty.anchor in ("start", None):
            return key, duty
    return terms[0] if terms else ("term", None)

