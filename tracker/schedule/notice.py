"""Termination notice (解約予告): the last day to notify for a desired end, and the earliest end.

Both use the same backward count as every deadline the user must act on (legal by default,
rolled to the previous business day). A contract whose notice takes effect only at a month end
(月末をもって解約, ends at the end of a month) moves the end to the last day of its month; a
minimum term (最低利用期間) keeps the end from coming before the minimum term is over.
"""

from __future__ import annotations

from datetime import date, timedelta

from tracker.domain.duty import Direction, Period, Unit
from tracker.domain.schedule import ContractTerms, Convention, DueDate, Explanation, Roll
from tracker.schedule.calendar import BusinessCalendar, calendar_for
from tracker.schedule.periods import add_months, due_date, period_due

_ONE_DAY = timedelta(days=1)


def _month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1)[0] - _ONE_DAY


def _notice(period: Period) -> tuple[int, Unit]:
    notice = period.in_whole_units()  # 1ヶ月半: 45 days
    if (notice is None or not isinstance(notice.amount, int) or notice.unit in (None, Unit.HOUR)
            or notice.amount < 1):
        raise ValueError("a notice period needs a positive whole amount of days, weeks, months or years")
    return notice.amount, notice.unit


def _deadline(end: date, notice: Period, calendar: BusinessCalendar, convention: Convention) -> DueDate:
    amount, unit = _notice(notice)
    return due_date(end, Direction.BEFORE, amount, unit, convention=convention, roll=Roll.PREVIOUS,
                    calendar=calendar, anchor_label="cancellation_date")


def minimum_term_end(terms: ContractTerms) -> DueDate | None:
    """The last day of the minimum term (最低利用期間), counted from the start day inclusive (or
    from the first day of the start's month, `terms.minimum_from_month_start`)."""
    if terms.start is None or terms.minimum_term is None:
        return None
    term = terms.minimum_term
    month = terms.minimum_from_month_start
    return period_due(terms.start.replace(day=1) if month else terms.start,
                      Period(term.amount, term.unit, Direction.AFTER), inclusive=True,
                      calendar=calendar_for(terms.calendar), anchor_label="start_month" if month else "start")


def last_day_to_notify(
    desired_end: date,
    notice: Period,
    terms: ContractTerms,
    *,
    convention: Convention = Convention.LEGAL,
    month_end: bool = False,
) -> DueDate:
    """The last day to send notice so that the contract ends on `desired_end` (its month's end if
    notice takes effect at month ends). Raises ValueError for a notice period without a length."""
    end = _month_end(desired_end) if month_end else desired_end
    due = _deadline(end, notice, calendar_for(terms.calendar), convention)
    if end == desired_end:
        return due
    why = Explanation(
        ja=f"解約は月末をもって効力を生じるため終了日は {end.isoformat()}。{due.explanation.ja}",
        en=f"notice takes effect at a month end, so the contract ends on {end.isoformat()}; "
        f"{due.explanation.en}",
    )
    return DueDate(day=due.day, unrolled=due.unrolled, explanation=why)


def earliest_end(
    sent: date,
    notice: Period,
    terms: ContractTerms,
    *,
    convention: Convention = Convention.LEGAL,
    month_end: bool = False,
) -> DueDate:
    """The earliest day the contract can end on a notice sent on `sent`.

    It is the first end date whose last day to notify, as counted (not rolled: the notice has
    been sent), is not before `sent`; that day grows with the end date, so a short walk from the
    forward count finds it.
    """
    calendar = calendar_for(terms.calendar)
    amount, unit = _notice(notice)
    end = due_date(sent, Direction.AFTER, amount, unit, calendar=calendar).day
    assert type(end) is date
    while _deadline(end, notice, calendar, convention).unrolled < sent:
        end += _ONE_DAY
    while _deadline(end - _ONE_DAY, notice, calendar, convention).unrolled >= sent:
        end -= _ONE_DAY
    ja = f"{sent.isoformat()} の通知で最短の終了日 {end.isoformat()}"
    en = f"with notice sent on {sent.isoformat()}, the earliest end is {end.isoformat()}"
    minimum = minimum_term_end(terms)
    if minimum is not None and type(minimum.day) is date and minimum.day > end:
        end = minimum.day
        ja += f"。ただし最低利用期間の満了日 {end.isoformat()} まで終了できない"
        en += f"; but not before the minimum term ends on {end.isoformat()}"
    if month_end and end != _month_end(end):
        end = _month_end(end)
        ja += f"。解約は月末をもって効力を生じるため {end.isoformat()}"
        en += f"; notice takes effect at a month end: {end.isoformat()}"
    return DueDate(day=end, unrolled=end, explanation=Explanation(ja=ja, en=en))
