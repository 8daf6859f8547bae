"""Reminders that cannot be lost: snooze says until when, every action can be undone, an overdue
renewal cutoff is dismissed only after a question, and snoozed or dismissed ones can be listed."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.fake_deadlines import FakeService, english, record, shown
from tracker.domain import DutyKind, ReminderState
from tracker.gui import reminders as reminders_module
from tracker.gui.reminders import RemindersPage, Show
from tracker.gui.style import kind_label

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture
def fake() -> FakeService:
    return FakeService(
        [
            record(1, date(2026, 11, 13), DutyKind.RENEWAL_NOTICE, reminders=(date(2026, 10, 14),)),
            record(2, date(2026, 12, 1), DutyKind.RETURN, title="保守契約", reminders=(date(2026, 11, 20),)),
            record(3, date(2026, 11, 10), DutyKind.PAYMENT, reminders=(date(2026, 11, 1),)),
        ]
    )


@pytest.fixture
def page(qtbot, fake) -> RemindersPage:
    return shown(qtbot, RemindersPage(fake))


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """Answers the dismissal question with the next queued answer and records that it was asked."""
    asked: list[str] = []

    def question(_parent, title, _text, *_args):
        asked.append(title)
        return QMessageBox.StandardButton.Yes if len(asked) > 1 else QMessageBox.StandardButton.No

    monkeypatch.setattr(reminders_module.QMessageBox, "question", question)
    return asked


def _select(page: RemindersPage, deadline_id: int) -> None:
    assert page.selectDeadline(deadline_id)


def test_snooze_buttons_say_until_when(page):
    assert page.snoozeDayButton.text() == "Snooze until 23 Nov 2026"
    assert page.snoozeWeekButton.text() == "Snooze until 29 Nov 2026"


def test_snooze_dismiss_and_done_can_be_undone_and_redone(page, fake):
    _select(page, 2)
    page.snoozeWeekButton.click()
    _select(page, 3)
    page.doneButton.click()
    assert (fake.records[2].state, fake.records[3].state) == (ReminderState.SNOOZED, ReminderState.DONE)
    payment = kind_label(DutyKind.PAYMENT)
    assert page.undoStack.undoText() == f"Mark done: {payment} — クラウド会計サービス利用規約"

    page.undoStack.undo()
    assert fake.records[3].state == ReminderState.PENDING
    page.undoStack.undo()
    assert (fake.records[2].state, fake.records[2].snoozed_until) == (ReminderState.PENDING, None)
    assert [r.id for r in page.model.records()] == [3, 1, 2]

    page.undoStack.redo()
    assert (fake.records[2].state, fake.records[2].snoozed_until) == (
        ReminderState.SNOOZED, date(2026, 11, 29))


def test_undo_of_a_snooze_ended_restores_the_earlier_snooze(page, fake):
    fake.snooze(2, date(2026, 11, 22))  # a snooze that ends today: due again
    page.refresh()
    _select(page, 2)
    page.doneButton.click()
    page.undoStack.undo()
    assert (fake.records[2].state, fake.records[2].snoozed_until) == (
        ReminderState.SNOOZED, date(2026, 11, 22))


def test_dismissing_an_overdue_renewal_cutoff_asks_first(page, fake, answers):
    _select(page, 1)
    page.dismissButton.click()  # answered No
    assert answers == ["Dismiss an overdue deadline?"]
    assert fake.records[1].state == ReminderState.PENDING

    page.dismissButton.click()  # answered Yes
    assert fake.records[1].state == ReminderState.DISMISSED
    page.undoStack.undo()
    assert fake.records[1].state == ReminderState.PENDING


def test_other_kinds_and_cutoffs_still_to_come_are_dismissed_without_a_question(page, fake, answers):
    _select(page, 3)  # an overdue payment
    page.dismissButton.click()
    fake.records[4] = record(4, date(2026, 12, 20), DutyKind.TERMINATION_NOTICE,
                                reminders=(date(2026, 11, 20),))
    page.refresh()
    _select(page, 4)
    page.dismissButton.click()
    assert answers == []
    assert fake.records[3].state == fake.records[4].state == ReminderState.DISMISSED


def test_snoozed_and_dismissed_reminders_have_their_own_lists(page, fake):
    fake.snooze(2, date(2026, 12, 1))
    fake.dismiss(3)
    page.refresh()
    assert page.showCombo.itemText(0) == "Due"
    assert [r.id for r in page.model.records()] == [1]

    page.setShowing(Show.SNOOZED)
    assert [r.id for r in page.model.records()] == [2]
    assert page.heading.text() == "1 snoozed reminder"
    assert page.model.index(0, 5).data() == "Snoozed until 1 Dec 2026"
    assert page.reopenButton.isVisible()

    page.setShowing(Show.DISMISSED)
    assert [r.id for r in page.model.records()] == [3]
    assert not page.dismissButton.isVisible()
    _select(page, 3)
    page.reopenButton.click()
    assert page.heading.text() == "No dismissed deadlines."
    assert fake.records[3].state == ReminderState.PENDING
    page.undoStack.undo()
    assert fake.records[3].state == ReminderState.DISMISSED


def test_selecting_a_deadline_from_elsewhere_goes_back_to_the_due_list(page):
    page.setShowing(Show.DISMISSED)
    assert page.selectDeadline(2)
    assert page.showing() is Show.DUE


def test_edit_undo_in_the_window_brings_a_dismissed_reminder_back(qtbot, main_window, service, contract_file):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    from tests.gui.fake_deadlines import contract_with_deadlines

    contract_with_deadlines(service, contract_file)
    main_window.refresh()
    main_window.showReminders()
    page = main_window.remindersPage
    kinds = [r.deadline.kind for r in page.model.records()]
    page.view.selectRow(kinds.index(DutyKind.RETURN))
    page.dismissButton.click()
    assert DutyKind.RETURN not in [r.deadline.kind for r in page.model.records()]

    undo = main_window.undoAction
    assert undo in main_window.mainActions.editMenu.actions()
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo) == QKeySequence("Ctrl+Z")
    assert undo.isEnabled() and undo.text().startswith("Undo Dismiss: Return or destroy — ")
    qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert DutyKind.RETURN in [r.deadline.kind for r in page.model.records()]
    assert not undo.isEnabled()
