"""Page breaks: never through a table row, the header row again on each page a table goes on to,
and the same pages on a printer set up otherwise as in the PDF."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter

from tracker.printing import paint_report, write_report_pdf

# rows of different heights: one, three or six lines each
ROWS = "".join(
    f"<tr><td>行{i}の上</td><td>{'<br>'.join(['説明'] * (1 + 2 * (i % 3) + (i % 2)))}<br>行{i}の下</td></tr>"
    for i in range(150)
)
HTML = (f"<h1>契約期限レポート</h1><h2>見出し</h2><table border='1' cellpadding='3'>"
        f"<thead><tr><th>期限日の列</th><th>条項</th></tr></thead>{ROWS}</table>")


@pytest.fixture(autouse=True)
def _app(qapp: object) -> None:
    """A QApplication first, so that the module does not make a bare QGuiApplication in the GUI tests."""


def _pages(path: Path) -> list[str]:
    """Each page's text; NFKC because a printer's PDF keeps the font's radicals (⾏ for 行)."""
    return [unicodedata.normalize("NFKC", re.sub(r"\s+", "", page.extract_text()))
            for page in PdfReader(path).pages]


def test_no_row_is_split_and_each_page_repeats_the_header(tmp_path: Path) -> None:
    path = tmp_path / "rows.pdf"
    count = write_report_pdf(HTML, path, title="T", printed_on=date(2026, 11, 22))
    pages = _pages(path)
    assert count == len(pages) >= 4
    for i in range(150):
        tops = [n for n, text in enumerate(pages) if f"行{i}の上" in text]
        bottoms = [n for n, text in enumerate(pages) if f"行{i}の下" in text]
        assert tops == bottoms and len(tops) == 1, f"row {i} split: {tops} / {bottoms}"
    assert all(text.count("期限日の列") == 1 for text in pages)


def test_no_row_is_split_where_one_table_ends_and_the_next_section_begins(tmp_path: Path) -> None:
    """The block after a table may say it starts inside the table: no break may fall there."""
    def row(n: int, i: int) -> str:
        lines = "<br>".join(["説明"] * (3 + (n + i) % 5))
        return f"<tr><td>行{n}-{i}の上</td><td>{lines}<br>行{n}-{i}の下</td></tr>"

    sections = "".join(
        f"<h2>契約{n}</h2><p>相手方: 株式会社{n}</p>"
        "<table border='1' cellpadding='3' style='margin-bottom: 4pt'>"
        "<thead><tr><th>期限日</th><th>条項</th></tr></thead>"
        + "".join(row(n, i) for i in range(2 + n % 4)) + "</table>"
        for n in range(40)
    )
    path = tmp_path / "sections.pdf"
    write_report_pdf(f"<h1>レポート</h1>{sections}", path, title="T", printed_on=date(2026, 11, 22))
    pages = _pages(path)
    for n in range(40):
        for i in range(2 + n % 4):
            tops = [p for p, text in enumerate(pages) if f"行{n}-{i}の上" in text]
            bottoms = [p for p, text in enumerate(pages) if f"行{n}-{i}の下" in text]
            assert tops == bottoms and len(tops) == 1, f"row {n}-{i} split: {tops} / {bottoms}"


def test_a_heading_is_not_left_alone_at_the_foot_of_a_page(tmp_path: Path) -> None:
    filler = "".join(f"<p>段落{i}</p>" for i in range(44))
    html = f"{filler}<h2>最後の見出し</h2><table border='1'><thead><tr><th>列</th></tr></thead>{ROWS}</table>"
    path = tmp_path / "heading.pdf"
    write_report_pdf(html, path, title="T", printed_on=date(2026, 11, 22))
    pages = _pages(path)
    heading = next(n for n, text in enumerate(pages) if "最後の見出し" in text)
    assert "行0の上" in pages[heading]


def test_the_printer_shows_the_pages_of_the_pdf(tmp_path: Path) -> None:
    pdf = write_report_pdf(HTML, tmp_path / "report.pdf", title="T", printed_on=date(2026, 11, 22))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    letter = QPageSize(QPageSize.PageSizeId.Letter)
    printer.setPageLayout(QPageLayout(letter, QPageLayout.Orientation.Portrait, QMarginsF(5, 5, 5, 5),
                                      QPageLayout.Unit.Millimeter))
    printed = paint_report(printer, HTML, title="T", printed_on=date(2026, 11, 22))
    assert printed == pdf
    assert _pages(tmp_path / "printed.pdf")[1] == _pages(tmp_path / "report.pdf")[1]
