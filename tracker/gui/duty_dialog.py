"""Dialog to edit a duty (kind, who acts, period, anchor) or to add one from text the user selected."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import Direction, Duty, DutyKind, Party, Period, Qualifier, SourceSpan, Unit
from tracker.gui.settings_dialog import format_lead_times, parse_lead_times
from tracker.gui.style import (
    KNOWN_ANCHORS,
    anchor_label,
    direction_label,
    kind_label,
    party_label,
    qualifier_label,
    unit_name,
)


def _fill(combo: QComboBox, values: list[Any], label: Any) -> None:
    """(Re)label a combo's entries keeping the selection; None is shown as a dash."""
    current = combo.currentData()
    combo.clear()
    for value in values:
        combo.addItem("—" if value is None else label(value), value)
    _select(combo, current)


def _select(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class DutyDialog(QDialog):
    """Edits `duty`; the clause it came from is kept as is."""

    def __init__(
        self,
        duty: Duty,
        parent: QWidget | None = None,
        *,
        adding: bool = False,
        lead_times: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self._duty = duty
        self._adding = adding
        self.leadTimesEdit = QLineEdit(format_lead_times(lead_times) if lead_times else "")
        self.leadTimesEdit.textChanged.connect(self._validate)
        self.kindCombo = QComboBox()
        self.obligorCombo = QComboBox()
        self.amountSpin = QSpinBox()
        self.amountSpin.setRange(0, 9999)
        self.unitCombo = QComboBox()
        self.directionCombo = QComboBox()
        self.qualifierCombo = QComboBox()
        self.anchorCombo = QComboBox()
        self.anchorCombo.setEditable(True)  # contracts name anchors the list does not know
        self.clauseLabel = QLabel(duty.span.text)
        self.clauseLabel.setTextFormat(Qt.TextFormat.PlainText)  # the clause as written, never markup
        self.clauseLabel.setWordWrap(True)
        period = QHBoxLayout()
        period.addWidget(self.amountSpin)
        period.addWidget(self.unitCombo, 1)
        period.addWidget(self.directionCombo, 1)
        self.form = QFormLayout()
        # a label widget per row (addRow("", …) makes none), named in retranslateUi
        for field in (self.kindCombo, self.obligorCombo, period, self.qualifierCombo, self.anchorCombo,
                      self.leadTimesEdit, self.clauseLabel):
            self.form.addRow(QLabel(), field)
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self._load(duty)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Add a duty") if self._adding else self.tr("Edit duty"))
        labels = (
            self.tr("Kind:"),
            self.tr("Who acts:"),
            self.tr("Period:"),
            self.tr("Or without a number:"),
            self.tr("From / until:"),
            self.tr("Reminders (days before):"),
            self.tr("Clause:"),
        )
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)  # type: ignore[union-attr]
        self.amountSpin.setSpecialValueText(self.tr("no number"))
        self.leadTimesEdit.setPlaceholderText(self.tr("the defaults from Settings, e.g. 90, 60, 30, 7"))
        _fill(self.kindCombo, list(DutyKind), kind_label)
        _fill(self.obligorCombo, [None, *Party], party_label)
        _fill(self.unitCombo, list(Unit), unit_name)
        _fill(self.directionCombo, list(Direction), direction_label)
        _fill(self.qualifierCombo, [None, *Qualifier], qualifier_label)
        anchor = self.anchor()
        self.anchorCombo.clear()
        self.anchorCombo.addItem("—", None)
        for name in KNOWN_ANCHORS:
            self.anchorCombo.addItem(anchor_label(name), name)
        self._setAnchor(anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _load(self, duty: Duty) -> None:
        _select(self.kindCombo, duty.kind)
        _select(self.obligorCombo, duty.obligor)
        whole = duty.period.in_whole_units() or duty.period  # 1ヶ月半 edits as 45 days
        self.amountSpin.setValue(int(whole.amount or 0))
        _select(self.unitCombo, whole.unit or Unit.DAY)
        _select(self.directionCombo, duty.period.direction)
        _select(self.qualifierCombo, duty.period.qualifier)
        self._setAnchor(duty.anchor)

    def _setAnchor(self, anchor: str | None) -> None:
        index = self.anchorCombo.findData(anchor)
        if index >= 0:
            self.anchorCombo.setCurrentIndex(index)
        else:
            self.anchorCombo.setEditText(anchor or "")

    def anchor(self) -> str | None:
        text = self.anchorCombo.currentText().strip()
        if not text or text == "—":
            return None
        index = self.anchorCombo.findText(text)
        return self.anchorCombo.itemData(index) if index >= 0 else text

    def duty(self) -> Duty:
        """The duty as the form now says; an amount of 0 means the period has no number."""
        amount = self.amountSpin.value() or None
        # Qt hands StrEnum item data back as plain str: rebuild the enums
        obligor, qualifier = self.obligorCombo.currentData(), self.qualifierCombo.currentData()
        period = Period(
            amount,
            Unit(self.unitCombo.currentData()) if amount else None,
            Direction(self.directionCombo.currentData()),
            Qualifier(qualifier) if qualifier else None,
        )
        edited = dataclasses.replace(
            self._duty,
            kind=DutyKind(self.kindCombo.currentData()),
            obligor=Party(obligor) if obligor else None,
            period=period,
            anchor=self.anchor(),
        )
        # a value the user set is certain; an untouched duty keeps what the extractor said
        return edited if edited == self._duty else dataclasses.replace(edited, confidence=1.0)

    def leadTimes(self) -> tuple[int, ...] | None:
        """This duty's own reminder days, longest first; None (an empty field): the global ones."""
        text = self.leadTimesEdit.text()
        return parse_lead_times(text) if text.strip() else None

    def _validate(self, text: str) -> None:
        valid = not text.strip() or parse_lead_times(text) is not None
        self.leadTimesEdit.setStyleSheet("" if valid else "QLineEdit { background: #ffebee; }")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)


def duty_from_selection(span: SourceSpan) -> Duty:
    """The starting point of a duty the user adds by hand from selected text."""
    return Duty(DutyKind.NOTIFICATION, Party.CUSTOMER, Period(None, None, Direction.AFTER), None, span, 1.0)
