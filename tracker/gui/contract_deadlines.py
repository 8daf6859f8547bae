"""The contract view's Deadlines tab: the contract's dates, why each falls on its day, done or reopen.

Its texts share the "ContractView" translation context with the view it belongs to.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.domain import DeadlineRecord, ReminderState
from tracker.gui.deadline_model import Column, DeadlineModel, deadline_view
from tracker.gui.formatting import explanation_text, format_due


def _t(text: str) -> str:
    return QCoreApplication.translate("ContractView", text)


class ContractDeadlines(QWidget):
    """`dutyShown(duty_id)` when a deadline that came from a duty is selected; `toggleDone(record)`
    asks the owner to mark it done, or to reopen it."""

    dutyShown = Signal(int)
    toggleDone = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DeadlineModel(self)
        self.table = deadline_view(self.model)
        self.table.setColumnHidden(Column.CONTRACT, True)  # it is this contract
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.whyLabel = QLabel()
        self.whyLabel.setTextFormat(Qt.TextFormat.PlainText)  # the explanation quotes the contract
        self.whyLabel.setWordWrap(True)
        self.whyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.doneButton = QPushButton()
        self.doneButton.clicked.connect(self._toggle)
        layout = QVBoxLayout(self)
        layout.addWidget(self.doneButton, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.whyLabel)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.model.retranslate()
        self._showWhy()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def setRecords(self, records: Sequence[DeadlineRecord], today: date) -> None:
        """Soonest first; the selected deadline stays selected."""
        selected = self.selectedDeadline()
        ordered = sorted(records, key=lambda r: str(r.deadline.due))
        self.model.setRecords(ordered, today)
        ids = [r.id for r in ordered]
        if selected is not None and selected.id in ids:
            self.table.selectRow(ids.index(selected.id))
        self._showWhy()

    def selectedDeadline(self) -> DeadlineRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _selected(self) -> None:
        record = self.selectedDeadline()
        if record is not None and record.duty_id is not None:
            self.dutyShown.emit(record.duty_id)
        self._showWhy()

    def _showWhy(self) -> None:
        """Why the selected deadline falls on its day; the button marks it done or reopens it."""
        record = self.selectedDeadline()
        text = _t("Select a deadline to see why it falls on its day.")
        if record is not None:
            text = explanation_text(record.deadline.explanation)
            if record.deadline.unrolled != record.deadline.due:
                text += "\n" + _t("Moved from %1").replace("%1", format_due(record.deadline.unrolled))
        self.whyLabel.setText(text)
        done = record is not None and record.state is ReminderState.DONE
        self.doneButton.setText(_t("Reopen") if done else _t("Mark done"))
        self.doneButton.setEnabled(record is not None)

    def _toggle(self) -> None:
        record = self.selectedDeadline()
        if record is not None:
            self.toggleDone.emit(record)
