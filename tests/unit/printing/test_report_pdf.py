"""The report PDF: A4 pages with header, "n / N" footer, and the Japanese font embedded."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PageObject, PdfReader
from PySide6.QtPrintSupport import QPrinter

from tracker.printing import paint_report, write_report_pdf

ROWS = "".join(
    f"<tr><td>2026-12-{i % 28 + 1:02d}</td><td>更新拒絶の通知期限 {i}</td></tr>" for i in range(200)
)
HEAD = "<thead><tr><th>期限日</th><th>種類</th></tr></thead>"
HTML = f"<h1>契約期限レポート</h1><table border='1'>{HEAD}{ROWS}</table>"


def _text(page: PageObject) -> str:
    """The page's text without whitespace: pypdf splits lines and words at its own places."""
    return re.sub(r"\s+", "", page.extract_text())


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """A QApplication first, so that the module does not make a bare QGuiApplication in the GUI tests."""


def test_pdf_has_numbered_a4_pages_with_header(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    pages = write_report_pdf(
        HTML, path, title="契約期限レポート 2026-11-22〜2027-02-19", printed_on=date(2026, 11, 22)
    )
    reader = PdfReader(path)
    assert len(reader.pages) == pages
    assert pages >= 3
    first, last = _text(reader.pages[0]), _text(reader.pages[-1])
    assert first.startswith("契約期限レポート2026-11-22〜2027-02-19印刷日:2026-11-22")
    assert f"1/{pages}" in first
    assert f"{pages}/{pages}" in last
    assert "更新拒絶の通知期限199" in last
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width) / 72 * 25.4), round(float(height) / 72 * 25.4)) == (210, 297)


def test_japanese_font_is_embedded(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_report_pdf(HTML, path, title="T", printed_on=date(2026, 11, 22), lang="en")
    fonts = []
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.append((str(font["/BaseFont"]), embedded))
    assert fonts
    assert all(embedded for _, embedded in fonts)
    assert any("NotoSansCJK" in name for name, _ in fonts)
    assert "Printed:2026-11-22" in _text(PdfReader(path).pages[0])


def test_paint_report_prints_on_a_qprinter(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(printer, HTML, title="T", printed_on=date(2026, 11, 22))
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == pages
    assert pages >= 3
