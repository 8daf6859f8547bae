"""The contract text with its outline of articles and the duties highlighted in their kind colours.

Offsets in the domain index Python strings; Qt counts UTF-16 units, so characters outside the BMP
(rare kanji such as 𠮷) shift positions: `_to_qt`/`_from_qt` convert between the two.
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QTextEdit, QTreeWidget, QTreeWidgetItem, QWidget

from tracker.domain import Document, DutyRecord, ReviewState, SourceSpan
from tracker.gui.style import kind_color

_ARTICLE_ROLE = Qt.ItemDataRole.UserRole


class DocumentView(QSplitter):
    """Outline on the left, text on the right; `dutyClicked` when the user clicks a highlighted clause."""

    dutyClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setRootIsDecorated(False)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.addWidget(self.outline)
        self.addWidget(self.text)
        self.setStretchFactor(1, 4)
        self.setSizes([180, 600])
        self._document: Document | None = None
        self._duties: list[DutyRecord] = []
        self._selected: int | None = None
        self._astral: list[int] = []  # Python offsets of characters Qt counts twice
        self.contextActions: list[QAction] = []  # added under the text's own menu (copy, select all)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._contextMenu)
        self.outline.itemClicked.connect(self._goToArticle)
        self.text.cursorPositionChanged.connect(self._cursorMoved)
        self._programmatic = False
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.outline.setToolTip(self.tr("Articles of the contract; click one to go to it"))
        self._fillOutline()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def setDocument(self, document: Document) -> None:
        if self._document is not None and document.text == self._document.text:
            self._document = document
            self._fillOutline()
            return  # keep the scroll position when only the duties changed
        self._document = document
        self._astral = [i for i, ch in enumerate(document.text) if ord(ch) > 0xFFFF]
        self._programmatic = True
        self.text.setPlainText(document.text)
        self._programmatic = False
        self._fillOutline()

    def _fillOutline(self) -> None:
        self.outline.clear()
        if self._document is None:
            return
        for article in self._document.articles:
            if article.number is not None:
                label = self.tr("Article %1").replace("%1", article.number)
                if article.heading:
                    label += f" {article.heading}"
            else:
                label = article.heading or self.tr("(untitled section)")
            item = QTreeWidgetItem([label])
            item.setData(0, _ARTICLE_ROLE, article.start)
            self.outline.addTopLevelItem(item)

    def setDuties(self, duties: list[DutyRecord]) -> None:
        self._duties = [d for d in duties if d.state is not ReviewState.REJECTED]
        self._paint()

    def _to_qt(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def _from_qt(self, position: int) -> int:
        # each astral character before the position took two Qt units
        offset = position
        for astral in self._astral:
            if self._to_qt(astral) < position:
                offset -= 1
            else:
                break
        return offset

    def _cursor_for(self, span: SourceSpan) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        limit = self.text.document().characterCount() - 1
        cursor.setPosition(min(self._to_qt(span.start), limit))
        cursor.setPosition(min(self._to_qt(span.end), limit), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _paint(self) -> None:
        selections = []
        for record in self._duties:
            fmt = QTextCharFormat()
            color = QColor(kind_color(record.duty.kind))
            chosen = record.id == self._selected
            color.setAlpha(150 if chosen else 60)
            fmt.setBackground(color)
            if chosen:
                fmt.setFontUnderline(True)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor_for(record.duty.span)
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def showDuty(self, duty_id: int | None) -> None:
        """Highlight the duty more strongly and scroll its clause into the middle of the view."""
        self._selected = duty_id
        self._paint()
        record = next((d for d in self._duties if d.id == duty_id), None)
        if record is not None:
            self._scrollTo(record.duty.span, select=False)

    def showSpan(self, span: SourceSpan) -> None:
        """Select the words a fact was read from and scroll them into the middle of the view."""
        self._scrollTo(span, select=True)

    def _scrollTo(self, span: SourceSpan, *, select: bool) -> None:
        cursor = self._cursor_for(span)
        if not select:
            cursor.setPosition(cursor.selectionStart())
        self._programmatic = True
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self._programmatic = False

    def selectedSpan(self) -> SourceSpan | None:
        """The text the user selected, as a span with its 条/項/号 position."""
        cursor = self.text.textCursor()
        if self._document is None or not cursor.hasSelection():
            return None
        start, end = self._from_qt(cursor.selectionStart()), self._from_qt(cursor.selectionEnd())
        article, paragraph, item = self._document.position(start)
        return SourceSpan(start, end, self._document.text[start:end], article, paragraph, item)

    def _contextMenu(self, position: QPoint) -> None:
        menu = self.text.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addActions(self.contextActions)
        menu.exec(self.text.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _goToArticle(self, item: QTreeWidgetItem) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._to_qt(int(item.data(0, _ARTICLE_ROLE))))
        self.text.setTextCursor(cursor)
        # put the heading at the top: scroll to the end first, then back to the cursor
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def _cursorMoved(self) -> None:
        """A click on a highlighted clause selects its duty (the way back from text to table)."""
        if self._programmatic or self.text.textCursor().hasSelection():
            return
        offset = self._from_qt(self.text.textCursor().position())
        hits = [d for d in self._duties if d.duty.span.start <= offset < d.duty.span.end]
        if hits:
            self.dutyClicked.emit(min(hits, key=lambda d: d.duty.span.end - d.duty.span.start).id)
