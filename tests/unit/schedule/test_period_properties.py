"""Properties that hold for every anchor and amount (hypothesis)."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import Convention, Roll
from tracker.schedule import calendar_for, due_date

anchors = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
amounts = st.integers(min_value=1, max_value=60)
units = st.sampled_from([Unit.DAY, Unit.BUSINESS_DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR])
conventions = st.sampled_from(list(Convention))
flags = st.booleans()
FAST = settings(max_examples=300, deadline=None)


@FAST
@given(anchors, amounts, units, flags)
def test_after_never_precedes_the_anchor_and_grows_with_n(anchor, n, unit, inclusive):
    first = due_date(anchor, Direction.AFTER, n, unit, inclusive=inclusive).day
    second = due_date(anchor, Direction.AFTER, n + 1, unit, inclusive=inclusive).day
    assert anchor <= first <= second


@FAST
@given(anchors, amounts, units, conventions)
def test_before_never_follows_the_anchor_and_shrinks_with_n(anchor, n, unit, convention):
    first = due_date(anchor, Direction.BEFORE, n, unit, convention=convention).day
    second = due_date(anchor, Direction.BEFORE, n + 1, unit, convention=convention).day
    assert second <= first < anchor


@FAST
@given(anchors, amounts, units)
def test_legal_is_never_later_than_simple(anchor, n, unit):
    legal = due_date(anchor, Direction.BEFORE, n, unit, convention=Convention.LEGAL).day
    simple = due_date(anchor, Direction.BEFORE, n, unit, convention=Convention.SIMPLE).day
    assert legal < simple


@FAST
@given(anchors, amounts, units, st.sampled_from(list(Direction)))
def test_previous_roll_lands_on_a_business_day_not_later(anchor, n, unit, direction):
    result = due_date(anchor, direction, n, unit, roll=Roll.PREVIOUS)
    assert calendar_for().is_business_day(result.day)
    assert result.day <= result.unrolled


@FAST
@given(anchors, amounts, units)
def test_next_roll_lands_on_a_business_day_not_earlier(anchor, n, unit):
    result = due_date(anchor, Direction.AFTER, n, unit, roll=Roll.NEXT)
    assert calendar_for().is_business_day(result.day)
    assert result.day >= result.unrolled


@FAST
@given(anchors, amounts)
def test_months_forward_end_by_article_143(anchor, n):
    """The period of n months from the day after the anchor ends the day before the next period starts."""
    end = due_date(anchor, Direction.AFTER, n, Unit.MONTH).day
    nxt = due_date(anchor, Direction.AFTER, n + 1, Unit.MONTH).day
    assert 28 <= (nxt - end).days <= 31
