"""The whitespace scans of cleaning and of the compact view stay linear on long runs of one character."""

import time

import pytest

from tracker.extract.textview import TextView
from tracker.ingest.clean import clean


@pytest.mark.parametrize("text", [" " * 100_000, "-" * 100_000, "[" * 100_000, "契" * 100_000,
                                  "1 " * 50_000, " 1" * 50_000, "a b" * 30_000])
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    start = time.process_time()
    TextView(clean(text).text)
    assert time.process_time() - start < 5.0  # a quadratic scan takes minutes here


def test_spaces_between_latin_words_stay_and_others_go() -> None:
    assert TextView("pay  within 30 days, in  全額").compact == "pay within 30 days,in全額"
