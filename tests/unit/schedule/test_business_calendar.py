"""Business days: Japanese holidays from the `holidays` package, the year-end break, per-contract changes."""

from datetime import date

import pytest

from tracker.domain.duty import Direction, Unit
from tracker.domain.schedule import CalendarSpec
from tracker.schedule import calendar_for, due_date

JAPAN = calendar_for(CalendarSpec())


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 9, 22),  # 国民の休日 (citizens' holiday) between two holidays
        date(2026, 5, 6),  # 振替休日 (substitute holiday) for Constitution Day on a Sunday
        date(2026, 5, 4),  # みどりの日 (Greenery Day)
        date(2026, 1, 12),  # 成人の日 (Coming of Age Day)
        date(2025, 12, 29),  # year-end break
        date(2025, 12, 31),
        date(2026, 1, 2),
        date(2026, 1, 3),
        date(2026, 2, 28),  # Saturday
        date(2026, 3, 1),  # Sunday
    ],
)
def test_days_off_in_japan(day):
    assert not JAPAN.is_business_day(day)


@pytest.mark.parametrize("day", [date(2025, 12, 26), date(2026, 1, 5), date(2026, 5, 7), date(2026, 9, 24)])
def test_working_days_in_japan(day):
    assert JAPAN.is_business_day(day)


def test_one_calendar_per_spec():
    assert calendar_for(CalendarSpec()) is JAPAN
    assert calendar_for(CalendarSpec(year_end_break=False)) is not JAPAN


def test_without_the_year_end_break():
    calendar = calendar_for(CalendarSpec(year_end_break=False))
    assert calendar.is_business_day(date(2025, 12, 29))
    assert not calendar.is_business_day(date(2026, 1, 1))  # 元日 (New Year's Day) stays a holiday
    assert due_date(date(2025, 12, 26), Direction.AFTER, 1, Unit.BUSINESS_DAY, calendar=calendar).day == date(
        2025, 12, 29
    )


def test_company_holidays():
    calendar = calendar_for(CalendarSpec(extra_holidays=frozenset({date(2026, 8, 12), date(2026, 8, 13)})))
    assert not calendar.is_business_day(date(2026, 8, 13))
    assert calendar.next_business_day(date(2026, 8, 10)) == date(2026, 8, 14)  # 08-11 Mountain Day
    assert calendar.reason(date(2026, 8, 12)) == ("会社休日", "a company holiday")


def test_another_countrys_holidays():
    calendar = calendar_for(CalendarSpec(country="US", year_end_break=False))
    assert not calendar.is_business_day(date(2026, 7, 3))  # Independence Day observed on the Friday
    assert calendar.is_business_day(date(2026, 9, 22))


def test_unknown_country_is_refused():
    with pytest.raises(ValueError):
        calendar_for(CalendarSpec(country="XX"))


def test_stepping_over_business_days():
    assert JAPAN.next_business_day(date(2026, 5, 1)) == date(2026, 5, 7)
    assert JAPAN.previous_business_day(date(2026, 1, 5)) == date(2025, 12, 26)
    assert JAPAN.add_business_days(date(2026, 9, 18), 1) == date(2026, 9, 24)
    assert JAPAN.add_business_days(date(2026, 9, 24), -2) == date(2026, 9, 17)


def test_forward_business_days_inclusive_counts_a_business_day_anchor():
    business = Unit.BUSINESS_DAY
    assert due_date(date(2026, 5, 7), Direction.AFTER, 1, business, inclusive=True).day == date(2026, 5, 7)
    assert due_date(date(2026, 5, 7), Direction.AFTER, 3, business).day == date(2026, 5, 12)
    assert due_date(date(2026, 5, 2), Direction.AFTER, 1, business, inclusive=True).day == date(2026, 5, 7)


def test_twenty_business_days_from_a_notice():
    assert due_date(date(2026, 4, 20), Direction.AFTER, 20, Unit.BUSINESS_DAY).day == date(2026, 5, 22)


def test_reasons_name_the_day():
    assert JAPAN.reason(date(2026, 9, 22)) == ("祝日 (国民の休日)", "a holiday (National Holiday)")
    assert JAPAN.reason(date(2027, 2, 28)) == ("日曜日", "a Sunday")
    assert JAPAN.reason(date(2025, 12, 30))[0] == "年末年始休業日"


def test_years_the_library_does_not_cover_give_no_warning():
    calendar = calendar_for(CalendarSpec(country="IN", year_end_break=False))
    assert not calendar.is_business_day(date(1990, 1, 26))  # Republic Day, before the library's range
    assert calendar.is_business_day(date(1990, 1, 25))


def test_closed_days_name_the_holidays_and_the_year_end_break_of_a_range():
    closed = JAPAN.closed_days(date(2026, 11, 1), date(2027, 1, 4))
    assert closed[date(2026, 11, 3)] == ("祝日 (文化の日)", "a holiday (Culture Day)")
    assert closed[date(2026, 11, 23)][0] == "祝日 (勤労感謝の日)"
    assert closed[date(2026, 12, 29)] == ("年末年始休業日", "in the year-end break (Dec 29 – Jan 3)")
    assert date(2027, 1, 3) in closed and date(2027, 1, 4) not in closed
    assert date(2026, 11, 7) not in closed  # a plain Saturday
    no_break = calendar_for(CalendarSpec(year_end_break=False))
    assert no_break.closed_days(date(2026, 12, 28), date(2026, 12, 31)) == {}
