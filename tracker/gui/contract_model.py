"""Item model of the contract list and the proxy that searches, filters and sorts it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from tracker.domain import ContractStatus, ContractSummary, DutyKind, Need
from tracker.domain.vocabulary import label
from tracker.gui.formatting import format_due, proposal_font, ui_language
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import kind_color, kind_label
from tracker.gui.table_model import Index, RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# A sort key after every real date, so that contracts without a deadline sort last.
_NO_DEADLINE = "9999-12-31"


def status_label(status: ContractStatus) -> str:
    return label(status, ui_language())


def need_text(need: Need) -> str:
    """What the contract wants from the user, and so why it may have no deadline."""
    t = QCoreApplication.translate
    if need is Need.ACCEPTED_DATE:
        return t("ContractListModel", "No start date: enter the date you accepted these terms")
    if need is Need.START_DATE:
        return t("ContractListModel", "No start date: enter the date the contract started")
    return t("ContractListModel", "Confirm the facts read from the text")


def inferred_note() -> str:
    return QCoreApplication.translate(
        "ContractListModel", "Counted from facts read from the text: confirm them to make this date firm")


_NEEDS_DATE = QColor("#b35c00")  # a contract that cannot have deadlines until the user gives a date


class ContractListModel(RecordTableModel):
    """One row per ContractSummary, in the order the service gives (next deadline first)."""

    TITLE, COUNTERPARTY, STATUS, NEXT_DUE, NEXT_KIND, DUTIES, NEEDS = range(7)
    columns = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._today: date | None = None

    def setContracts(self, rows: list[ContractSummary], today: date | None = None) -> None:
        self._today = today
        self._setRows(rows)

    def contract(self, row: int) -> ContractSummary:
        return self._rows[row]

    def rowOf(self, contract_id: int) -> int:
        return next((row for row, summary in enumerate(self._rows) if summary.contract.id == contract_id), -1)

    def headers(self) -> tuple[str, ...]:
        t = QCoreApplication.translate
        return (
            t("ContractListModel", "Contract"),
            t("ContractListModel", "Counterparty"),
            t("ContractListModel", "Status"),
            t("ContractListModel", "Next deadline"),
            t("ContractListModel", "Kind"),
            t("ContractListModel", "Duties confirmed"),
            t("ContractListModel", "Needs you"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return summary.contract.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        nxt = summary.next_deadline
        overdue = nxt is not None and self._today is not None and nxt.is_overdue(self._today)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEXT_DUE and overdue:
            return QBrush(Qt.GlobalColor.red)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NEXT_KIND and nxt:
            return kind_color(nxt.deadline.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NEXT_DUE, self.NEXT_KIND) and nxt:
            note = inferred_note() if nxt.inferred else ""
            return as_rich_text("\n\n".join(filter(None, (nxt.clause_text, note))))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NEEDS and summary.needs:
            return "\n".join(need_text(n) for n in summary.needs)
        if role == Qt.ItemDataRole.FontRole and column == self.NEXT_DUE and nxt and nxt.inferred:
            return proposal_font()
        dateless = nxt is None and bool(summary.needs) and summary.needs[0] is not Need.CONFIRMATION
        if role == Qt.ItemDataRole.ForegroundRole and column == self.NEEDS and dateless:
            return QBrush(_NEEDS_DATE)
        return None

    def _display(self, summary: ContractSummary, column: int) -> str:
        contract, nxt = summary.contract, summary.next_deadline
        if column == self.TITLE:
            return contract.title
        if column == self.COUNTERPARTY:
            return contract.counterparty or ""
        if column == self.STATUS:
            return status_label(contract.status)
        if column == self.NEXT_DUE:
            return format_due(nxt.deadline.due) if nxt else ""
        if column == self.NEXT_KIND:
            return kind_label(nxt.deadline.kind) if nxt else ""
        if column == self.NEEDS:
            return " · ".join(need_text(n) for n in summary.needs)
        return f"{summary.confirmed_count} / {summary.duty_count}"

    def _sort_key(self, summary: ContractSummary, column: int) -> Any:
        nxt = summary.next_deadline
        if column == self.NEXT_DUE:
            return nxt.deadline.due.isoformat() if nxt else _NO_DEADLINE
        if column == self.DUTIES:
            return summary.duty_count - summary.confirmed_count  # most left to review last
        return self._display(summary, column).casefold()


class ContractFilterProxy(QSortFilterProxyModel):
    """Search text over title, counterparty and notes; filters by status, counterparty, next kind."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status: ContractStatus | None = None
        self._counterparty: str | None = None
        self._kind: DutyKind | None = None
        self._needs_only = False
        self.setSortRole(SORT_ROLE)

    def setSearchText(self, text: str) -> None:
        self._filterChange("_text", text.strip().casefold())

    def setStatus(self, status: ContractStatus | None) -> None:
        self._filterChange("_status", status)

    def setCounterparty(self, counterparty: str | None) -> None:
        self._filterChange("_counterparty", counterparty)

    def setKind(self, kind: DutyKind | None) -> None:
        self._filterChange("_kind", kind)

    def setNeedsOnly(self, on: bool) -> None:
        """Only the contracts that need a date or a confirmation."""
        self._filterChange("_needs_only", on)

    def _filterChange(self, name: str, value: Any) -> None:
        """Qt 6.10 brought a begin/end pair that 6.12 requires (invalidateRowsFilter is deprecated
        there); older Qt versions have only invalidateRowsFilter."""
        if hasattr(self, "endFilterChange"):
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ContractListModel):
            return True
        summary = model.contract(source_row)
        contract = summary.contract
        if self._status is not None and contract.status != self._status:
            return False
        if self._needs_only and not summary.needs:
            return False
        if self._counterparty is not None and (contract.counterparty or "") != self._counterparty:
            return False
        if self._kind is not None and (
            summary.next_deadline is None or summary.next_deadline.deadline.kind != self._kind
        ):
            return False
        if self._text:
            haystack = " ".join((contract.title, contract.counterparty or "", contract.notes)).casefold()
            return self._text in haystack
        return True
