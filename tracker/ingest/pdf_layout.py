"""Where each character of a PDF page's text stands on the page, from pdfium's text layer.

The text the tracker reads comes from pypdf; pdfium knows the character boxes. The two read the
same content stream, so their characters (spaces aside) match almost one for one: a diff of the
two lines them up, and each of pypdf's characters gets the box of its match.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from tracker.domain.pages import PageWord


def text_layer_words(data: bytes, number: int, page_text: str) -> tuple[PageWord, ...]:
    """One PageWord per character of `page_text` (pypdf's text of page `number`) found on the page."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        page = document[number]
        width, height = page.get_size()
        textpage = page.get_textpage()
        count = textpage.count_chars()
        layer = textpage.get_text_range(0, count) if count > 0 else ""
        if len(layer) != count:  # characters beyond the BMP: indices no longer match
            return ()
        boxes = [textpage.get_charbox(i) for i in range(count)]
    finally:
        document.close()
    ours = [i for i, c in enumerate(page_text) if not c.isspace()]
    theirs = [i for i, c in enumerate(layer) if not c.isspace()]
    matcher = SequenceMatcher(None, [page_text[i] for i in ours], [layer[i] for i in theirs], autojunk=False)
    words = []
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            left, bottom, right, top = boxes[theirs[b + k]]
            start = ours[a + k]
            words.append(PageWord(start, start + 1, (left / width, 1 - top / height, right / width,
                                                     1 - bottom / height)))
    return tuple(words)
