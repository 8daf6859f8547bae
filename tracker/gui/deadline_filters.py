"""The calendar's filters: one contract, one kind of deadline, one party who acts (or all of each).

The contracts offered are those whose deadlines the page has read (the upcoming list and the months
shown), so the list costs no query of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from tracker.domain.duty import DutyKind, Party
from tracker.domain.records import DeadlineRecord
from tracker.gui.style import kind_label, party_label


class DeadlineFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contracts: dict[int, str] = {}
        self.contractLabel, self.kindLabel, self.partyLabel = QLabel(), QLabel(), QLabel()
        self.contractCombo, self.kindCombo, self.partyCombo = QComboBox(), QComboBox(), QComboBox()
        self.contractCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.contractCombo.setMinimumContentsLength(16)
        for combo in (self.kindCombo, self.partyCombo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # on a language switch too
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in ((self.contractLabel, self.contractCombo), (self.kindLabel, self.kindCombo),
                             (self.partyLabel, self.partyCombo)):
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1 if combo is self.contractCombo else 0)
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        layout.addStretch(1)
        self.retranslateUi()

    def offer(self, records: Iterable[DeadlineRecord]) -> None:
        """Add the contracts of these deadlines to the contract list (the choice is kept)."""
        before = len(self._contracts)
        for record in records:
            self._contracts.setdefault(record.contract_id, record.contract_title)
        if len(self._contracts) != before:
            self._fillContracts()

    def setContract(self, contract_id: int | None) -> None:
        self.contractCombo.setCurrentIndex(max(0, self.contractCombo.findData(contract_id)))

    def setKind(self, kind: DutyKind | None) -> None:
        self.kindCombo.setCurrentIndex(max(0, self.kindCombo.findData(kind.value if kind else None)))

    def setParty(self, party: Party | None) -> None:
        self.partyCombo.setCurrentIndex(max(0, self.partyCombo.findData(party.value if party else None)))

    def isActive(self) -> bool:
        combos = (self.contractCombo, self.kindCombo, self.partyCombo)
        return any(combo.currentIndex() > 0 for combo in combos)

    def apply(self, records: Sequence[DeadlineRecord]) -> list[DeadlineRecord]:
        """The deadlines the chosen filters let through, in their order."""
        contract, kind, party = (self.contractCombo.currentData(), self.kindCombo.currentData(),
                                 self.partyCombo.currentData())
        if contract is None and kind is None and party is None:
            return list(records)
        return [
            r for r in records
            if (contract is None or r.contract_id == contract)
            and (kind is None or r.deadline.kind.value == kind)
            and (party is None or (r.deadline.obligor is not None and r.deadline.obligor.value == party))
        ]

    def _fillContracts(self) -> None:
        titles = sorted(self._contracts.items(), key=lambda item: item[1])
        self._refill(self.contractCombo, self.tr("All contracts"), [(title, cid) for cid, title in titles])

    def _refill(self, combo: QComboBox, everything: str, items: Sequence[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def retranslateUi(self) -> None:
        self.contractLabel.setText(self.tr("Con&tract:"))
        self.kindLabel.setText(self.tr("&Kind:"))
        self.partyLabel.setText(self.tr("&Who acts:"))
        self._fillContracts()
        self._refill(self.kindCombo, self.tr("All kinds"), [(kind_label(k), k.value) for k in DutyKind])
        self._refill(self.partyCombo, self.tr("Anyone"), [(party_label(p), p.value) for p in Party])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
