"""Dates as typed into a date field: every way people write one day, and nothing guessed."""

from datetime import date

import pytest

from tracker.domain.typed_dates import parse_typed_date


@pytest.mark.parametrize(
    "text",
    [
        "2025/10/01", "2025-10-01", "2025.10.1", " 2025/10/1 ", "２０２５／１０／０１",
        "2025年10月1日", "令和7年10月1日", "令和７年１０月１日", "2025年10月1",
        "1 Oct 2025", "1 October 2025", "1st Oct. 2025", "Oct 1, 2025", "october 1 2025",
    ],
)
def test_one_day_written_many_ways(text):
    assert parse_typed_date(text) == date(2025, 10, 1)


def test_first_year_of_an_era_and_september():
    assert parse_typed_date("令和元年5月1日") == date(2019, 5, 1)
    assert parse_typed_date("平成31年4月30日") == date(2019, 4, 30)
    assert parse_typed_date("1 Sept 2025") == date(2025, 9, 1)


@pytest.mark.parametrize(
    "text",
    ["", "10/01/25", "01/10/2025", "2025/02/30", "1 Octopus 2025", "2025/10", "tomorrow", "令和7年13月1日"],
)
def test_what_is_not_one_certain_day_is_refused(text):
    assert parse_typed_date(text) is None
