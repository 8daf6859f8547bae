"""PDF reader: the text layer through pypdf; encrypted and corrupt files become IngestError."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.ingest.budget import Cancelled, checkpoint
from tracker.ingest.errors import IngestError, first_line

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

# decoded page content read in all (a page drawing a shared stream counts it again): a few KB of
# compressed operators can expand a thousandfold, and each page may draw the same stream
MAX_CONTENT_BYTES = 16 * 1024 * 1024


def pdf_page_texts(path: Path, data: bytes) -> list[str]:
    """The text layer of each page ("" for a page that is only an image)."""
    from pypdf import PdfReader  # here, so that `tracker extract x.txt` stays fast

    try:
        with _quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            # many contracts are encrypted only against editing, with an empty password to open
            if reader.is_encrypted and not _opens_without_password(reader):
                raise IngestError(f"{path}: encrypted PDF (remove the password first)")
            pages = _page_texts(path, reader)
    except (IngestError, Cancelled):
        raise
    except Exception as exc:  # damaged files make pypdf raise almost any kind of error
        raise IngestError(f"{path}: corrupt PDF ({first_line(exc)})") from None
    if not pages:
        raise IngestError(f"{path}: corrupt PDF (no pages)")
    return pages


def _page_texts(path: Path, reader: PdfReader) -> list[str]:
    """The text of each page; a content stream that several pages draw is decoded and parsed once."""
    parsed: dict[tuple[int, ...], tuple[str, int]] = {}  # stream ids → (text, decoded size)
    texts = []
    total = 0
    for page in reader.pages:
        checkpoint()
        key = _contents_key(page)
        if key is None or key not in parsed:
            contents = page.get_contents()
            size = len(contents.get_data()) if contents is not None else 0
            text = page.extract_text() or "" if size + total <= MAX_CONTENT_BYTES else ""
            if key is not None:
                parsed[key] = (text, size)
        else:
            text, size = parsed[key]
        total += size
        if total > MAX_CONTENT_BYTES:
            raise IngestError(f"{path}: PDF page content too large (more than 16 MB)")
        texts.append(text)
    return texts


def _contents_key(page: PageObject) -> tuple[int, ...] | None:
    """The object numbers of a page's content streams, or None for content written in the page."""
    from pypdf.generic import IndirectObject

    raw = page.raw_get("/Contents") if "/Contents" in page else None
    if isinstance(raw, IndirectObject):
        target = raw.get_object()
        if isinstance(target, list):  # an indirect array of streams
            raw = target
        else:
            return (raw.idnum, raw.generation)
    if isinstance(raw, list) and all(isinstance(ref, IndirectObject) for ref in raw):
        return tuple(n for ref in raw for n in (ref.idnum, ref.generation))
    return None


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
