"""Termination notice: the last day to notify for a desired end, and the earliest end for a notice sent."""

from datetime import date

import pytest

from tracker.domain.duty import Direction, Period, Unit
from tracker.domain.schedule import ContractTerms, Convention
from tracker.schedule import earliest_end, last_day_to_notify, minimum_term_end

DAYS_30 = Period(30, Unit.DAY, Direction.BEFORE)
MONTH_1 = Period(1, Unit.MONTH, Direction.BEFORE)
TERMS = ContractTerms(start=date(2025, 4, 1))


def test_last_day_to_notify_is_counted_back_and_rolled_to_the_safe_side():
    due = last_day_to_notify(date(2027, 3, 31), DAYS_30, TERMS)
    assert (due.unrolled, due.day) == (date(2027, 2, 28), date(2027, 2, 26))
    assert due.explanation.ja.startswith("解約希望日 2027-03-31 の30日前")


def test_notice_taking_effect_at_a_month_end():
    due = last_day_to_notify(date(2026, 5, 15), MONTH_1, TERMS, month_end=True)
    # the contract ends 05-31; a month back is 04-30, the day before is 04-29 (昭和の日, Showa Day)
    assert (due.unrolled, due.day) == (date(2026, 4, 29), date(2026, 4, 28))
    assert "月末をもって" in due.explanation.ja and "2026-05-31" in due.explanation.ja


def test_earliest_end_for_a_notice_sent_today():
    assert earliest_end(date(2026, 11, 22), DAYS_30, TERMS).day == date(2026, 12, 23)
    simple = earliest_end(date(2026, 11, 22), DAYS_30, TERMS, convention=Convention.SIMPLE)
    assert simple.day == date(2026, 12, 22)


@pytest.mark.parametrize(
    ("convention", "expected"),
    [(Convention.LEGAL, date(2027, 1, 31)), (Convention.SIMPLE, date(2026, 12, 31))],
)
def test_earliest_month_end(convention, expected):
    result = earliest_end(date(2026, 11, 30), MONTH_1, TERMS, convention=convention, month_end=True)
    assert result.day == expected


def test_minimum_term_holds_the_end_back():
    terms = ContractTerms(start=date(2026, 10, 1), minimum_term=Period(6, Unit.MONTH, Direction.AFTER))
    minimum = minimum_term_end(terms)
    assert minimum is not None and minimum.day == date(2027, 3, 31)
    result = earliest_end(date(2026, 11, 22), DAYS_30, terms)
    assert result.day == date(2027, 3, 31)
    assert "最低利用期間" in result.explanation.ja


def test_a_notice_period_needs_a_length():
    with pytest.raises(ValueError):
        earliest_end(date(2026, 11, 22), Period(None, None, Direction.BEFORE), TERMS)
