"""Item model of a contract's duties for the review table: state, kind, who, period, anchor, clause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont

from tracker.domain import DutyRecord, ReviewState, SourceSpan
from tracker.domain.vocabulary import label
from tracker.gui.formatting import ui_language
from tracker.gui.plain_text import as_rich_text
from tracker.gui.settings_dialog import format_lead_times
from tracker.gui.style import anchor_label, kind_color, kind_label, party_label, period_label
from tracker.gui.table_model import Index, RecordTableModel

ID_ROLE = Qt.ItemDataRole.UserRole


def state_label(state: ReviewState) -> str:
    return label(state, ui_language())


def clause_label(span: SourceSpan) -> str:
    """第11条第2項第3号 style position, or the section heading for unnumbered documents."""
    if span.article is None:
        return ""
    t = QCoreApplication.translate
    text = t("DutyTableModel", "Art. %1").replace("%1", span.article)
    if span.paragraph is not None:
        text += t("DutyTableModel", " ¶%1").replace("%1", str(span.paragraph))
    if span.item is not None:
        text += t("DutyTableModel", " (%1)").replace("%1", str(span.item))
    return text


class DutyTableModel(RecordTableModel):
    STATE, KIND, OBLIGOR, PERIOD, ANCHOR, CLAUSE, TEXT = range(7)
    columns = 7

    def setDuties(self, duties: tuple[DutyRecord, ...] | list[DutyRecord]) -> None:
        """Sorted by position in the text, so the table reads like the contract."""
        self._setRows(sorted(duties, key=lambda r: (r.duty.span.start, r.id)))

    def duty(self, row: int) -> DutyRecord:
        return self._rows[row]

    def duties(self) -> list[DutyRecord]:
        return list(self._rows)

    def rowOf(self, duty_id: int) -> int:
        return next((row for row, record in enumerate(self._rows) if record.id == duty_id), -1)

    def headers(self) -> tuple[str, ...]:
        t = QCoreApplication.translate
        return (
            t("DutyTableModel", "State"),
            t("DutyTableModel", "Kind"),
            t("DutyTableModel", "Who acts"),
            t("DutyTableModel", "Period"),
            t("DutyTableModel", "From / until"),
            t("DutyTableModel", "Clause"),
            t("DutyTableModel", "Text"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.KIND:
            return kind_color(record.duty.kind)
        if role == Qt.ItemDataRole.ForegroundRole and record.state is ReviewState.REJECTED:
            return QBrush(Qt.GlobalColor.gray)
        to_review = record.state is ReviewState.SUGGESTED
        if role == Qt.ItemDataRole.FontRole and to_review and column == self.STATE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_rich_text(self._tooltip(record))
        return None

    def _display(self, record: DutyRecord, column: int) -> str:
        duty = record.duty
        if column == self.STATE:
            return state_label(record.state)
        if column == self.KIND:
            return kind_label(duty.kind)
        if column == self.OBLIGOR:
            return party_label(duty.obligor)
        if column == self.PERIOD:
            return period_label(duty.period)
        if column == self.ANCHOR:
            return anchor_label(duty.anchor)
        if column == self.CLAUSE:
            return clause_label(duty.span)
        text = " ".join(duty.span.text.split())
        if record.extracted is not None and record.extracted.ocr:  # the page image may have misled it
            return QCoreApplication.translate("DutyTableModel", "OCR") + " · " + text
        return text

    def _tooltip(self, record: DutyRecord) -> str:
        t = QCoreApplication.translate
        lines = [record.duty.span.text]
        if record.extracted is None:
            lines.append(t("DutyTableModel", "Added by hand"))
        else:
            confidence = round(record.extracted.confidence * 100)
            lines.append(t("DutyTableModel", "Read with %1% confidence").replace("%1", str(confidence)))
            if record.extracted.ocr:
                lines.append(t("DutyTableModel", "Read by OCR from a page image: check its numbers"))
            if record.extracted != record.duty:
                lines.append(
                    t("DutyTableModel", "As read: %1 %2")
                    .replace("%1", period_label(record.extracted.period))
                    .replace("%2", anchor_label(record.extracted.anchor))
                )
        if record.lead_times is not None:
            days = format_lead_times(record.lead_times)
            lines.append(t("DutyTableModel", "Reminders %1 days before").replace("%1", days))
        return "\n".join(lines)
