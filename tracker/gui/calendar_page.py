"""The calendar page: a month view with a coloured dot per kind of deadline, the selected day's agenda,
and the upcoming list (next 90 days, overdue first in red); every deadline opens its clause.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contract import ReminderState
from tracker.domain.duty import DutyKind
from tracker.domain.records import DeadlineRecord
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.deadline_model import DEADLINE_ROLE, DeadlineModel, deadline_view
from tracker.gui.formatting import format_date, from_qdate, to_qdate
from tracker.gui.month_cache import MonthCache, neighbours
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_color, kind_label

UPCOMING_DAYS = 90
_MAX_DOTS = 4


class CalendarService(Protocol):
    """The part of TrackerService this page reads."""

    def today(self) -> date: ...
    def upcoming(self, days: int = 90, *, today: date | None = None) -> list[DeadlineRecord]: ...
    def deadlines_between(self, first: date, last: date) -> list[DeadlineRecord]: ...
    def mark_done(self, deadline_id: int) -> None: ...
    def reopen(self, deadline_id: int) -> None: ...


class DeadlineCalendar(QCalendarWidget):
    """A month grid that paints one dot per kind of deadline falling on a day (at most four)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kinds: dict[date, tuple[DutyKind, ...]] = {}
        self._tips: dict[date, str] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        view = self.findChild(QTableView, "qt_calendar_calendarview")  # Qt's own grid inside the widget
        assert view is not None
        self._view = view
        view.viewport().installEventFilter(self)

    def setMarks(self, kinds: dict[date, tuple[DutyKind, ...]], tips: dict[date, str]) -> None:
        """The kinds to paint as dots, and the tooltip text of each day with deadlines."""
        self._kinds = kinds
        self._tips = tips
        self.updateCells()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hovering a day shows its deadlines."""
        if watched is self._view.viewport() and isinstance(event, QHelpEvent):
            day = self.dateAt(event.pos())
            tip = self._tips.get(day) if day is not None else None
            if tip:
                QToolTip.showText(event.globalPos(), tip, self._view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def kindsOn(self, day: date) -> tuple[DutyKind, ...]:
        return self._kinds.get(day, ())

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        super().paintCell(painter, rect, qdate)
        kinds = self._kinds.get(from_qdate(qdate))
        if not kinds:
            return
        size = max(5, min(9, rect.height() // 5))
        gap = size // 2
        shown = kinds[:_MAX_DOTS]
        width = len(shown) * size + (len(shown) - 1) * gap
        x = rect.center().x() - width // 2
        y = rect.bottom() - size - 3
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 1.0))  # a ring keeps the dot visible on the selected day
        for kind in shown:
            painter.setBrush(kind_color(kind))
            painter.drawEllipse(QRect(QPoint(x, y), QPoint(x + size - 1, y + size - 1)))
            x += size + gap
        painter.restore()


class CalendarPage(QWidget):
    clauseRequested = Signal(int, int)

    def __init__(self, service: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._today = service.today()
        self.months = MonthCache(service, self)
        self.months.monthArrived.connect(self._monthArrived)

        self.calendar = DeadlineCalendar()
        self.agendaLabel = QLabel()
        self.agendaModel = DeadlineModel(self)
        self.agendaView = deadline_view(self.agendaModel)
        self.upcomingLabel = QLabel()
        self.upcomingModel = DeadlineModel(self)
        self.upcomingView = deadline_view(self.upcomingModel)
        self.detail = DeadlineDetail()
        self.detail.clauseRequested.connect(self.clauseRequested)
        self.doneButton = QPushButton()
        self.doneButton.clicked.connect(self.toggleDone)
        self.detail.addButton(self.doneButton)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.todayButton = QPushButton()
        self.todayButton.clicked.connect(self.goToToday)
        today_row = QHBoxLayout()
        today_row.addStretch(1)
        today_row.addWidget(self.todayButton)
        left_layout.addLayout(today_row)
        left_layout.addWidget(self.calendar, 3)
        left_layout.addWidget(self.agendaLabel)
        left_layout.addWidget(self.agendaView, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.upcomingLabel)
        right_layout.addWidget(self.upcomingView, 1)
        right_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.calendar.currentPageChanged.connect(self._loadPage)
        self.calendar.selectionChanged.connect(self._showAgenda)
        for view in (self.agendaView, self.upcomingView):
            view.selectionModel().selectionChanged.connect(self._selectionFor(view))
            view.activated.connect(self._openIndex)  # double click, or Enter

        self.retranslateUi()
        self.refresh()
        self.calendar.setSelectedDate(to_qdate(self._today))

    def refresh(self) -> None:
        """Re-read today's date, the upcoming list and the month shown."""
        shown = self.detail.record()
        self.months.clear()
        self._today = self._service.today()
        self.upcomingModel.setRecords(self._service.upcoming(UPCOMING_DAYS, today=self._today), self._today)
        self._loadPage(self.calendar.yearShown(), self.calendar.monthShown())
        self._updateUpcomingLabel()
        if shown is not None:
            self._reselect(shown.id)

    def toggleDone(self) -> None:
        """Mark the selected deadline done, or open it again if it was done or dismissed."""
        record = self.detail.record()
        if record is None:
            return
        if record.state in (ReminderState.DONE, ReminderState.DISMISSED):
            self._service.reopen(record.id)
        else:
            self._service.mark_done(record.id)
        self.refresh()

    def _reselect(self, deadline_id: int) -> None:
        """After a refresh, show the same deadline again (now in its new state)."""
        for view, model in ((self.agendaView, self.agendaModel), (self.upcomingView, self.upcomingModel)):
            rows = [r.id for r in model.records()]
            if deadline_id in rows:
                view.selectRow(rows.index(deadline_id))
                return
        self.detail.setRecord(None)
        self._updateDoneButton()

    def _updateDoneButton(self) -> None:
        record = self.detail.record()
        self.doneButton.setEnabled(record is not None)
        closed = record is not None and record.state in (ReminderState.DONE, ReminderState.DISMISSED)
        self.doneButton.setText(self.tr("Reopen") if closed else self.tr("Mark done"))

    def goToToday(self) -> None:
        self.calendar.setSelectedDate(to_qdate(self._today))
        self.calendar.showSelectedDate()

    def showMonth(self, year: int, month: int) -> None:
        self.calendar.setCurrentPage(year, month)

    def selectDate(self, day: date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))

    def agendaRecords(self) -> list[DeadlineRecord]:
        return self.agendaModel.records()

    def _loadPage(self, year: int, month: int) -> None:
        self.months.month(year, month)
        self._mark()
        self._showAgenda()

    def _mark(self) -> None:
        """One dot per kind and day, in the order the day's deadlines come, and a tooltip listing them;
        the grey days of the months either side are marked too once those months have been read ahead."""
        shown = (self.calendar.yearShown(), self.calendar.monthShown())
        kinds: dict[date, tuple[DutyKind, ...]] = {}
        tips: dict[date, str] = {}
        for key in (*neighbours(*shown), shown):
            for day, records in (self.months.cached(*key) or {}).items():
                kinds[day] = tuple(dict.fromkeys(r.deadline.kind for r in records))
                tips[day] = as_rich_text("\n".join(f"{kind_label(r.deadline.kind)} — {r.contract_title}"
                                                     for r in records))
        self.calendar.setMarks(kinds, tips)

    def _monthArrived(self, year: int, month: int) -> None:
        if (year, month) in neighbours(self.calendar.yearShown(), self.calendar.monthShown()):
            self._mark()

    def _showAgenda(self) -> None:
        day = from_qdate(self.calendar.selectedDate())
        month = self.months.cached(day.year, day.month)
        records = month.get(day, []) if month is not None else self._service.deadlines_between(day, day)
        self.agendaModel.setRecords(records, self._today)
        self._updateAgendaLabel()

    def _selectionFor(self, view: QTableView):
        def selected(current: QItemSelection, _previous: QItemSelection) -> None:
            indexes = current.indexes()
            if indexes:
                self.detail.setRecord(indexes[0].data(DEADLINE_ROLE))
                self._updateDoneButton()
                other = self.upcomingView if view is self.agendaView else self.agendaView
                other.clearSelection()

        return selected

    def _openIndex(self, index: QModelIndex) -> None:
        self.detail.setRecord(index.data(DEADLINE_ROLE))
        self.detail.openClause()

    def _updateAgendaLabel(self) -> None:
        day = format_date(from_qdate(self.calendar.selectedDate()))
        count = self.agendaModel.rowCount()
        if count:
            self.agendaLabel.setText(self.tr("Deadlines on %1: %n", "", count).replace("%1", day))
        else:
            self.agendaLabel.setText(self.tr("No deadlines on %1").replace("%1", day))

    def _updateUpcomingLabel(self) -> None:
        overdue = sum(r.is_overdue(self._today) for r in self.upcomingModel.records())
        text = self.tr("Next %1 days").replace("%1", str(UPCOMING_DAYS))
        if overdue:
            text += " — " + self.tr("%n overdue", "", overdue)
        self.upcomingLabel.setText(text)

    def retranslateUi(self) -> None:
        self.calendar.setLocale(QLocale())
        self.todayButton.setText(self.tr("Today"))
        self._updateDoneButton()
        self.todayButton.setToolTip(self.tr("Show today's month and its deadlines"))
        self.agendaModel.retranslate()
        self.upcomingModel.retranslate()
        self._updateAgendaLabel()
        self._updateUpcomingLabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
