"""The worked examples of periods.md, through the engine's public due_date."""

from datetime import date

import pytest

from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import Convention, Roll
from tracker.schedule import due_date

AFTER, BEFORE = Direction.AFTER, Direction.BEFORE
SIMPLE = {"convention": Convention.SIMPLE}


@pytest.mark.parametrize(
    ("anchor", "direction", "amount", "unit", "options", "expected"),
    [
        (date(2025, 11, 28), AFTER, 3, Unit.MONTH, {}, date(2026, 2, 28)),
        (date(2025, 3, 31), AFTER, 1, Unit.YEAR, {"inclusive": True}, date(2026, 3, 30)),
        (date(2025, 4, 30), AFTER, 14, Unit.DAY, {}, date(2025, 5, 14)),
        (date(2026, 4, 30), BEFORE, 30, Unit.DAY, {}, date(2026, 3, 30)),
        (date(2026, 4, 30), BEFORE, 30, Unit.DAY, SIMPLE, date(2026, 3, 31)),
        (date(2026, 6, 30), BEFORE, 2, Unit.MONTH, {}, date(2026, 4, 29)),
        (date(2026, 1, 9), BEFORE, 5, Unit.BUSINESS_DAY, {}, date(2025, 12, 25)),
        (date(2026, 1, 9), BEFORE, 5, Unit.BUSINESS_DAY, SIMPLE, date(2025, 12, 26)),
        (date(2026, 5, 1), AFTER, 1, Unit.BUSINESS_DAY, {}, date(2026, 5, 7)),
        (date(2026, 1, 10), BEFORE, 1, Unit.DAY, {"roll": Roll.PREVIOUS}, date(2026, 1, 8)),
    ],
)
def test_worked_example(anchor, direction, amount, unit, options, expected):
    assert due_date(anchor, direction, amount, unit, **options).day == expected


def test_month_end_rule_of_article_143():
    assert due_date(date(2026, 2, 28), AFTER, 1, Unit.MONTH).day == date(2026, 3, 31)


def test_cutoff_explanation_names_the_rule_and_the_roll():
    result = due_date(date(2027, 3, 31), BEFORE, 30, Unit.DAY, roll=Roll.PREVIOUS, anchor_label="expiry")
    assert (result.day, result.unrolled) == (date(2027, 2, 26), date(2027, 2, 28))
    assert "期間満了日 2027-03-31 の30日前: 満了日を含めず30日を遡った前日" in result.explanation.ja
    assert "2027-02-28 は日曜日のため前営業日 2027-02-26 に繰上げ" in result.explanation.ja
    assert "Sunday" in result.explanation.en
