"""Reminders: the page listing due reminders (snooze, dismiss, mark done, open clause) and the notifier
that checks at start and every 15 minutes and announces from the tray icon each reminder that fell due.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from enum import IntEnum
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import DutyKind, ReminderState
from tracker.domain.records import DeadlineRecord, Settings
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.deadline_model import DEADLINE_ROLE, DeadlineModel, deadline_view
from tracker.gui.desktop_notify import DesktopNotifier
from tracker.gui.formatting import format_date, format_due
from tracker.gui.names import APPLICATION, ORGANIZATION
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_label

CHECK_INTERVAL_MS = 15 * 60 * 1000
DIGEST_KEY = "reminders/digestTime"  # QSettings: "HH:mm", empty for no daily digest
LAST_DIGEST_KEY = "reminders/lastDigest"  # the ISO day the digest was last announced


class ReminderService(Protocol):
    """The part of TrackerService the reminders use."""

    def today(self) -> date: ...
    def database_location(self) -> str: ...
    def due_reminders(self, today: date | None = None) -> list[DeadlineRecord]: ...
    def reminders_in_state(self, state: ReminderState) -> list[DeadlineRecord]: ...
    def mark_done(self, deadline_id: int) -> None: ...
    def dismiss(self, deadline_id: int) -> None: ...
    def reopen(self, deadline_id: int) -> None: ...
    def snooze(self, deadline_id: int, until: date) -> None: ...
    def settings(self) -> Settings: ...


class Show(IntEnum):
    """What the reminders page lists."""

    DUE = 0
    SNOOZED = 1
    DISMISSED = 2


# Kinds whose dismissal after the date has passed may cost a year's renewal: asked before.
GRAVE_KINDS = frozenset({DutyKind.RENEWAL_NOTICE, DutyKind.TERMINATION_NOTICE})


def apply_state(service: ReminderService, deadline_id: int, state: ReminderState, until: date | None) -> None:
    """Put a deadline's reminder into `state` (what undo and redo both need)."""
    if state is ReminderState.SNOOZED and until is not None:
        service.snooze(deadline_id, until)
    elif state is ReminderState.DISMISSED:
        service.dismiss(deadline_id)
    elif state is ReminderState.DONE:
        service.mark_done(deadline_id)
    else:
        service.reopen(deadline_id)


