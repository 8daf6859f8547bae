"""Where a pattern matches in a document, found once, so that each period's window asks a lookup
instead of searching its few hundred characters again.

A rule table read per period costs periods × window × rules; a run of periods with no sentence break
(hostile or broken text) makes that seconds. `Occurrences.within(start, end, tail)` answers exactly
what `pattern.search(text[start:end] + tail)` would. Windows are searched as they come until they
add up to the text's length; then the text is searched once for every match start, and a window asks
those: a match that starts well inside it (more than `longest` characters from its end) sees only
its own characters, so the starts found in the whole text decide; its first character (where the
window's edge is a word boundary the text may not have) and its last `longest`, with the tail, are
still searched. The work stays near twice the text, plus `longest` a window, however many windows.
"""

from __future__ import annotations

import bisect
import re


class Occurrences:
    """The matches of `pattern` in `text`; `longest` bounds a match's length, and the pattern looks
    back no further than one character (a word boundary, no look-behind)."""

    def __init__(self, pattern: re.Pattern[str], text: str, longest: int) -> None:
        self.pattern = pattern
        self.text = text
        self.longest = longest
        self.searched = 0  # characters searched so far: the work the budget bounds
        self._starts: list[int] | None = None  # every match start, once the windows add up to the text

    def within(self, start: int, end: int, tail: str = "") -> bool:
        """Whether `pattern.search(text[start:end] + tail)` finds a match."""
        window = self.text[start:end] + tail
        edge = end - self.longest - 1  # a match starting before this ends inside the window
        starts = self._indexed(len(window)) if edge > start + 1 else None
        if starts is None:
            self.searched += len(window)
            return self.pattern.search(window) is not None
        self.searched += self.longest + 1
        if self.pattern.match(window, 0, self.longest + 1):
            return True
        i = bisect.bisect_left(starts, start + 1)
        if i < len(starts) and starts[i] < edge:
            return True
        self.searched += len(window) - (edge - start)
        return self.pattern.search(window, edge - start) is not None

    def _indexed(self, length: int) -> list[int] | None:
        """Every match start in the text, once the windows searched add up to its length; else None
        (this window is searched as it is)."""
        if self._starts is None:
            if self.searched + length <= len(self.text):
                return None
            self.searched += len(self.text)
            self._starts = []
            m = self.pattern.search(self.text)
            while m is not None:
                self._starts.append(m.start())
                m = self.pattern.search(self.text, m.start() + 1)
        return self._starts
