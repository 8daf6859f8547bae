"""Ingestion: contract files (txt, pdf, docx, md, html) to a clean Document with its 条/項/号 tree.

Public interface: `load_document(path) -> Document`, `document_from_text(text, source) -> Document`,
and `IngestError` (one line naming the file and the reason) for input that cannot be read.
"""

from tracker.ingest.loader import IngestError, document_from_text, load_document

__all__ = ["IngestError", "document_from_text", "load_document"]
