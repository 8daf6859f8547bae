"""The calendar people read: titles in the month cells, holidays marked, the month in the language's
order, a week list, and filters by contract, kind and who acts."""

from datetime import date

import pytest
from PySide6.QtWidgets import QTableView

from tests.gui.fake_deadlines import FakeService, english, record, shown
from tracker.domain import DutyKind, Party
from tracker.gui.calendar_page import CalendarPage
from tracker.gui.i18n import install_translator
from tracker.gui.month_grid import CLOSED_TINT
from tracker.gui.style import kind_color

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture
def fake() -> FakeService:
    service = FakeService(
        [
            record(1, date(2026, 11, 30), DutyKind.RENEWAL_NOTICE),
            record(2, date(2026, 11, 30), DutyKind.PAYMENT, title="保守契約"),
            record(3, date(2026, 11, 30), DutyKind.RETURN, title="複合機リース"),
            record(4, date(2026, 11, 25), DutyKind.CURE, title="保守契約"),
            record(5, date(2026, 12, 15), DutyKind.PAYMENT, title="保守契約"),
        ]
    )
    service.closed = {
        date(2026, 11, 3): ("祝日 (文化の日)", "a holiday (Culture Day)"),
        date(2026, 11, 23): ("祝日 (勤労感謝の日)", "a holiday (Labor Thanksgiving Day)"),
    }
    return service


@pytest.fixture
def page(qtbot, fake) -> CalendarPage:
    return shown(qtbot, CalendarPage(fake), 1600, 1000)


def _cell_colours(page: CalendarPage, day: date) -> set[str]:
    view = page.calendar.findChild(QTableView, "qt_calendar_calendarview")
    model = view.model()
    for row in range(1, model.rowCount()):
        for column in range(model.columnCount()):
            rect = view.visualRect(model.index(row, column))
            if page.calendar.dateAt(rect.center()) == day:
                image = view.grab(rect).toImage()
                width, height = image.width(), image.height()
                return {image.pixelColor(x, y).name() for x in range(width) for y in range(height)}
    raise AssertionError(f"{day} not in the grid")


def test_the_month_header_reads_in_the_languages_order(qtbot, qapp, page):
    assert page.monthLabel.text() == "November 2026"
    page.nextButton.click()
    assert page.monthLabel.text() == "December 2026"
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: page.monthLabel.text() == "2026年12月")


def test_cells_name_their_deadlines_and_count_the_rest(page):
    grid = page.calendar
    records = grid.recordsOn(date(2026, 11, 30))
    assert [r.contract_title for r in records] == ["クラウド会計サービス利用規約", "保守契約", "複合機リース"]
    assert grid.titlesOn(records, 3) == (records, "")
    assert grid.titlesOn(records, 2) == (records[:1], "+2 more")
    assert kind_color(DutyKind.PAYMENT).name() in _cell_colours(page, date(2026, 11, 30))  # the kind's bar


def test_holidays_are_tinted_and_named(qtbot, qapp, page):
    grid = page.calendar
    assert grid.closedReason(date(2026, 11, 3)) == "a holiday (Culture Day)"
    assert grid.closedReason(date(2026, 11, 4)) is None
    assert CLOSED_TINT.name() in _cell_colours(page, date(2026, 11, 23))
    assert CLOSED_TINT.name() not in _cell_colours(page, date(2026, 11, 24))
    assert grid.tipFor(date(2026, 11, 3)) == "a holiday (Culture Day)"
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: grid.closedReason(date(2026, 11, 3)) == "祝日 (文化の日)")


def test_the_week_list_shows_the_selected_days_week(page):
    page.selectDate(date(2026, 11, 26))
    page.showWeek()
    assert [r.id for r in page.weekModel.records()] == [4]  # Sunday 22 – Saturday 28 Nov
    assert page.weekLabel.text() == "Week of 22 Nov 2026 – 28 Nov 2026: 1 deadline"
    page.nextButton.click()  # a week on, in the week view
    assert page.calendar.selectedDate().toPython() == date(2026, 12, 3)
    assert [r.id for r in page.weekModel.records()] == [1, 2, 3]


def test_filters_by_contract_kind_and_who_acts(page, fake):
    grid = page.calendar
    filters = page.filters
    assert filters.contractCombo.findText("複合機リース") > 0
    filters.setKind(DutyKind.PAYMENT)
    assert grid.kindsOn(date(2026, 11, 30)) == (DutyKind.PAYMENT,)
    assert [r.id for r in page.upcomingModel.records()] == [2, 5]
    filters.setKind(None)
    filters.setContract(40)
    assert grid.kindsOn(date(2026, 11, 30)) == ()
    assert grid.kindsOn(date(2026, 11, 25)) == (DutyKind.CURE,)
    page.selectDate(date(2026, 11, 30))
    assert page.agendaRecords() == []
    filters.setContract(None)
    filters.setParty(Party.PROVIDER)  # every test deadline is the customer's
    assert page.upcomingModel.rowCount() == 0 and filters.isActive()
    filters.setParty(None)
    assert page.upcomingModel.rowCount() == 5 and not filters.isActive()


def test_the_side_list_gives_the_contract_name_room_at_1024(qtbot, fake):
    from tracker.gui.deadline_model import Column

    page = shown(qtbot, CalendarPage(fake), 1024, 600)
    view = page.upcomingView
    assert view.isColumnHidden(Column.OBLIGOR) and view.isColumnHidden(Column.STATE)
    assert view.columnWidth(Column.CONTRACT) >= 100
