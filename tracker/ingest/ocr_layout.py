"""A page's text built from Tesseract's words and their boxes, keeping each word's place in it.

Tesseract reads Japanese one character or short run at a time and separates them with spaces; a
line is joined here the way it was printed: no space between Japanese characters, and a space
between other words only where the page shows a gap (so "2 0 2 5年" becomes 2025年, while
"within 30 days" keeps its spaces). Lines end with a newline; the cleaner joins broken lines.
"""

from __future__ import annotations

import bisect
import re
import statistics
from collections.abc import Mapping, Sequence
from typing import Any

from tracker.domain.pages import PageText, PageWord
from tracker.ingest.ocr_normalise import normalise_word, repair

# a gap narrower than this share of the line's height is no space (letter spacing, not a word gap)
_SPACE_GAP = 0.25
# an article number opening a line runs into its text in OCR ("第4条当社は…"): the space the page
# shows there (too narrow to tell from letter spacing) is put back, so the article is found
_ARTICLE_OPENING = re.compile(r"(?m)^第[0-9]+条(?:の[0-9]+)?(?=[^\sの、。，）)])")


def _tight(char: str) -> bool:
    """Characters set without spaces around them in Japanese: kana, kanji, full-width punctuation."""
    code = ord(char)
    return (0x3000 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0xFF00 <= code <= 0xFFEF)


def page_text(data: Mapping[str, Sequence[Any]], width: int, height: int, number: int,
              rotation: int = 0) -> PageText:
    """PageText from pytesseract's image_to_data dict (one entry per box)."""
    lines: dict[tuple[int, int, int], list[tuple[str, int, int, int, int]]] = {}
    for i, raw in enumerate(data["text"]):
        word = normalise_word(str(raw).strip())
        if not word or float(data["conf"][i]) < 0:
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        lines.setdefault(key, []).append((word, int(data["left"][i]), int(data["top"][i]),
                                          int(data["width"][i]), int(data["height"][i])))
    pieces: list[str] = []
    words: list[PageWord] = []
    length = 0
    for key in sorted(lines):
        boxes = lines[key]
        line_height = statistics.median(h for *_, h in boxes)
        japanese = _japanese(boxes)
        previous_end: int | None = None
        previous_word = ""
        for word, left, top, w, h in boxes:
            if previous_end is not None and _spaced(previous_word, word, left - previous_end, line_height,
                                                            japanese):
                pieces.append(" ")
                length += 1
            pieces.append(word)
            box = (left / width, top / height, (left + w) / width, (top + h) / height)
            words.append(PageWord(length, length + len(word), tuple(round(v, 4) for v in box)))  # type: ignore[arg-type]
            length += len(word)
            previous_end, previous_word = left + w, word
        pieces.append("\n")
        length += 1
    text, words = _spaced_articles(repair("".join(pieces)), words)
    return PageText(number=number, text=text, words=tuple(words), ocr=True, rotation=rotation)


def _spaced_articles(text: str, words: list[PageWord]) -> tuple[str, list[PageWord]]:
    """A space after each article number that opens a line; the words' offsets follow."""
    return edited(text, words, [(m.end(), m.end(), " ") for m in _ARTICLE_OPENING.finditer(text)])


def edited(text: str, words: Sequence[PageWord], edits: Sequence[tuple[int, int, str]]
           ) -> tuple[str, list[PageWord]]:
    """`text` with the sorted, disjoint edits (start, end, replacement) made; each word's offsets
    move with the text before it, and a word around an edit takes in its change of length."""
    if not edits:
        return text, list(words)
    pieces, shifts, position = [], [], 0  # shifts: (where an edit ends, length change so far)
    change = 0
    for start, end, replacement in edits:
        pieces += [text[position:start], replacement]
        change += len(replacement) - (end - start)
        shifts.append((end, change))
        position = end
    pieces.append(text[position:])
    ends = [end for end, _ in shifts]

    def moved(offset: int, *, closing: bool = False) -> int:
        i = bisect.bisect_right(ends, offset - 1 if closing else offset) - 1
        return offset + (shifts[i][1] if i >= 0 else 0)

    return "".join(pieces), [PageWord(moved(w.start), moved(w.end, closing=True), w.box) for w in words]


def _japanese(boxes: list[tuple[str, int, int, int, int]]) -> bool:
    chars = "".join(word for word, *_ in boxes)
    return sum(map(_tight, chars)) * 2 > len(chars)


def _spaced(before: str, after: str, gap: int, line_height: float, japanese: bool) -> bool:
    """Japanese sets no spaces, and digits printed full-width (３０日) in a Japanese line stand
    apart yet make one number; elsewhere a space is where the page shows a gap."""
    if _tight(before[-1]) or _tight(after[0]):
        return False
    if japanese and before[-1].isdigit() and after[0].isdigit():
        return False
    return gap >= _SPACE_GAP * line_height
