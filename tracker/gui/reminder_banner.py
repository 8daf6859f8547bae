"""The reminder banner across the top of the window: shown on start when reminders are due and again
whenever one falls due, so that a deadline is seen even without a tray or a notification service.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from tracker.domain.records import DeadlineRecord
from tracker.gui.formatting import format_due
from tracker.gui.style import kind_label

_SHOWN = 3  # reminders named in the banner; the rest are counted


class ReminderBanner(QFrame):
    showRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(
            "#reminderBanner { background: #fff4e5; border-bottom: 1px solid #f0b35a; }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.showButton = QPushButton()
        self.showButton.clicked.connect(self.showRequested)
        self.showButton.clicked.connect(self.hide)
        self.closeButton = QPushButton()
        self.closeButton.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.showButton)
        layout.addWidget(self.closeButton)
        self._records: list[DeadlineRecord] = []
        self.hide()
        self.retranslateUi()

    def announce(self, records: list[DeadlineRecord]) -> None:
        """Show these due reminders (nothing due: the banner goes away)."""
        self._records = list(records)
        self._updateText()
        self.setVisible(bool(records))

    def _updateText(self) -> None:
        records = self._records
        if not records:
            self.text.clear()
            return
        names = [
            escape(f"{kind_label(r.deadline.kind)} — {r.contract_title} ({format_due(r.deadline.due)})")
            for r in records[:_SHOWN]
        ]
        more = len(records) - _SHOWN
        if more > 0:
            names.append(self.tr("+%n more", "", more))
        heading = self.tr("%n reminder(s) due", "", len(records))
        self.text.setText(f"<b>{heading}</b>: " + "; ".join(names))

    def retranslateUi(self) -> None:
        self.showButton.setText(self.tr("Show reminders"))
        self.closeButton.setText(self.tr("Close"))
        self._updateText()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
