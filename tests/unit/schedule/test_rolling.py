"""Rolling a computed day that is not a business day: none, previous (the safe side) or next (art. 142)."""

from datetime import date, datetime

from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import Roll
from tracker.schedule import due_date

BEFORE, AFTER = Direction.BEFORE, Direction.AFTER


def test_none_reports_the_computed_day():
    result = due_date(date(2027, 3, 31), BEFORE, 30, Unit.DAY)
    assert (result.day, result.unrolled) == (date(2027, 2, 28), date(2027, 2, 28))


def test_previous_keeps_the_unrolled_day():
    result = due_date(date(2027, 3, 31), BEFORE, 30, Unit.DAY, roll=Roll.PREVIOUS)
    assert (result.day, result.unrolled) == (date(2027, 2, 26), date(2027, 2, 28))


def test_next_follows_article_142():
    result = due_date(date(2027, 3, 31), BEFORE, 30, Unit.DAY, roll=Roll.NEXT)
    assert result.day == date(2027, 3, 1)
    assert "民法142条" in result.explanation.ja


def test_golden_week_and_year_end():
    assert due_date(date(2026, 4, 20), AFTER, 14, Unit.DAY, roll=Roll.PREVIOUS).day == date(2026, 5, 1)
    assert due_date(date(2026, 4, 20), AFTER, 14, Unit.DAY, roll=Roll.NEXT).day == date(2026, 5, 7)
    assert due_date(date(2025, 12, 1), AFTER, 1, Unit.MONTH, roll=Roll.NEXT).day == date(2026, 1, 5)
    assert due_date(date(2025, 12, 1), AFTER, 1, Unit.MONTH, roll=Roll.PREVIOUS).day == date(2025, 12, 26)


def test_citizens_holiday_is_rolled_over():
    result = due_date(date(2026, 9, 8), AFTER, 14, Unit.DAY, roll=Roll.PREVIOUS)
    assert (result.unrolled, result.day) == (date(2026, 9, 22), date(2026, 9, 18))
    assert "2026-09-22 は祝日 (国民の休日)のため前営業日 2026-09-18 に繰上げ" in result.explanation.ja


def test_a_business_day_is_not_moved():
    result = due_date(date(2026, 4, 30), BEFORE, 30, Unit.DAY, roll=Roll.PREVIOUS)
    assert result.day == result.unrolled == date(2026, 3, 30)
    assert "繰上げ" not in result.explanation.ja


def test_a_moment_keeps_its_time_when_rolled():
    result = due_date(datetime(2026, 5, 2, 9, 0), AFTER, 2, Unit.HOUR, roll=Roll.NEXT)
    assert result.day == datetime(2026, 5, 7, 11, 0)
