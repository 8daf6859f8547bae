"""Apply batches of text edits while keeping a map from every output char to its original index.

Cleaning is a chain of such batches; composing maps slice by slice keeps it linear and free of
per-character Python loops.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable

from tracker.ingest.budget import checkpoint

# (start, end, replacement) in the current text; edits of one batch are sorted and disjoint
Edit = tuple[int, int, str]


def identity_map(length: int) -> array[int]:
    return array("i", range(length))


def apply_edits(text: str, offsets: array[int], edits: Iterable[Edit], end: int) -> tuple[str, array[int]]:
    """Rewrite `text`; each replacement char maps to the original index of its span's start.

    `end` is the original index used for replacements at the very end of the text.
    """
    checkpoint()  # cleaning is a chain of these batches: a cancel or the time budget stops it here
    pieces: list[str] = []
    out = array("i")
    pos = 0
    for start, stop, repl in edits:
        if start < pos:  # overlapping edit: keep the first one
            continue
        pieces.append(text[pos:start])
        out.extend(offsets[pos:start])
        if repl:
            pieces.append(repl)
            origin = offsets[start] if start < len(offsets) else end
            out.extend([origin] * len(repl))
        pos = stop
    if pos == 0 and not pieces:
        return text, offsets
    pieces.append(text[pos:])
    out.extend(offsets[pos:])
    return "".join(pieces), out


def sub(pattern: re.Pattern[str], repl: str | Callable[[re.Match[str]], str], text: str,
        offsets: array[int], end: int) -> tuple[str, array[int]]:
    """`re.sub` that also rewrites the offset map."""
    if isinstance(repl, str):
        fixed = repl
        edits = [(m.start(), m.end(), fixed) for m in pattern.finditer(text)]
    else:
        edits = [(m.start(), m.end(), repl(m)) for m in pattern.finditer(text)]
    return apply_edits(text, offsets, edits, end)
