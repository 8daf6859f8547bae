"""Contract timelines: the initial term, the automatic renewals that follow it, and their cutoffs.

A term "from the start date" (利用開始日から1年間, one year from the start date) counts the start
day (2025-04-01 + 1 year → 2026-03-31); each renewal runs from the day after the expiry. An
automatic renewal keeps rolling until the contract is ended, so cycles are generated as far as
the horizon asks.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from tracker.domain.duty import Direction, Duty, DutyKind, Period, Unit
from tracker.domain.regimes import choose_regime
from tracker.domain.schedule import (
    CalendarSpec,
    ContractTerms,
    Convention,
    DueDate,
    Explanation,
    Roll,
    TermCycle,
    Timeline,
)
from tracker.schedule.calendar import BusinessCalendar, calendar_for
from tracker.schedule.periods import add_months, period_due

_ONE_DAY = timedelta(days=1)


def _countable(period: Period | None) -> Period | None:
    """A period usable as a term length: a positive amount in whole days or longer."""
    if period is None or period.amount is None or period.unit in (None, Unit.HOUR) or period.amount < 1:
        return None
    return period


def _as_term(period: Period) -> Period:
    return Period(period.amount, period.unit, Direction.AFTER)


def initial_cycle(terms: ContractTerms, calendar: BusinessCalendar | None = None) -> TermCycle | None:
    """The initial term (index 0) without its cutoff, or None when its end cannot be known.

    The explicit end wins over a term length. With no initial term but an automatic renewal
    (1ヶ月毎の自動更新, renewed every month) the first term is as long as a renewal. A term counted
    from the first day of the start's month (`term_from_month_start`) begins on that day.
    """
    if terms.end is not None:
        why = Explanation(ja=f"契約に定める期間満了日 {terms.end.isoformat()}",
                          en=f"the expiry date set in the contract: {terms.end.isoformat()}")
        return TermCycle(index=0, start=terms.start, end=terms.end, cutoff=None, expiry=why)
    term = _countable(terms.initial_term) or _countable(terms.renewal_term)
    if terms.start is None or term is None:
        return None
    month = terms.term_from_month_start
    start = terms.start.replace(day=1) if month else terms.start
    due = period_due(start, _as_term(term), inclusive=True, anchor_label="start_month" if month else "start",
                     calendar=calendar or calendar_for(terms.calendar))
    assert due is not None and type(due.day) is date
    return TermCycle(index=0, start=start, end=due.day, cutoff=None, expiry=due.explanation)


def renewal_cutoff(
    expiry: date, notice: Period, calendar: BusinessCalendar, convention: Convention = Convention.LEGAL
) -> DueDate | None:
    """The last day to stop the renewal after a term ending on `expiry`: counted back, safe-side rolled."""
    back = Period(notice.amount, notice.unit, Direction.BEFORE, notice.qualifier)
    return period_due(expiry, back, convention=convention, roll=Roll.PREVIOUS, calendar=calendar,
                      anchor_label="expiry")


def timeline(
    terms: ContractTerms,
    today: date,
    *,
    horizon_years: int = 3,
    convention: Convention = Convention.LEGAL,
    closed: date | None = None,
) -> Timeline:
    """The term in force on `today` and every term that matters from a year ago to the horizon.

    `cycles` holds the terms that end on or after today − 1 year and begin (or have their cutoff)
    by today + `horizon_years`: recent past terms stay, so an overdue cutoff can be shown.
    `closed` is the day the contract was ended (a recorded termination): the term that holds it
    ends that day, keeping its cutoff only if that came before, and no term follows.
    """
    calendar = calendar_for(terms.calendar)
    cycle = initial_cycle(terms, calendar)
    if cycle is None:
        return Timeline(current=None, cycles=())
    low, high = add_months(today, -12)[0], add_months(today, 12 * horizon_years)[0]
    renewal = _countable(terms.renewal_term)
    renewals = _renewals(_as_term(renewal), calendar) if renewal else None
    notice = terms.renewal_notice
    cutoffs = _cutoffs(notice, calendar, convention) if notice else None
    cycles: list[TermCycle] = []
    current: TermCycle | None = None
    index, start, end, expiry = 0, cycle.start, cycle.end, cycle.expiry
    while True:
        if end >= low:  # terms that ended earlier are skipped cheaply: no cutoff, no wording
            cutoff = None
            if notice is not None and cutoffs is not None:
                if end not in cutoffs:
                    cutoffs[end] = renewal_cutoff(end, notice, calendar, convention)
                cutoff = cutoffs[end]
            if min(start or end, cutoff.day if cutoff else end) > high:
                break
            cut_short = None
            if closed is not None and closed <= end:
                if cutoff is not None and cutoff.day > closed:
                    cutoff = None
                cut_short, end, expiry = end, max(closed, start or closed), _closing(closed)
            cycle = TermCycle(index=index, start=start, end=end, expiry=expiry, cutoff=cutoff,
                              cut_short=cut_short)
            cycles.append(cycle)
            if (start is None or start <= today) and today <= end:
                current = cycle
        if renewals is None or (closed is not None and closed <= end):  # (end: as cut short)
            break
        step = renewals.get(end)
        if step is None:
            assert renewal is not None
            step = renewals[end] = _renew(end, renewal, calendar)
        index, start, (end, expiry) = index + 1, end + _ONE_DAY, step
    return Timeline(current=current, cycles=tuple(cycles))


# Timelines of many contracts walk the same days: memo tables keyed by a day (hashing a date is
# much cheaper than hashing the whole argument list of the memoised functions)
@lru_cache(maxsize=256)
def _renewals(renewal: Period, calendar: BusinessCalendar) -> dict[date, tuple[date, Explanation]]:
    return {}


@lru_cache(maxsize=256)
def _cutoffs(
    notice: Period, calendar: BusinessCalendar, convention: Convention
) -> dict[date, DueDate | None]:
    return {}


def _closing(day: date) -> Explanation:
    return Explanation(ja=f"契約終了日 {day.isoformat()} (記録済み) で終了",
                       en=f"ended on {day.isoformat()} (recorded)")


def _renew(end: date, renewal: Period, calendar: BusinessCalendar) -> tuple[date, Explanation]:
    """The end of the renewal term after a term ending on `end`, and why."""
    due = period_due(end, _as_term(renewal), calendar=calendar, anchor_label="expiry")
    assert due is not None and type(due.day) is date
    why = Explanation(ja=f"自動更新 (満了日の翌日から): {due.explanation.ja}",
                      en=f"automatic renewal (from the day after expiry): {due.explanation.en}")
    return due.day, why


def terms_from_duties(
    duties: Sequence[Duty],
    *,
    start: date | None,
    end: date | None,
    calendar: CalendarSpec | None = None,
) -> ContractTerms:
    """Suggest a contract's terms from its extracted duties; the user confirms them.

    The regime (initial term, renewal term, cutoff rule) is `choose_regime`'s; the first
    MINIMUM_TERM with a usable period gives the minimum term.
    """
    regime = choose_regime(duties)
    minimum = next((d for d in duties if d.kind is DutyKind.MINIMUM_TERM and d.period.amount is not None),
                   None)
    return ContractTerms(
        start=start,
        end=end,
        initial_term=regime.initial_term,
        renewal_term=regime.renewal_term,
        renewal_notice=regime.renewal_notice,
        minimum_term=minimum.period if minimum else None,
        term_from_month_start=regime.month_start,
        minimum_from_month_start=minimum is not None and minimum.anchor == "start_month",
        calendar=calendar or CalendarSpec(),
    )
