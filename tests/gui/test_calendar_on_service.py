"""The calendar and reminders pages on the real TrackerService (temp SQLite, today 2026-11-22)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.fake_deadlines import contract_with_deadlines, english, shown
from tracker.domain import DutyKind
from tracker.gui.calendar_page import CalendarPage
from tracker.gui.deadline_model import Column
from tracker.gui.reminders import RemindersPage

pytestmark = pytest.mark.usefixtures(english.__name__)


def test_calendar_shows_the_services_deadlines(qtbot, service, contract_file):
    contract_id = contract_with_deadlines(service, contract_file)
    page = shown(qtbot, CalendarPage(service))
    assert page.calendar.kindsOn(date(2026, 11, 30)) == (DutyKind.RENEWAL_NOTICE,)
    assert page.calendar.kindsOn(date(2026, 11, 13)) == (DutyKind.RETURN,)

    upcoming = page.upcomingModel
    assert [upcoming.index(row, Column.DUE).data() for row in range(upcoming.rowCount())] == [
        "13 Nov 2026",
        "30 Nov 2026",
        "31 Dec 2026",
    ]
    assert upcoming.index(0, Column.DUE).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"

    page.selectDate(date(2026, 11, 30))
    page.agendaView.selectRow(0)
    assert page.detail.explanation.text().startswith("30 days before the expiry date 2026-12-31")
    with qtbot.waitSignal(page.clauseRequested) as blocker:
        page.detail.openButton.click()
    duties = service.contract(contract_id).duties
    renewal = next(d for d in duties if d.duty.kind == DutyKind.RENEWAL_NOTICE and d.extracted is None)
    assert blocker.args == [contract_id, renewal.id]


def test_reminders_snooze_and_done_on_the_service(qtbot, tmp_path, contract_file):
    from tracker.services.app import TrackerService

    today = [date(2026, 11, 22)]
    service = TrackerService.open(str(tmp_path / "clock.sqlite"), clock=lambda: today[0])
    try:
        contract_with_deadlines(service, contract_file)
        page = shown(qtbot, RemindersPage(service))

        def due_kinds() -> list[DutyKind]:
            return [r.deadline.kind for r in page.model.records()]

        assert due_kinds() == [DutyKind.RETURN, DutyKind.RENEWAL_NOTICE, DutyKind.TERM]
        page.view.selectRow(1)
        page.snoozeDayButton.click()
        assert due_kinds() == [DutyKind.RETURN, DutyKind.TERM]

        today[0] = date(2026, 11, 23)
        page.refresh()
        assert due_kinds() == [DutyKind.RETURN, DutyKind.RENEWAL_NOTICE, DutyKind.TERM]

        page.view.selectRow(0)
        page.doneButton.click()
        page.view.selectRow(1)
        page.dismissButton.click()
        assert due_kinds() == [DutyKind.RENEWAL_NOTICE]
    finally:
        service.close()
