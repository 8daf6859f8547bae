"""A file is read within a time budget, and a cancel is seen inside a file, not only between files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.ingest.make_files import pdf_bytes
from tracker.ingest import Cancelled, IngestError, load_document

_PAGES = [[f"第{n}条 本規約の第{n}条の見本である。"] for n in range(1, 9)]


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "terms.pdf"
    path.write_bytes(pdf_bytes(_PAGES))
    return path


def test_a_file_over_its_time_is_refused_in_one_line(pdf: Path) -> None:
    with pytest.raises(IngestError, match=r"^.*terms.pdf: took longer than 0 s to read; not imported$"):
        load_document(pdf, seconds=0)


def test_a_cancel_stops_the_reading_between_pages(pdf: Path) -> None:
    checks: list[int] = []

    def cancelled() -> bool:
        checks.append(1)
        return len(checks) > 3  # the reader got a few pages in

    with pytest.raises(Cancelled):
        load_document(pdf, cancelled=cancelled)
    assert len(checks) == 4


def test_without_a_cancel_the_whole_file_is_read(pdf: Path) -> None:
    assert len(load_document(pdf, cancelled=lambda: False).articles) == 8
