"""A table model over DeadlineRecords (and its view), shared by the calendar's agenda, the upcoming list
and the reminders.

Overdue rows are red; the kind column carries the kind colour; the explanation (in the UI language)
is the tooltip. `DEADLINE_ROLE` gives the record itself to the views.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from tracker.domain.contract import ReminderState
from tracker.domain.records import DeadlineRecord
from tracker.gui.contract_model import inferred_note
from tracker.gui.formatting import explanation_text, format_date, format_due, proposal_font
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_color, kind_label, party_label

DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#c62828")

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    DUE = 0
    DAYS = 1  # how far away: "in 8 days", "3 days late"
    KIND = 2
    CONTRACT = 3
    OBLIGOR = 4
    STATE = 5


class DeadlineModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[DeadlineRecord] = []
        self._today = date.min

    def setRecords(self, records: Sequence[DeadlineRecord], today: date) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._today = today
        self.endResetModel()

    def record(self, row: int) -> DeadlineRecord:
        return self._records[row]

    def records(self) -> list[DeadlineRecord]:
        return list(self._records)

    def retranslate(self) -> None:
        """Called by the owning view on a language change: headers and labels are re-read."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._records:
            last = self.index(len(self._records) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(Column):
            return None
        return {
            Column.DUE: self.tr("Due"),
            Column.DAYS: self.tr("When"),
            Column.KIND: self.tr("Kind"),
            Column.CONTRACT: self.tr("Contract"),
            Column.OBLIGOR: self.tr("Who acts"),
            Column.STATE: self.tr("Status"),
        }[Column(section)]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ForegroundRole and record.is_overdue(self._today):
            return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.KIND:
            return kind_color(record.deadline.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            why = explanation_text(record.deadline.explanation)
            return as_rich_text(f"{why}\n\n{inferred_note()}" if record.inferred else why)
        if role == Qt.ItemDataRole.FontRole and column == Column.DUE and record.inferred:
            return proposal_font()
        if role == DEADLINE_ROLE:
            return record
        return None

    def _display(self, record: DeadlineRecord, column: Column) -> str:
        if column == Column.DUE:
            return format_due(record.deadline.due)
        if column == Column.DAYS:
            return self.distanceLabel(record)
        if column == Column.KIND:
            return kind_label(record.deadline.kind)
        if column == Column.CONTRACT:
            return record.contract_title
        if column == Column.OBLIGOR:
            return party_label(record.deadline.obligor)
        return self.stateLabel(record)

    def distanceLabel(self, record: DeadlineRecord) -> str:
        due = record.deadline.due
        days = ((due.date() if isinstance(due, datetime) else due) - self._today).days
        if days == 0:
            return self.tr("Today")
        if days > 0:
            return self.tr("in %n day(s)", "", days)
        return self.tr("%n day(s) ago", "", -days)

    def stateLabel(self, record: DeadlineRecord) -> str:
        if record.is_overdue(self._today):
            return self.tr("Overdue")
        if record.state == ReminderState.SNOOZED and record.snoozed_until is not None:
            return self.tr("Snoozed until %1").replace("%1", format_date(record.snoozed_until))
        if record.inferred and record.state == ReminderState.PENDING:
            return self.tr("Proposed")
        return {
            ReminderState.PENDING: self.tr("Pending"),
            ReminderState.SNOOZED: self.tr("Snoozed"),
            ReminderState.DISMISSED: self.tr("Dismissed"),
            ReminderState.DONE: self.tr("Done"),
        }[record.state]


def deadline_view(model: DeadlineModel) -> QTableView:
    """A read-only table selecting whole rows, the contract title taking the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(50)  # fit the columns to the first rows only: thousands stay fast
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(Column.CONTRACT, QHeaderView.ResizeMode.Stretch)
    return view
