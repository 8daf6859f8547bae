"""The original page beside the text: a PDF page or a scan, with the selected duty's words marked.

Pages come from the service as PNG images with marks as fractions of the page; a click on a word
asks the service which text it is, and `spanClicked` hands that (start, end) to the contract view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from tracker.services.pages import ContractPages

_MARK_FILL = QColor(255, 190, 0, 90)
_MARK_EDGE = QColor(230, 120, 0)
_DPI = 110  # sharp enough for a page as wide as half the window


class _Canvas(QGraphicsView):
    """A page that fits its width, and tells where it was clicked (fractions of the page)."""

    clicked = Signal(float, float)

    def __init__(self, scene: QGraphicsScene) -> None:
        super().__init__(scene)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page: QGraphicsPixmapItem | None = None

    def fit(self) -> None:
        if self.page is None:
            return
        width = self.page.pixmap().width() or 1
        scale = max(self.viewport().width() - 4, 50) / width
        self.resetTransform()
        self.scale(scale, scale)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.page is not None and event.button() == Qt.MouseButton.LeftButton:
            point: QPointF = self.mapToScene(event.position().toPoint())
            size = self.page.pixmap().size()
            if 0 <= point.x() <= size.width() and 0 <= point.y() <= size.height():
                self.clicked.emit(point.x() / size.width(), point.y() / size.height())
        super().mousePressEvent(event)


class PageView(QWidget):
    """Shows one page at a time with ‹ › to turn; `showSpan` turns to a span's page and marks it."""

    spanClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: ContractPages | None = None
        self._number = 0
        self._marks: list[tuple[int, QRectF]] = []
        self.scene = QGraphicsScene(self)
        self.canvas = _Canvas(self.scene)
        self.canvas.clicked.connect(self._clicked)
        self.previousButton = QToolButton()
        self.previousButton.setText("‹")
        self.previousButton.clicked.connect(lambda: self.showPage(self._number - 1))
        self.nextButton = QToolButton()
        self.nextButton.setText("›")
        self.nextButton.clicked.connect(lambda: self.showPage(self._number + 1))
        self.pageLabel = QLabel()
        self.ocrLabel = QLabel()
        self.ocrLabel.setStyleSheet("color: #a05a00; font-weight: bold")
        bar = QHBoxLayout()
        bar.addWidget(self.previousButton)
        bar.addWidget(self.pageLabel)
        bar.addWidget(self.nextButton)
        bar.addStretch(1)
        bar.addWidget(self.ocrLabel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._updateBar()
        super().changeEvent(event)

    def setPages(self, pages: ContractPages | None) -> None:
        self._pages = pages
        self._marks = []
        self._number = -1
        self.showPage(0)

    def pageNumber(self) -> int:
        return self._number

    def showPage(self, number: int) -> None:
        if self._pages is None or not 0 <= number < self._pages.count:
            if self._pages is None:
                self.scene.clear()
                self.canvas.page = None
            return
        if number != self._number:
            self._number = number
            self.scene.clear()
            pixmap = QPixmap()
            pixmap.loadFromData(self._pages.image_png(number, _DPI), "PNG")
            self.canvas.page = self.scene.addPixmap(pixmap)
            self.scene.setSceneRect(QRectF(pixmap.rect()))
            self.canvas.fit()
            for page, rect in self._marks:
                if page == number:
                    self._addMark(rect)
        self._updateBar()

    def showSpan(self, start: int, end: int) -> None:
        """Turn to the page holding text [start, end) and mark its words there."""
        if self._pages is None:
            return
        marks = self._pages.marks(start, end)
        self._marks = [(m.page, QRectF(QPointF(m.box[0], m.box[1]), QPointF(m.box[2], m.box[3])))
                       for m in marks]
        target = marks[0].page if marks else self._number
        self._number = -1  # redraw with the new marks
        self.showPage(max(target, 0))
        if marks and self.canvas.page is not None:
            size = self.canvas.page.pixmap().size()
            self.canvas.centerOn(QPointF((marks[0].box[0] + marks[0].box[2]) / 2 * size.width(),
                                         (marks[0].box[1] + marks[0].box[3]) / 2 * size.height()))

    def markCount(self) -> int:
        return sum(1 for item in self.scene.items() if isinstance(item, QGraphicsRectItem))

    def _addMark(self, fraction: QRectF) -> None:
        if self.canvas.page is None:
            return
        size = self.canvas.page.pixmap().size()
        rect = QRectF(fraction.left() * size.width(), fraction.top() * size.height(),
                      fraction.width() * size.width(), fraction.height() * size.height())
        rect.adjust(-3, -3, 3, 3)
        item = self.scene.addRect(rect, QPen(_MARK_EDGE, 2), QBrush(_MARK_FILL))
        item.setZValue(1)

    def _clicked(self, x: float, y: float) -> None:
        if self._pages is None:
            return
        span = self._pages.span_at(self._number, x, y)
        if span is not None:
            self.spanClicked.emit(*span)

    def _updateBar(self) -> None:
        count = self._pages.count if self._pages is not None else 0
        self.pageLabel.setText(self.tr("Page %1 of %2").replace("%1", str(self._number + 1))
                               .replace("%2", str(count)))
        self.previousButton.setEnabled(self._number > 0)
        self.nextButton.setEnabled(self._number + 1 < count)
        shown = self._pages is not None and 0 <= self._number < count
        scanned = shown and self._pages is not None and self._pages.read_by_ocr(self._number)
        self.ocrLabel.setText(self.tr("OCR: read from the page image") if scanned else "")
