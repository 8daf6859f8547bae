"""Scanned contracts read by OCR: our sample contracts rendered as 200 dpi page images (turned 1.5°,
with dust and a red 印 seal) give the same core duties as their text; odd pages give one line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from tests.scans.render import render_pages, save_pdf, save_tiff
from tracker.domain import Document
from tracker.extract import extract
from tracker.ingest import IngestError, OcrCancelled, OcrJob, load_document

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[3]
pytest.importorskip("pytesseract")


def _needs_tesseract() -> None:
    import shutil

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract-ocr is not installed")


def _core(name: str) -> set[tuple[object, ...]]:
    expected = json.loads((ROOT / "tests" / "golden" / "expected" / f"{name}.json").read_text("utf-8"))
    return {(d["kind"], d["amount"], d["unit"], d["anchor"]) for d in expected["duties"]
            if d.get("tier") == "core"}


def _found(document: Document) -> set[tuple[object, ...]]:
    return {(d.kind.value, d.period.amount, d.period.unit and d.period.unit.value, d.anchor)
            for d in extract(document).duties}


def _text(name: str) -> str:
    return load_document(ROOT / "contracts" / name).original


@pytest.mark.parametrize(("name", "save"), [("hanbai_dairiten_utf8bom.txt", save_pdf),
                                            ("cloud_storage_terms_en.txt", save_tiff)])
def test_a_scan_gives_the_core_duties_of_the_text(name: str, save: Callable[[list[Image.Image], Path], Path],
                                                   tmp_path: Path) -> None:
    _needs_tesseract()
    pages = render_pages(_text(name), skew=1.5, noise=0.0005, stamp=True)
    scan = save(pages, tmp_path / f"scan{'.pdf' if save is save_pdf else '.tiff'}")
    progress: list[tuple[int, int]] = []
    document = load_document(scan, ocr=OcrJob(progress=lambda done, total: progress.append((done, total))))
    assert _core(name) <= _found(document)
    assert progress[-1] == (len(pages), len(pages))
    assert all(d.ocr and d.confidence <= 0.8 for d in extract(document).duties)
    assert len(document.pages) == len(pages)
    page = document.pages[0]
    assert page.ocr and page.words
    assert all(0 <= v <= 1 for w in page.words for v in w.box)


SHORT = ("第5条（契約期間）\n本契約の有効期間は、2025年4月1日から1年間とする。\n"
         "期間満了の3か月前までに書面で通知する。\n")


def test_an_upside_down_page_is_turned_and_read(tmp_path: Path) -> None:
    _needs_tesseract()
    page = render_pages(SHORT * 6, size=32)[0].rotate(180)
    page.save(tmp_path / "upside_down.png")
    document = load_document(tmp_path / "upside_down.png")
    assert document.pages[0].rotation == 180
    assert "3か月前までに" in document.text


def test_a_page_without_text_is_one_line(tmp_path: Path) -> None:
    _needs_tesseract()
    Image.new("L", (800, 1100), 255).save(tmp_path / "blank.jpg")
    with pytest.raises(IngestError, match="OCR found no text"):
        load_document(tmp_path / "blank.jpg")


def test_cancel_stops_between_pages_and_keeps_what_was_read(tmp_path: Path) -> None:
    _needs_tesseract()
    scan = save_tiff(render_pages(SHORT * 16, size=32), tmp_path / "long.tiff")
    done: list[int] = []
    job = OcrJob(progress=lambda pages, _total: done.append(pages),
                 cancelled=lambda: bool(done) and done[-1] >= 1)  # the user cancels once a page is read
    with pytest.raises(OcrCancelled, match="cancelled after"):
        load_document(scan, ocr=job)
    assert job.read  # the pages read before the cancel are there to keep


def test_without_tesseract_the_import_says_what_to_install(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "no-tesseract"))
    render_pages(SHORT)[0].save(tmp_path / "page.png")
    with pytest.raises(IngestError, match="install tesseract-ocr") as error:
        load_document(tmp_path / "page.png")
    assert "\n" not in str(error.value)
