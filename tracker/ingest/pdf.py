"""PDF reader: the text layer through pypdf; encrypted, corrupt and scanned files become IngestError."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from tracker.ingest.errors import IngestError, first_line


def pdf_text(path: Path, data: bytes) -> str:
    """Page texts joined by form feeds (the cleaner treats them as line breaks)."""
    from pypdf import PdfReader

    # pypdf logs warnings for recoverable damage; this reader reports what matters itself
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"{path}: encrypted PDF (remove the password first)")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except Exception as exc:  # damaged files make pypdf raise almost any kind of error
        raise IngestError(f"{path}: corrupt PDF ({first_line(exc)})") from None
    if not pages:
        raise IngestError(f"{path}: corrupt PDF (no pages)")
    text = "\f".join(pages)
    if not text.strip():
        raise IngestError(f"{path}: has no text layer (scanned?); run OCR first")
    return text
