"""The whole day's workflow through the widgets and the real service and extractor:
import → review and confirm a duty → set the contract's dates → the deadline in the calendar and the
upcoming list → open its clause from there → mark it done.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tracker.domain import DutyKind, ReminderState, ReviewState
from tracker.gui.deadline_model import DEADLINE_ROLE, Column


def _renewal_row(view) -> int:
    model = view.dutyModel
    return next(r for r in range(model.rowCount()) if model.duty(r).duty.kind is DutyKind.RENEWAL_NOTICE)


def test_import_review_schedule_and_finish_a_renewal_notice(
    qtbot, main_window, service, contract_file, monkeypatch
):
    window = main_window
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(contract_file)], ""))
    with qtbot.waitSignal(window.importer.finished, timeout=20000):
        window.mainActions.importFiles.trigger()

    # the contract appears in the list; Enter opens it
    page = window.contractsPage
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "サービス利用契約書"
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    view = window.contractView
    assert window.contractsStack.currentWidget() is view

    # the extracted renewal cutoff waits for review; confirming it is one click
    row = _renewal_row(view)
    assert view.dutyModel.index(row, 0).data() == "To review"
    assert view.dutyModel.index(row, 3).data() == "30 days before"
    view.dutyTable.selectRow(row)
    renewal_id = view.selectedDutyId()
    view.dutyButtons[0].click()
    assert view.dutyModel.index(_renewal_row(view), 0).data() == "Confirmed"
    assert next(d for d in service.contract(view.contractId()).duties if d.id == renewal_id).state is (
        ReviewState.CONFIRMED
    )

    # the contract's dates in the facts form: start on 2026-01-01 for one year
    facts = view.facts
    facts.start.setValue(date(2026, 1, 1), date(2026, 11, 22))
    facts.initialTerm.amount.setValue(1)
    facts.initialTerm.unit.setCurrentIndex(facts.initialTerm.unit.findData("year"))
    view.saveFactsButton.click()
    model = view.deadlines.model
    due = {
        model.index(r, Column.DUE).data()
        for r in range(model.rowCount())
        if model.index(r, Column.KIND).data() == "Renewal notice"
    }
    assert "30 Nov 2026" in due

    # the calendar marks November 30 and lists it among the next 90 days
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    calendar = window.calendarPage
    assert window.tabs.currentWidget() is calendar
    assert DutyKind.RENEWAL_NOTICE in calendar.calendar.kindsOn(date(2026, 11, 30))
    upcoming = [calendar.upcomingModel.record(r) for r in range(calendar.upcomingModel.rowCount())]
    cutoff = next(r for r in upcoming if r.deadline.kind is DutyKind.RENEWAL_NOTICE)
    assert cutoff.deadline.due == date(2026, 11, 30)
    assert calendar.upcomingModel.index(upcoming.index(cutoff), Column.DUE).data() == "30 Nov 2026"

    # "Open clause" from the calendar leads back to the clause in the contract view
    calendar.upcomingView.selectRow(upcoming.index(cutoff))
    assert calendar.detail.record() == calendar.upcomingModel.index(upcoming.index(cutoff), 0).data(
        DEADLINE_ROLE
    )
    calendar.detail.openButton.click()
    assert window.tabs.currentWidget() is window.contractsStack
    assert window.contractsStack.currentWidget() is view
    assert view.selectedDutyId() == renewal_id
    renewal = next(d for d in service.contract(view.contractId()).duties if d.id == renewal_id)
    assert "30日前" in renewal.duty.span.text
    assert view.document.text.textCursor().position() == renewal.duty.span.start

    # its reminders (from 60 days ahead) are due on November 22; marking it done ends them
    reminders = window.remindersPage.model
    qtbot.waitUntil(lambda: cutoff.id in [reminders.record(r).id for r in range(reminders.rowCount())])
    due_before = reminders.rowCount()
    assert window.dueButton.text() == f"Reminders due: {due_before}"
    view.tabs.setCurrentIndex(1)
    row = next(r for r in range(model.rowCount()) if model.record(r).id == cutoff.id)
    view.deadlines.table.selectRow(row)
    view.deadlines.doneButton.click()
    assert next(r for r in service.contract(view.contractId()).deadlines if r.id == cutoff.id).state is (
        ReminderState.DONE
    )
    qtbot.waitUntil(lambda: reminders.rowCount() == due_before - 1)
    assert cutoff.id not in [reminders.record(r).id for r in range(reminders.rowCount())]