class ReminderCommand(QUndoCommand):
    """One snooze, dismissal, completion or reopening, undone by restoring the state before it."""

    def __init__(
        self,
        service: ReminderService,
        record: DeadlineRecord,
        state: ReminderState,
        until: date | None,
        text: str,
        changed: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._service = service
        self._id = record.id
        self._before = (record.state, record.snoozed_until)
        self._after = (state, until)
        self._changed = changed

    def redo(self) -> None:
        apply_state(self._service, self._id, *self._after)
        self._changed()

    def undo(self) -> None:
        apply_state(self._service, self._id, *self._before)
        self._changed()


class RemindersPage(QWidget):
    dueCountChanged = Signal(int)
    clauseRequested = Signal(int, int)

    def __init__(self, service: ReminderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.undoStack = QUndoStack(self)
        self.due: list[DeadlineRecord] = []  # as of the last refresh, whatever the page shows
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.showLabel = QLabel()
        self.showCombo = QComboBox()
        self.showCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.showLabel.setBuddy(self.showCombo)
        self.showCombo.currentIndexChanged.connect(lambda _index: self.refresh())
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
        self.reopenButton = QPushButton()
        self.snoozeDayButton.clicked.connect(lambda: self._snooze(1))
        self.snoozeWeekButton.clicked.connect(lambda: self._snooze(7))
        self.dismissButton.clicked.connect(self._dismiss)
        self.doneButton.clicked.connect(lambda: self._change(ReminderState.DONE, None, self.tr("Mark done")))
        self.reopenButton.clicked.connect(
            lambda: self._change(ReminderState.PENDING, None, self.tr("Remind me again")))
        buttons = QHBoxLayout()
        for button in self._buttons():
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.showLabel)
        top.addWidget(self.showCombo)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.detail)
        self.retranslateUi()
        self.refresh()

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.snoozeDayButton, self.snoozeWeekButton, self.dismissButton, self.doneButton,
                self.reopenButton)

    def showing(self) -> Show:
        return Show(max(0, self.showCombo.currentIndex()))

    def setShowing(self, show: Show) -> None:
        self.showCombo.setCurrentIndex(show)

    def refresh(self) -> None:
        today = self._service.today()
        selected = self.detail.record()
        due = self._service.due_reminders(today)
        self.due = due
        show = self.showing()
        if show is Show.DUE:
            records = due
        else:
            state = ReminderState.SNOOZED if show is Show.SNOOZED else ReminderState.DISMISSED
            due_ids = {r.id for r in due}  # a snooze that ended is due again, listed under Due
            records = [r for r in self._service.reminders_in_state(state) if r.id not in due_ids]
        self.model.setRecords(records, today)
        rows = [r.id for r in self.model.records()]
        if selected is not None and selected.id in rows:
            self.view.selectRow(rows.index(selected.id))
        else:
            self.detail.setRecord(None)
        self._updateSnoozeTexts()  # the day may have changed since
        self._updateButtons()
        self._updateHeading()
        self.dueCountChanged.emit(len(due))

    def selectDeadline(self, deadline_id: int) -> bool:
        rows = [r.id for r in self.model.records()]
        if deadline_id not in rows and self.showing() is not Show.DUE:
            self.setShowing(Show.DUE)
            rows = [r.id for r in self.model.records()]
        if deadline_id not in rows:
            return False
        self.view.selectRow(rows.index(deadline_id))
        return True

    def snoozeUntil(self, days: int) -> date:
        return self._service.today() + timedelta(days=days)

    def _snooze(self, days: int) -> None:
        self._change(ReminderState.SNOOZED, self.snoozeUntil(days), self._snoozeText(days))

    def _snoozeText(self, days: int) -> str:
        """Says the day the reminder comes back, not only how long it sleeps."""
        return self.tr("Snooze until %1").replace("%1", format_date(self.snoozeUntil(days)))

    def _dismiss(self) -> None:
        record = self.detail.record()
        if record is not None and self._confirmDismiss(record):
            self._change(ReminderState.DISMISSED, None, self.tr("Dismiss"))

    def _confirmDismiss(self, record: DeadlineRecord) -> bool:
        """An overdue renewal cutoff or termination notice is asked about first; others are not."""
        if record.deadline.kind not in GRAVE_KINDS or not record.is_overdue(self._service.today()):
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Dismiss an overdue deadline?"),
            as_rich_text(self.tr(
                "%1 for %2 was due on %3 and is not marked done.\n\n"
                "Dismissing it stops its reminders; it stays in the printed report under "
                "Dismissed. You can undo this with Edit › Undo."
            ).replace("%1", kind_label(record.deadline.kind)).replace("%2", record.contract_title)
            .replace("%3", format_due(record.deadline.due))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _change(self, state: ReminderState, until: date | None, action: str) -> None:
        record = self.detail.record()
        if record is None:
            return
        text = f"{action}: {kind_label(record.deadline.kind)} — {record.contract_title}"
        self.undoStack.push(ReminderCommand(self._service, record, state, until, text, self.refresh))

    def _selected(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        self.detail.setRecord(indexes[0].data(DEADLINE_ROLE) if indexes else None)
        self._updateButtons()

    def _updateButtons(self) -> None:
        chosen = self.detail.record() is not None
        show = self.showing()
        for button in self._buttons():
            button.setEnabled(chosen)
        self.snoozeDayButton.setVisible(show is not Show.DISMISSED)
        self.snoozeWeekButton.setVisible(show is not Show.DISMISSED)
        self.dismissButton.setVisible(show is not Show.DISMISSED)
        self.reopenButton.setVisible(show is not Show.DUE)

    def _updateSnoozeTexts(self) -> None:
        self.snoozeDayButton.setText(self._snoozeText(1))
        self.snoozeWeekButton.setText(self._snoozeText(7))

    def _updateHeading(self) -> None:
        count, show = self.model.rowCount(), self.showing()
        if show is Show.SNOOZED:
            self.heading.setText(self.tr("%n snoozed reminder(s)", "", count) if count
                                 else self.tr("No snoozed reminders."))
        elif show is Show.DISMISSED:
            self.heading.setText(self.tr("%n dismissed deadline(s)", "", count) if count
                                 else self.tr("No dismissed deadlines."))
        elif count:
            self.heading.setText(self.tr("%n reminder(s) due", "", count))
        else:
            self.heading.setText(self.tr("No reminders due. Everything is on track."))

    def retranslateUi(self) -> None:
        self.showLabel.setText(self.tr("&Show:"))
        chosen = self.showCombo.currentIndex()
        self.showCombo.blockSignals(True)
        self.showCombo.clear()
        self.showCombo.addItems([self.tr("Due"), self.tr("Snoozed"), self.tr("Dismissed")])
        self.showCombo.setCurrentIndex(max(0, chosen))
        self.showCombo.blockSignals(False)
        self._updateSnoozeTexts()
        self.dismissButton.setText(self.tr("Dismiss…"))
        self.doneButton.setText(self.tr("Mark done"))
        self.reopenButton.setText(self.tr("Remind me again"))
        self.snoozeDayButton.setToolTip(self.tr("Remind me again tomorrow"))
        self.snoozeWeekButton.setToolTip(self.tr("Remind me again in a week"))
        self.dismissButton.setToolTip(self.tr("Stop reminding me of this deadline (Edit › Undo)"))
        self.doneButton.setToolTip(self.tr("The duty has been carried out"))
        self.reopenButton.setToolTip(self.tr("List this deadline among the due reminders again"))
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
