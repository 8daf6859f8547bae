"""The pages of a contract file as read: each page's text, where it starts in the document's
original text, and the boxes of its words, so a clause can be shown on the page it stands on.

Boxes are fractions of the page (0..1 from the top left), so they fit any rendering size. A word's
`start`/`end` index the page's own text; add `PageText.offset` for `Document.original`.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 as fractions of the page's width and height


@dataclass(frozen=True)
class PageWord:
    start: int
    end: int
    box: Box


@dataclass(frozen=True)
class PageText:
    """One page: `ocr` tells text read from the page image (less sure) from a PDF's text layer."""

    number: int  # 0-based
    text: str
    words: tuple[PageWord, ...] = ()
    ocr: bool = False
    offset: int = 0  # where `text` starts in Document.original
    rotation: int = 0  # degrees the page image was turned before reading it (OCR of upside-down scans)


def page_at(pages: tuple[PageText, ...], original_offset: int) -> PageText | None:
    """The page holding an offset of the original text (pages are in text order)."""
    found = None
    for page in pages:
        if page.offset > original_offset:
            break
        found = page
    if found is not None and original_offset <= found.offset + len(found.text):
        return found
    return None
