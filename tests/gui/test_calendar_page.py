"""The calendar page on hand-built deadlines: dots by kind, the day's agenda, upcoming list, clause."""

import itertools
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextDocumentFragment
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QTableView, QToolTip

from tests.gui.fake_deadlines import FakeService, english, record, shown
from tracker.domain import DutyKind, ReminderState
from tracker.gui.calendar_page import CalendarPage
from tracker.gui.deadline_model import Column

RENEWAL_RED = QColor("#d32f2f")
PAYMENT_GREEN = QColor("#388e3c")
pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture
def service() -> FakeService:
    return FakeService(
        [
            record(1, date(2026, 11, 30), DutyKind.RENEWAL_NOTICE),
            record(2, date(2026, 11, 30), DutyKind.PAYMENT, title="保守契約"),
            record(3, date(2026, 12, 15), DutyKind.CURE),
            record(4, date(2026, 11, 10), DutyKind.RETURN, title="期限切れの契約"),
            record(5, date(2027, 3, 10), DutyKind.DATA_DELETION),
            record(6, date(2026, 11, 5), DutyKind.PAYMENT, state=ReminderState.DONE),
        ]
    )


@pytest.fixture
def page(qtbot, service) -> CalendarPage:
    return shown(qtbot, CalendarPage(service))


def _cell_pixels(page: CalendarPage, day: int) -> set[str]:
    """The colours painted in the grid cell of `day` in the month shown."""
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    cells = [
        model.index(row, column)
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
    ]
    numbers = [str(index.data()) for index in cells]
    index = cells[numbers.index("1") + day - 1]  # the month shown starts at the first "1"
    image = view.grab(view.visualRect(index)).toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_deadlines_appear_on_their_day_with_the_kind_colour(page):
    assert page.calendar.monthShown() == 11
    assert page.calendar.kindsOn(date(2026, 11, 30)) == (DutyKind.RENEWAL_NOTICE, DutyKind.PAYMENT)
    colours = _cell_pixels(page, 30)
    assert RENEWAL_RED.name() in colours
    assert PAYMENT_GREEN.name() in colours
    assert RENEWAL_RED.name() not in _cell_pixels(page, 29)


def test_selecting_a_day_lists_its_agenda(page):
    page.selectDate(date(2026, 11, 30))
    assert [r.id for r in page.agendaRecords()] == [1, 2]
    assert page.agendaModel.index(1, Column.CONTRACT).data() == "保守契約"
    assert page.agendaModel.index(0, Column.KIND).data() == "Renewal notice"
    page.selectDate(date(2026, 11, 29))
    assert page.agendaRecords() == []
    assert "No deadlines" in page.agendaLabel.text()


