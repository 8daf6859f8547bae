"""The settings dialog: our own company names, language, default reminder lead times, counting
convention, business calendar, database location, calendar export (the calendar application it is
for, a CalDAV calendar to sync with) and start at login. Saved through
TrackerService.save_settings; the CalDAV password goes to the OS keyring, never to the database.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QEvent, QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.records import Settings
from tracker.domain.schedule import CalendarSpec, Convention
from tracker.export import IcalOptions, Target
from tracker.gui import autostart
from tracker.gui.i18n import install_translator
from tracker.gui.names import APPLICATION, DATABASE_KEY, ORGANIZATION
from tracker.gui.reminder_notifier import digest_time, set_digest_time
from tracker.services.caldav_sync import SyncError, store_password
from tracker.services.exports import ics_target, reminder_events_on

COUNTRIES: tuple[str, ...] = ("JP", "US", "GB", "DE", "FR", "CN", "KR", "SG", "AU", "IN")
_LEAD_TIMES = re.compile(r"^\s*(\d{1,4}\s*(,\s*\d{1,4}\s*)*)?$")


class SettingsService(Protocol):
    def settings(self) -> Settings: ...
    def save_settings(self, settings: Settings) -> None: ...
    def database_location(self) -> str: ...


def parse_lead_times(text: str) -> tuple[int, ...] | None:
    """ "60, 30, 7" -> (60, 30, 7), longest first, without repeats; None when the text is not a list."""
    if not _LEAD_TIMES.match(text):
        return None
    days = {int(part) for part in text.split(",") if part.strip()}
    return tuple(sorted(days, reverse=True))


def format_lead_times(days: tuple[int, ...]) -> str:
    return ", ".join(str(d) for d in days)


class SettingsDialog(QDialog):
    languageChanged = Signal(str)

    def __init__(self, service: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._saved = service.settings()
        self._qsettings = QSettings(ORGANIZATION, APPLICATION)

        self.ownNamesEdit = QPlainTextEdit()
        self.ownNamesEdit.setTabChangesFocus(True)
        self.ownNamesEdit.setFixedHeight(self.ownNamesEdit.fontMetrics().lineSpacing() * 4)
        self.ownNamesHint = QLabel()
        self.ownNamesHint.setWordWrap(True)
        self.ownGroup = QGroupBox()
        own_layout = QVBoxLayout(self.ownGroup)
        own_layout.addWidget(self.ownNamesEdit)
        own_layout.addWidget(self.ownNamesHint)

        self.languageCombo = QComboBox()
        self.leadTimesEdit = QLineEdit()
        self.leadTimesHint = QLabel()
        self.conventionCombo = QComboBox()
        self.countryCombo = QComboBox()
        self.yearEndCheck = QCheckBox()
        self.startAtLoginCheck = QCheckBox()
        self.digestCheck = QCheckBox()
        self.digestTimeEdit = QTimeEdit()
        self.digestTimeEdit.setDisplayFormat("HH:mm")
        self.digestCheck.toggled.connect(self.digestTimeEdit.setEnabled)
        digest_row = QHBoxLayout()
        digest_row.addWidget(self.digestCheck)
        digest_row.addWidget(self.digestTimeEdit)
        digest_row.addStretch(1)
        general = QFormLayout()
        self.languageLabel, self.leadTimesLabel = QLabel(), QLabel()
        self.conventionLabel, self.countryLabel = QLabel(), QLabel()
        general.addRow(self.languageLabel, self.languageCombo)
        general.addRow(self.leadTimesLabel, self.leadTimesEdit)
        general.addRow("", self.leadTimesHint)
        general.addRow(self.conventionLabel, self.conventionCombo)
        general.addRow(self.countryLabel, self.countryCombo)
        general.addRow("", self.yearEndCheck)
        general.addRow("", self.startAtLoginCheck)
        general.addRow("", digest_row)
        self.generalGroup = QGroupBox()
        self.generalGroup.setLayout(general)

        pending = str(self._qsettings.value(DATABASE_KEY, "", str))
        self.databaseEdit = QLineEdit(pending or service.database_location())
        self.databaseEdit.setReadOnly(True)
        self.databaseButton = QPushButton()
        self.databaseButton.clicked.connect(self._chooseDatabase)
        self.databaseNote = QLabel()
        self.databaseNote.setWordWrap(True)
        database_row = QHBoxLayout()
        database_row.addWidget(self.databaseEdit, 1)
        database_row.addWidget(self.databaseButton)
        self.databaseGroup = QGroupBox()
        database_layout = QVBoxLayout(self.databaseGroup)
        database_layout.addLayout(database_row)
        database_layout.addWidget(self.databaseNote)

        self.icsFolderEdit = QLineEdit()
        self.icsFolderEdit.setReadOnly(True)
        self.icsFolderButton = QPushButton()
        self.icsFolderButton.clicked.connect(self._chooseIcsFolder)
        self.icsClearButton = QPushButton()
        self.icsClearButton.clicked.connect(self.icsFolderEdit.clear)
        ics_row = QHBoxLayout()
        ics_row.addWidget(self.icsFolderEdit, 1)
        ics_row.addWidget(self.icsFolderButton)
        ics_row.addWidget(self.icsClearButton)
        self.alarmsCheck = QCheckBox()
        self.reminderEventsCheck = QCheckBox()
        self.targetCombo = QComboBox()
        for target in Target:
            self.targetCombo.addItem("", target.value)
        # a target that ignores alarms (Google) or keeps one (Outlook) needs the reminder events
        self.targetCombo.activated.connect(self._targetChosen)
        self.icsGroup = QGroupBox()
        self.icsFolderLabel = QLabel()
        self.targetLabel = QLabel()
        ics_layout = QFormLayout(self.icsGroup)
        ics_layout.addRow(self.icsFolderLabel, ics_row)
        ics_layout.addRow(self.targetLabel, self.targetCombo)
        ics_layout.addRow("", self.alarmsCheck)
        ics_layout.addRow("", self.reminderEventsCheck)

        self.caldavUrlEdit = QLineEdit()
        self.caldavUrlEdit.setPlaceholderText("https://")
        self.caldavUserEdit = QLineEdit()
        self.caldavPasswordEdit = QLineEdit()
        self.caldavPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.caldavGroup = QGroupBox()
        self.caldavUrlLabel, self.caldavUserLabel, self.caldavPasswordLabel = QLabel(), QLabel(), QLabel()
        self.caldavNote = QLabel()
        self.caldavNote.setWordWrap(True)
        caldav_layout = QFormLayout(self.caldavGroup)
        caldav_layout.addRow(self.caldavUrlLabel, self.caldavUrlEdit)
        caldav_layout.addRow(self.caldavUserLabel, self.caldavUserEdit)
        caldav_layout.addRow(self.caldavPasswordLabel, self.caldavPasswordEdit)
        caldav_layout.addRow(self.caldavNote)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.leadTimesEdit.textChanged.connect(self._validate)

        layout = QVBoxLayout(self)
        for group in (self.ownGroup, self.generalGroup, self.databaseGroup, self.icsGroup, self.caldavGroup):
            layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self._load(self._saved)

    def _load(self, settings: Settings) -> None:
        self.ownNamesEdit.setPlainText("\n".join(settings.own_names))
        self.languageCombo.setCurrentIndex(max(0, self.languageCombo.findData(settings.language or "")))
        self.leadTimesEdit.setText(format_lead_times(settings.lead_times))
        self.conventionCombo.setCurrentIndex(max(0, self.conventionCombo.findData(settings.convention.value)))
        self.countryCombo.setCurrentIndex(max(0, self.countryCombo.findData(settings.calendar.country)))
        self.yearEndCheck.setChecked(settings.calendar.year_end_break)
        # The login entry itself is the truth: the user may have removed it outside the tracker.
        self.startAtLoginCheck.setChecked(autostart.is_enabled())
        self.icsFolderEdit.setText(settings.live_ics_dir or "")
        self.alarmsCheck.setChecked(settings.ics_alarms)
        self.reminderEventsCheck.setChecked(reminder_events_on(settings))
        self.targetCombo.setCurrentIndex(max(0, self.targetCombo.findData(ics_target(settings).value)))
        self.caldavUrlEdit.setText(settings.caldav_url or "")
        self.caldavUserEdit.setText(settings.caldav_user or "")
        digest = digest_time(self._qsettings)
        self.digestCheck.setChecked(digest is not None)
        self.digestTimeEdit.setEnabled(digest is not None)
        self.digestTimeEdit.setTime(digest or QTime(9, 0))

    def chosenSettings(self) -> Settings:
        """The settings as the form shows them (lead times unchanged while the text is invalid)."""
        lead_times = parse_lead_times(self.leadTimesEdit.text())
        calendar = CalendarSpec(
            country=str(self.countryCombo.currentData()),
            year_end_break=self.yearEndCheck.isChecked(),
            extra_holidays=self._saved.calendar.extra_holidays,
        )
        own_names = tuple(dict.fromkeys(
            line.strip() for line in self.ownNamesEdit.toPlainText().splitlines() if line.strip()))
        return replace(
            self._saved,
            own_names=own_names,
            language=str(self.languageCombo.currentData()) or None,
            lead_times=self._saved.lead_times if lead_times is None else lead_times,
            convention=Convention(str(self.conventionCombo.currentData())),
            calendar=calendar,
            start_at_login=self.startAtLoginCheck.isChecked(),
            live_ics_dir=self.icsFolderEdit.text() or None,
            ics_alarms=self.alarmsCheck.isChecked(),
            ics_reminder_events=self.reminderEventsCheck.isChecked(),
            ics_target=str(self.targetCombo.currentData()),
            caldav_url=self.caldavUrlEdit.text().strip() or None,
            caldav_user=self.caldavUserEdit.text().strip() or None,
        )

    def accept(self) -> None:
        if parse_lead_times(self.leadTimesEdit.text()) is None:
            self.leadTimesEdit.setFocus()
            return
        chosen = self.chosenSettings()
        password = self.caldavPasswordEdit.text()
        if password and chosen.caldav_url:  # an empty field keeps the password kept before
            try:
                store_password(chosen.caldav_url, chosen.caldav_user, password)
            except SyncError as exc:
                QMessageBox.warning(self, self.tr("CalDAV password"), str(exc))
                return
        self._service.save_settings(chosen)
        set_digest_time(self._qsettings, self.digestTimeEdit.time() if self.digestCheck.isChecked() else None)
        if chosen.start_at_login != autostart.is_enabled():
            autostart.set_enabled(chosen.start_at_login)
        super().accept()
        if chosen.language != self._saved.language:
            app = QApplication.instance()
            if app is not None:
                install_translator(app, chosen.language)
            self.languageChanged.emit(chosen.language or "")
        self._saved = chosen

    def _targetChosen(self) -> None:
        target = Target(str(self.targetCombo.currentData()))
        self.reminderEventsCheck.setChecked(IcalOptions(target=target).with_reminder_events)

    def _validate(self, text: str) -> None:
        valid = parse_lead_times(text) is not None
        self.leadTimesEdit.setStyleSheet("" if valid else "QLineEdit { background: #ffebee; }")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    def _chooseDatabase(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            self.databaseEdit.text(),
            self.tr("SQLite database (*.sqlite *.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.databaseEdit.setText(path)
            self._qsettings.setValue(DATABASE_KEY, path)

    def _chooseIcsFolder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the live calendar file"))
        if folder:
            self.icsFolderEdit.setText(folder)

    def retranslateUi(self) -> None:
        chosen = (
            self.languageCombo.currentData(),
            self.conventionCombo.currentData(),
            self.countryCombo.currentData(),
        )
        self.setWindowTitle(self.tr("Settings"))
        self.ownGroup.setTitle(self.tr("Our company"))
        self.ownNamesEdit.setPlaceholderText(self.tr("Our company's names, one per line"))
        self.ownNamesHint.setText(self.tr(
            "On import, the party with one of these names is us: it sets our role (customer or "
            "provider), and the other party becomes the counterparty."))
        self.generalGroup.setTitle(self.tr("General"))
        self.languageLabel.setText(self.tr("Language:"))
        self.languageCombo.clear()
        self.languageCombo.addItem(self.tr("System default"), "")
        self.languageCombo.addItem("日本語", "ja")
        self.languageCombo.addItem("English", "en")
        self.leadTimesLabel.setText(self.tr("Remind me (days before):"))
        self.leadTimesEdit.setPlaceholderText("60, 30, 14, 7, 1")
        self.leadTimesHint.setText(self.tr("Days before each deadline, separated by commas."))
        self.conventionLabel.setText(self.tr("Counting backwards:"))
        self.conventionCombo.clear()
        self.conventionCombo.addItem(self.tr("Clear days (Civil Code)"), Convention.LEGAL.value)
        self.conventionCombo.addItem(self.tr("Simple subtraction"), Convention.SIMPLE.value)
        self.countryLabel.setText(self.tr("Business days:"))
        self.countryCombo.clear()
        for code in COUNTRIES:
            self.countryCombo.addItem(self._countryName(code), code)
        self.yearEndCheck.setText(self.tr("Year-end break (December 29 – January 3) is not a business day"))
        self.startAtLoginCheck.setText(self.tr("Start at login, minimized to the tray"))
        self.digestCheck.setText(self.tr("Daily digest of due reminders at"))
        self.databaseGroup.setTitle(self.tr("Database"))
        self.databaseButton.setText(self.tr("Change…"))
        self.databaseNote.setText(self.tr("A new location takes effect when the tracker is restarted."))
        self.icsGroup.setTitle(self.tr("Calendar export"))
        self.icsFolderLabel.setText(self.tr("Live .ics folder:"))
        self.icsFolderButton.setText(self.tr("Choose…"))
        self.icsClearButton.setText(self.tr("Clear"))
        self.alarmsCheck.setText(self.tr("Include alarms in calendar files"))
        self.reminderEventsCheck.setText(self.tr("Also write reminders as separate all-day events"))
        self.targetLabel.setText(self.tr("Calendar application:"))
        names = {Target.APPLE: self.tr("Apple Calendar"), Target.THUNDERBIRD: self.tr("Thunderbird"),
                 Target.OUTLOOK: self.tr("Outlook (keeps one alarm per event)"),
                 Target.GOOGLE: self.tr("Google Calendar (ignores alarms)")}
        for index in range(self.targetCombo.count()):
            self.targetCombo.setItemText(index, names[Target(str(self.targetCombo.itemData(index)))])
        self.caldavGroup.setTitle(self.tr("CalDAV calendar (tracker sync)"))
        self.caldavUrlLabel.setText(self.tr("Calendar URL:"))
        self.caldavUserLabel.setText(self.tr("User name:"))
        self.caldavPasswordLabel.setText(self.tr("Password:"))
        self.caldavPasswordEdit.setPlaceholderText(self.tr("kept in the system keyring; empty: unchanged"))
        self.caldavNote.setText(self.tr("Each member's tracker pushes its own deadlines to this calendar "
                                        "and removes only what it sent."))
        for combo, data in zip(
            (self.languageCombo, self.conventionCombo, self.countryCombo), chosen, strict=True
        ):
            if data is not None:
                combo.setCurrentIndex(max(0, combo.findData(data)))

    def _countryName(self, code: str) -> str:
        return {
            "JP": self.tr("Japan"),
            "US": self.tr("United States"),
            "GB": self.tr("United Kingdom"),
            "DE": self.tr("Germany"),
            "FR": self.tr("France"),
            "CN": self.tr("China"),
            "KR": self.tr("South Korea"),
            "SG": self.tr("Singapore"),
            "AU": self.tr("Australia"),
            "IN": self.tr("India"),
        }[code]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
