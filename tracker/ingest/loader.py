"""Entry points of ingestion: a file or a string to a Document with clean text, offsets and structure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from tracker.domain import Document
from tracker.domain.text import one_line
from tracker.ingest.budget import SECONDS_PER_FILE, Cancelled, checkpoint, reading
from tracker.ingest.clean import clean
from tracker.ingest.errors import IngestError
from tracker.ingest.ocr import OcrCancelled, OcrJob
from tracker.ingest.readers import read_contract, read_file
from tracker.ingest.structure import parse

__all__ = ["Cancelled", "IngestError", "OcrCancelled", "OcrJob", "document_from_text", "load_document",
           "read_file"]


def document_from_text(text: str, source: str = "<text>") -> Document:
    """Clean `text` and split it into articles; `original` keeps `text` as given."""
    cleaned = clean(text)
    checkpoint()
    title, articles = parse(cleaned.text)
    return Document(source=source, title=title, text=cleaned.text, articles=articles,
                    original=text, offsets=cleaned.offsets)


def load_document(path: str | Path, data: bytes | None = None, *, seconds: float = SECONDS_PER_FILE,
                  cancelled: Callable[[], bool] | None = None, ocr: OcrJob | None = None) -> Document:
    """Read a .txt/.pdf/.docx/.md/.html contract (or its bytes, as `read_file` gave them), or a
    scan (.pdf, .png, .jpg, .tiff) by OCR as `ocr` says (pages known, progress, cancel).

    Raises IngestError with a one-line reason, also when reading takes longer than `seconds`
    (OCR, which reports its progress page by page, is not counted), and Cancelled as soon as
    `cancelled()` is true.
    """
    p = Path(path)
    job = ocr or OcrJob(cancelled=cancelled)
    with reading(str(p), seconds, cancelled or job.cancelled):
        read = read_contract(p, read_file(p) if data is None else data, job)
        document = document_from_text(read.text, one_line(str(p)))  # a name may hold \n or non-UTF-8 bytes
        return replace(document, pages=read.pages)
