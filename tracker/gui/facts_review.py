"""The facts an import read from the contract, each with a link to its clause, and one button to
confirm them all; above them, what the contract still needs (a date) and so why it has no deadline.

Its texts share the "ContractView" translation context with the view it belongs to.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from tracker.domain import FactName, FactRecord, FactState, Need, Party, Period, SourceSpan
from tracker.gui.contract_model import need_text
from tracker.gui.formatting import format_date
from tracker.gui.style import length_label, party_label


def _t(text: str) -> str:
    return QCoreApplication.translate("ContractView", text)


def fact_label(name: FactName) -> str:
    return {
        FactName.COUNTERPARTY: _t("Counterparty:"),
        FactName.ROLE: _t("Our role:"),
        FactName.START: _t("Start:"),
        FactName.END: _t("End of the initial term:"),
        FactName.INITIAL_TERM: _t("Initial term:"),
        FactName.RENEWAL_TERM: _t("Renewal term:"),
        FactName.RENEWAL_NOTICE: _t("Renewal notice (before expiry):"),
        FactName.MINIMUM_TERM: _t("Minimum term:"),
        FactName.ACCEPTED_TERMS: "",
    }[name]


def fact_value(fact: FactRecord) -> str:
    value: Any = fact.value
    if isinstance(value, Party):
        return party_label(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Period):
        return length_label(value)
    if value is None and fact.name is FactName.RENEWAL_TERM:
        return _t("no automatic renewal")
    return "—" if value is None else str(value)


class FactsReview(QGroupBox):
    """`spanShown(span)` when a fact's clause link is clicked; `confirmRequested` for the button;
    `dateRequested` when the user follows the missing date's link."""

    spanShown = Signal(object)
    confirmRequested = Signal()
    dateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facts: tuple[FactRecord, ...] = ()
        self._needs: tuple[Need, ...] = ()
        self.needsLabel = QLabel()
        self.needsLabel.setWordWrap(True)
        self.needsLabel.setStyleSheet("color: #b35c00; font-weight: bold;")
        self.needsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.needsLabel.linkActivated.connect(self.dateRequested)
        self.factsLabel = QLabel()
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.factsLabel.linkActivated.connect(self._linkActivated)
        self.confirmButton = QPushButton()
        self.confirmButton.clicked.connect(self.confirmRequested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.needsLabel)
        layout.addWidget(self.factsLabel)
        layout.addWidget(self.confirmButton)
        self.retranslateUi()

    def setFacts(self, facts: Sequence[FactRecord], needs: Sequence[Need]) -> None:
        order = list(FactName)
        shown = [f for f in facts if f.state is FactState.INFERRED and fact_label(f.name)]
        self._facts = tuple(sorted(shown, key=lambda f: order.index(f.name)))
        self._needs = tuple(needs)
        self.retranslateUi()

    def inferred(self) -> tuple[FactRecord, ...]:
        return self._facts

    def retranslateUi(self) -> None:
        self.setTitle(_t("Read from the text"))
        self.confirmButton.setText(_t("Confirm these facts"))
        dates = [need_text(n) for n in self._needs if n is not Need.CONFIRMATION]
        enter = _t("Enter the date")
        link = f' <a href="date">{html.escape(enter)}</a>'
        self.needsLabel.setText("<br>".join(html.escape(text) + link for text in dates))
        self.needsLabel.setVisible(bool(dates))
        rows = []
        for index, fact in enumerate(self._facts):
            line = f"{html.escape(fact_label(fact.name))} <b>{html.escape(fact_value(fact))}</b>"
            if fact.span is not None:
                article = fact.span.article
                where = _t("Article %1").replace("%1", article) if article else _t("clause")
                line += f' — <a href="fact:{index}">{html.escape(where)}</a>'
            rows.append(line)
        self.factsLabel.setText("<br>".join(rows))
        self.factsLabel.setVisible(bool(rows))
        self.confirmButton.setVisible(bool(rows))
        self.setVisible(bool(rows or dates))

    def _linkActivated(self, link: str) -> None:
        index = int(link.removeprefix("fact:"))
        span: SourceSpan | None = self._facts[index].span
        if span is not None:
            self.spanShown.emit(span)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)
