"""Placeholder loader: UTF-8 text only, no cleaning or structure yet (replaced by the ingest work)."""

from __future__ import annotations

from pathlib import Path

from tracker.domain import Document


class IngestError(Exception):
    """A file that cannot be read as a contract; the message names the file and the reason."""


def document_from_text(text: str, source: str = "<text>") -> Document:
    return Document(source=source, title=None, text=text, original=text)


def load_document(path: str | Path) -> Document:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"{p}: {exc}") from exc
    return document_from_text(text, str(p))
