"""Undo the artefacts of PDF-extracted contract text: str → (clean str, map to original offsets).

Steps, each a batch of edits (see `edits`): width-normalise ASCII digits/letters/spaces,
strip lines, drop page furniture, glue numbers to their units, join lines broken at the column
edge. Japanese punctuation （）「」、。 is kept as written.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter
from dataclasses import dataclass

from tracker.ingest.edits import apply_edits, identity_map, sub
from tracker.ingest.patterns import PARAGRAPH, article_header, display_width, is_header_line, starts_structure

# full-width ASCII digits/letters → ASCII; ideographic/no-break spaces and tabs → space;
# other line separators → newline. One char to one char, so offsets do not move.
_WIDTH = str.maketrans(
    {**{chr(0xFF10 + i): chr(0x30 + i) for i in range(10)},
     **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
     **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
     "\u3000": " ", "\u00a0": " ", "\t": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ",
     "\f": "\n", "\v": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
)
_WIDTH_CHARS = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0\t\u2002\u2003\u2009"
                          r"\f\v\u2028\u2029\x85]+")
_CR = re.compile(r"\r\n?")
# zero-width chars and BOM; spaces at line starts and ends (a run taken from its first space only:
# tried from each of its spaces, a long run inside a line is rescanned quadratically)
_STRIP = re.compile(r"(?m)[\u200b\u200c\u200d\u2060\ufeff]+|^ +|(?<! ) +$")

# EDGAR text written as one long line, its paragraphs set apart by runs of spaces: "…as follows:   1.
# DEFINITIONS.   1.1 …", "2. LICENSES   2.1 …": a run of 3+ spaces after a sentence or a heading in
# capitals, before a capital, a number or a bracket, ends a line
_WIDE_GAP = re.compile(r"   (?<=[.:;!?)\"”A-Z]   ) *(?=[A-Z0-9(\"“§])")  # spaces first: a fast scan

_CJK = r"\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# counter/unit words that follow a number: 日, か月/ヶ月/箇月, 年, 週, 時間, 営業日, 条/項/号, 円…
_UNIT = r"(?:[かカヵヶケ箇個]|年|月(?!額)|週|日|時|分|秒|営業|条|項|号|円|歳|名|人|回|件|倍|版|%|％)"
# glue_numbers: runs of spaces, and what may stand on either side of one inside a number phrase
# the space runs beside a digit, the only ones `_glue_numbers` may drop ((?<! ) keeps it linear)
_NUMBER_SPACES = re.compile(r"(?<=[0-9]) +|(?<! ) +(?=[0-9])")
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_UNIT_AT = re.compile(_UNIT)
_DIGITS = frozenset("0123456789")
_OPENING_NUMBER = re.compile(r"\d+(?:[.．]\d+)*")  # a number that is all of a line so far: 2, 2024, 5.2
# a line opening with a number of at most two digits, spaces and a unit: "2 月間稼働率が…" (項 2)
# or "15 日前までに…" (a cut line going on); `_join_broken_lines` tells which
_LINE_NUMBER_UNIT = re.compile(rf"(?P<num>\d{{1,2}})(?P<spaces> +){_UNIT}")

# page furniture: copyright lines ("Copyright © 2025 …"), page numbers "- 3 -", "3 / 12",
# "Page 3 of 9", "Page -3-", "3ページ". Runs after line stripping, so lines have no edge spaces.
_FURNITURE = re.compile(
    r"(?im)^(?:(?:copyright *(?:©|\(c\))?|©|\(c\)) *\d{4}\b.{0,100}"
    r"|[-−–—‐－ー]? *\d{1,4} *[-−–—‐－ー]?|\d{1,4} */ *\d{1,4}"
    r"|(?:page|p\.) *[-−–—]? *\d{1,4} *[-−–—]?(?: *(?:/|of) *\d{1,4})?|\d{1,4} *(?:ページ|頁))$\n?"
)
# a running header or footer that carries the page number ("Supply Agreement Page 3 of 40") repeats
# with other digits: such lines are compared with their digits masked
_PAGE_WORD = re.compile(r"(?i)\bpage\b|ページ|頁")
_DIGIT_RUN = re.compile(r"\d+")
# "… All Rights Reserved." wherever it stands in a short line; looked for only where the words occur
_RESERVED = re.compile(r"(?im)^.{0,80}\ball rights reserved\b.{0,40}$\n?")
_RESERVED_WORDS = re.compile(r"(?i)rights reserved")
_LINE = re.compile(r"[^\n]+")
_BLANKS = re.compile(r"\n{3,}")
# a title ends with the kind of document: 約款 (terms), 規約 (rules), 契約書 (contract), 規程, 覚書
# (memorandum), 条件 (conditions), 細則 (bylaws), 仕様書 (specification); a version note may follow
_TITLE_END = re.compile(r"(?i)(?:約款|規約|契約書?|規程|規定|覚書|条件|細則|仕様書|agreement|terms|conditions"
                        r"|contract)(?: *[（(][^（）()]*[)）])?$")
_SENTENCE_END = tuple("。．.：:;；!！?？")
_COMMA = tuple("、，,")
_WORD_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789,;:.)")
_WORD_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789(")


@dataclass(frozen=True)
class Cleaned:
    text: str
    offsets: array[int]  # offsets[i] = index in the original text of text[i]


def clean(original: str) -> Cleaned:
    """Clean `original`; never raises, and every offset points inside `original`."""
    end = len(original)
    text = _WIDTH_CHARS.sub(lambda m: m.group().translate(_WIDTH), original)
    offsets = identity_map(end)
    if "\r" in text:
        text, offsets = sub(_CR, "\n", text, offsets, end)
    text, offsets = sub(_STRIP, "", text, offsets, end)
    if "   " in text:
        text, offsets = sub(_WIDE_GAP, "\n", text, offsets, end)
    if _RESERVED_WORDS.search(text):
        text, offsets = sub(_RESERVED, "", text, offsets, end)
    text, offsets = sub(_FURNITURE, "", text, offsets, end)
    text, offsets = _drop_repeated_lines(text, offsets, end)
    text, offsets = _glue_numbers(text, offsets, end)
    text, offsets = _join_broken_lines(text, offsets, end)
    text, offsets = _glue_numbers(text, offsets, end)
    text, offsets = sub(_BLANKS, "\n\n", text, offsets, end)
    return Cleaned(text, offsets)


def _glue_numbers(text: str, offsets: array[int], end: int) -> tuple[str, array[int]]:
    """Drop spaces inside "15 日", "第 2 項", "令和 6年 12 月": between a number and CJK either side.

    A number of one or two digits that opens a line keeps its space: it may be a 項/号 number
    ("2 当社は", "2 月間稼働率が") and `_join_broken_lines` decides. Longer numbers there keep it
    before words ("5.2 期間満了", a section) and lose it before units ("2024 年", "1.5 か月").
    Space runs beside a digit are few, so they are found first and judged one by one.
    """
    edits = []
    for m in _NUMBER_SPACES.finditer(text):
        start, stop = m.span()
        if start == 0 or stop == len(text):
            continue
        before, after = text[start - 1], text[stop]
        if before in _DIGITS:
            if not (_CJK_CHAR.match(after) or after in "%％"):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            opening = _OPENING_NUMBER.fullmatch(text, line_start, start)
            if opening and (start - line_start <= 2 or not _UNIT_AT.match(text, stop)):
                continue
        elif not (after in _DIGITS and _CJK_CHAR.match(before)):
            continue
        edits.append((start, stop, ""))
    return apply_edits(text, offsets, edits, end)


def _drop_repeated_lines(text: str, offsets: array[int], end: int) -> tuple[str, array[int]]:
    """Drop running headers/footers: a line of some length repeated on 3+ pages, not a sentence."""
    paged = _PAGE_WORD.search(text) is not None
    counts = Counter(_page_line(m.group(), paged) for m in _LINE.finditer(text))
    repeated = {
        line for line, n in counts.items()
        if n >= 3 and len(line) >= 6 and not line.endswith(("。", "、", "，", ","))
        and not starts_structure(line)
    }
    if not repeated:
        return text, offsets
    seen: set[str] = set()
    edits = []
    for m in _LINE.finditer(text):
        line = _page_line(m.group(), paged)
        if line in repeated:
            if line in seen or line != m.group():  # the first one may be the title, unless it has a page
                edits.append((m.start(), min(m.end() + 1, len(text)), ""))
            seen.add(line)
    return apply_edits(text, offsets, edits, end)


def _page_line(line: str, paged: bool) -> str:
    """A line naming a page, with its digits masked: "Page 3 of 40" and "Page 4 of 40" are one.
    `paged`: whether the text names a page at all (most do not, and then no line is searched)."""
    return _DIGIT_RUN.sub("#", line) if paged and _PAGE_WORD.search(line) else line


def _join_broken_lines(text: str, offsets: array[int], end: int) -> tuple[str, array[int]]:
    """Join a line cut at the column edge to the next non-blank line, dropping blanks between.

    A line is cut when it does not end a sentence, is not a header itself, is near the column
    width (or ends in a comma), and the next line does not open a new 条/項/号 or heading.
    A first line that names a kind of document (…利用規約, …契約書, … Agreement) is a title.
    A line opening with "N 日…" continues a cut line; after a complete line it is 項 N when N
    runs in sequence (at most one past the last 項 number of the article), else its space goes.
    """
    lines = [(m.start(), m.end(), m.group()) for m in _LINE.finditer(text)]
    if not lines:
        return text, offsets
    widths = [display_width(line) for _, _, line in lines]
    cut = 0.7 * sorted(widths)[int(len(widths) * 0.9)]  # 70% of the column width
    edits = []
    first = 1 if _TITLE_END.search(lines[0][2]) else 0
    last = 1  # the last 項 number in the current article; an unnumbered first 項 is 1
    for i in range(first, len(lines)):
        (_, a_end, a), (b_start, _, b) = lines[i - 1], lines[i]
        cut_before = (i > first and not a.endswith(_SENTENCE_END)
                      and (widths[i - 1] >= cut or a.endswith(_COMMA)) and not is_header_line(a))
        number = None
        if b[0] in _DIGITS:
            number = _LINE_NUMBER_UNIT.match(b)
            paragraph = None if number and cut_before else number or PARAGRAPH.match(b)
            if paragraph and int(paragraph.group("num")) <= last + 1:
                last = int(paragraph.group("num"))
                if number:  # a 項 number and a word that starts like a unit: "2 月間", "2 個別"
                    continue
        elif b[0] == "第" and article_header(b):
            last = 1
        if cut_before and (number or not starts_structure(b)):
            edits.append((a_end, b_start, _glue(a[-1], b[0])))
        if number:
            edits.append((b_start + number.end("num"), b_start + number.end("spaces"), ""))
    return apply_edits(text, offsets, edits, end)


def _glue(last: str, first: str) -> str:
    """English lines break at spaces ("by giving⏎written"), but a number cut in two ("3⏎0日") is one."""
    if last in _WORD_END and first in _WORD_START and not (last.isdigit() and first.isdigit()):
        return " "
    return ""
