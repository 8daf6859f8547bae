"""The English period grammar: every way a contract writes a length of time."""

import pytest

from tracker.extract.english_periods import find_english_periods, spelled_number


@pytest.mark.parametrize(
    ("words", "value"),
    [("seven", 7), ("forty-five", 45), ("twenty four", 24), ("one hundred twenty", 120),
     ("one hundred and eighty", 180), ("three hundred sixty-five", 365), ("two thousand", 2000)],
)
def test_spelled_numbers_of_any_size(words: str, value: int) -> None:
    assert spelled_number(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within one hundred and twenty(120)days", (120, "day", "after", False)),
        ("a seventy-five(75)day window", (75, "day", "after", False)),
        ("give(45)days notice", (45, "day", "after", False)),
        ("a fourteen-day trial", (14, "day", "after", False)),
        ("each eighteen-month phase", (18, "month", "after", False)),
        ("for successive two-year terms", (2, "year", "after", False)),
        ("for further three(3)-year periods", (3, "year", "after", False)),
        ("for two(2)additional years", (2, "year", "after", False)),
        ("at least 8 business days", (8, "business_day", "after", False)),
        ("within ten working days", (10, "business_day", "after", False)),
        ("four calendar months before the end", (4, "month", "before", False)),
        ("nine(9)days'prior notice", (9, "day", "before", False)),
        ("two(2)weeks in advance", (2, "week", "before", False)),
        ("for 2.5 years", (30, "month", "after", False)),
        ("for half a year", (6, "month", "after", True)),
        ("for an additional year", (1, "year", "after", True)),
        ("renews annually", (1, "year", "after", True)),
        ("on a year-to-year basis", (1, "year", "after", True)),
        ("for yearly terms", (1, "year", "after", True)),
        ("renews on each anniversary", (1, "year", "after", True)),
        ("on a month to month basis", (1, "month", "after", True)),
        ("for monthly periods", (1, "month", "after", True)),
    ],
)
def test_each_form_of_a_period(text: str, expected: tuple[object, ...]) -> None:
    hits = find_english_periods(text)
    assert [(h.amount, h.unit.value, h.direction.value, h.loose) for h in hits] == [expected]


@pytest.mark.parametrize(
    "text",
    ["the sixteenth(16th)Contract Year", "a twelve-year-old", "two days per week", "a day", "birthdays",
     "zero days"],
)
def test_words_that_are_no_period(text: str) -> None:
    assert find_english_periods(text) == []
