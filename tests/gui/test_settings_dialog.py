"""The settings dialog: what it shows is what was saved, and what it saves is what the user chose."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from tests.gui.fake_deadlines import FakeService, english
from tracker.domain import CalendarSpec, Convention
from tracker.domain.records import Settings
from tracker.gui import autostart
from tracker.gui.settings_dialog import DATABASE_KEY, SettingsDialog, parse_lead_times

pytestmark = pytest.mark.usefixtures(english.__name__)
MAY_DAY = frozenset({date(2026, 5, 1)})


@pytest.fixture
def service() -> FakeService:
    svc = FakeService([])
    svc.saved = Settings(
        language="en",
        lead_times=(90, 30, 7),
        convention=Convention.LEGAL,
        calendar=CalendarSpec(country="JP", year_end_break=True, extra_holidays=MAY_DAY),
        live_ics_dir="/tmp/ics",
        ics_alarms=True,
    )
    return svc


@pytest.fixture
def dialog(qtbot, service) -> SettingsDialog:
    widget = SettingsDialog(service)
    qtbot.addWidget(widget)
    return widget


def test_the_dialog_shows_the_saved_settings(dialog):
    assert dialog.languageCombo.currentData() == "en"
    assert dialog.leadTimesEdit.text() == "90, 30, 7"
    assert dialog.conventionCombo.currentData() == "legal"
    assert dialog.countryCombo.currentText() == "Japan"
    assert dialog.yearEndCheck.isChecked()
    assert dialog.icsFolderEdit.text() == "/tmp/ics"
    assert dialog.alarmsCheck.isChecked()
    assert not dialog.reminderEventsCheck.isChecked()
    assert dialog.databaseEdit.text() == dialog._service.database_location()


def test_settings_round_trip(dialog, service):
    dialog.leadTimesEdit.setText("7, 60,30 , 7")
    dialog.conventionCombo.setCurrentIndex(dialog.conventionCombo.findData("simple"))
    dialog.countryCombo.setCurrentIndex(dialog.countryCombo.findData("US"))
    dialog.yearEndCheck.setChecked(False)
    dialog.alarmsCheck.setChecked(False)
    dialog.reminderEventsCheck.setChecked(True)
    dialog.icsClearButton.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert service.saved == Settings(
        language="en",
        lead_times=(60, 30, 7),
        convention=Convention.SIMPLE,
        calendar=CalendarSpec(country="US", year_end_break=False, extra_holidays=MAY_DAY),
        live_ics_dir=None,
        ics_alarms=False,
        ics_reminder_events=True,
    )
    reopened = SettingsDialog(service)
    assert reopened.leadTimesEdit.text() == "60, 30, 7"
    assert reopened.countryCombo.currentData() == "US"
    assert not reopened.alarmsCheck.isChecked()


def test_invalid_lead_times_cannot_be_saved(dialog, service):
    before = service.saved
    dialog.leadTimesEdit.setText("60, thirty")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.accept()
    assert service.saved == before
    assert dialog.isVisible() is False and dialog.result() == 0


def test_lead_times_parsing():
    assert parse_lead_times("60, 30, 14, 7, 1") == (60, 30, 14, 7, 1)
    assert parse_lead_times("1,7") == (7, 1)
    assert parse_lead_times("") == ()
    assert parse_lead_times("30 days") is None
    assert parse_lead_times("-1") is None


def test_start_at_login_writes_the_autostart_entry(tmp_path, monkeypatch, dialog, service):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    dialog.startAtLoginCheck.setChecked(True)
    dialog.accept()
    assert service.saved.start_at_login
    assert (tmp_path / "autostart" / "contract-deadline-tracker.desktop").exists()

    again = SettingsDialog(service)
    assert again.startAtLoginCheck.isChecked()
    again.startAtLoginCheck.setChecked(False)
    again.accept()
    assert not autostart.is_enabled()


def test_a_new_database_location_is_kept_for_the_next_start(tmp_path, monkeypatch, dialog):
    chosen = str(tmp_path / "team.sqlite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen, ""))
    dialog.databaseButton.click()
    assert dialog.databaseEdit.text() == chosen
    assert QSettings("ContractDeadlineTracker", "tracker").value(DATABASE_KEY) == chosen
    QSettings("ContractDeadlineTracker", "tracker").remove(DATABASE_KEY)


def test_choosing_another_language_emits_language_changed(qtbot, dialog, service):
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("ja"))
    with qtbot.waitSignal(dialog.languageChanged) as blocker:
        dialog.accept()
    assert blocker.args == ["ja"]
    assert service.saved.language == "ja"


def test_our_company_names_are_one_per_line_without_blanks_or_repeats(dialog, service):
    names = "North Pier Systems, Inc.\n\n  株式会社山手物流 \nNorth Pier Systems, Inc.\n"
    dialog.ownNamesEdit.setPlainText(names)
    dialog.accept()

    assert service.saved.own_names == ("North Pier Systems, Inc.", "株式会社山手物流")
    again = SettingsDialog(service)
    assert again.ownNamesEdit.toPlainText() == "North Pier Systems, Inc.\n株式会社山手物流"
    again.deleteLater()


def test_the_daily_digest_time_is_kept_in_the_qt_settings(dialog, service):
    from PySide6.QtCore import QTime

    from tracker.gui.names import APPLICATION, ORGANIZATION
    from tracker.gui.reminder_notifier import digest_time

    QSettings(ORGANIZATION, APPLICATION).clear()
    dialog.digestCheck.setChecked(True)
    dialog.digestTimeEdit.setTime(QTime(8, 45))
    dialog.accept()
    assert digest_time(QSettings(ORGANIZATION, APPLICATION)) == QTime(8, 45)
    again = SettingsDialog(service)
    assert again.digestCheck.isChecked() and again.digestTimeEdit.time() == QTime(8, 45)
    again.digestCheck.setChecked(False)
    again.accept()
    assert digest_time(QSettings(ORGANIZATION, APPLICATION)) is None


def test_the_target_sets_reminder_events_and_caldav_goes_to_settings_and_keyring(
    monkeypatch, dialog, service
):
    kept = []
    monkeypatch.setattr("tracker.gui.settings_dialog.store_password",
                        lambda url, user, password: kept.append((url, user, password)))
    dialog.targetCombo.setCurrentIndex(dialog.targetCombo.findData("google"))
    dialog.targetCombo.activated.emit(dialog.targetCombo.currentIndex())
    assert dialog.reminderEventsCheck.isChecked()  # Google ignores alarms
    assert dialog.targetCombo.currentText() == "Google Calendar (ignores alarms)"
    dialog.caldavUrlEdit.setText(" https://dav.example.com/cal/team/ ")
    dialog.caldavUserEdit.setText("alice")
    dialog.caldavPasswordEdit.setText("s3cret")
    dialog.accept()
    saved = service.saved
    assert (saved.ics_target, saved.ics_reminder_events) == ("google", True)
    assert (saved.caldav_url, saved.caldav_user) == ("https://dav.example.com/cal/team/", "alice")
    assert kept == [("https://dav.example.com/cal/team/", "alice", "s3cret")]
    assert "s3cret" not in repr(saved)
    assert SettingsDialog(service).caldavPasswordEdit.text() == ""
