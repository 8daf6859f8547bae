"""The month grid of the calendar page: each day cell lists its deadlines by title (a bar in the kind's
colour and the contract's name, "+3 more" when they do not fit), holidays and the year-end break of the
business calendar are tinted with their day number in red, and hovering a day lists everything on it.

Qt's own navigation bar (「11月 2026」) is hidden: the page shows the month in the language's order.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QCalendarWidget, QTableView, QToolTip, QWidget

from tracker.domain.duty import DutyKind
from tracker.domain.records import DeadlineRecord
from tracker.gui.formatting import from_qdate, ui_language
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_color, kind_label

CLOSED_TINT = QColor("#fdecea")  # a holiday or break day
HOLIDAY_RED = QColor("#c62828")
SATURDAY_BLUE = QColor("#1565c0")
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_BAR = 4  # the kind colour's bar before each title, in pixels


def month_title(year: int, month: int) -> str:
    """「2026年11月」 in Japanese, "November 2026" in English."""
    if ui_language() == "ja":
        return f"{year}年{month}月"
    name = QLocale(QLocale.Language.English).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name} {year}"


def tip_line(record: DeadlineRecord) -> str:
    return f"{kind_label(record.deadline.kind)} — {record.contract_title}"


class MonthGrid(QCalendarWidget):
    """A month of days, each cell painted with the titles of its deadlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[date, list[DeadlineRecord]] = {}
        self._closed: dict[date, str] = {}
        self.setGridVisible(True)
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        view = self.findChild(QTableView, "qt_calendar_calendarview")  # Qt's own grid inside the widget
        assert view is not None
        self._view = view
        view.viewport().installEventFilter(self)
        self._titleFont = QFont(self.font())
        self._titleFont.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))

    def setDays(self, days: dict[date, list[DeadlineRecord]], closed: dict[date, str]) -> None:
        """The deadlines of each day shown, and the closed days with why (in the UI language)."""
        self._days = days
        self._closed = closed
        self.updateCells()

    def recordsOn(self, day: date) -> list[DeadlineRecord]:
        return list(self._days.get(day, ()))

    def kindsOn(self, day: date) -> tuple[DutyKind, ...]:
        """The kinds on a day, each once, in the order the day's deadlines come."""
        return tuple(dict.fromkeys(r.deadline.kind for r in self._days.get(day, ())))

    def closedReason(self, day: date) -> str | None:
        return self._closed.get(day)

    def dateAt(self, pos: QPoint) -> date | None:
        """The day under a point of the grid (in the view's viewport), or None on the header row.

        Qt lays the month out from the first day of the week on or before the 1st, showing at least
        one day of the month before; the first grid row holds the weekday names.
        """
        index = self._view.indexAt(pos)
        if not index.isValid() or index.row() < 1:
            return None
        first = date(self.yearShown(), self.monthShown(), 1)
        lead = (first.isoweekday() - self.firstDayOfWeek().value) % 7 or 7
        return first + timedelta(days=(index.row() - 1) * 7 + index.column() - lead)

    def tipFor(self, day: date) -> str:
        """What hovering a day shows, as plain text (why it is closed, then its deadlines)."""
        lines = [tip_line(r) for r in self._days.get(day, ())]
        reason = self._closed.get(day)
        return "\n".join(([reason] if reason else []) + lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering a day shows its deadlines (and why it is closed, on a holiday)."""
        if watched is self._view.viewport() and isinstance(event, QHelpEvent):
            day = self.dateAt(event.pos())
            tip = self.tipFor(day) if day is not None else ""
            if tip:  # titles escaped: a tooltip renders anything that looks like markup
                QToolTip.showText(event.globalPos(), as_rich_text(tip), self._view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def titlesOn(self, records: list[DeadlineRecord], lines: int) -> tuple[list[DeadlineRecord], str]:
        """The deadlines a cell of `lines` lines names, and its last line's "+N more" ("" when all fit)."""
        if len(records) <= lines:
            return records, ""
        shown = records[: lines - 1]
        return shown, self.tr("+%n more", "", len(records) - len(shown))

    # painting

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = from_qdate(qdate)
        palette = self.palette()
        painter.save()
        in_month = qdate.month() == self.monthShown()
        painter.fillRect(rect, CLOSED_TINT if day in self._closed else palette.color(QPalette.ColorRole.Base))
        if qdate == self.selectedDate():
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(rect, highlight)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        number_font = QFont(self.font())
        number_font.setBold(qdate == QDate.currentDate())
        painter.setFont(number_font)
        painter.setPen(self._numberColor(day, in_month))
        metrics = QFontMetrics(number_font)
        number_rect = QRect(rect.left() + 4, rect.top() + 1, rect.width() - 8, metrics.height())
        painter.drawText(number_rect, _LEFT, str(day.day))
        self._paintTitles(painter, rect.adjusted(2, metrics.height() + 1, -2, -1), self._days.get(day, []),
                          in_month)
        painter.restore()

    def _numberColor(self, day: date, in_month: bool) -> QColor:
        if not in_month:
            return self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if day in self._closed or day.weekday() == 6:
            return HOLIDAY_RED
        if day.weekday() == 5:
            return SATURDAY_BLUE
        return self.palette().color(QPalette.ColorRole.Text)

    def _paintTitles(
        self, painter: QPainter, area: QRect, records: list[DeadlineRecord], in_month: bool
    ) -> None:
        """One line per deadline while they fit; the last line says how many more there are."""
        if not records or area.height() <= 0:
            return
        painter.setFont(self._titleFont)
        metrics = QFontMetrics(self._titleFont)
        line = metrics.height()
        shown, hidden = self.titlesOn(records, max(1, area.height() // line))
        text_color = self.palette().color(QPalette.ColorRole.Text)
        if not in_month:
            text_color = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        y = area.top()
        for record in shown:
            painter.fillRect(QRect(area.left(), y + 1, _BAR, line - 2), kind_color(record.deadline.kind))
            painter.setPen(text_color)
            width = area.width() - _BAR - 3
            text = metrics.elidedText(record.contract_title, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(area.left() + _BAR + 3, y, width, line),
                             _LEFT, text)
            y += line
        if hidden:
            painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(QRect(area.left() + _BAR + 3, y, area.width() - _BAR - 3, line),
                             _LEFT,
                             hidden)
