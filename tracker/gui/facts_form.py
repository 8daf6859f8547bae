"""Form for a contract's facts (dates, terms, role, counterparty, calendar) and its recorded events.

The form only edits values; the contract view saves them through the service, which recomputes the
deadlines.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import (
    CalendarSpec,
    ContractDetail,
    ContractStatus,
    ContractTerms,
    Direction,
    FactName,
    Party,
    Period,
    Unit,
)
from tracker.gui.contract_model import status_label
from tracker.gui.date_field import DateField
from tracker.gui.facts_review import fact_label
from tracker.gui.style import anchor_label, party_label, unit_name

# Events users record most; anchors of the contract's own duties are added to these.
COMMON_EVENTS: tuple[str, ...] = (
    "termination",
    "notice_arrival",
    "violation_notice",
    "completion",
    "disclosure",
)
# Anchors that come from the terms themselves, not from a recorded event.
_TERM_ANCHORS = frozenset({"start", "expiry"})
COUNTRIES: tuple[str, ...] = ("JP", "US", "GB", "DE", "FR", "CN", "KR", "SG", "AU", "CA")


class OptionalDateEdit(QWidget):
    """A date that may be unknown: a check box turns the date on; off, the field is empty."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fallback = date.today()
        self.check = QCheckBox()
        self.edit = DateField(optional=True)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self._toggled)
        self.edit.dateChanged.connect(self._edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.edit.blockSignals(True)
        self.edit.setValue(self._fallback if on else None)
        self.edit.blockSignals(False)
        self.changed.emit()

    def _edited(self) -> None:
        """A date typed in; the field emptied turns the date off."""
        if self.edit.value() is None:
            self.check.setChecked(False)
        else:
            self.changed.emit()

    def setValue(self, value: date | None, fallback: date) -> None:
        """`fallback` is the day offered when the user turns an unknown date on."""
        self._fallback = fallback
        self.check.blockSignals(True)
        self.check.setChecked(value is not None)
        self.check.blockSignals(False)
        self.edit.setEnabled(value is not None)
        self.edit.blockSignals(True)
        self.edit.setValue(value)
        self.edit.blockSignals(False)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def ask(self) -> None:
        """Turn the date on and put the cursor in it, for the user to type."""
        self.check.setChecked(True)
        self.edit.setFocus()
        self.edit.lineEdit.selectAll()


class PeriodEdit(QWidget):
    """An amount and a unit; 0 means none (unknown, or no automatic renewal)."""

    changed = Signal()

    def __init__(self, direction: Direction = Direction.AFTER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._direction = direction
        self.amount = QSpinBox()
        self.amount.setRange(0, 999)
        self.unit = QComboBox()
        self.amount.valueChanged.connect(self.changed)
        self.unit.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit, 1)

    def retranslate(self, none_text: str) -> None:
        self.amount.setSpecialValueText(none_text)
        current = self.unit.currentData() or Unit.MONTH
        self.unit.blockSignals(True)
        self.unit.clear()
        for unit in (Unit.DAY, Unit.BUSINESS_DAY, Unit.WEEK, Unit.MONTH, Unit.YEAR):
            self.unit.addItem(unit_name(unit), unit)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)

    def setValue(self, period: Period | None) -> None:
        whole = (period.in_whole_units() or period) if period else None  # 1.5 years edits as 18 months
        self.amount.setValue(int(whole.amount or 0) if whole else 0)
        unit = whole.unit if whole and whole.unit else Unit.MONTH
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))

    def value(self) -> Period | None:
        if not self.amount.value():
            return None
        return Period(self.amount.value(), Unit(self.unit.currentData()), self._direction)


