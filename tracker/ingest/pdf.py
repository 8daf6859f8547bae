"""PDF reader: the text layer through pypdf; encrypted, corrupt and scanned files become IngestError."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.ingest.errors import IngestError, first_line

if TYPE_CHECKING:
    from pypdf import PdfReader


def pdf_text(path: Path, data: bytes) -> str:
    """Page texts joined by form feeds (the cleaner treats them as line breaks)."""
    from pypdf import PdfReader  # here, so that `tracker extract x.txt` stays fast

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            # many contracts are encrypted only against editing, with an empty password to open
            if reader.is_encrypted and not _opens_without_password(reader):
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


def _opens_without_password(reader: PdfReader) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:  # e.g. an algorithm this installation cannot decrypt
        return False


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs and warns about damage it works around; the one-line error says what matters."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
