"""Ingestion: contract files (txt, pdf, docx, md, html) to a clean Document with its 条/項/号 tree.

Public interface: `load_document(path) -> Document`, `document_from_text(text, source) -> Document`,
`read_file(path) -> bytes` (bounded: regular files of at most 20 MB), `IngestError` (one line
naming the file and the reason) for input that cannot be read, and `Cancelled` when the caller's
cancel flag was raised while a file was being read.
Scans are read by OCR: `load_document(path, ocr=OcrJob(known, progress, cancelled))` reuses pages
read before and leaves the newly read ones in `job.read`; `OcrCancelled` (a Cancelled) when cancelled.
"""

from tracker.ingest.loader import (
    Cancelled,
    IngestError,
    OcrCancelled,
    OcrJob,
    document_from_text,
    load_document,
    read_file,
)

__all__ = ["Cancelled", "IngestError", "OcrCancelled", "OcrJob", "document_from_text", "load_document",
           "read_file"]
