"""Recurring duties: a monthly or yearly payment or report is one deadline with a recurrence rule.

毎月末日までに賃料を支払う (rent by each month's end), 当月分を翌月末日までに支払う (each month's fees
by the end of the next), 毎月27日に支払う (on the 27th) and 毎月10日までに報告する (a report by the
10th) repeat every month while the contract runs; 毎年3月31日までに年会費を支払う, "on or before
January 15 of each year" (anchor `year_day`) and 毎年の契約応当日 / "each anniversary of the
Effective Date" (anchor `anniversary`) every year. They are planned as one Deadline whose
`recurrence` holds an RFC 5545 RRULE, never as one deadline per month; the calendar and the
upcoming list expand it on read (`occurrences`). A recorded event for the duty's anchor (an
invoice's date) makes it a single date instead, counted by the plan as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.rrule import rrule, rrulestr

from tracker.domain.duty import Duty, DutyKind, Qualifier
from tracker.domain.numerals import parse_number
from tracker.domain.schedule import CalendarSpec, ContractTerms, DueDate, Explanation, Recurrence, Roll
from tracker.schedule.calendar import calendar_for
from tracker.schedule.periods import _roll, add_months
from tracker.schedule.timeline import initial_cycle
from tracker.schedule.wording import fmt

# anchors that name a month of a running account: the rented month, the billed month, a month's end
_MONTHLY_ANCHORS = frozenset({"rent_month", "invoice", "month_end"})
_YEARLY_ANCHORS = frozenset({"year_day", "anniversary"})
_KINDS = frozenset({DutyKind.PAYMENT, DutyKind.NOTIFICATION})
# month-end wording → months from the month served to the month the date falls in
_MONTH_ENDS = {
    Qualifier.END_OF_MONTH: 0, Qualifier.END_OF_NEXT_MONTH: 1, Qualifier.END_OF_MONTH_AFTER_NEXT: 2,
}
_DAY = re.compile(r"(翌月の?)?([0-9０-９〇一二三四五六七八九十]{1,3})日")
# the day of the year a yearly duty names: 毎年3月31日 / 毎年4月末日 / March 31 / 15 January
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_JA_YEAR_DAY = re.compile(r"([0-9０-９]{1,2})月(?:([0-9０-９]{1,2})日|末)")
_MONTH_NAME = "|".join(_MONTHS)
_EN_YEAR_DAY = re.compile(rf"(?i)\b({_MONTH_NAME}) ?([0-9]{{1,2}})\b|\b([0-9]{{1,2}}) ?({_MONTH_NAME})\b")
# a roll moves a day by at most a week (Dec 31 → Dec 28 over the year-end break): read that much more
_ROLL_SLACK = timedelta(days=10)


def recurrence_for(
    duty: Duty, terms: ContractTerms, events: Mapping[str, date], roll: Roll, today: date,
    closed: date | None = None,
) -> tuple[Recurrence, DueDate] | None:
    """The monthly rule of a duty that repeats, once the contract's start is known, and its next
    occurrence from `today`; None for a duty that does not repeat or a series that has ended.
    `closed`: the day a recorded termination ends the contract (plan.closing_day)."""
    if (duty.kind not in _KINDS or duty.anchor in events or terms.start is None
            or duty.period.amount is not None):
        return None
    if duty.anchor in _YEARLY_ANCHORS:
        yearly = _yearly(duty, terms.start)
        if yearly is None:
            return None
        rule, ja, en, first = yearly
        until = _until(terms, closed, 0)
    elif duty.anchor in _MONTHLY_ANCHORS:
        monthly = _monthly(duty)
        if monthly is None:
            return None
        day, offset = monthly
        rule, ja, en = _monthly_rule(day)
        month_one = add_months(terms.start.replace(day=1), offset)[0]
        first = _first(rule, max(terms.start, month_one))
        until = _until(terms, closed, offset)
    else:
        return None
    if roll is Roll.PREVIOUS:  # a date to act by: the safe side, as for every such deadline
        ja, en = f"{ja} (休業日にあたるときは前営業日)", f"{en} (or the business day before, if closed)"
    since_ja, since_en = f"{fmt(first)} から", f"from {fmt(first)}"
    if until is not None:
        since_ja, since_en = f"{since_ja}{fmt(until)} まで", f"{since_en} to {fmt(until)}"
    why = Explanation(ja=f"繰り返し: {ja}、{since_ja}", en=f"repeats on {en}, {since_en}")
    ahead = _year_ahead(Recurrence(rule, first, until, roll, terms.calendar, why), today)
    if not ahead:
        return None
    moves = tuple((due.unrolled, due.day) for due in ahead[:12] if due.day != due.unrolled)
    return Recurrence(rule, first, until, roll, terms.calendar, why, moves), ahead[0]


def _monthly_rule(day: int) -> tuple[str, str, str]:
    """The RRULE of a day of each month (-1: its last day), and its words."""
    if day == -1:
        return "FREQ=MONTHLY;BYMONTHDAY=-1", "毎月末日", "the last day of each month"
    if day <= 28:
        return f"FREQ=MONTHLY;BYMONTHDAY={day}", f"毎月{day}日", f"day {day} of each month"
    # the 30th, or the last day of a shorter month
    days = ",".join(str(d) for d in range(28, day + 1))
    return (f"FREQ=MONTHLY;BYMONTHDAY={days};BYSETPOS=-1", f"毎月{day}日 (ない月は末日)",
            f"day {day} of each month (the last day in shorter months)")


def _yearly(duty: Duty, start: date) -> tuple[str, str, str, date] | None:
    """The RRULE of a yearly duty, its words and its first day: the day of the year its clause
    names (毎年3月31日, March 31) on or after the start, or each anniversary of the start after it."""
    if duty.anchor == "anniversary":
        month, day = start.month, start.day
        first_from = start + timedelta(days=1)
        ja = f"毎年{month}月{day}日 (契約応当日)"
        en = f"each anniversary of the start ({_MONTHS[month - 1].capitalize()} {day})"
    else:
        read = _year_day(duty.span.text)
        if read is None:
            return None
        month, day = read
        first_from = start
        ja = f"毎年{month}月{'末日' if day == -1 else f'{day}日'}"
        en = f"each year on {_MONTHS[month - 1].capitalize()} {'(last day)' if day == -1 else day}"
    if day == -1 or (month == 2 and day == 29):  # a month's last day; 2/29 in other years the 28th
        rule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY=-1"
    else:
        rule = f"FREQ=YEARLY;BYMONTH={month};BYMONTHDAY={day}"
    return rule, ja, en, _first(rule, first_from)


def _year_day(text: str) -> tuple[int, int] | None:
    """(month, day or -1 for the month's last day) written in a yearly duty's clause."""
    m = _JA_YEAR_DAY.search(text)
    if m:
        month = parse_number(m.group(1))
        day = -1 if m.group(2) is None else parse_number(m.group(2))
    else:
        e = _EN_YEAR_DAY.search(text)
        if e is None:
            return None
        name = (e.group(1) or e.group(4)).lower()
        month, day = _MONTHS.index(name) + 1, int(e.group(2) or e.group(3))
    if month is None or day is None or not 1 <= month <= 12 or not (day == -1 or 1 <= day <= 31):
        return None
    try:
        date(2024, month, max(day, 1))  # a day the month has in a leap year
    except ValueError:
        return None
    return month, day


def occurrences(recurrence: Recurrence, first: date, last: date) -> list[DueDate]:
    """The occurrences whose day, after rolling, lies in [first, last], earliest first."""
    high = min(last, date.max - _ROLL_SLACK) + _ROLL_SLACK
    if recurrence.until is not None:
        high = min(high, recurrence.until)
    low = max(recurrence.first, max(first, date.min + _ROLL_SLACK) - _ROLL_SLACK)
    out = []
    # a monthly rule gives the same days counted from any month's first day: counting from the
    # window's month (not from a start years ago) lets every series with this rule share the work
    series = _series(recurrence.rule, low.replace(day=1))
    for moment in series.between(datetime.combine(low, time()), datetime.combine(high, time()), inc=True):
        counted = moment.date()
        day, why_ja, why_en = _rolled(counted, recurrence.roll, recurrence.calendar)
        if first <= day <= last:
            why = recurrence.explanation
            if why_ja:
                why = Explanation(ja=f"{why.ja}。{why_ja}", en=f"{why.en}; {why_en}")
            out.append(DueDate(day=day, unrolled=counted, explanation=why))
    return out


@lru_cache(maxsize=4096)
def _rolled(day: date, roll: Roll, spec: CalendarSpec) -> tuple[date, str, str]:
    """The day an occurrence falls on and why it moved (memoised: series share their days)."""
    if roll is Roll.NONE:
        return day, "", ""
    moved, why_ja, why_en = _roll(day, roll, calendar_for(spec))
    assert type(moved) is date
    return moved, why_ja, why_en


@lru_cache(maxsize=4096)
def _first(rule: str, day: date) -> date:
    """The rule's first day on or after `day`."""
    return _series(rule, day)[0].date()


@lru_cache(maxsize=1024)
def _series(rule: str, first: date) -> rrule:
    series = rrulestr(rule, dtstart=datetime.combine(first, time()), cache=True)
    assert isinstance(series, rrule)
    return series


def _monthly(duty: Duty) -> tuple[int, int] | None:
    """(day of the month, -1 for its last day; months after the month served), or None."""
    qualifier = duty.period.qualifier
    if qualifier in _MONTH_ENDS:
        return -1, _MONTH_ENDS[qualifier]
    m = _DAY.search(duty.span.text) if qualifier is None else None
    day = parse_number(m.group(2)) if m else None
    if m is None or day is None or not 1 <= day <= 31:
        return None
    return day, 1 if m.group(1) else 0


@lru_cache(maxsize=4096)
def _year_ahead(series: Recurrence, today: date) -> tuple[DueDate, ...]:
    """The occurrences in the year from `today` (two years for a yearly rule, whose first may lie
    more than a year ahead); memoised, as contracts that started in the same month share their
    series and every contract is planned again each day."""
    months = 24 if series.rule.startswith("FREQ=YEARLY") else 12
    return tuple(occurrences(series, today, add_months(today, months)[0]))


def _until(terms: ContractTerms, closed: date | None, offset: int) -> date | None:
    """The last day of the series: the end of the month the contract ends in (plus the months a
    month's account is paid later), or None while it renews itself or its end is unknown."""
    end = closed
    if end is None and terms.renewal_term is None:
        cycle = initial_cycle(terms)
        end = cycle.end if cycle else None
    if end is None:
        return None
    following = add_months(end.replace(day=1), offset + 1)[0]
    return following - timedelta(days=1)
