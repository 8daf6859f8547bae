"""Counting backwards from an anchor that is never counted: the legal and the simple conventions."""

from datetime import date, datetime

import pytest

from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import Convention
from tracker.schedule import due_date

BEFORE = Direction.BEFORE
LEGAL, SIMPLE = Convention.LEGAL, Convention.SIMPLE


@pytest.mark.parametrize(
    ("anchor", "amount", "unit", "legal", "simple"),
    [
        (date(2027, 3, 31), 30, Unit.DAY, date(2027, 2, 28), date(2027, 3, 1)),
        (date(2028, 3, 31), 30, Unit.DAY, date(2028, 2, 29), date(2028, 3, 1)),
        (date(2026, 3, 1), 1, Unit.DAY, date(2026, 2, 27), date(2026, 2, 28)),
        (date(2026, 4, 30), 2, Unit.WEEK, date(2026, 4, 15), date(2026, 4, 16)),
        (date(2026, 6, 30), 2, Unit.MONTH, date(2026, 4, 29), date(2026, 4, 30)),
        (date(2026, 3, 31), 1, Unit.MONTH, date(2026, 2, 27), date(2026, 2, 28)),  # no 02-31: clamped
        (date(2028, 3, 31), 1, Unit.MONTH, date(2028, 2, 28), date(2028, 2, 29)),
        (date(2026, 5, 31), 3, Unit.MONTH, date(2026, 2, 27), date(2026, 2, 28)),
        (date(2026, 1, 31), 1, Unit.MONTH, date(2025, 12, 30), date(2025, 12, 31)),
        (date(2028, 2, 29), 1, Unit.YEAR, date(2027, 2, 27), date(2027, 2, 28)),
        (date(2027, 3, 31), 1, Unit.YEAR, date(2026, 3, 30), date(2026, 3, 31)),
    ],
)
def test_legal_and_simple(anchor, amount, unit, legal, simple):
    assert due_date(anchor, BEFORE, amount, unit, convention=LEGAL).day == legal
    assert due_date(anchor, BEFORE, amount, unit, convention=SIMPLE).day == simple


def test_legal_is_the_default():
    assert due_date(date(2026, 4, 30), BEFORE, 30, Unit.DAY).day == date(2026, 3, 30)


@pytest.mark.parametrize(
    ("anchor", "amount", "legal", "simple"),
    [
        (date(2026, 1, 9), 5, date(2025, 12, 25), date(2025, 12, 26)),  # across the year-end break
        (date(2026, 5, 8), 2, date(2026, 4, 30), date(2026, 5, 1)),  # across Golden Week 05-02 – 05-06
        (date(2026, 9, 25), 2, date(2026, 9, 17), date(2026, 9, 18)),  # 09-21 – 09-23 are holidays
        (date(2026, 3, 2), 1, date(2026, 2, 26), date(2026, 2, 27)),  # anchor on a Monday
    ],
)
def test_business_days(anchor, amount, legal, simple):
    assert due_date(anchor, BEFORE, amount, Unit.BUSINESS_DAY, convention=LEGAL).day == legal
    assert due_date(anchor, BEFORE, amount, Unit.BUSINESS_DAY, convention=SIMPLE).day == simple


def test_inclusive_does_not_count_the_anchor_backwards():
    assert due_date(date(2026, 4, 30), BEFORE, 30, Unit.DAY, inclusive=True).day == date(2026, 3, 30)


def test_hours_back_across_midnight():
    assert due_date(datetime(2026, 3, 1, 0, 15), BEFORE, 1, Unit.HOUR).day == datetime(2026, 2, 28, 23, 15)


def test_explanations_name_the_convention():
    legal = due_date(date(2026, 6, 30), BEFORE, 2, Unit.MONTH, anchor_label="expiry").explanation
    assert legal.ja.startswith("期間満了日 2026-06-30 の2か月前: ")
    assert "(民法の数え方)" in legal.ja and legal.ja.endswith("2026-04-29")
    simple = due_date(date(2026, 1, 9), BEFORE, 5, Unit.BUSINESS_DAY, convention=SIMPLE).explanation
    assert "(simple count)" in simple.en and simple.en.endswith("2025-12-26")
