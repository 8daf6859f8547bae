"""The original pages of a PDF or scanned contract, for the page view beside its text.

A contract's text offsets (duty spans) lead to boxes on its pages, and a point on a page leads
back to an offset: through the document's map to the original text, then the pages' words (the
OCR word boxes kept at import, or the PDF text layer's character boxes, found when first asked).
The file is read again from the stored original with the pages read by OCR before, so no page is
read twice; if its text no longer matches the stored one (a newer tracker cleans differently),
the pages are shown without marks.
"""

from __future__ import annotations

import bisect
import io
from dataclasses import dataclass, replace

from tracker.domain import Document
from tracker.domain.pages import Box, PageText, PageWord
from tracker.ingest import IngestError, OcrJob, load_document
from tracker.ingest.page_images import image_frames, is_image, render_pdf_page
from tracker.ingest.pdf_layout import text_layer_words
from tracker.services.errors import ServiceError
from tracker.store import Repo, Store

_NEAR = 0.01  # a click this close to a word (a hundredth of the page) is on it


@dataclass(frozen=True)
class PageMark:
    page: int
    box: Box


class ContractPages:
    """The pages of one stored contract file: images, and the way between text and page."""

    def __init__(self, data: bytes, document: Document, marked: bool) -> None:
        self._data = data
        self._document = document
        self._marked = marked
        self._pdf = not is_image(data)
        self._found: dict[int, tuple[PageWord, ...]] = {}

    @property
    def count(self) -> int:
        return len(self._document.pages)

    def read_by_ocr(self, number: int) -> bool:
        return self._document.pages[number].ocr

    def image_png(self, number: int, dpi: int = 100) -> bytes:
        """Page `number` as PNG, turned as it was for OCR (an upside-down scan shows upright)."""
        page = self._document.pages[number]
        if self._pdf:
            image = render_pdf_page(self._data, number, dpi)
        else:
            image = image_frames(self._document.source, self._data)[number]()
            scale = dpi / 200
            image = image.reduce(max(1, round(1 / scale))) if scale < 1 else image
        if page.rotation:
            image = image.rotate(-page.rotation, expand=True)
        out = io.BytesIO()
        image.convert("RGB").save(out, "PNG")
        return out.getvalue()

    def marks(self, start: int, end: int) -> list[PageMark]:
        """Boxes over the text [start, end) of Document.text, one per line of it on the page."""
        if not self._marked or end <= start:
            return []
        first = self._document.original_offset(start)
        last = self._document.original_offset(end - 1) + 1
        marks: list[PageMark] = []
        for page in self._document.pages:
            if page.offset >= last or page.offset + len(page.text) < first:
                continue
            boxes = [w.box for w in self._words(page.number)
                     if page.offset + w.start < last and page.offset + w.end > first]
            marks += [PageMark(page.number, box) for box in _lines(boxes)]
        return marks

    def span_at(self, number: int, x: float, y: float) -> tuple[int, int] | None:
        """The Document.text span of the word at (x, y) (fractions of the page), if any."""
        if not self._marked:
            return None
        page = self._document.pages[number]
        words = self._words(number)
        if not words:
            return None
        hit = min(words, key=lambda w: _distance(w.box, x, y))
        if _distance(hit.box, x, y) > _NEAR:
            return None
        return self._text_offset(page.offset + hit.start), self._text_offset(page.offset + hit.end - 1) + 1

    def _text_offset(self, original: int) -> int:
        offsets = self._document.offsets
        if not offsets:
            return original
        return min(bisect.bisect_left(offsets, original), len(self._document.text) - 1)

    def _words(self, number: int) -> tuple[PageWord, ...]:
        page = self._document.pages[number]
        if page.ocr or not self._pdf:
            return page.words
        if number not in self._found:  # the text layer's boxes, found once a page
            self._found[number] = text_layer_words(self._data, number, page.text)
        return self._found[number]


def _distance(box: Box, x: float, y: float) -> float:
    """How far (x, y) lies from the box, 0 inside it."""
    return max(box[0] - x, 0, x - box[2]) + max(box[1] - y, 0, y - box[3])


def _lines(boxes: list[Box]) -> list[Box]:
    """Boxes in a row on one line merged into one (a comma's small box included)."""
    merged: list[Box] = []
    for box in boxes:
        if merged:
            x0, y0, x1, y1 = merged[-1]
            middle = (box[1] + box[3]) / 2
            if y0 <= middle <= y1 and box[0] >= x0 - (y1 - y0):  # on the line, not back at its start
                merged[-1] = (min(x0, box[0]), min(y0, box[1]), max(x1, box[2]), max(y1, box[3]))
                continue
        merged.append(box)
    return merged


def open_pages(store: Store, contract_id: int) -> ContractPages | None:
    """The pages of a PDF or image contract; None for other formats (Word, text, HTML)."""

    def read(repo: Repo) -> tuple[str, bytes, str, dict[int, PageText], str]:
        filename, data = repo.original(contract_id)
        contract = repo.contract(contract_id)
        return filename, data, repo.document(contract_id).text, repo.ocr_pages(contract.content_hash or ""), \
            contract.source_path or filename

    filename, data, stored_text, known, source = store.read(read)
    if not (data[:1024].find(b"%PDF-") >= 0 or is_image(data)):
        return None
    try:
        document = load_document(filename, data, ocr=OcrJob(known=known))
    except IngestError as exc:
        raise ServiceError(str(exc)) from None
    return ContractPages(data, replace(document, source=source), document.text == stored_text)
