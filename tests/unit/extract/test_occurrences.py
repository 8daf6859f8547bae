"""Occurrences answers a window's search exactly as searching the window would, and a run of
windows costs about the text, not windows × window."""

import re

from hypothesis import given
from hypothesis import strategies as st

from tracker.extract.occurrences import Occurrences

# word boundaries, a bounded gap and alternatives: the shapes of the English rule table
PATTERN = re.compile(r"\bterm\b|cure|action .{0,5}brought", re.IGNORECASE)
LONGEST = 20
PIECES = ["term", "terms", "a", " ", "cure", "action ", "x brought", "Term", "."]


@given(
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 300), st.sampled_from(["", " term", " x"])),
             max_size=40),
)
def test_a_window_is_read_as_searching_it_would(text: str, windows: list[tuple[int, int, str]]) -> None:
    found = Occurrences(PATTERN, text, LONGEST)
    for _ in range(2):  # searched as they come, then from the match starts once they add up to the text
        assert found.within(0, len(text)) == (PATTERN.search(text) is not None)
    for a, b, tail in windows:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        assert found.within(start, end, tail) == (PATTERN.search(text[start:end] + tail) is not None)


def test_a_run_of_windows_reads_the_text_about_once() -> None:
    text = "a term of thirty (30) days " * 2000
    found = Occurrences(PATTERN, text, LONGEST)
    for start in range(0, len(text) - 600, 27):
        assert found.within(start, start + 600, " Heading")
    assert found.searched < 2 * len(text) + 2000 * 2 * (LONGEST + 10)


def test_every_window_of_a_text_with_matches_across_its_edges() -> None:
    text = "terms xterm term. cure action x brought actions brought, Term"
    found = Occurrences(PATTERN, text, LONGEST)
    found.within(0, len(text))
    found.within(0, len(text))  # the windows now add up to the text: from here on read from the starts
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            for tail in ("", " term", "s"):
                expected = PATTERN.search(text[start:end] + tail) is not None
                assert found.within(start, end, tail) == expected, (start, end, tail)
