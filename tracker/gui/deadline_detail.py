"""The pane under a deadline list: what the date is, why (the rule trail), the clause, and "Open clause"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.records import DeadlineRecord
from tracker.gui.formatting import explanation_text, format_due
from tracker.gui.style import kind_color, kind_label, party_label


class DeadlineDetail(QGroupBox):
    """Shows one DeadlineRecord; emits clauseRequested(contract_id, duty_id or -1)."""

    clauseRequested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._record: DeadlineRecord | None = None
        self.swatch = QLabel()
        self.swatch.setFixedSize(12, 12)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.swatch)
        heading_row.addWidget(self.heading, 1)

        self.dueLabel, self.dueValue = QLabel(), QLabel()
        self.obligorLabel, self.obligorValue = QLabel(), QLabel()
        self.whyLabel, self.explanation = QLabel(), QLabel()
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the contract
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clauseLabel = QLabel()
        self.clause = QPlainTextEdit()
        self.clause.setReadOnly(True)
        self.clause.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.dueLabel, self.dueValue)
        form.addRow(self.obligorLabel, self.obligorValue)
        form.addRow(self.whyLabel, self.explanation)
        form.addRow(self.clauseLabel, self.clause)

        self.openButton = QPushButton()
        self.openButton.clicked.connect(self.openClause)
        self.buttons = QHBoxLayout()  # pages may add their own actions before "Open clause"
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.openButton)

        layout = QVBoxLayout(self)
        layout.addLayout(heading_row)
        layout.addLayout(form)
        layout.addLayout(self.buttons)
        self.retranslateUi()
        self.setRecord(None)

    def addButton(self, button: QPushButton) -> None:
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def record(self) -> DeadlineRecord | None:
        return self._record

    def setRecord(self, record: DeadlineRecord | None) -> None:
        self._record = record
        self.openButton.setEnabled(record is not None)
        if record is None:
            self.swatch.setStyleSheet("")
            self.heading.setText(self.tr("Select a deadline to see where it comes from."))
            for label in (self.dueValue, self.obligorValue, self.explanation):
                label.clear()
            self.clause.clear()
            return
        deadline = record.deadline
        self.swatch.setStyleSheet(f"background: {kind_color(deadline.kind).name()}; border-radius: 6px;")
        self.heading.setText(f"{kind_label(deadline.kind)} — {record.contract_title}")
        self.dueValue.setText(format_due(deadline.due))
        self.obligorValue.setText(party_label(deadline.obligor))
        self.explanation.setText(explanation_text(record.deadline.explanation))
        article = self.tr("Article %1").replace("%1", record.article) + "\n" if record.article else ""
        self.clause.setPlainText(article + record.clause_text)

    def openClause(self) -> None:
        if self._record is not None:
            duty_id = self._record.duty_id if self._record.duty_id is not None else -1
            self.clauseRequested.emit(self._record.contract_id, duty_id)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Selected deadline"))
        self.dueLabel.setText(self.tr("Due:"))
        self.obligorLabel.setText(self.tr("Who acts:"))
        self.whyLabel.setText(self.tr("Why this date:"))
        self.clauseLabel.setText(self.tr("Clause:"))
        self.openButton.setText(self.tr("Open clause"))
        self.setRecord(self._record)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
