"""Read a contract file into text: checks, format dispatch by content, and text decoding.

The format is decided by the bytes (%PDF, a zip holding word/document.xml) before the extension;
heavy libraries load only inside the reader that needs them, so `tracker extract x.txt` starts fast.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tracker.ingest.budget import checkpoint
from tracker.ingest.errors import IngestError
from tracker.ingest.ocr import OcrJob
from tracker.ingest.page_images import is_image
from tracker.ingest.scanned import PagedText

MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 1024 * 1024
# a .docx is a zip: its parts' declared sizes (which bound what zipfile inflates) are checked first,
# so that a small archive cannot expand to gigabytes in memory
MAX_DOCX_UNPACKED = 100 * 1024 * 1024
MAX_DOCX_PARTS = 10_000
_KNOWN_BINARY = {".xlsx", ".xls", ".pptx", ".ppt", ".doc", ".png", ".jpg", ".jpeg", ".gif", ".zip",
                 ".rtf", ".odt", ".tif", ".tiff", ".bmp"}  # PNG, JPEG and TIFF are read by their bytes


def read_text(path: Path, data: bytes) -> str:
    """The text of a contract file whose bytes `read_file` gave, or IngestError naming the reason."""
    return read_contract(path, data, OcrJob()).text


def read_contract(path: Path, data: bytes, job: OcrJob) -> PagedText:
    """The text of a contract file, and its pages for a PDF or an image (OCR'd where scanned)."""
    if not data.strip():
        raise IngestError(f"{path}: empty file")
    if b"%PDF-" in data[:1024]:  # some writers put a few bytes before the header
        from tracker.ingest.scanned import read_pdf

        return read_pdf(path, data, job)
    if is_image(data):
        from tracker.ingest.scanned import read_image

        return read_image(path, data, job)
    return PagedText(_plain_text(path, data))


def _plain_text(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if data.startswith(b"PK\x03\x04"):
        if _is_docx(path, data):
            from tracker.ingest.word import docx_text

            return _non_empty(path, docx_text(path, data))
        raise IngestError(f"{path}: unsupported format (a zip archive that is not a .docx document)")
    if data.startswith(b"{\\rtf"):
        raise IngestError(f"{path}: unsupported format RTF (save it as .docx or .pdf)")
    if suffix == ".pdf":
        raise IngestError(f"{path}: corrupt PDF (no %PDF header)")
    if suffix == ".docx":
        raise IngestError(f"{path}: corrupt .docx (not a zip archive)")
    if suffix in _KNOWN_BINARY:
        raise IngestError(f"{path}: unsupported format {suffix} (use .txt, .pdf, .docx, .md, .html, "
                          ".png, .jpg or .tiff)")
    text = _non_empty(path, _decode(path, data))
    if suffix in (".html", ".htm") or (suffix not in (".md", ".markdown") and _looks_like_html(text)):
        from tracker.ingest.markup import html_text

        return _non_empty(path, html_text(text))
    if suffix in (".md", ".markdown"):
        from tracker.ingest.markup import markdown_text

        return _non_empty(path, markdown_text(text))
    return text


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 (with or without BOM) fast; otherwise charset-normalizer (Shift_JIS/CP932, EUC-JP)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its BOM, as Windows Notepad saves
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise IngestError(f"{path}: undecodable UTF-16 text") from None
    if b"\x00" in data[:65536]:
        raise IngestError(f"{path}: binary data, not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few broken bytes (a bad copy, a cut): the rest of its non-ASCII text decodes, where
    # Shift_JIS or EUC-JP read as UTF-8 breaks at nearly every kanji
    damaged = data.decode("utf-8-sig", "replace")
    non_ascii = len(damaged) - len(damaged.encode("ascii", "ignore"))
    if damaged.count("\ufffd") * 100 <= non_ascii:
        return damaged
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf_16",
                                          "cp1252", "latin_1"]).best()
    if best is None:
        raise IngestError(f"{path}: binary data or unknown text encoding")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise IngestError(f"{path}: binary data, not a text document")
    return text


def read_file(path: Path) -> bytes:
    """The bytes of a regular file of at most 20 MB, read in chunks.

    The size is checked before reading; pipes, devices and folders are refused without blocking
    (opened non-blocking, a FIFO with no writer would otherwise wait forever).
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                     | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except (PermissionError, IsADirectoryError):
        if path.is_dir():
            raise IngestError(f"{path}: is a directory, not a file") from None
        raise IngestError(f"{path}: permission denied") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return _read_regular(path, fd)
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def _read_regular(path: Path, fd: int) -> bytes:
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        raise IngestError(f"{path}: is a directory, not a file")
    if not stat.S_ISREG(mode):
        raise IngestError(f"{path}: not a regular file (a pipe, socket or device)")
    _check_size(path, os.fstat(fd).st_size)
    chunks: list[bytes] = []
    size = 0
    while chunk := os.read(fd, _CHUNK):
        size += len(chunk)
        _check_size(path, size)  # the file may grow while it is read
        chunks.append(chunk)
        checkpoint()
    return b"".join(chunks)


def _check_size(path: Path, size: int) -> None:
    if size > MAX_BYTES:
        raise IngestError(f"{path}: file too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")


def _is_docx(path: Path, data: bytes) -> bool:
    """Whether the zip holds a Word document; IngestError where it would unpack too large."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    if len(parts) > MAX_DOCX_PARTS or sum(p.file_size for p in parts) > MAX_DOCX_UNPACKED:
        raise IngestError(f"{path}: refused: the archive unpacks to more than 100 MB (a zip bomb?)")
    return any(p.filename == "word/document.xml" for p in parts)


def _non_empty(path: Path, text: str) -> str:
    if not text.strip():
        raise IngestError(f"{path}: no text in the document (empty or only whitespace)")
    return text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


def _control_ratio(text: str) -> float:
    sample = text[:10000]
    bad = sum(1 for c in sample if c < " " and c not in "\n\r\t\f")
    return bad / max(len(sample), 1)
