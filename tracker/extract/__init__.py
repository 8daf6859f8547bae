"""Extraction: a Document to the time-bound duties it holds, each tied to its clause.

Public interface: `extract(document) -> Extraction` (duties in text order, and the effective,
enforcement and revision dates stated in the document).
"""

from tracker.extract.pipeline import Extraction, extract

__all__ = ["Extraction", "extract"]
