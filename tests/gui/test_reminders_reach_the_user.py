"""Reminders reach the user without a tray: the desktop's notification service, the banner in the
window (on start and when something falls due), and a daily digest at the chosen time."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, QTime

from tests.gui.fake_deadlines import FakeService, english, record
from tracker.domain import DutyKind
from tracker.gui.desktop_notify import DesktopNotifier, notify_arguments
from tracker.gui.names import APPLICATION, ORGANIZATION
from tracker.gui.reminder_banner import ReminderBanner
from tracker.gui.reminder_notifier import ReminderNotifier, digest_time, set_digest_time
from tracker.gui.style import kind_label

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture(autouse=True)
def fresh_settings():
    QSettings(ORGANIZATION, APPLICATION).clear()
    yield
    QSettings(ORGANIZATION, APPLICATION).clear()


@pytest.fixture
def fake() -> FakeService:
    return FakeService(
        [
            record(1, date(2026, 12, 22), DutyKind.RENEWAL_NOTICE, reminders=(date(2026, 11, 22),)),
            record(2, date(2026, 12, 1), DutyKind.RETURN, title="保守契約", reminders=(date(2026, 11, 20),)),
        ]
    )


class Desktop(DesktopNotifier):
    """A notification service that is there and keeps what it was asked to show."""

    def __init__(self, available: bool = True) -> None:
        self.sent: list[list[str]] = []
        super().__init__(available=lambda: available, run=self._keep)

    def _keep(self, arguments: list[str]) -> bool:
        self.sent.append(arguments)
        return True

    def summaries(self) -> list[str]:
        return [arguments[-5] for arguments in self.sent]


def test_the_notification_call_names_the_freedesktop_service_and_quotes_the_text():
    arguments = notify_arguments('Reminder: "Return"', "保守契約\nline two")
    assert arguments[:8] == [
        "call", "--session", "--dest", "org.freedesktop.Notifications",
        "--object-path", "/org/freedesktop/Notifications",
        "--method", "org.freedesktop.Notifications.Notify",
    ]
    assert arguments[8:] == ['"Contract Deadline Tracker"', "0", '"appointment-soon"',
                             '"Reminder: \\"Return\\""', '"保守契約\\nline two"', "[]", "{}", "0"]


def test_without_a_notification_service_nothing_is_sent():
    sent: list[list[str]] = []
    desktop = DesktopNotifier(available=lambda: False, run=lambda a: bool(sent.append(a)) or True)
    assert not desktop.show("title", "body")
    assert sent == []


def test_without_a_tray_reminders_go_to_the_desktop_notification_service(fake):
    desktop = Desktop()
    notifier = ReminderNotifier(fake, desktop=desktop)
    assert notifier.notificationChannel() == "desktop"
    notifier.check(QTime(8, 0))
    assert desktop.summaries() == ['"2 reminders due"']
    renewal, back = kind_label(DutyKind.RENEWAL_NOTICE), kind_label(DutyKind.RETURN)
    assert f'"{back} — 保守契約\\n{renewal} — クラウド会計サービス利用規約"' in desktop.sent[0]

    assert notifier.check(QTime(8, 15)) == []
    assert len(desktop.sent) == 1  # each tier once
    assert ReminderNotifier(fake, desktop=Desktop(available=False)).notificationChannel() == ""


def test_the_daily_digest_comes_once_a_day_from_the_chosen_time(qtbot, fake):
    settings = QSettings(ORGANIZATION, APPLICATION)
    set_digest_time(settings, QTime(9, 30))
    assert digest_time(settings) == QTime(9, 30)
    desktop = Desktop()
    notifier = ReminderNotifier(fake, desktop=desktop)

    notifier.check(QTime(8, 0))
    assert desktop.summaries() == ['"2 reminders due"']  # the fresh ones, not yet the digest
    assert notifier.digestTimer.isActive()
    assert notifier.digestTimer.remainingTime() > 0

    with qtbot.waitSignal(notifier.digestAnnounced) as blocker:
        notifier.check(QTime(9, 30))
    assert blocker.args == [2]
    assert desktop.summaries()[-1] == '"Daily digest: 2 reminders due"'
    notifier.check(QTime(12, 0))
    assert len(desktop.sent) == 2  # once a day

    fake.clock = date(2026, 11, 23)
    notifier.check(QTime(9, 45))
    assert desktop.summaries()[-1] == '"Daily digest: 2 reminders due"' and len(desktop.sent) == 3


def test_no_digest_unless_a_time_is_chosen(fake):
    set_digest_time(QSettings(ORGANIZATION, APPLICATION), None)
    desktop = Desktop()
    notifier = ReminderNotifier(fake, desktop=desktop)
    notifier.check(QTime(23, 0))
    assert desktop.summaries() == ['"2 reminders due"']
    assert not notifier.digestTimer.isActive()


def test_the_banner_names_the_first_reminders_and_counts_the_rest(qtbot, fake):
    banner = ReminderBanner()
    qtbot.addWidget(banner)
    many = [record(i, date(2026, 12, i), DutyKind.PAYMENT, title=f"契約{i}") for i in range(1, 6)]
    banner.announce(many)
    assert not banner.isHidden()
    text = banner.text.text()
    assert text.startswith("<b>5 reminders due</b>: Payment — 契約1 (1 Dec 2026); ")
    assert text.endswith("Payment — 契約3 (3 Dec 2026); +2 more")
    with qtbot.waitSignal(banner.showRequested):
        banner.showButton.click()
    assert banner.isHidden()
    banner.announce([])
    assert banner.isHidden()


def test_the_window_shows_the_banner_on_start_and_when_reminders_fall_due(qtbot, main_window, service,
                                                                           contract_file):
    from tests.gui.fake_deadlines import contract_with_deadlines

    assert main_window.banner.isHidden()  # nothing due in an empty database
    contract_with_deadlines(service, contract_file)
    main_window.notifier.check()
    qtbot.waitUntil(lambda: not main_window.banner.isHidden())
    assert "3 reminders due" in main_window.banner.text.text()
    main_window.banner.showButton.click()
    assert main_window.tabs.currentWidget() is main_window.remindersPage

    from tracker.gui.main_window import MainWindow

    again = MainWindow(service)  # a new start: the banner says what is due, announced before or not
    qtbot.addWidget(again)
    assert not again.banner.isHidden()
    again.shutdown()
