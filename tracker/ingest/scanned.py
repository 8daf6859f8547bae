"""PDFs and image files as pages: the text layer where a page has one, OCR where it is an image.

The pages' texts are joined by form feeds (the cleaner treats them as line breaks) and each page
records where it starts, so a duty's offset leads back to its page and words.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tracker.domain.pages import PageText
from tracker.ingest.errors import IngestError
from tracker.ingest.ocr import OcrJob, read_pages
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


def _joined(path: Path, pages: list[PageText]) -> PagedText:
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
