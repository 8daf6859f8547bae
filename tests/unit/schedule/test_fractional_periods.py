"""1ヶ月半 (1.5 months) gets a date: half a month is counted as 15 days."""

from datetime import date

from tracker.domain.duty import Direction, Period, Unit
from tracker.schedule.periods import period_due


def test_a_month_and_a_half_before_is_45_days_before() -> None:
    due = period_due(date(2025, 6, 30), Period(1.5, Unit.MONTH, Direction.BEFORE))
    same = period_due(date(2025, 6, 30), Period(45, Unit.DAY, Direction.BEFORE))
    assert due is not None and same is not None
    assert due.day == same.day


def test_a_fraction_no_whole_unit_holds_gives_no_date() -> None:
    assert period_due(date(2025, 6, 30), Period(2.5, Unit.WEEK, Direction.AFTER)) is None
