"""The reminders page and the notifier on hand-built deadlines with a frozen clock (2026-11-22)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from tests.gui.fake_deadlines import FakeService, english, record, shown
from tracker.domain import DutyKind, ReminderState
from tracker.gui.deadline_model import Column
from tracker.gui.reminder_notifier import CHECK_INTERVAL_MS, ReminderNotifier
from tracker.gui.reminders import RemindersPage

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture
def service() -> FakeService:
    return FakeService(
        [
            record(1, date(2026, 12, 22), DutyKind.RENEWAL_NOTICE, reminders=(date(2026, 11, 22),)),
            record(2, date(2026, 12, 1), DutyKind.RETURN, title="保守契約", reminders=(date(2026, 11, 20),)),
            record(3, date(2027, 3, 1), DutyKind.PAYMENT, reminders=(date(2027, 1, 30),)),
        ]
    )


@pytest.fixture
def page(qtbot, service) -> RemindersPage:
    return shown(qtbot, RemindersPage(service))


def _ids(page: RemindersPage) -> list[int]:
    return [r.id for r in page.model.records()]


def test_due_reminders_are_listed_with_their_count(qtbot, page):
    assert _ids(page) == [2, 1]
    assert page.model.index(0, Column.CONTRACT).data() == "保守契約"
    assert page.heading.text() == "2 reminders due"
    with qtbot.waitSignal(page.dueCountChanged) as blocker:
        page.refresh()
    assert blocker.args == [2]


def test_actions_need_a_selected_reminder(page):
    assert not page.doneButton.isEnabled()
    page.view.selectRow(0)
    assert page.doneButton.isEnabled()
    assert page.detail.explanation.text() == "Why deadline 2 falls here"


def test_snooze_one_day_hides_the_reminder_until_tomorrow(qtbot, page, service):
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Warning)
    page.view.selectRow(1)
    with qtbot.waitSignal(page.dueCountChanged) as blocker:
        qtbot.mouseClick(page.snoozeDayButton, Qt.MouseButton.LeftButton)
    assert blocker.args == [1]
    assert _ids(page) == [2]
    assert service.records[1].snoozed_until == date(2026, 11, 23)

    service.clock = date(2026, 11, 23)
    page.refresh()
    assert _ids(page) == [2, 1]
    assert page.model.index(1, Column.STATE).data() == "Snoozed until 23 Nov 2026"


def test_snooze_one_week(page, service):
    page.view.selectRow(0)
    page.snoozeWeekButton.click()
    assert service.records[2].snoozed_until == date(2026, 11, 29)
    assert _ids(page) == [1]


def test_dismiss_and_mark_done_remove_the_reminder(page, service):
    page.view.selectRow(0)
    page.dismissButton.click()
    assert service.records[2].state == ReminderState.DISMISSED
    page.view.selectRow(0)
    page.doneButton.click()
    assert service.records[1].state == ReminderState.DONE
    assert _ids(page) == []
    assert page.heading.text() == "No reminders due. Everything is on track."


def test_open_clause_from_a_reminder(qtbot, page):
    page.view.selectRow(1)
    with qtbot.waitSignal(page.clauseRequested) as blocker:
        page.detail.openButton.click()
    assert blocker.args == [10, 100]


def test_notifier_checks_at_start_and_every_fifteen_minutes(qtbot, service):
    notifier = ReminderNotifier(service)
    with qtbot.waitSignal(notifier.remindersAnnounced) as blocker:
        pass
    assert blocker.args == [2]
    assert notifier.timer.interval() == CHECK_INTERVAL_MS == 15 * 60 * 1000
    assert notifier.timer.isActive()


def test_notifier_announces_each_reminder_tier_once(service):
    notifier = ReminderNotifier(service)
    assert [r.id for r in notifier.check()] == [2, 1]
    assert notifier.check() == []
    # A second notifier (the application restarted) does not repeat them.
    assert ReminderNotifier(service).check() == []

    service.records[3] = record(3, date(2026, 12, 10), DutyKind.PAYMENT, reminders=(date(2026, 11, 22),))
    assert [r.id for r in notifier.check()] == [3]

    # The next day brings nothing new, until a deadline reaches its next tier.
    service.clock = date(2026, 11, 23)
    assert notifier.check() == []
    service.records[1] = record(1, date(2026, 12, 22), reminders=(date(2026, 11, 22), date(2026, 11, 23)))
    assert [r.id for r in notifier.check()] == [1]


def test_a_snoozed_reminder_is_announced_again_when_the_snooze_ends(service):
    notifier = ReminderNotifier(service)
    assert [r.id for r in notifier.check()] == [2, 1]
    service.snooze(1, date(2026, 11, 24))
    assert notifier.check() == []
    service.clock = date(2026, 11, 24)
    assert [r.id for r in notifier.check()] == [1]
    assert notifier.check() == []


def test_without_a_system_tray_closing_the_window_quits(service):
    notifier = ReminderNotifier(service)
    assert not notifier.trayAvailable()  # the offscreen platform has no tray
    assert not notifier.keepsRunningOnClose()
    assert not notifier.announceKeptRunning()
