"""A compact, digit-normalised view of a document's text that the rules scan.

PDF text breaks words and numbers across lines ("10⏎⏎日間", "営業⏎⏎日前"). The view drops the
whitespace between Japanese characters, turns full-width digits into ASCII one for one, and keeps
a map back to `Document.text` offsets, so that spans still point at the text the user sees.
"""

from __future__ import annotations

import bisect
import re

# full-width digits and a few full-width signs, mapped one character for one (lengths unchanged);
# a regex finds the few there are faster than str.translate walks the whole text
_FULL_WIDTH = re.compile("[０-９．，／－]")
# the whitespace runs to judge: all but a lone " " between two Latin letters or digits, which stays
# as it is (most of an English text's spaces; skipping them keeps the view's pieces few)
_SPACE = re.compile(r"\s{2,}|[^\S ]|(?<![A-Za-z0-9]) | (?![A-Za-z0-9])")
# a line that starts a new clause: 第N条, (N), N., N．, ①, 一、, "２ " (a paragraph number), ア
_CLAUSE_START = re.compile(
    r"第\s*[0-9０-９一二三四五六七八九十百]+\s*[条章節]|Article\s+\d"
    r"|[（(]\s*[0-9０-９一二三四五六七八九十]{1,3}\s*[）)]"
    r"|[0-9０-９]{1,2}\s*[.．、)）]"
    r"|[0-9０-９]{1,2}\s+(?![0-9０-９年月日週時営か箇ヶケヵカ])"
    r"|[①-⑳]"
    r"|[（(]?[アイウエオカキクケコサシスセソタチツテト](?:\s|[）)．.、])"  # ア　/ (イ) items in 五十音 order
    r"|[一二三四五六七八九十]{1,3}\s*[、．.]"
)


def _fold(m: re.Match[str]) -> str:
    return chr(ord(m.group()) - 0xFEE0)


class TextView:
    """`compact` is the text the rules scan; `to_text(i)` maps an index of it back into the text."""

    __slots__ = ("_c_starts", "_t_starts", "breaks", "compact", "line_starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        pieces: list[str] = []
        c_starts: list[int] = []
        t_starts: list[int] = []
        breaks: list[int] = []  # compact offsets where a new clause begins after a line break
        line_starts: list[int] = [0]  # compact offsets of the first character of each line
        pos = 0
        clen = 0
        for m in _SPACE.finditer(text):
            s, e = m.span()
            if s > pos:
                pieces.append(text[pos:s])
                c_starts.append(clen)
                t_starts.append(pos)
                clen += s - pos
            if "\n" in m.group():
                line_starts.append(clen)
                if _CLAUSE_START.match(text, e):
                    breaks.append(clen)
            # whitespace between two Latin letters or digits stays, as one space
            left, right = text[s - 1 : s], text[e : e + 1]
            if left.isascii() and right.isascii() and left.isalnum() and right.isalnum():
                pieces.append(" ")
                c_starts.append(clen)
                t_starts.append(s)
                clen += 1
            pos = e
        if pos < len(text):
            pieces.append(text[pos:])
            c_starts.append(clen)
            t_starts.append(pos)
        self.compact = _FULL_WIDTH.sub(_fold, "".join(pieces))
        self._c_starts = c_starts
        self._t_starts = t_starts
        self.breaks = breaks
        self.line_starts = line_starts

    def to_text(self, index: int) -> int:
        """Offset in the text of the character at `index` of the compact view."""
        if not self._c_starts:
            return 0
        i = bisect.bisect_right(self._c_starts, index) - 1
        if i < 0:
            return 0
        return min(self._t_starts[i] + index - self._c_starts[i], len(self.text))

    def to_compact(self, offset: int) -> int:
        """Index in the compact view of the first kept character at or after text `offset`."""
        i = bisect.bisect_right(self._t_starts, offset) - 1
        if i < 0:
            return 0
        next_start = self._c_starts[i + 1] if i + 1 < len(self._c_starts) else len(self.compact)
        piece_len = next_start - self._c_starts[i]
        return self._c_starts[i] + min(offset - self._t_starts[i], piece_len)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text offsets (start, end) covering compact[start:end]."""
        if end <= start:
            s = self.to_text(start)
            return s, s
        return self.to_text(start), self.to_text(end - 1) + 1
