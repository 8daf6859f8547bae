"""DateField: the one date input of the GUI.

A QDateEdit ignores typing until a section is chosen, opens its popup on today and shows the
locale's two-digit US dates; this field takes a whole date typed in any common way (2025/10/01,
2025-10-01, 令和7年10月1日, 1 Oct 2025 — tracker.domain.typed_dates), opens its calendar on its own
value, and shows its day as every date of the UI (formatting.format_date: yyyy/MM/dd in Japanese,
"1 Oct 2025" in English), re-formatted at once when the UI language changes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.typed_dates import parse_typed_date
from tracker.gui.formatting import format_date, from_qdate, to_qdate

_INVALID_STYLE = "QLineEdit { background: #ffebee; }"


class _CalendarPopup(QWidget):
    """The month calendar under the field, opened on the field's day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.hide()


class DateField(QWidget):
    """A date typed or picked; empty when not known (when `optional`)."""

    dateChanged = Signal()

    def __init__(
        self, value: date | None = None, parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._optional = optional
        self.lineEdit = QLineEdit()
        self.lineEdit.editingFinished.connect(self._read)
        self.lineEdit.textEdited.connect(lambda _text: self._mark(True))
        self.popupButton = QToolButton()
        self.popupButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView))
        self.popupButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popupButton.clicked.connect(self.showPopup)
        self.popup = _CalendarPopup(self)
        self.popup.picked.connect(lambda day: self.setValue(from_qdate(day)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.lineEdit, 1)
        layout.addWidget(self.popupButton)
        self.setFocusProxy(self.lineEdit)
        self.lineEdit.setMinimumWidth(self.lineEdit.fontMetrics().horizontalAdvance("0000/00/00 Sep") + 12)
        self.setValue(value)
        self.retranslateUi()

    # the value

    def value(self) -> date | None:
        return self._value

    def setValue(self, value: date | None) -> None:
        changed = value != self._value
        self._value = value
        self._show()
        if changed:
            self.dateChanged.emit()

    def hasAcceptableInput(self) -> bool:
        """False while the text typed is not a date (the value is then the last good one)."""
        return self.lineEdit.property("invalid") is not True

    def _read(self) -> None:
        """Take the typed text when the user leaves the field or presses Enter."""
        text = self.lineEdit.text().strip()
        if not text and self._optional:
            self.setValue(None)
            return
        typed = parse_typed_date(text)
        if typed is None:
            self._mark(False)
            return
        self.setValue(typed)

    def _show(self) -> None:
        self.lineEdit.setText(format_date(self._value) if self._value is not None else "")
        self._mark(True)

    def _mark(self, valid: bool) -> None:
        self.lineEdit.setProperty("invalid", not valid)
        self.lineEdit.setStyleSheet("" if valid else _INVALID_STYLE)

    # the popup

    def showPopup(self) -> None:
        """The calendar opens on the field's own day (today only when the field is empty)."""
        day = to_qdate(self._value) if self._value is not None else QDate.currentDate()
        calendar = self.popup.calendar
        calendar.setLocale(QLocale())
        calendar.setSelectedDate(day)
        calendar.setCurrentPage(day.year(), day.month())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.popup.show()
        calendar.setFocus()

    # language

    def retranslateUi(self) -> None:
        self.lineEdit.setPlaceholderText(self.tr("e.g. %1").replace("%1", format_date(date(2025, 10, 1))))
        self.popupButton.setToolTip(self.tr("Choose from a calendar"))
        self.lineEdit.setToolTip(self.tr("Type a date: 2025/10/01, 2025-10-01, 令和7年10月1日 or 1 Oct 2025"))
        if self.hasAcceptableInput():
            self._show()  # the new language's format

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslateUi()
        super().changeEvent(event)
