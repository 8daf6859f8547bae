"""PDFs and image files as pages: the text layer where a page has one, OCR where it is an image.

The pages' texts are joined by form feeds (the cleaner treats them as line breaks) and each page
records where it starts, so a duty's offset leads back to its page and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from tracker.domain.pages import PageText
from tracker.ingest.errors import IngestError
from tracker.ingest.ocr import OcrJob, read_pages
from tracker.ingest.ocr_layout import edited
from tracker.ingest.page_images import image_frames, pdf_renderers


@dataclass(frozen=True)
class PagedText:
    text: str
    pages: tuple[PageText, ...] = ()


def read_pdf(path: Path, data: bytes, job: OcrJob) -> PagedText:
    from tracker.ingest.pdf import pdf_page_texts

    texts = pdf_page_texts(path, data)
    blank = [n for n, text in enumerate(texts) if not text.strip()]
    pages = {n: PageText(number=n, text=text) for n, text in enumerate(texts) if n not in blank}
    if blank:
        with pdf_renderers(data, blank) as renders:
            try:
                pages.update(read_pages(str(path), renders, job))
            except IngestError:  # no OCR here: a mixed PDF keeps its text layer
                if len(blank) == len(texts):
                    raise
                pages.update({n: PageText(number=n, text="") for n in blank})
    return _joined(path, [pages[n] for n in range(len(texts))])


def read_image(path: Path, data: bytes, job: OcrJob) -> PagedText:
    frames = image_frames(str(path), data)
    pages = read_pages(str(path), list(enumerate(frames)), job)
    return _joined(path, [pages[n] for n in range(len(frames))])


# an article heading at the start of a line, its number in digits
_HEADING = re.compile(r"(?m)^第(?P<num>[0-9]+)条")


def renumbered(pages: list[PageText]) -> list[PageText]:
    """OCR drops a digit of a narrow number now and then (第11条 read as 第1条), and the parser then
    takes the rest for a second document. A heading whose neighbours are n-1 and n+1 is made n."""
    found = [(i, m) for i, page in enumerate(pages) if page.ocr for m in _HEADING.finditer(page.text)]
    numbers = [int(m.group("num")) for _, m in found]
    edits: dict[int, list[tuple[int, int, str]]] = {}
    for k in range(1, len(found) - 1):
        before, after = numbers[k - 1], numbers[k + 1]
        if after == before + 2 and numbers[k] != before + 1:
            i, m = found[k]
            edits.setdefault(i, []).append((m.start("num"), m.end("num"), str(before + 1)))
            numbers[k] = before + 1
    fixed = list(pages)
    for i, page_edits in edits.items():
        text, words = edited(pages[i].text, pages[i].words, page_edits)
        fixed[i] = replace(pages[i], text=text, words=tuple(words))
    return fixed


def _joined(path: Path, pages: list[PageText]) -> PagedText:
    pages = renumbered(pages)
    placed = []
    offset = 0
    for page in pages:
        placed.append(replace(page, offset=offset))
        offset += len(page.text) + 1  # the form feed
    text = "\f".join(p.text for p in placed)
    if not text.strip():
        if any(p.ocr for p in placed):
            raise IngestError(f"{path}: OCR found no text on the page images")
        raise IngestError(f"{path}: no text in the document (empty or only whitespace)")
    return PagedText(text, tuple(placed))
