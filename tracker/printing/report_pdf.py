"""Lays the report HTML out on paged devices (QPrinter for print preview, QPdfWriter for PDF).

The document is laid out once at a fixed 96 dpi on an A4 page with fixed margins and scaled onto
the device, so a 1200 dpi printer, the preview and the PDF show the same pages; the breaks come
from tracker.printing.paginate (never through a table row), and every page gets a running header
(title, date printed) and a footer with "n / N".
"""

from __future__ import annotations

import os
import re
from datetime import date
from html import unescape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from tracker.printing.paginate import page_slices
from tracker.printing.text_map import repair_text_map

FONT_FAMILY = "Noto Sans CJK JP"  # from fonts-noto-cjk; Qt embeds the subset used
LAYOUT_DPI = 96
MARGINS_MM = QMarginsF(15, 12, 15, 12)
_BAND = 26.0  # header and footer height, in layout pixels at 96 dpi (about 7 mm)
_PRINTED = {"ja": "印刷日", "en": "Printed"}
_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs an application object for fonts; the CLI has none, so make an offscreen one."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def write_report_pdf(
    html: str, path: str | Path, *, printed_on: date, title: str | None = None, lang: str | None = None
) -> int:
    """Write the report as an A4 PDF with the fonts embedded and searchable text; returns the page count."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(title or _title_of(html))
    writer.setCreator("Contract Deadline Tracker")
    writer.setPageLayout(report_page_layout())
    pages = paint_report(writer, html, title=title, printed_on=printed_on, lang=lang)
    del writer  # closes the file
    repair_text_map(path)
    return pages


def report_page_layout() -> QPageLayout:
    """A4 portrait with the report's margins: the one page every output lays the report out on."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def paint_report(
    device: QPagedPaintDevice,
    html: str,
    *,
    printed_on: date,
    title: str | None = None,
    lang: str | None = None,
) -> int:
    """Paint every page of the report on `device` (a QPrinter or QPdfWriter); returns the page count.

    Use it from QPrintPreviewDialog.paintRequested. The device's page layout (size, margins) is
    kept; the painter's origin is the top left of its printable area. The header's title and
    language default to the HTML's <title> and <html lang>, as tracker.export writes them.
    """
    ensure_gui_application()
    title = title or _title_of(html)
    lang = lang or _language_of(html)
    page = report_page_layout().paintRect(QPageLayout.Unit.Inch)
    width, height = page.width() * LAYOUT_DPI, page.height() * LAYOUT_DPI
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    scale = min(area.width() / width, area.height() / height)  # the same pages on any device
    reference = _reference_device()  # must outlive the document's layout
    doc = _document(html, width, reference)
    slices = page_slices(doc, height - 2 * _BAND)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device (is the PDF file writable?)")
    try:
        painter.scale(scale, scale)
        for number, piece in enumerate(slices):
            if number:
                device.newPage()
            _decorate(painter, width, height, title, printed_on, lang, f"{number + 1} / {len(slices)}")
            top = _BAND
            if piece.header is not None:  # a table going on from the page before: its header first
                _draw(painter, doc, width, piece.header[0], piece.header[1], top)
                top += piece.header[1] - piece.header[0]
            _draw(painter, doc, width, piece.top, piece.bottom, top)
    finally:
        painter.end()
    return len(slices)


def _draw(painter: QPainter, doc: QTextDocument, width: float, first: float, last: float, at: float) -> None:
    """The document's band [first, last) painted with its top at `at`."""
    painter.save()
    painter.translate(0, at - first)
    doc.drawContents(painter, QRectF(0, first, width, last - first))
    painter.restore()


def _title_of(html: str) -> str:
    found = re.search(r"<title>(.*?)</title>", html, re.DOTALL)
    return unescape(found.group(1)).strip() if found else ""


def _language_of(html: str) -> str:
    found = re.search(r"<html[^>]*\slang=['\"]?([a-z]+)", html)
    return found.group(1) if found else "ja"


def _reference_device() -> QImage:
    """A 96-dpi device for the layout, so that the screen's dpi does not change the pagination."""
    reference = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    reference.setDotsPerMeterX(dots_per_metre)
    reference.setDotsPerMeterY(dots_per_metre)
    return reference


def _document(html: str, width: float, reference: QImage) -> QTextDocument:
    """The HTML laid out at 96 dpi as one page `width` wide and as long as it needs."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(reference)
    doc.setUseDesignMetrics(True)  # no hinted widths: the layout must scale to 300 dpi unchanged
    doc.setDocumentMargin(0)
    doc.setDefaultFont(_font(9))
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _decorate(
    painter: QPainter, width: float, height: float, title: str, printed_on: date, lang: str, number: str
) -> None:
    """The running header (title left, date printed right) and the footer (n / N centred)."""
    painter.save()
    painter.setFont(_font(8))
    painter.setPen(QPen(Qt.GlobalColor.darkGray, 0.6))
    header = QRectF(0, 0, width, _BAND - 8)
    printed = f"{_PRINTED.get(lang, _PRINTED['en'])}: {printed_on.isoformat()}"
    painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, printed)
    painter.drawLine(QPointF(0, _BAND - 6), QPointF(width, _BAND - 6))
    footer = QRectF(0, height - _BAND + 8, width, _BAND - 8)
    painter.drawLine(QPointF(0, height - _BAND + 6), QPointF(width, height - _BAND + 6))
    painter.drawText(footer, Qt.AlignmentFlag.AlignCenter, number)
    painter.restore()


def _font(points: float) -> QFont:
    """The report font at `points`, sized in 96-dpi pixels so that the painter's scale applies.

    The JP font's 'locl' substitution gives digits in Latin runs glyphs that Qt cannot map back
    to Unicode, so "Printed: 2026" would copy (and search) as "Printed: " from the PDF.
    """
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(points * LAYOUT_DPI / 72))
    font.setFeature(QFont.Tag("locl"), 0)
    return font
