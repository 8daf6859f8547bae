"""Word's automatic numbering (第%1条, %1., （%1）, ①) written out as text.

python-docx gives a paragraph's text without the number Word draws before it, yet contracts often
number their 条/項/号 that way; without it the structure parser would see no articles at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from tracker.domain.numerals import KANJI_DIGITS

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph

# (start value, number format, level text such as "第%1条") of one list level
Level = tuple[int, str, str]
_PLACEHOLDER = re.compile(r"%([1-9])")
_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン"
_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス"
_KANJI_FORMATS = {"japaneseCounting", "ideographTraditional", "chineseCounting", "japaneseLegal",
                  "ideographDigital", "chineseCountingThousand", "taiwaneseCounting"}


class Numbering:
    """Counts the numbered paragraphs of one document in order and renders each one's number."""

    def __init__(self, document: WordDocument) -> None:
        self.lists = _read_lists(document)
        self.counters: dict[str, dict[int, int]] = {}
        self.by_style: dict[str | None, tuple[str, int] | None] = {}

    def _style_list_ref(self, paragraph: Paragraph) -> tuple[str, int] | None:
        """Numbering a paragraph takes from its style or the style's bases; looked up once per style
        (python-docx finds a style by scanning the styles part)."""
        style_id = paragraph._p.style
        if style_id not in self.by_style:
            found = None
            style = paragraph.style
            for _ in range(5):  # a style, its base, the base's base…
                if style is None:
                    break
                num_pr = _num_pr(style.element.pPr)
                if num_pr is not None:
                    found = _list_ref(num_pr)
                    break
                style = style.base_style
            self.by_style[style_id] = found
        return self.by_style[style_id]

    def prefix(self, paragraph: Paragraph) -> str:
        """The number Word shows before `paragraph` ("第3条 ", "2. "), or "" where it has none."""
        num_pr = _num_pr(paragraph._p.pPr)
        found = _list_ref(num_pr) if num_pr is not None else self._style_list_ref(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.lists.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else levels[ilvl][0]
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new 条 restarts its 項 and 号

        def render(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            start, fmt, _ = levels.get(k, (1, "decimal", ""))
            return format_number(counters.get(k, start), fmt)

        fmt, text = levels[ilvl][1], levels[ilvl][2]
        if fmt == "bullet":
            return "・"
        shown = _PLACEHOLDER.sub(render, text)
        return shown + " " if shown else ""


def format_number(n: int, fmt: str) -> str:
    """A list number in one of Word's formats; unknown formats fall back to decimal."""
    if fmt in _KANJI_FORMATS:
        return _kanji(n)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    if fmt in ("aiueo", "aiueoFullWidth") and 1 <= n <= len(_AIUEO):
        return _AIUEO[n - 1]
    if fmt in ("iroha", "irohaFullWidth") and 1 <= n <= len(_IROHA):
        return _IROHA[n - 1]
    if fmt in ("lowerLetter", "upperLetter") and 1 <= n <= 26:
        letter = chr(ord("a") + n - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    if fmt == "none":
        return ""
    return str(n)


def _kanji(n: int) -> str:
    """1 → 一, 10 → 十, 23 → 二十三, 105 → 百五 (enough for article numbers)."""
    if n <= 0 or n >= 1000:
        return str(n)
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += ("" if hundreds == 1 else KANJI_DIGITS[hundreds]) + "百"
    if tens:
        out += ("" if tens == 1 else KANJI_DIGITS[tens]) + "十"
    if ones:
        out += KANJI_DIGITS[ones]
    return out


def _val(element: Any, tag: str) -> str | None:
    from docx.oxml.ns import qn

    child = element.find(qn(tag)) if element is not None else None
    return None if child is None else child.get(qn("w:val"))


def _read_lists(document: WordDocument) -> dict[str, dict[int, Level]]:
    """numId → its levels, with the start overrides of that numId applied."""
    from docx.oxml.ns import qn

    try:
        root = document.part.numbering_part.element
    except (NotImplementedError, KeyError, AttributeError):
        return {}
    abstract: dict[str, dict[int, Level]] = {}
    for definition in root.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in definition.findall(qn("w:lvl")):
            start = _val(lvl, "w:start")
            levels[int(lvl.get(qn("w:ilvl"), "0"))] = (
                int(start) if start and start.isdigit() else 1,
                _val(lvl, "w:numFmt") or "decimal",
                _val(lvl, "w:lvlText") or "",
            )
        abstract[definition.get(qn("w:abstractNumId"), "")] = levels
    lists: dict[str, dict[int, Level]] = {}
    for num in root.findall(qn("w:num")):
        levels = dict(abstract.get(_val(num, "w:abstractNumId") or "", {}))
        for override in num.findall(qn("w:lvlOverride")):
            ilvl = int(override.get(qn("w:ilvl"), "0"))
            start = _val(override, "w:startOverride")
            if ilvl in levels and start and start.isdigit():
                levels[ilvl] = (int(start), *levels[ilvl][1:])
        lists[num.get(qn("w:numId"), "")] = levels
    return lists


def _num_pr(p_pr: Any) -> Any:
    """The w:numPr (numbering properties) of a w:pPr, or None."""
    from docx.oxml.ns import qn

    return p_pr.find(qn("w:numPr")) if p_pr is not None else None


def _list_ref(num_pr: Any) -> tuple[str, int] | None:
    """(numId, level) named by a w:numPr; None where numId 0 switches numbering off."""
    num_id = _val(num_pr, "w:numId")
    if num_id is None or num_id == "0":
        return None
    ilvl = _val(num_pr, "w:ilvl")
    return num_id, int(ilvl) if ilvl and ilvl.isdigit() else 0
