"""The calendar page: the month grid (titles in the cells, holidays marked) with the selected day's
agenda, or the week's deadlines as a list; the upcoming list (next 90 days, overdue first in red);
filters by contract, kind and who acts over all of them. Every deadline opens its clause.
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
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.contract import ReminderState
from tracker.domain.records import DeadlineRecord
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.deadline_filters import DeadlineFilters
from tracker.gui.deadline_model import DEADLINE_ROLE, Column, DeadlineModel, deadline_view
from tracker.gui.formatting import format_date, from_qdate, to_qdate, ui_language
from tracker.gui.month_cache import MonthCache, month_range, neighbours
from tracker.gui.month_grid import MonthGrid, month_title

UPCOMING_DAYS = 90
_MAX_DOTS = 4


class CalendarService(Protocol):
    """The part of TrackerService this page reads."""

    def today(self) -> date: ...
    def upcoming(self, days: int = 90, *, today: date | None = None) -> list[DeadlineRecord]: ...
    def deadlines_between(self, first: date, last: date) -> list[DeadlineRecord]: ...
    def closed_days(self, first: date, last: date) -> dict[date, tuple[str, str]]: ...
    def mark_done(self, deadline_id: int) -> None: ...
    def reopen(self, deadline_id: int) -> None: ...


class CalendarPage(QWidget):
    clauseRequested = Signal(int, int)

    def __init__(self, service: CalendarService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._today = service.today()
        self.months = MonthCache(service, self)
        self.months.monthArrived.connect(self._monthArrived)
        self._closed: dict[tuple[int, int], dict[date, tuple[str, str]]] = {}
        self._upcoming: list[DeadlineRecord] = []
        self._agendaDay = QDate()  # the day the agenda lists

        self.calendar = MonthGrid()
        self.agendaLabel = QLabel()
        self.agendaModel = DeadlineModel(self)
        self.agendaView = deadline_view(self.agendaModel)
        self.weekLabel = QLabel()
        self.weekModel = DeadlineModel(self)
        self.weekView = deadline_view(self.weekModel)
        self.upcomingLabel = QLabel()
        self.upcomingModel = DeadlineModel(self)
        self.upcomingView = deadline_view(self.upcomingModel)
        # the narrow side list leaves who acts and the state to the detail below (red: overdue,
        # italics: proposed), so that the contract's name keeps its room
        for column in (Column.OBLIGOR, Column.STATE):
            self.upcomingView.setColumnHidden(column, True)
        self.detail = DeadlineDetail()
        self.detail.clauseRequested.connect(self.clauseRequested)
        self.doneButton = QPushButton()
        self.doneButton.clicked.connect(self.toggleDone)
        self.detail.addButton(self.doneButton)
        self.filters = DeadlineFilters()
        self.filters.changed.connect(self._filtersChanged)

        self.previousButton = QToolButton()
        self.previousButton.setArrowType(Qt.ArrowType.LeftArrow)
        self.previousButton.clicked.connect(lambda: self._step(-1))
        self.nextButton = QToolButton()
        self.nextButton.setArrowType(Qt.ArrowType.RightArrow)
        self.nextButton.clicked.connect(lambda: self._step(1))
        self.monthLabel = QLabel()
        title_font = self.monthLabel.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.monthLabel.setFont(title_font)
        self.todayButton = QPushButton()
        self.todayButton.clicked.connect(self.goToToday)
        header = QHBoxLayout()
        header.addWidget(self.previousButton)
        header.addWidget(self.monthLabel)
        header.addWidget(self.nextButton)
        header.addStretch(1)
        header.addWidget(self.todayButton)

        month_page = QWidget()
        month_layout = QVBoxLayout(month_page)
        month_layout.setContentsMargins(0, 0, 0, 0)
        month_layout.addWidget(self.calendar, 3)
        month_layout.addWidget(self.agendaLabel)
        month_layout.addWidget(self.agendaView, 1)
        week_page = QWidget()
        week_layout = QVBoxLayout(week_page)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.weekLabel)
        week_layout.addWidget(self.weekView, 1)
        self.views = QTabWidget()
        self.views.addTab(month_page, "")
        self.views.addTab(week_page, "")
        self.views.currentChanged.connect(lambda _index: self._showPeriod())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(header)
        left_layout.addWidget(self.views, 1)
        upcoming = QWidget()
        upcoming_layout = QVBoxLayout(upcoming)
        upcoming_layout.setContentsMargins(0, 0, 0, 0)
        upcoming_layout.addWidget(self.upcomingLabel)
        upcoming_layout.addWidget(self.upcomingView, 1)
        right = QSplitter(Qt.Orientation.Vertical)  # the list keeps its rows in a low window
        right.addWidget(upcoming)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)  # the month grid needs the room for its titles
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self.calendar.currentPageChanged.connect(self._loadPage)
        self.calendar.selectionChanged.connect(self._showPeriod)
        for view in (self.agendaView, self.weekView, self.upcomingView):
            view.selectionModel().selectionChanged.connect(self._selectionFor(view))
            view.activated.connect(self._openIndex)  # double click, or Enter

        self.retranslateUi()
        self.refresh()
        self.calendar.setSelectedDate(to_qdate(self._today))

    def refresh(self) -> None:
        """Re-read today's date, the upcoming list and the month shown."""
        shown = self.detail.record()
        self.months.clear()
        self._closed.clear()
        self._agendaDay = QDate()  # read again
        self._today = self._service.today()
        self._upcoming = self._service.upcoming(UPCOMING_DAYS, today=self._today)
        self.filters.offer(self._upcoming)
        self.upcomingModel.setRecords(self.filters.apply(self._upcoming), self._today)
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
        for view in (self.agendaView, self.weekView, self.upcomingView):
            model = view.model()
            assert isinstance(model, DeadlineModel)
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

    def showWeek(self) -> None:
        self.views.setCurrentIndex(1)

    def selectDate(self, day: date) -> None:
        self.calendar.setSelectedDate(to_qdate(day))

    def agendaRecords(self) -> list[DeadlineRecord]:
        return self.agendaModel.records()

    def _step(self, direction: int) -> None:
        """The arrows page a month in the month view, a week in the week view."""
        if self.views.currentIndex() == 1:
            self.selectDate(from_qdate(self.calendar.selectedDate()) + timedelta(days=7 * direction))
            self.calendar.showSelectedDate()
        elif direction > 0:
            self.calendar.showNextMonth()
        else:
            self.calendar.showPreviousMonth()

    def _loadPage(self, year: int, month: int) -> None:
        self.months.month(year, month)
        self.monthLabel.setText(month_title(year, month))
        self._mark()
        if self._agendaDay != self.calendar.selectedDate():  # paging alone leaves the day's agenda as is
            self._showPeriod()

    def _closedIn(self, year: int, month: int) -> dict[date, tuple[str, str]]:
        key = (year, month)
        if key not in self._closed:
            self._closed[key] = self._service.closed_days(*month_range(year, month))
        return self._closed[key]

    def _mark(self) -> None:
        """The titles of each day's deadlines (those the filters let through) and the closed days, also
        on the grey days of the months either side once those months have been read ahead."""
        shown = (self.calendar.yearShown(), self.calendar.monthShown())
        days: dict[date, list[DeadlineRecord]] = {}
        closed: dict[date, str] = {}
        language = ui_language()
        for key in (*neighbours(*shown), shown):
            for day, records in (self.months.cached(*key) or {}).items():
                self.filters.offer(records)
                kept = self.filters.apply(records)
                if kept:
                    days[day] = kept
            for day, (ja, en) in self._closedIn(*key).items():
                closed[day] = ja if language == "ja" else en
        self.calendar.setDays(days, closed)

    def _monthArrived(self, year: int, month: int) -> None:
        if (year, month) in neighbours(self.calendar.yearShown(), self.calendar.monthShown()):
            self._mark()

    def _filtersChanged(self) -> None:
        self.upcomingModel.setRecords(self.filters.apply(self._upcoming), self._today)
        self._updateUpcomingLabel()
        self._mark()
        self._showPeriod()

    def _showPeriod(self) -> None:
        """The selected day's agenda, and in the week view the selected day's week."""
        self._agendaDay = self.calendar.selectedDate()
        day = from_qdate(self._agendaDay)
        month = self.months.cached(day.year, day.month)
        records = month.get(day, []) if month is not None else self._service.deadlines_between(day, day)
        self.agendaModel.setRecords(self.filters.apply(records), self._today)
        self._updateAgendaLabel()
        if self.views.currentIndex() == 1:
            first, last = self._week(day)
            self.weekModel.setRecords(self.filters.apply(self._service.deadlines_between(first, last)),
                                      self._today)
            self._updateWeekLabel()

    def _week(self, day: date) -> tuple[date, date]:
        """The week holding `day`, from the grid's first day of the week."""
        start = (day.isoweekday() - self.calendar.firstDayOfWeek().value) % 7
        first = day - timedelta(days=start)
        return first, first + timedelta(days=6)

    def _selectionFor(self, view: QTableView):
        def selected(current: QItemSelection, _previous: QItemSelection) -> None:
            indexes = current.indexes()
            if indexes:
                self.detail.setRecord(indexes[0].data(DEADLINE_ROLE))
                self._updateDoneButton()
                for other in (self.agendaView, self.weekView, self.upcomingView):
                    if other is not view:
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

    def _updateWeekLabel(self) -> None:
        first, last = self._week(from_qdate(self.calendar.selectedDate()))
        self.weekLabel.setText(self.tr("Week of %1 – %2: %n deadline(s)", "", self.weekModel.rowCount())
                               .replace("%1", format_date(first)).replace("%2", format_date(last)))

    def _updateUpcomingLabel(self) -> None:
        overdue = sum(r.is_overdue(self._today) for r in self.upcomingModel.records())
        text = self.tr("Next %1 days").replace("%1", str(UPCOMING_DAYS))
        if overdue:
            text += " — " + self.tr("%n overdue", "", overdue)
        self.upcomingLabel.setText(text)

    def retranslateUi(self) -> None:
        self.calendar.setLocale(QLocale())
        self.todayButton.setText(self.tr("Today"))
        self.previousButton.setToolTip(self.tr("Previous"))
        self.nextButton.setToolTip(self.tr("Next"))
        self.views.setTabText(0, self.tr("Month"))
        self.views.setTabText(1, self.tr("Week"))
        self._updateDoneButton()
        self.todayButton.setToolTip(self.tr("Show today's month and its deadlines"))
        for model in (self.agendaModel, self.weekModel, self.upcomingModel):
            model.retranslate()
        self.monthLabel.setText(month_title(self.calendar.yearShown(), self.calendar.monthShown()))
        self._mark()  # the holiday names in the new language
        self._updateAgendaLabel()
        self._updateWeekLabel()
        self._updateUpcomingLabel()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
