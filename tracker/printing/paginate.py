"""Where the report's pages break: between blocks and table rows, never through a row, a heading kept
with what follows it, and a table that goes on over a break repeats its header row on the new page.

The document is laid out once as one long page; each printed page is a slice of it. Print preview,
printing and the PDF all paint these slices, so they show the same pages.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable


@dataclass(frozen=True)
class Slice:
    """The document's y-range [top, bottom) painted on one page, below `header` (a table's header
    row, [top, bottom) in the document) when the page continues a table."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@dataclass(frozen=True)
class _Break:
    y: float
    header: tuple[float, float] | None  # the header row of the table the break falls in


def page_slices(doc: QTextDocument, page_height: float) -> list[Slice]:
    """The pages of `doc` (laid out with its text width and no page height), each at most
    `page_height` high including a repeated header."""
    breaks = _allowed_breaks(doc)
    positions = [b.y for b in breaks]
    total = doc.size().height()
    slices: list[Slice] = []
    top, header = 0.0, None
    while top < total - 0.5:
        room = page_height - (header[1] - header[0] if header else 0.0)
        if top + room >= total:
            slices.append(Slice(top, total, header))
            break
        last = bisect.bisect_right(positions, top + room) - 1
        if last >= 0 and positions[last] > top + 0.5:
            chosen = breaks[last]
            slices.append(Slice(top, chosen.y, header))
            top, header = chosen.y, chosen.header
        else:  # one row taller than a page: cut it where the page ends
            slices.append(Slice(top, top + room, header))
            top += room
    return slices or [Slice(0.0, max(total, 1.0))]


def _allowed_breaks(doc: QTextDocument) -> list[_Break]:
    layout = doc.documentLayout()
    breaks: list[_Break] = []
    # table (its first position) -> row -> [top, bottom] of its cells' text
    rows: dict[int, dict[int, list[float]]] = {}
    tables: dict[int, QTextTable] = {}
    keep_with_previous = False
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        table = QTextCursor(block).currentTable()
        if table is None:
            if not keep_with_previous:
                breaks.append(_Break(rect.top(), None))
            keep_with_previous = block.blockFormat().headingLevel() > 0  # a heading stays with its text
        else:
            key = table.firstPosition()
            tables.setdefault(key, table)
            row = table.cellAt(QTextCursor(block)).row()
            span = rows.setdefault(key, {}).setdefault(row, [rect.top(), rect.bottom()])
            span[0], span[1] = min(span[0], rect.top()), max(span[1], rect.bottom())
            keep_with_previous = False
        block = block.next()
    frames = sorted((rect.top(), rect.bottom()) for rect in map(layout.frameBoundingRect, tables.values()))
    # the block after a table may report a top inside it: a break there goes below the table
    breaks = [_Break(_below_tables(b.y, frames), None) for b in breaks]
    for key, by_row in rows.items():
        frame = layout.frameBoundingRect(tables[key])
        edges = sorted(by_row.items())
        cuts = [(above[1] + below[0]) / 2 for (_, above), (_, below) in itertools.pairwise(edges)]
        if not cuts:
            continue
        header = (frame.top(), cuts[0])
        # never between the header row and the first row under it: a lone header says nothing
        breaks += [_Break(y, header) for y in cuts[1:]]
    breaks.sort(key=lambda b: b.y)
    return breaks


def _below_tables(y: float, frames: list[tuple[float, float]]) -> float:
    """`y`, or the bottom of the table it falls inside (`frames`: tables' [top, bottom], sorted)."""
    index = bisect.bisect_right(frames, (y, float("inf"))) - 1
    if index >= 0 and frames[index][0] < y < frames[index][1]:
        return frames[index][1]
    return y
