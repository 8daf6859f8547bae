"""The Reminders page: the due reminders (or the snoozed, or the dismissed ones) with snooze, dismiss,
mark done and open clause, each undoable (Edit › Undo); gui/reminder_notifier.py announces them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import IntEnum
from typing import Protocol

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import DutyKind, ReminderState
from tracker.domain.records import DeadlineRecord, Settings
from tracker.gui.deadline_detail import DeadlineDetail
from tracker.gui.deadline_model import DEADLINE_ROLE, DeadlineModel, deadline_view
from tracker.gui.formatting import format_date, format_due
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_label


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
