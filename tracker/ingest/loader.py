"""Entry points of ingestion: a file or a string to a Document with clean text, offsets and structure."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Document
from tracker.ingest.clean import clean
from tracker.ingest.errors import IngestError
from tracker.ingest.readers import read_text
from tracker.ingest.structure import parse

__all__ = ["IngestError", "document_from_text", "load_document"]


def document_from_text(text: str, source: str = "<text>") -> Document:
    """Clean `text` and split it into articles; `original` keeps `text` as given."""
    cleaned = clean(text)
    title, articles = parse(cleaned.text)
    return Document(source=source, title=title, text=cleaned.text, articles=articles,
                    original=text, offsets=cleaned.offsets)


def load_document(path: str | Path) -> Document:
    """Read a .txt/.pdf/.docx/.md/.html contract; raises IngestError with a one-line reason."""
    p = Path(path)
    return document_from_text(read_text(p), str(p))
