"""The contract list: search, filters (status, counterparty, kind of the next duty, needs you),
sorting, removal, and confirming the facts an import read for a whole selection at once."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import ContractStatus, DutyKind, Need
from tracker.gui.contract_model import ID_ROLE, ContractFilterProxy, ContractListModel, status_label
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_color, kind_label
from tracker.services.errors import NotFoundError

if TYPE_CHECKING:
    from tracker.services.app import TrackerService


class ContractsPage(QWidget):
    """`contractActivated(contract_id, duty_id)` on double-click or Enter (duty_id -1, or the next
    deadline's duty when its date or kind was clicked); `selectionChanged` when the current row moves."""

    contractActivated = Signal(int, int)
    selectionChanged = Signal()

    def __init__(self, service: TrackerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.statusFilter = QComboBox()
        self.counterpartyFilter = QComboBox()
        self.kindFilter = QComboBox()
        for combo in (self.statusFilter, self.counterpartyFilter, self.kindFilter):
            # sized on every change, not on first show only: 「すべての状態」 after a switch to Japanese
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = ContractListModel(self)
        self.proxy = ContractFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ContractListModel.NEXT_DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ContractListModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(40)  # the widths of the first rows are enough, and quick
        self._sized = False
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.selectionChanged.emit())
        self.table.selectionModel().selectionChanged.connect(self._updateConfirm)
        self.needsCheck = QCheckBox()
        self.needsCheck.toggled.connect(self.proxy.setNeedsOnly)
        self.confirmButton = QPushButton()
        self.confirmButton.clicked.connect(self.confirmSelected)
        self.emptyLabel = QLabel()
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.countLabel = QLabel()

        self.search.textChanged.connect(self.proxy.setSearchText)
        self.statusFilter.activated.connect(self._statusChosen)
        self.counterpartyFilter.activated.connect(
            lambda: self.proxy.setCounterparty(self.counterpartyFilter.currentData())
        )
        self.kindFilter.activated.connect(self._kindChosen)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            signal.connect(self._updateCount)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.statusFilter)
        filters.addWidget(self.counterpartyFilter, 1)
        filters.addWidget(self.kindFilter, 1)
        filters.addWidget(self.needsCheck)
        filters.addWidget(self.confirmButton)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.emptyLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.countLabel)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.search.setPlaceholderText(self.tr("Search title, counterparty, notes"))
        self.needsCheck.setText(self.tr("Needs you"))
        self.needsCheck.setToolTip(self.tr("Only the contracts that need a date or a confirmation"))
        self.confirmButton.setText(self.tr("Confirm facts"))
        self.confirmButton.setToolTip(
            self.tr("Confirm the dates, terms and parties read from the text of the selected contracts"))
        self.emptyLabel.setText(
            self.tr("No contracts yet. Drop contract files or a folder on this window, or use File › Import.")
        )
        self._fillCombo(
            self.statusFilter, self.tr("All statuses"), [(s, status_label(s)) for s in ContractStatus]
        )
        self._fillFilters()
        self.model.retranslate()
        self._updateCount()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    @staticmethod
    def _fillCombo(combo: QComboBox, all_text: str, values: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(all_text, None)
        for value, text in values:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    def _fillFilters(self) -> None:
        rows = [self.model.contract(r) for r in range(self.model.rowCount())]
        counterparties = sorted({s.contract.counterparty for s in rows if s.contract.counterparty})
        self._fillCombo(
            self.counterpartyFilter, self.tr("All counterparties"), [(c, c) for c in counterparties]
        )
        kinds = [
            k for k in DutyKind if any(s.next_deadline and s.next_deadline.deadline.kind is k for s in rows)
        ]
        self._fillCombo(self.kindFilter, self.tr("Any next duty"), [(k, kind_label(k)) for k in kinds])
        for index, kind in enumerate(kinds, start=1):
            self.kindFilter.setItemData(index, kind_color(kind), Qt.ItemDataRole.DecorationRole)
        # a filter value that vanished (last contract of that counterparty removed) is dropped
        self.proxy.setCounterparty(self.counterpartyFilter.currentData())
        self._kindChosen()

    # Qt hands StrEnum item data back as plain str: rebuild the enums
    def _statusChosen(self) -> None:
        status = self.statusFilter.currentData()
        self.proxy.setStatus(ContractStatus(status) if status else None)

    def _kindChosen(self) -> None:
        kind = self.kindFilter.currentData()
        self.proxy.setKind(DutyKind(kind) if kind else None)

    def _updateCount(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.emptyLabel.setVisible(total == 0)
        text = self.tr("Contracts: %1").replace("%1", str(total))
        if shown != total:
            text = self.tr("Contracts: %1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.countLabel.setText(text)

    def refresh(self) -> None:
        """Re-read the list from the service, keeping the selected contract selected."""
        selected = self.selectedContractId()
        self.model.setContracts(self._service.list_contracts(), today=self._service.today())
        self._fillFilters()
        if not self._sized and self.model.rowCount():
            self._sized = True  # once: later refreshes keep the widths the user may have dragged
            for column in range(1, self.model.columnCount()):
                self.table.resizeColumnToContents(column)
                # a long reason (Needs you) is cut short: its tooltip holds all of it
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))
        if selected is not None:
            self.selectContract(selected)
        self._updateConfirm()

    def selectedContractIds(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return sorted({int(index.data(ID_ROLE)) for index in rows})

    def needingDate(self, contract_ids: Sequence[int]) -> int:
        """How many of these contracts cannot have deadlines until the user gives a date."""
        wanted = set(contract_ids)
        dates = (Need.START_DATE, Need.ACCEPTED_DATE)
        rows = map(self.model.contract, range(self.model.rowCount()))
        return sum(1 for s in rows if s.contract.id in wanted and any(n in dates for n in s.needs))

    def _toConfirm(self) -> list[int]:
        """The selected contracts with facts still waiting for a confirmation."""
        waiting = {s.contract.id for s in map(self.model.contract, range(self.model.rowCount()))
                   if Need.CONFIRMATION in s.needs}
        return [cid for cid in self.selectedContractIds() if cid in waiting]

    def _updateConfirm(self) -> None:
        self.confirmButton.setEnabled(bool(self._toConfirm()))

    def confirmSelected(self) -> None:
        """One action for the whole selection: its inferred facts become confirmed."""
        ids = self._toConfirm()
        if ids:
            with contextlib.suppress(NotFoundError):  # removed meanwhile: the refresh shows it
                self._service.confirm_facts(ids)
            self.refresh()

    def selectedContractId(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def selectContract(self, contract_id: int) -> bool:
        row = self.model.rowOf(contract_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _activated(self, index: QModelIndex) -> None:
        summary = self.model.contract(self.proxy.mapToSource(index).row())
        nxt, duty_id = summary.next_deadline, -1
        deadline_cell = index.column() in (ContractListModel.NEXT_DUE, ContractListModel.NEXT_KIND)
        if deadline_cell and nxt is not None and nxt.duty_id is not None:
            duty_id = nxt.duty_id  # one click from a date to the clause it came from
        self.contractActivated.emit(int(index.data(ID_ROLE)), duty_id)

    def deleteContract(self, contract_id: int) -> bool:
        """Remove after the user confirms; True if it was removed."""
        row = self.model.rowOf(contract_id)
        title = self.model.contract(row).contract.title if row >= 0 else str(contract_id)
        answer = QMessageBox.question(
            self,
            self.tr("Remove contract"),
            as_rich_text(self.tr(
                "Remove “%1” with its duties, deadlines and reminders? This cannot be undone."
            ).replace("%1", title)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        with contextlib.suppress(NotFoundError):  # already gone: the refresh below shows that
            self._service.delete_contract(contract_id)
        self.refresh()
        return True
