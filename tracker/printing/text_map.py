"""Repairs the text layer of Qt's PDFs so that Japanese text copies and searches correctly.

Qt writes each font's ToUnicode map from the font's own character map; where two characters
share a glyph it may pick the wrong one: 日 becomes the Kangxi radical ⽇ (U+2F47), 民 ⺠, ・ ‧,
a space a TAB, and "fi" the ligature ﬁ. The glyphs are right; only the text behind them is
wrong, so searching the PDF for 利用 finds nothing. This rewrites those map entries.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, StreamObject

# characters Qt picks for a glyph shared with a more likely one (Unicode's EquivalentUnifiedIdeograph
# for the radicals); the Kangxi radicals and Latin ligatures need no table: NFKC maps them
_LOOKALIKES = {
    "\t": " ",  # the space glyph
    "\u2012": "–",  # figure dash: en dash
    "\u2027": "・",  # hyphenation point: katakana middle dot
    "\u2215": "／",  # division slash: full-width solidus
    "⺠": "民",
    "⻄": "西",
    "⻆": "角",
    "⻑": "長",
    "⻘": "青",
    "⻝": "食",
    "⻤": "鬼",
    "⻩": "黄",
    "⻫": "斉",
    "⻭": "歯",
    "⻯": "竜",
    "⻲": "亀",
}
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_SECTION = re.compile(rb"begin(bfrange|bfchar)(.*?)end\1", re.DOTALL)


def repair_text_map(path: str | Path) -> None:
    """Rewrite the ToUnicode maps of the PDF at `path` in place."""
    writer = PdfWriter(clone_from=str(path))
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", DictionaryObject()).get_object().get("/Font", DictionaryObject())
        for ref in fonts.get_object().values():
            stream = ref.get_object().get("/ToUnicode")
            if stream is None or id(stream.get_object()) in seen:
                continue
            cmap = stream.get_object()
            seen.add(id(cmap))
            if isinstance(cmap, StreamObject):
                data = cmap.get_data()
                fixed = repair_cmap(data)
                if fixed != data:
                    cmap.set_data(fixed)
    with open(path, "wb") as out:
        writer.write(out)


def repair_cmap(data: bytes) -> bytes:
    """The CMap with each destination that names a look-alike replaced by the real character."""
    return _SECTION.sub(lambda m: b"begin%s%send%s" % (m[1], _fix_section(m[1], m[2]), m[1]), data)


def _fix_section(kind: bytes, body: bytes) -> bytes:
    lines = []
    for line in body.split(b"\n"):
        codes = _HEX.findall(line)
        if kind == b"bfchar" and len(codes) == 2:
            line = line[: line.rindex(b"<")] + _destination(codes[1])
        elif kind == b"bfrange" and b"[" in line:
            head, _, tail = line.partition(b"[")
            line = head + b"[" + _HEX.sub(lambda m: _destination(m.group(1)), tail)
        elif kind == b"bfrange" and len(codes) == 3 and codes[0] == codes[1]:
            line = line[: line.rindex(b"<")] + _destination(codes[2])
        lines.append(line)
    return b"\n".join(lines)


def _destination(code: bytes) -> bytes:
    char = chr(int(code, 16))
    if char in _LOOKALIKES:
        text = _LOOKALIKES[char]
    elif "\u2f00" <= char <= "\u2fdf" or "\ufb00" <= char <= "\ufb06":  # Kangxi radicals, ligatures
        text = unicodedata.normalize("NFKC", char)
    else:
        return b"<" + code + b">"
    return b"<" + text.encode("utf-16-be").hex().upper().encode() + b">"
