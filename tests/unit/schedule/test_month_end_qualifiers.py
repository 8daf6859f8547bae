"""Qualifier deadlines without a number: 翌月末日まで and 翌々月末日まで count from the anchor's month."""

from datetime import date

import pytest

from tracker.domain.duty import Direction, Period, Qualifier
from tracker.schedule.periods import period_due


@pytest.mark.parametrize(("anchor", "qualifier", "expected"), [
    (date(2025, 1, 15), Qualifier.END_OF_NEXT_MONTH, date(2025, 2, 28)),
    (date(2025, 1, 15), Qualifier.END_OF_MONTH_AFTER_NEXT, date(2025, 3, 31)),
    (date(2025, 1, 31), Qualifier.END_OF_MONTH_AFTER_NEXT, date(2025, 3, 31)),
    (date(2023, 12, 1), Qualifier.END_OF_MONTH_AFTER_NEXT, date(2024, 2, 29)),
    (date(2025, 11, 30), Qualifier.END_OF_MONTH_AFTER_NEXT, date(2026, 1, 31)),
])
def test_month_end_qualifiers(anchor, qualifier, expected):
    due = period_due(anchor, Period(None, None, Direction.AFTER, qualifier))
    assert due is not None
    assert due.day == expected


def test_end_of_month_after_next_explains_itself():
    period = Period(None, None, Direction.AFTER, Qualifier.END_OF_MONTH_AFTER_NEXT)
    due = period_due(date(2025, 1, 15), period, anchor_label="invoice")
    assert due is not None
    assert "翌々月末日" in due.explanation.ja
    assert "2025-03-31" in due.explanation.en