class FactsForm(QWidget):
    """Edits one contract's facts and events; `changed` fires on any edit so Save can light up."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._detail: ContractDetail | None = None
        self._today = date.today()
        self.title = QLineEdit()
        self.counterparty = QLineEdit()
        self.role = QComboBox()
        self.status = QComboBox()
        self.start = OptionalDateEdit()
        self.end = OptionalDateEdit()
        self.initialTerm = PeriodEdit()
        self.renewalTerm = PeriodEdit()
        self.renewalNotice = PeriodEdit(Direction.BEFORE)
        self.minimumTerm = PeriodEdit()
        self.country = QComboBox()
        self.country.setEditable(True)
        self.yearEndBreak = QCheckBox()
        self.contractBox = QGroupBox()
        self.contractForm = QFormLayout(self.contractBox)
        # a narrow window (1024 px) moves a label above its field rather than squeezing the contract text
        self.contractForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for widget in (
            self.title,
            self.counterparty,
            self.role,
            self.status,
            self.start,
            self.end,
            self.initialTerm,
            self.renewalTerm,
            self.renewalNotice,
            self.minimumTerm,
            self.country,
            self.yearEndBreak,
        ):
            self.contractForm.addRow(QLabel(), widget)
        self.eventsBox = QGroupBox()
        self.eventsForm = QFormLayout(self.eventsBox)
        self.eventsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._events: dict[str, OptionalDateEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.contractBox)
        layout.addWidget(self.eventsBox)
        layout.addStretch(1)
        for signal in (
            self.title.textEdited,
            self.counterparty.textEdited,
            self.role.activated,
            self.status.activated,
            self.start.changed,
            self.end.changed,
            self.initialTerm.changed,
            self.renewalTerm.changed,
            self.renewalNotice.changed,
            self.minimumTerm.changed,
            self.country.currentTextChanged,
            self.yearEndBreak.toggled,
        ):
            signal.connect(self.changed)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.contractBox.setTitle(self.tr("Contract"))
        self.eventsBox.setTitle(self.tr("Recorded events"))
        labels = (
            self.tr("Title:"),
            fact_label(FactName.COUNTERPARTY),
            fact_label(FactName.ROLE),
            self.tr("Status:"),
            *(fact_label(name) for name in (FactName.START, FactName.END, FactName.INITIAL_TERM,
                                            FactName.RENEWAL_TERM, FactName.RENEWAL_NOTICE,
                                            FactName.MINIMUM_TERM)),
            self.tr("Business calendar:"),
            self.tr("Year-end break:"),
        )
        for row, text in enumerate(labels):
            self._label(self.contractForm, row).setText(text)
        self.yearEndBreak.setText(self.tr("December 29 – January 3 are holidays"))
        self.initialTerm.retranslate(self.tr("unknown"))
        self.renewalTerm.retranslate(self.tr("no automatic renewal"))
        self.renewalNotice.retranslate(self.tr("none"))
        self.minimumTerm.retranslate(self.tr("none"))
        self._refill(self.role, [Party.CUSTOMER, Party.PROVIDER], party_label)
        self._refill(self.status, list(ContractStatus), status_label)
        for row, anchor in enumerate(self._events):
            self._label(self.eventsForm, row).setText(anchor_label(anchor) + ":")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @staticmethod
    def _label(form: QFormLayout, row: int) -> QLabel:
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        assert item is not None
        label = item.widget()
        assert isinstance(label, QLabel)
        return label

    @staticmethod
    def _refill(combo: QComboBox, values: list[Any], label: Any) -> None:
        current = combo.currentData()
        combo.clear()
        for value in values:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def load(self, detail: ContractDetail, today: date) -> None:
        """Show `detail`; the events offered are the common ones and those the duties run from."""
        self._detail, self._today = detail, today
        contract, terms = detail.contract, detail.contract.terms
        self.blockSignals(True)
        self.title.setText(contract.title)
        self.counterparty.setText(contract.counterparty or "")
        for edit in (self.title, self.counterparty):
            edit.setCursorPosition(0)  # a long title shows its start, not its tail
        self.role.setCurrentIndex(max(0, self.role.findData(contract.role)))
        self.status.setCurrentIndex(max(0, self.status.findData(contract.status)))
        self.start.setValue(terms.start, today)
        self.end.setValue(terms.end, today)
        self.initialTerm.setValue(terms.initial_term)
        self.renewalTerm.setValue(terms.renewal_term)
        self.renewalNotice.setValue(terms.renewal_notice)
        self.minimumTerm.setValue(terms.minimum_term)
        self.country.clear()
        self.country.addItems(list(COUNTRIES))
        self.country.setCurrentText(terms.calendar.country)
        self.yearEndBreak.setChecked(terms.calendar.year_end_break)
        self._loadEvents(detail, today)
        self.blockSignals(False)

    def _loadEvents(self, detail: ContractDetail, today: date) -> None:
        while self.eventsForm.rowCount():
            self.eventsForm.removeRow(0)
        anchors = list(COMMON_EVENTS)
        for record in detail.duties:
            anchor = record.duty.anchor
            if anchor and anchor not in _TERM_ANCHORS and anchor not in anchors:
                anchors.append(anchor)
        anchors += [a for a in detail.events if a not in anchors]
        self._events = {}
        for anchor in anchors:
            edit = OptionalDateEdit()
            edit.setValue(detail.events.get(anchor), today)
            edit.changed.connect(self.changed)
            self._events[anchor] = edit
            self.eventsForm.addRow(anchor_label(anchor) + ":", edit)

    def setEvent(self, anchor: str, day: date | None) -> None:
        self._events[anchor].setValue(day, self._today)

    def contractChanges(self) -> dict[str, Any]:
        """Keyword arguments for svc.update_contract."""
        assert self._detail is not None
        old = self._detail.contract.terms
        calendar = CalendarSpec(
            country=self.country.currentText().strip().upper() or old.calendar.country,
            year_end_break=self.yearEndBreak.isChecked(),
            extra_holidays=old.calendar.extra_holidays,
        )
        terms: ContractTerms = dataclasses.replace(
            old,
            start=self.start.value(),
            end=self.end.value(),
            initial_term=self.initialTerm.value(),
            renewal_term=self.renewalTerm.value(),
            renewal_notice=self.renewalNotice.value(),
            minimum_term=self.minimumTerm.value(),
            calendar=calendar,
        )
        return {
            "title": self.title.text().strip() or self._detail.contract.title,
            "counterparty": self.counterparty.text().strip() or None,
            "role": Party(self.role.currentData()),  # Qt returns StrEnum data as plain str
            "status": ContractStatus(self.status.currentData()),
            "terms": terms,
        }

    def eventChanges(self) -> dict[str, date | None]:
        """Only the events whose day differs from the stored one (None removes an event)."""
        assert self._detail is not None
        stored = self._detail.events
        return {
            anchor: edit.value()
            for anchor, edit in self._events.items()
            if edit.value() != stored.get(anchor)
        }
