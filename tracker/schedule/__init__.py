"""Scheduling: duties and a contract's dates to deadlines, by the Civil Code's period rules.

Public API (everything else is internal):

- ``calendar_for(spec: CalendarSpec) -> BusinessCalendar``: cached per spec; ``is_business_day``,
  ``next_business_day``, ``previous_business_day``, ``add_business_days``. ValueError for an
  unknown country.
- ``due_date(anchor, direction, amount, unit, *, convention=LEGAL, inclusive=False, roll=NONE,
  calendar=None, anchor_label=None) -> DueDate(day, unrolled, explanation)``: one period
  (periods.md). ``period_due`` does the same for an extracted Period (None for 速やかに etc.).
- ``timeline(terms, today, *, horizon_years=3, convention=LEGAL, closed=None) -> Timeline(current,
  cycles)`` with ``TermCycle(index, start, end, cutoff, expiry)``; ``closed`` ends it (a termination).
  and ``terms_from_duties(duties, *, start, end, calendar=CalendarSpec()) -> ContractTerms``.
- ``ANCHOR_RULES`` (anchor name -> AnchorRule: contract dates, a recorded event, or a recurring
  month) and ``undated_reason(duty, terms, events) -> Explanation | None``.
- ``contract_status(terms, events, today, *, stored=ACTIVE, convention=LEGAL) -> ContractStatus``.
- ``plan_deadlines(terms, [(duty_key, duty)], events, today, *, horizon_years=3,
  lead_times=(60, 30, 14, 7, 1), duty_lead_times=None, convention=LEGAL) -> list[Deadline]``.
- ``reminder_dates(due, lead_times, calendar) -> tuple[date, ...]``.
- ``last_day_to_notify(desired_end, notice, terms, *, convention, month_end)`` and
  ``earliest_end(sent, notice, terms, *, convention, month_end)`` for termination notice;
  ``minimum_term_end(terms)``. ``ContractTerms.notice_month_end`` makes plan_deadlines count a
  termination notice back from the month end (月末をもって, effective at a month end).

Deadlines the user must act on (``ACT_KINDS``) are counted with the given convention and rolled
to the previous business day; Deadline.unrolled keeps the day as counted.
"""

from tracker.domain.schedule import DueDate, TermCycle, Timeline
from tracker.schedule.anchors import ANCHOR_RULES, AnchorRule, undated_reason
from tracker.schedule.calendar import BusinessCalendar, calendar_for
from tracker.schedule.notice import earliest_end, last_day_to_notify, minimum_term_end
from tracker.schedule.periods import due_date, period_due
from tracker.schedule.plan import ACT_KINDS, CLOSING_EVENTS, plan_deadlines, reminder_dates
from tracker.schedule.status import contract_status
from tracker.schedule.timeline import terms_from_duties, timeline

__all__ = [
    "ACT_KINDS",
    "ANCHOR_RULES",
    "CLOSING_EVENTS",
    "AnchorRule",
    "BusinessCalendar",
    "DueDate",
    "TermCycle",
    "Timeline",
    "calendar_for",
    "contract_status",
    "due_date",
    "earliest_end",
    "last_day_to_notify",
    "minimum_term_end",
    "period_due",
    "plan_deadlines",
    "reminder_dates",
    "terms_from_duties",
    "timeline",
    "undated_reason",
]
