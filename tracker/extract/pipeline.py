"""Placeholder extraction pipeline (replaced by the extraction work)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tracker.domain import Document, Duty


@dataclass(frozen=True)
class Extraction:
    duties: tuple[Duty, ...]
    dates: tuple[date, ...]
    title: str | None


def extract(document: Document) -> Extraction:
    return Extraction(duties=(), dates=(), title=document.title)