def test_upcoming_list_puts_overdue_first_in_red(page):
    model = page.upcomingModel
    assert [model.record(row).id for row in range(model.rowCount())] == [4, 1, 2, 3]
    overdue = model.index(0, Column.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert overdue.color().name() == "#c62828"
    assert model.index(0, Column.STATE).data() == "Overdue"
    assert model.index(1, Column.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 overdue" in page.upcomingLabel.text()


def test_switching_month_shows_the_new_months_deadlines(page):
    assert page.calendar.kindsOn(date(2027, 3, 10)) == ()
    page.showMonth(2027, 3)
    assert page.calendar.kindsOn(date(2027, 3, 10)) == (DutyKind.DATA_DELETION,)
    assert QColor("#1976d2").name() in _cell_pixels(page, 10)
    assert page.calendar.kindsOn(date(2026, 11, 30)) == ()
    page.selectDate(date(2027, 3, 10))
    assert [r.id for r in page.agendaRecords()] == [5]


def test_selected_deadline_shows_its_explanation_and_opens_its_clause(qtbot, page):
    page.selectDate(date(2026, 11, 30))
    page.agendaView.selectRow(1)
    assert page.detail.explanation.text() == "Why deadline 2 falls here"
    assert "期間満了日の30日前までに" in page.detail.clause.toPlainText()
    with qtbot.waitSignal(page.clauseRequested) as blocker:
        qtbot.mouseClick(page.detail.openButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [20, 200]


def test_double_clicking_an_upcoming_deadline_opens_its_clause(qtbot, page):
    view = page.upcomingView
    rect = view.visualRect(view.model().index(0, Column.CONTRACT))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.clauseRequested) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [40, 400]


def test_a_deadline_without_a_duty_opens_its_contract(qtbot, service):
    service.records = {9: record(9, date(2026, 11, 24), duty_id=-1)}
    widget = shown(qtbot, CalendarPage(service))
    widget.upcomingView.selectRow(0)
    with qtbot.waitSignal(widget.clauseRequested) as blocker:
        widget.detail.openButton.click()
    assert blocker.args == [90, -1]


def test_deadline_model_passes_the_model_tester(page):
    page.selectDate(date(2026, 11, 30))
    QAbstractItemModelTester(page.agendaModel, QAbstractItemModelTester.FailureReportingMode.Warning)
    QAbstractItemModelTester(page.upcomingModel, QAbstractItemModelTester.FailureReportingMode.Warning)
    page.refresh()
    page.selectDate(date(2026, 12, 15))
    page.agendaModel.retranslate()


def test_the_months_either_side_are_read_ahead_after_a_pause(qtbot, page, service):
    page.showMonth(2027, 2)
    qtbot.waitUntil(lambda: None not in (page.months.cached(2027, 3), page.months.cached(2027, 1)))
    reads = len(service.calls)
    page.showMonth(2027, 3)
    assert len(service.calls) == reads  # March came from the read-ahead
    assert page.calendar.kindsOn(date(2027, 3, 10)) == (DutyKind.DATA_DELETION,)


def test_refresh_shows_changed_deadlines(page, service):
    service.records[7] = record(7, date(2026, 11, 29), DutyKind.CONFIDENTIALITY)
    assert page.calendar.kindsOn(date(2026, 11, 29)) == ()
    page.refresh()
    assert page.calendar.kindsOn(date(2026, 11, 29)) == (DutyKind.CONFIDENTIALITY,)


def test_enter_on_an_agenda_row_opens_its_clause(qtbot, page):
    page.selectDate(date(2026, 11, 30))
    page.agendaView.setFocus()
    page.agendaView.setCurrentIndex(page.agendaModel.index(0, 0))
    with qtbot.waitSignal(page.clauseRequested) as blocker:
        qtbot.keyClick(page.agendaView, Qt.Key.Key_Return)
    assert blocker.args == [10, 100]


def test_today_button_goes_back_to_this_month(qtbot, page):
    page.showMonth(2027, 5)
    qtbot.mouseClick(page.todayButton, Qt.MouseButton.LeftButton)
    assert (page.calendar.yearShown(), page.calendar.monthShown()) == (2026, 11)
    assert page.calendar.selectedDate().toPython() == date(2026, 11, 22)


def test_mark_done_and_reopen_from_the_calendar(page, service):
    page.selectDate(date(2026, 11, 30))
    page.agendaView.selectRow(0)
    assert page.doneButton.text() == "Mark done"
    page.doneButton.click()
    assert service.records[1].state == ReminderState.DONE
    assert page.detail.record().state == ReminderState.DONE  # still shown, in its new state
    assert page.agendaModel.index(0, Column.STATE).data() == "Done"
    assert [r.id for r in page.upcomingModel.records()] == [4, 2, 3]
    assert page.doneButton.text() == "Reopen"
    page.doneButton.click()
    assert service.records[1].state == ReminderState.PENDING
    assert page.doneButton.text() == "Mark done"


@pytest.mark.parametrize("first_day", [Qt.DayOfWeek.Sunday, Qt.DayOfWeek.Monday])
def test_every_grid_cell_maps_to_its_day(page, first_day):
    page.calendar.setFirstDayOfWeek(first_day)
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    days = [
        page.calendar.dateAt(view.visualRect(model.index(row, column)).center())
        for row in range(1, model.rowCount())
        for column in range(model.columnCount())
    ]
    shown = [int(model.index(row, column).data()) for row in range(1, model.rowCount())
             for column in range(model.columnCount())]
    assert [d.day for d in days] == shown
    assert date(2026, 11, 1) in days and date(2026, 11, 30) in days
    assert all(b - a == timedelta(days=1) for a, b in itertools.pairwise(days))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip window
def test_hovering_a_day_lists_its_deadlines(qtbot, page):
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    centres = [view.visualRect(model.index(r, c)).center() for r in range(1, 7) for c in range(7)]
    cell = next(point for point in centres if page.calendar.dateAt(point) == date(2026, 11, 30))
    event = QHelpEvent(QEvent.Type.ToolTip, cell, view.viewport().mapToGlobal(cell))
    QApplication.sendEvent(view.viewport(), event)
    shown = QTextDocumentFragment.fromHtml(QToolTip.text()).toPlainText()  # rich text: titles escaped
    assert shown == "Renewal notice — クラウド会計サービス利用規約\nPayment — 保守契約"
    QToolTip.hideText()


def test_the_lists_say_how_far_away_each_deadline_is(page):
    model = page.upcomingModel
    assert [model.index(row, Column.DAYS).data() for row in range(model.rowCount())] == [
        "12 days ago",
        "in 8 days",
        "in 8 days",
        "in 23 days",
    ]
    page.selectDate(date(2026, 11, 30))
    assert page.agendaModel.index(0, Column.DAYS).data() == "in 8 days"
