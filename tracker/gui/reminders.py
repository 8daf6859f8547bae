"""Reminders: the page listing due reminders (snooze, dismiss, mark done, open clause) and the notifier
that checks at start and every 15 minutes and announces from the tray icon each reminder that fell due.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.records import DeadlineRecord, Settings
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.deadline_model import DEADLINE_ROLE, DeadlineModel, deadline_view
from tracker.gui.style import kind_label

CHECK_INTERVAL_MS = 15 * 60 * 1000
ORGANIZATION = "ContractDeadlineTracker"
APPLICATION = "tracker"


class ReminderService(Protocol):
    """The part of TrackerService the reminders use."""

    def today(self) -> date: ...
    def database_location(self) -> str: ...
    def due_reminders(self, today: date | None = None) -> list[DeadlineRecord]: ...
    def mark_done(self, deadline_id: int) -> None: ...
    def dismiss(self, deadline_id: int) -> None: ...
    def snooze(self, deadline_id: int, until: date) -> None: ...
    def settings(self) -> Settings: ...


class RemindersPage(QWidget):
    dueCountChanged = Signal(int)
    clauseRequested = Signal(int, int)

    def __init__(self, service: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.heading = QLabel()
        self.detail = DeadlineDetail()
        self.detail.clauseRequested.connect(self.clauseRequested)
        self.model = DeadlineModel(self)
        self.view = deadline_view(self.model)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.view.activated.connect(lambda _index: self.detail.openClause())  # double click, or Enter

        self.snoozeDayButton = QPushButton()
        self.snoozeWeekButton = QPushButton()
        self.dismissButton = QPushButton()
        self.doneButton = QPushButton()
        self.snoozeDayButton.clicked.connect(lambda: self._act(lambda r: self._snooze(r, 1)))
        self.snoozeWeekButton.clicked.connect(lambda: self._act(lambda r: self._snooze(r, 7)))
        self.dismissButton.clicked.connect(lambda: self._act(lambda r: self._service.dismiss(r.id)))
        self.doneButton.clicked.connect(lambda: self._act(lambda r: self._service.mark_done(r.id)))
        buttons = QHBoxLayout()
        for button in (self.snoozeDayButton, self.snoozeWeekButton, self.dismissButton, self.doneButton):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        self.retranslateUi()
        self.refresh()

    def refresh(self) -> None:
        today = self._service.today()
        selected = self.detail.record()
        self.model.setRecords(self._service.due_reminders(today), today)
        rows = [r.id for r in self.model.records()]
        if selected is not None and selected.id in rows:
            self.view.selectRow(rows.index(selected.id))
        else:
            self.detail.setRecord(None)
        self._updateButtons()
        self._updateHeading()
        self.dueCountChanged.emit(self.model.rowCount())

    def selectDeadline(self, deadline_id: int) -> bool:
        rows = [r.id for r in self.model.records()]
        if deadline_id not in rows:
            return False
        self.view.selectRow(rows.index(deadline_id))
        return True

    def _snooze(self, record: DeadlineRecord, days: int) -> None:
        self._service.snooze(record.id, self._service.today() + timedelta(days=days))

    def _act(self, action: Callable[[DeadlineRecord], None]) -> None:
        record = self.detail.record()
        if record is not None:
            action(record)
            self.refresh()

    def _selected(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        self.detail.setRecord(indexes[0].data(DEADLINE_ROLE) if indexes else None)
        self._updateButtons()

    def _updateButtons(self) -> None:
        chosen = self.detail.record() is not None
        for button in (self.snoozeDayButton, self.snoozeWeekButton, self.dismissButton, self.doneButton):
            button.setEnabled(chosen)

    def _updateHeading(self) -> None:
        count = self.model.rowCount()
        if count:
            self.heading.setText(self.tr("%n reminder(s) due", "", count))
        else:
            self.heading.setText(self.tr("No reminders due. Everything is on track."))

    def retranslateUi(self) -> None:
        self.snoozeDayButton.setText(self.tr("Snooze 1 day"))
        self.snoozeWeekButton.setText(self.tr("Snooze 1 week"))
        self.dismissButton.setText(self.tr("Dismiss"))
        self.doneButton.setText(self.tr("Mark done"))
        self.snoozeDayButton.setToolTip(self.tr("Remind me again tomorrow"))
        self.snoozeWeekButton.setToolTip(self.tr("Remind me again in a week"))
        self.dismissButton.setToolTip(self.tr("Stop reminding me of this deadline"))
        self.doneButton.setToolTip(self.tr("The duty has been carried out"))
        self.model.retranslate()
        self._updateHeading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def announcement_key(record: DeadlineRecord, today: date) -> str:
    """Names one falling due: the deadline and the latest of its reminder tiers (or the end of its
    snooze) reached by today. Each tier is announced once; a deadline left pending is not repeated
    every day, but comes again at its next tier.
    """
    reached = [d for d in (*record.deadline.reminders, record.snoozed_until) if d is not None and d <= today]
    return f"{record.uid}|{max(reached, default=today).isoformat()}"


class ReminderNotifier(QObject):
    """Checks for due reminders at start and every 15 minutes; each reminder tier is announced once.

    The tray icon exists only where the platform has a system tray; the bookkeeping of what was
    announced works without it (and is what the tests check).
    """

    showWindowRequested = Signal()
    quitRequested = Signal()
    remindersAnnounced = Signal(int)  # how many reminders were newly announced
    dueCountChanged = Signal(int)

    def __init__(self, service: ReminderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = QSettings(ORGANIZATION, APPLICATION)
        self._tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
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

    def check(self) -> list[DeadlineRecord]:
        """Announce the reminders that fell due since the last check; returns those just announced."""
        today = self._service.today()
        due = self._service.due_reminders(today)
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
        return fresh

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

    def _notify(self, records: list[DeadlineRecord]) -> None:
        if self._tray is None:
            return
        if len(records) == 1:
            record = records[0]
            title = self.tr("Reminder: %1").replace("%1", kind_label(record.deadline.kind))
            body = record.contract_title
        else:
            title = self.tr("%n reminder(s) due", "", len(records))
            body = "\n".join(f"{kind_label(r.deadline.kind)} — {r.contract_title}" for r in records[:5])
        self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)

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
