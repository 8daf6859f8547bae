"""Periods as the exports print them: as written, and wording without a number in the report's language."""

import pytest

from tracker.domain import Direction, Period, Qualifier, Unit
from tracker.export.text import period_text


@pytest.mark.parametrize(("period", "ja", "en"), [
    (Period(3, Unit.MONTH, Direction.BEFORE), "3か月", "3 months"),
    (Period(1, Unit.BUSINESS_DAY, Direction.AFTER), "1営業日", "1 business day"),
    (Period(None, None, Direction.AFTER, Qualifier.PROMPTLY), "速やかに", "promptly"),
    (Period(None, None, Direction.AFTER, Qualifier.END_OF_MONTH_AFTER_NEXT), "翌々月末日まで",
     "by the end of the month after next"),
    (Period(None, None, Direction.AFTER), "-", "-"),
])
def test_period_text(period: Period, ja: str, en: str) -> None:
    assert (period_text(period, "ja"), period_text(period, "en")) == (ja, en)
