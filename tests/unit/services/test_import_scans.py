"""A scanned contract is read by OCR once: its pages are kept by content hash, so a re-import reads
no page again; its duties carry the OCR mark and a lower confidence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.scans.render import render_pages
from tracker.domain import ImportProgress
from tracker.services.app import TrackerService

pytestmark = pytest.mark.slow
SCAN_TEXT = "第5条（契約期間）\n本契約の有効期間は、2025年4月1日から1年間とする。\n" \
            "2 期間満了の3か月前までに書面で通知がないときは、さらに1年間更新する。\n"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_a_scan_is_read_once_and_its_duties_marked(svc: TrackerService, tmp_path: Path) -> None:
    scan = tmp_path / "scan.png"
    render_pages(SCAN_TEXT, size=32)[0].save(scan)
    first: list[ImportProgress] = []
    again: list[ImportProgress] = []

    (contract_id,) = svc.import_paths([scan], progress=first.append).imported
    assert svc.import_paths([scan], progress=again.append).updated == (contract_id,)

    assert (first[-2].pages_done, first[-2].pages) == (1, 1)
    assert all(step.pages == 0 for step in again)
    duties = [d.extracted for d in svc.contract(contract_id).duties]
    assert duties and all(d is not None and d.ocr and d.confidence <= 0.8 for d in duties)
