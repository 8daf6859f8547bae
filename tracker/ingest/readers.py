"""Read a contract file into text: checks, format dispatch by content, and text decoding.

The format is decided by the bytes (%PDF, a zip holding word/document.xml) before the extension;
heavy libraries load only inside the reader that needs them, so `tracker extract x.txt` starts fast.
"""

from __future__ import annotations

from pathlib import Path

from tracker.ingest.errors import IngestError

MAX_BYTES = 20 * 1024 * 1024
_KNOWN_BINARY = {".xlsx", ".xls", ".pptx", ".ppt", ".doc", ".png", ".jpg", ".jpeg", ".gif", ".zip",
                 ".rtf", ".odt", ".tif", ".tiff", ".bmp"}


def read_text(path: Path) -> str:
    """The text of a contract file, or IngestError naming the file and the reason."""
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if b"%PDF-" in data[:1024]:  # some writers put a few bytes before the header
        from tracker.ingest.pdf import pdf_text

        return _non_empty(path, pdf_text(path, data))
    if data.startswith(b"PK\x03\x04"):
        if _is_docx(data):
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
        raise IngestError(f"{path}: unsupported format {suffix} (use .txt, .pdf, .docx, .md or .html)")
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
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp932", "shift_jis", "euc_jp", "iso2022_jp", "utf_16",
                                          "cp1252", "latin_1"]).best()
    if best is None:
        raise IngestError(f"{path}: binary data or unknown text encoding")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise IngestError(f"{path}: binary data, not a text document")
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            raise IngestError(f"{path}: is a directory, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"{path}: file too large ({size // (1024 * 1024)} MB; the limit is 20 MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise IngestError(f"{path}: no such file") from None
    except PermissionError:
        raise IngestError(f"{path}: permission denied") from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise IngestError(f"{path}: empty file")
    return data


def _is_docx(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


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
