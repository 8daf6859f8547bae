"""Switching the language at run time retranslates what is on screen, from the compiled .qm files."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.fake_deadlines import FakeService, english, record, shown
from tracker.domain import DutyKind
from tracker.gui.calendar_page import CalendarPage
from tracker.gui.deadline_model import Column
from tracker.gui.formatting import ui_language
from tracker.gui.i18n import install_translator
from tracker.gui.reminders import RemindersPage
from tracker.gui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures(english.__name__)


@pytest.fixture
def fake() -> FakeService:
    due = record(1, date(2026, 11, 30), DutyKind.RENEWAL_NOTICE, reminders=(date(2026, 11, 1),))
    return FakeService([due])


def test_english_to_japanese_retranslates_the_visible_texts(qtbot, qapp, fake):
    calendar = shown(qtbot, CalendarPage(fake))
    reminders = shown(qtbot, RemindersPage(fake))
    calendar.selectDate(date(2026, 11, 30))
    calendar.agendaView.selectRow(0)
    header = calendar.agendaModel.headerData(Column.DUE, Qt.Orientation.Horizontal)
    assert (header, calendar.detail.openButton.text()) == ("Due", "Open clause")
    assert calendar.agendaLabel.text() == "1 deadline on 30 Nov 2026"
    assert reminders.heading.text() == "1 reminder due"

    # Qt posts the LanguageChange events to the windows: they arrive when the event loop runs.
    with qtbot.waitSignal(calendar.agendaModel.headerDataChanged):
        assert install_translator(qapp, "ja") == "ja"

    assert ui_language() == "ja"
    assert calendar.agendaModel.headerData(Column.DUE, Qt.Orientation.Horizontal) == "期限"
    assert calendar.detail.openButton.text() == "条項を開く"
    assert calendar.detail.explanation.text() == "期限1の説明"
    assert calendar.agendaModel.index(0, Column.KIND).data() == "更新拒絶の通知期限"
    assert calendar.agendaLabel.text() == "2026/11/30 の期限: 1 件"
    assert reminders.snoozeDayButton.text() == "2026/11/23 まで延期"
    assert reminders.heading.text() == "リマインダー 1 件"

    install_translator(qapp, "en")
    qtbot.waitUntil(lambda: calendar.detail.openButton.text() == "Open clause")
    assert calendar.detail.explanation.text() == "Why deadline 1 falls here"


def test_the_settings_dialog_switches_the_language(qtbot, qapp, fake):
    reminders = shown(qtbot, RemindersPage(fake))
    dialog = SettingsDialog(fake)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Settings"
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("ja"))
    dialog.accept()
    assert fake.saved.language == "ja"
    qtbot.waitUntil(lambda: dialog.windowTitle() == "設定")
    assert dialog.languageCombo.currentData() == "ja"  # the choice survives the retranslation
    assert reminders.doneButton.text() == "完了にする"


def test_the_main_windows_tabs_and_menus_switch_to_japanese(qtbot, qapp, main_window):
    tabs = main_window.tabs
    menus = [action.text() for action in main_window.menuBar().actions()]
    assert tabs.tabText(1) == "C&alendar"
    assert menus[0] == "&File"
    install_translator(qapp, "ja")
    qtbot.waitUntil(lambda: tabs.tabText(1) == "カレンダー(&A)")
    assert main_window.menuBar().actions()[0].text() == "ファイル(&F)"
    assert main_window.calendarPage.todayButton.text() == "今日"
