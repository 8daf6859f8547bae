"""Counting forwards: first day not counted (art. 140) or inclusive, calendar months (art. 143), hours."""

from datetime import date, datetime

import pytest

from tracker.domain.duty import Direction, Unit
from tracker.schedule import due_date

AFTER = Direction.AFTER


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "expected"),
    [
        # days and weeks: the anchor day is not counted
        (date(2026, 1, 31), 1, Unit.DAY, date(2026, 2, 1)),
        (date(2026, 12, 25), 10, Unit.DAY, date(2027, 1, 4)),
        (date(2028, 2, 28), 1, Unit.DAY, date(2028, 2, 29)),
        (date(2026, 4, 30), 2, Unit.WEEK, date(2026, 5, 14)),
        # months: the day before the day matching the first counted day
        (date(2026, 1, 15), 1, Unit.MONTH, date(2026, 2, 15)),
        (date(2026, 2, 28), 1, Unit.MONTH, date(2026, 3, 31)),  # first day 03-01, a month start
        (date(2025, 11, 28), 3, Unit.MONTH, date(2026, 2, 28)),  # no 02-29 in 2026
        (date(2027, 11, 28), 3, Unit.MONTH, date(2028, 2, 28)),  # first day 11-29 → day before 02-29
        (date(2026, 1, 30), 1, Unit.MONTH, date(2026, 2, 28)),  # first day 01-31: February's last day
        (date(2026, 1, 31), 1, Unit.MONTH, date(2026, 2, 28)),  # first day 02-01 → the whole of February
        (date(2026, 3, 31), 1, Unit.MONTH, date(2026, 4, 30)),
        (date(2026, 8, 31), 1, Unit.MONTH, date(2026, 9, 30)),
        (date(2026, 8, 30), 1, Unit.MONTH, date(2026, 9, 30)),  # first day 08-31: no 09-31
        (date(2026, 12, 31), 2, Unit.MONTH, date(2027, 2, 28)),
        # years
        (date(2024, 2, 28), 1, Unit.YEAR, date(2025, 2, 28)),  # first day 02-29: no 2025-02-29
        (date(2024, 2, 29), 1, Unit.YEAR, date(2025, 2, 28)),  # first day 03-01: ends with February
        (date(2026, 3, 31), 1, Unit.YEAR, date(2027, 3, 31)),
        (date(2027, 2, 28), 1, Unit.YEAR, date(2028, 2, 29)),  # first day 03-01 → through leap February
    ],
)
def test_first_day_not_counted(anchor, amount, unit, expected):
    assert due_date(anchor, AFTER, amount, unit).day == expected


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "expected"),
    [
        (date(2025, 4, 1), 1, Unit.YEAR, date(2026, 3, 31)),  # 利用開始日から1年間 (one year from the start)
        (date(2025, 3, 31), 1, Unit.YEAR, date(2026, 3, 30)),
        (date(2028, 2, 29), 1, Unit.YEAR, date(2029, 2, 28)),  # no 2029-02-29: February's last day
        (date(2026, 1, 31), 1, Unit.MONTH, date(2026, 2, 28)),
        (date(2026, 1, 1), 12, Unit.MONTH, date(2026, 12, 31)),
        (date(2026, 4, 30), 14, Unit.DAY, date(2026, 5, 13)),
        (date(2026, 4, 30), 1, Unit.WEEK, date(2026, 5, 6)),
    ],
)
def test_inclusive_counts_the_anchor_day(anchor, amount, unit, expected):
    assert due_date(anchor, AFTER, amount, unit, inclusive=True).day == expected


def test_hours_run_from_the_moment_across_midnight_and_month_end():
    assert due_date(datetime(2026, 1, 31, 23, 30), AFTER, 1, Unit.HOUR).day == datetime(2026, 2, 1, 0, 30)
    assert due_date(datetime(2028, 2, 28, 20, 0), AFTER, 24, Unit.HOUR).day == datetime(2028, 2, 29, 20, 0)


def test_a_date_anchor_for_hours_means_its_midnight():
    assert due_date(date(2026, 5, 1), AFTER, 36, Unit.HOUR).day == datetime(2026, 5, 2, 12, 0)


def test_a_moment_anchor_for_days_counts_from_its_day():
    assert due_date(datetime(2026, 4, 30, 17, 45), AFTER, 14, Unit.DAY).day == date(2026, 5, 14)


def test_explanations_name_the_articles():
    months = due_date(date(2026, 2, 28), AFTER, 1, Unit.MONTH).explanation
    assert "民法140条" in months.ja and "民法143条" in months.ja
    assert "art. 140" in months.en and "art. 143" in months.en
    hours = due_date(datetime(2026, 1, 31, 23, 30), AFTER, 1, Unit.HOUR).explanation
    assert "民法139条" in hours.ja and hours.ja.endswith("2026-02-01T00:30")
    assert "初日算入" in due_date(date(2025, 4, 1), AFTER, 1, Unit.YEAR, inclusive=True).explanation.ja


@pytest.mark.parametrize("amount", [0, -1])
def test_amount_must_be_positive(amount):
    with pytest.raises(ValueError):
        due_date(date(2026, 1, 1), AFTER, amount, Unit.DAY)
