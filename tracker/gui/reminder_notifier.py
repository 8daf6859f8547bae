"""The notifier: checks for due reminders at start and every 15 minutes and announces each one that
fell due from the tray icon, or without a tray through the desktop's notification service; the daily
digest at the time chosen in Settings (kept in QSettings).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from tracker.domain.records import DeadlineRecord, Settings
from tracker.gui.desktop_notify import DesktopNotifier
from tracker.gui.names import APPLICATION, ORGANIZATION
from tracker.gui.style import kind_label

CHECK_INTERVAL_MS = 15 * 60 * 1000
DIGEST_KEY = "reminders/digestTime"  # QSettings: "HH:mm", empty for no daily digest
LAST_DIGEST_KEY = "reminders/lastDigest"  # the ISO day the digest was last announced


class ReminderService(Protocol):
    """The part of TrackerService the notifier uses."""

    def today(self) -> date: ...
    def database_location(self) -> str: ...
    def due_reminders(self, today: date | None = None) -> list[DeadlineRecord]: ...
    def settings(self) -> Settings: ...


def announcement_key(record: DeadlineRecord, today: date) -> str:
    """Names one falling due: the deadline and the latest of its reminder tiers (or the end of its
    snooze) reached by today. Each tier is announced once; a deadline left pending is not repeated
    every day, but comes again at its next tier.
    """
    reached = [d for d in (*record.deadline.reminders, record.snoozed_until) if d is not None and d <= today]
    return f"{record.id}|{max(reached, default=today).isoformat()}"


def digest_time(settings: QSettings) -> QTime | None:
    """The time of day chosen for the daily digest, or None when there is to be none."""
    chosen = QTime.fromString(str(settings.value(DIGEST_KEY, "", str)), "HH:mm")
    return chosen if chosen.isValid() else None


def set_digest_time(settings: QSettings, time: QTime | None) -> None:
    settings.setValue(DIGEST_KEY, time.toString("HH:mm") if time is not None else "")


class ReminderNotifier(QObject):
    """Checks for due reminders at start and every 15 minutes; each reminder tier is announced once,
    and once a day, at the chosen time, all that are due are announced again together (the digest).

    Announcements go to the tray icon where the platform has a system tray, else to the desktop's
    notification service; the window's banner shows them in either case. The bookkeeping of what
    was announced works without either (and is what the tests check).
    """

    showWindowRequested = Signal()
    quitRequested = Signal()
    remindersAnnounced = Signal(int)  # how many reminders were newly announced
    digestAnnounced = Signal(int)  # how many reminders the daily digest listed
    dueCountChanged = Signal(int)

    def __init__(
        self, service: ReminderService, parent: QObject | None = None, desktop: DesktopNotifier | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = QSettings(ORGANIZATION, APPLICATION)
        self._desktop = desktop or DesktopNotifier()
        self._tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self.due: list[DeadlineRecord] = []  # as of the last check
        self._showAction = QAction(self)
        self._quitAction = QAction(self)
        self._showAction.triggered.connect(self.showWindowRequested)
        self._quitAction.triggered.connect(self.quitRequested)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._createTray()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.digestTimer = QTimer(self)  # wakes at the digest time, between two regular checks
        self.digestTimer.setSingleShot(True)
        self.digestTimer.timeout.connect(self.check)
        QTimer.singleShot(0, self, self.check)
        self.retranslate()

    def _createTray(self) -> None:
        self._menu = QMenu()
        self._menu.aboutToShow.connect(self.retranslate)  # a QObject gets no LanguageChange event
        self._menu.addAction(self._showAction)
        self._menu.addSeparator()
        self._menu.addAction(self._quitAction)
        tray = QSystemTrayIcon(tray_icon(), self)
        tray.setContextMenu(self._menu)
        tray.activated.connect(self._activated)
        tray.messageClicked.connect(self.showWindowRequested)
        tray.show()
        self._tray = tray

    def trayAvailable(self) -> bool:
        return self._tray is not None

    def keepsRunningOnClose(self) -> bool:
        """Closing the window leaves the tray running when there is one and reminders are on."""
        return self._tray is not None and bool(self._service.settings().lead_times)

    def announceKeptRunning(self) -> bool:
        """Say, the first time only, that closing the window left the tracker running in the tray."""
        if self._tray is None or self._settings.value("reminders/closeNoticeShown", False, bool):
            return False
        self._settings.setValue("reminders/closeNoticeShown", True)
        self._tray.showMessage(
            self.tr("Contract Deadline Tracker keeps running"),
            self.tr("Reminders still arrive here. Choose Quit from the tray icon's menu to end it."),
        )
        return True

    def check(self, now: QTime | None = None) -> list[DeadlineRecord]:
        """Announce the reminders that fell due since the last check, and the daily digest when its
        time has come (`now`: the time of day, the clock's by default); returns those just announced.
        """
        today = self._service.today()
        due = self._service.due_reminders(today)
        self.due = due
        keys = {announcement_key(r, today): r for r in due}
        announced = self._announced()
        fresh = [r for key, r in keys.items() if key not in announced]
        # Only what is still due is kept: a reminder done, dismissed or snoozed leaves the list.
        self._remember(set(keys))
        if fresh:
            self._notify(fresh)
            self.remindersAnnounced.emit(len(fresh))
        self.dueCountChanged.emit(len(due))
        if self._tray is not None:
            self._tray.setToolTip(self._tooltip(len(due)))
        self._digest(due, today, now or QTime.currentTime())
        return fresh

    def _digest(self, due: list[DeadlineRecord], today: date, now: QTime) -> None:
        """Once a day, from the chosen time on, everything due in one announcement."""
        chosen = digest_time(self._settings)
        self.digestTimer.stop()
        if chosen is None:
            return
        if now < chosen:
            self.digestTimer.start(now.msecsTo(chosen))
            return
        if self._settings.value(LAST_DIGEST_KEY, "", str) == today.isoformat():
            return
        self._settings.setValue(LAST_DIGEST_KEY, today.isoformat())
        if due:
            self._notify(due, self.tr("Daily digest: %n reminder(s) due", "", len(due)))
            self.digestAnnounced.emit(len(due))

    def _announced(self) -> set[str]:
        """What was announced for this database (switching to another database starts afresh)."""
        try:
            state = json.loads(str(self._settings.value("reminders/announced", "{}")))
        except ValueError:
            return set()
        if state.get("db") != self._service.database_location():
            return set()
        return set(state.get("keys", []))

    def _remember(self, keys: set[str]) -> None:
        state = {"db": self._service.database_location(), "keys": sorted(keys)}
        self._settings.setValue("reminders/announced", json.dumps(state))

    def notificationChannel(self) -> str:
        """Where announcements go besides the window's banner: "tray", "desktop" or "" (none)."""
        if self._tray is not None:
            return "tray"
        return "desktop" if self._desktop.isAvailable() else ""

    def _notify(self, records: list[DeadlineRecord], title: str | None = None) -> None:
        if len(records) == 1 and title is None:
            record = records[0]
            title = self.tr("Reminder: %1").replace("%1", kind_label(record.deadline.kind))
            body = record.contract_title
        else:
            title = title or self.tr("%n reminder(s) due", "", len(records))
            body = "\n".join(f"{kind_label(r.deadline.kind)} — {r.contract_title}" for r in records[:5])
        if self._tray is not None:
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)
        else:
            self._desktop.show(title, body)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showWindowRequested.emit()

    def _tooltip(self, due: int) -> str:
        return self.tr("Contract Deadline Tracker — %n reminder(s) due", "", due)

    def retranslate(self) -> None:
        self._showAction.setText(self.tr("Show window"))
        self._quitAction.setText(self.tr("Quit"))


def tray_icon() -> QIcon:
    """The application's icon when one is set, else a small drawn calendar leaf."""
    app_icon = QApplication.windowIcon()
    if not app_icon.isNull():
        return app_icon
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(6, 10, 52, 48, 8, 8)
    painter.setBrush(QColor("#d32f2f"))
    painter.drawRoundedRect(6, 10, 52, 16, 8, 8)
    painter.drawEllipse(38, 36, 12, 12)
    painter.end()
    return QIcon(pixmap)
