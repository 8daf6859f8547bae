"""Written numbers: ASCII, full-width and 漢数字."""

import pytest

from tracker.extract.numbers import parse_number


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("30", 30),
        ("３０", 30),
        ("十", 10),
        ("十四", 14),
        ("三十", 30),
        ("二十五", 25),
        ("百二十", 120),
        ("二", 2),
        ("二〇", 20),
        ("千", 1000),
        ("", None),
        ("abc", None),
    ],
)
def test_parse_number(written: str, value: int | None) -> None:
    assert parse_number(written) == value
