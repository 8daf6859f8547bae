"""One contract: its text and outline, the duty review table, its facts and events, its deadlines.

Every write goes through the TrackerService; afterwards the view reloads the contract, so the
deadlines shown are the ones the service recomputed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain import ContractDetail, DeadlineRecord, Duty, ReminderState, ReviewState, SourceSpan
from tracker.gui.contract_deadlines import ContractDeadlines
from tracker.gui.document_view import DocumentView
from tracker.gui.duty_dialog import DutyDialog, duty_from_selection
from tracker.gui.duty_model import DutyTableModel
from tracker.gui.facts_form import FactsForm
from tracker.gui.facts_review import FactsReview
from tracker.gui.page_view import PageView
from tracker.gui.plain_text import as_rich_text
from tracker.gui.style import party_label
from tracker.services.errors import ConflictError, NotFoundError, ServiceError

if TYPE_CHECKING:
    from tracker.services.app import TrackerService


class ContractView(QWidget):
    """Shows the contract `showContract` names; `backRequested` asks to return to the list."""

    backRequested = Signal()

    def __init__(self, service: TrackerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._detail: ContractDetail | None = None
        self._factsVersion: int | None = None
        self._syncing = False

        self.backButton = QPushButton()
        self.backButton.clicked.connect(self.backRequested)
        self.titleLabel = QLabel()
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)  # a title is text, not markup
        font = self.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.infoLabel = QLabel()
        self.infoLabel.setTextFormat(Qt.TextFormat.PlainText)  # the counterparty as the text names it
        header = QHBoxLayout()
        header.addWidget(self.backButton)
        header.addWidget(self.titleLabel, 1)
        header.addWidget(self.infoLabel)

        self.document = DocumentView()
        self.document.dutyClicked.connect(self.selectDuty)

        self.dutyModel = DutyTableModel(self)
        self.dutyTable = QTableView()
        self.dutyTable.setModel(self.dutyModel)
        self.dutyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dutyTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dutyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dutyTable.verticalHeader().hide()
        self.dutyTable.horizontalHeader().setStretchLastSection(True)
        self.dutyTable.selectionModel().currentRowChanged.connect(self._dutyRowChanged)
        self.dutyTable.doubleClicked.connect(self.editDuty)

        self.confirmAction = self._action(self.confirmDuty, "Ctrl+Return")
        self.editAction = self._action(self.editDuty, "F2")
        self.rejectAction = self._action(self.rejectDuty, "Ctrl+Shift+Delete")
        self.addAction_ = self._action(self.addDutyFromSelection, "Ctrl+Shift+A")
        self.dutyTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.dutyTable.addActions([self.confirmAction, self.editAction, self.rejectAction])
        self.document.contextActions.append(self.addAction_)
        self.dutyButtons = [QPushButton() for _ in range(4)]
        buttons = QHBoxLayout()
        for button, action in zip(
            self.dutyButtons,
            (self.confirmAction, self.editAction, self.rejectAction, self.addAction_),
            strict=True,
        ):
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)
        dutyPage = QWidget()
        dutyLayout = QVBoxLayout(dutyPage)
        dutyLayout.addLayout(buttons)
        dutyLayout.addWidget(self.dutyTable)

        self.deadlines = ContractDeadlines()
        self.deadlines.dutyShown.connect(self.document.showDuty)
        self.deadlines.toggleDone.connect(self._toggleDone)

        self.tabs = QTabWidget()
        self.tabs.addTab(dutyPage, "")
        self.tabs.addTab(self.deadlines, "")

        self.review = FactsReview()
        self.review.spanShown.connect(self.document.showSpan)
        self.review.confirmRequested.connect(self.confirmFacts)
        self.facts = FactsForm()
        self.review.dateRequested.connect(self.facts.start.ask)
        self.saveFactsButton = QPushButton()
        self.facts.changed.connect(lambda: self.saveFactsButton.setEnabled(True))
        self.saveFactsButton.clicked.connect(self.saveFacts)
        self.revertFactsButton = QPushButton()
        self.revertFactsButton.clicked.connect(self._loadFacts)
        factsButtons = QHBoxLayout()
        factsButtons.addWidget(self.saveFactsButton)
        factsButtons.addWidget(self.revertFactsButton)
        factsButtons.addStretch(1)
        factsPanel = QWidget()
        factsLayout = QVBoxLayout(factsPanel)
        factsLayout.setContentsMargins(0, 0, 0, 0)
        factsLayout.addWidget(self.review)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.facts)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(  # narrow windows put the form's labels above their fields
            self.facts.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        factsLayout.addWidget(scroll)
        factsLayout.addLayout(factsButtons)

        self.pageView = PageView()
        self.pageView.spanClicked.connect(self._pageClicked)
        self.pageView.hide()
        self.textSplitter = QSplitter(Qt.Orientation.Horizontal)
        self.textSplitter.addWidget(self.document)
        self.textSplitter.addWidget(self.pageView)
        self.leftSplitter = QSplitter(Qt.Orientation.Vertical)
        self.leftSplitter.addWidget(self.textSplitter)
        self.leftSplitter.addWidget(self.tabs)
        self.leftSplitter.setSizes([500, 300])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.leftSplitter)
        self.splitter.addWidget(factsPanel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
        self.retranslateUi()
        self._updateActions()

    def _action(self, slot: Callable[[], Any], shortcut: str) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslateUi(self) -> None:
        self.backButton.setText(self.tr("← Contracts"))
        self.backButton.setToolTip(self.tr("Back to the contract list (Alt+Left)"))
        self.confirmAction.setText(self.tr("Confirm"))
        self.editAction.setText(self.tr("Edit…"))
        self.rejectAction.setText(self.tr("Reject"))
        self.addAction_.setText(self.tr("Add from selected text…"))
        for button, action in zip(
            self.dutyButtons,
            (self.confirmAction, self.editAction, self.rejectAction, self.addAction_),
            strict=True,
        ):
            button.setText(action.text())
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.tabs.setTabText(0, self.tr("Duties"))
        self.tabs.setTabText(1, self.tr("Deadlines"))
        self.saveFactsButton.setText(self.tr("Save"))
        self.revertFactsButton.setText(self.tr("Revert"))
        self.dutyModel.retranslate()
        if self._detail is not None:
            self._showHeader(self._detail)

    def splitters(self) -> dict[str, QSplitter]:
        """The splitters whose positions the main window remembers between runs."""
        return {
            "contractView/text": self.leftSplitter,
            "contractView/page": self.textSplitter,
            "contractView/facts": self.splitter,
            "contractView/outline": self.document,
        }

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # loading

    def contractId(self) -> int | None:
        return self._detail.contract.id if self._detail else None

    def showContract(self, contract_id: int, duty_id: int = -1) -> bool:
        """Load a contract (False if it is gone) and select `duty_id` if given."""
        try:
            detail = self._service.contract(contract_id)
        except NotFoundError:
            return False
        same = self._detail is not None and self._detail.contract.id == contract_id
        self._show(detail, keep_form=same and self.saveFactsButton.isEnabled())
        if duty_id >= 0:
            self.selectDuty(duty_id)
        return True

    def reload(self) -> None:
        """Re-read the shown contract after a change elsewhere; unsaved facts edits are kept."""
        contract_id = self.contractId()
        if contract_id is None:
            return
        selected = self.selectedDutyId()
        if self.showContract(contract_id, selected if selected is not None else -1):
            return
        self._detail = None
        self.backRequested.emit()

    def _show(self, detail: ContractDetail, *, keep_form: bool = False) -> None:
        if self._detail is None or self._detail.contract.id != detail.contract.id:
            self._showPages(detail.contract.id)
        self._detail = detail
        self._showHeader(detail)
        self.document.setDocument(detail.document)
        self._syncing = True
        self.dutyModel.setDuties(detail.duties)
        self._syncing = False
        self.document.setDuties(self.dutyModel.duties())
        self.dutyTable.resizeColumnsToContents()
        self.deadlines.setRecords(detail.deadlines, self._service.today())
        self.review.setFacts(detail.facts, detail.needs)
        if not keep_form:
            self._loadFacts()
        self._updateActions()

    def _showPages(self, contract_id: int | None) -> None:
        """The original pages beside the text, for a PDF or a scan."""
        try:
            pages = self._service.pages(contract_id) if contract_id is not None else None
        except ServiceError:  # the original cannot be rendered: the text alone still serves
            pages = None
        self.pageView.setPages(pages)
        self.pageView.setVisible(pages is not None)

    def _pageClicked(self, start: int, end: int) -> None:
        """A word clicked on the page: its duty if it belongs to one, else the word in the text."""
        duties = self.dutyModel.duties()
        duty = next((d for d in duties if d.duty.span.start <= start < d.duty.span.end), None)
        if duty is not None:
            self.selectDuty(duty.id)
        elif self._detail is not None:
            self.document.showSpan(SourceSpan(start, end, self._detail.document.text[start:end]))

    def _showHeader(self, detail: ContractDetail) -> None:
        contract = detail.contract
        self.titleLabel.setText(contract.title)
        info = self.tr("Our role: %1").replace("%1", party_label(contract.role))
        if contract.counterparty:
            info = f"{contract.counterparty} · {info}"
        self.infoLabel.setText(info)

    def _loadFacts(self) -> None:
        if self._detail is not None:
            self.facts.load(self._detail, self._service.today())
            # the version the form's values came from: a reload that keeps unsaved edits keeps it
            self._factsVersion = self._detail.contract.version
        self.saveFactsButton.setEnabled(False)

    # selection: table <-> text

    def selectedDutyId(self) -> int | None:
        index = self.dutyTable.currentIndex()
        return self.dutyModel.duty(index.row()).id if index.isValid() else None

    def selectDuty(self, duty_id: int) -> None:
        row = self.dutyModel.rowOf(duty_id)
        if row < 0:
            return
        self.tabs.setCurrentIndex(0)
        self.dutyTable.selectionModel().setCurrentIndex(
            self.dutyModel.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.dutyTable.scrollTo(self.dutyModel.index(row, 0))

    def _dutyRowChanged(self) -> None:
        self._updateActions()
        if not self._syncing:
            self.document.showDuty(self.selectedDutyId())
            index = self.dutyTable.currentIndex()
            if index.isValid():
                span = self.dutyModel.duty(index.row()).duty.span
                self.pageView.showSpan(span.start, span.end)

    def _updateActions(self) -> None:
        duty_id = self.selectedDutyId()
        record = self.dutyModel.duty(self.dutyTable.currentIndex().row()) if duty_id is not None else None
        self.confirmAction.setEnabled(record is not None and record.state is not ReviewState.CONFIRMED)
        self.editAction.setEnabled(record is not None)
        self.rejectAction.setEnabled(record is not None and record.state is not ReviewState.REJECTED)
        self.addAction_.setEnabled(self._detail is not None)
        for button, action in zip(
            self.dutyButtons,
            (self.confirmAction, self.editAction, self.rejectAction, self.addAction_),
            strict=True,
        ):
            button.setEnabled(action.isEnabled())

    # writes

    def _write(self, call: Callable[[], Any]) -> bool:
        """Run one service write; on a conflict or a vanished record say so and reload."""
        try:
            call()
        except ConflictError:
            QMessageBox.warning(
                self,
                self.tr("Changed elsewhere"),
                self.tr("This duty was changed by someone else. The view now shows the current version."),
            )
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), as_rich_text(str(exc)))
        else:
            self.reload()
            return True
        self.reload()
        return False

    def _setState(self, state: ReviewState) -> None:
        index = self.dutyTable.currentIndex()
        if not index.isValid():
            return
        record = self.dutyModel.duty(index.row())
        self._write(lambda: self._service.set_duty_state(record.id, state, version=record.version))

    def confirmDuty(self) -> None:
        self._setState(ReviewState.CONFIRMED)

    def rejectDuty(self) -> None:
        self._setState(ReviewState.REJECTED)

    def editDuty(self) -> None:
        index = self.dutyTable.currentIndex()
        if not index.isValid():
            return
        record = self.dutyModel.duty(index.row())
        answer = self._askDuty(record.duty, record.lead_times, adding=False)
        if answer is None:
            return
        duty, lead_times = answer

        def save() -> None:
            version = record.version
            if duty != record.duty:  # only a changed duty counts as edited
                version = self._service.edit_duty(record.id, duty, version=version).version
            if lead_times != record.lead_times:
                self._service.set_duty_lead_times(record.id, lead_times, version=version)

        self._write(save)

    def _askDuty(
        self, duty: Duty, lead_times: tuple[int, ...] | None, *, adding: bool
    ) -> tuple[Duty, tuple[int, ...] | None] | None:
        """The duty and its own reminder days as the user left them, or None if cancelled."""
        dialog = DutyDialog(duty, self, adding=adding, lead_times=lead_times)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.duty(), dialog.leadTimes()
        finally:
            dialog.deleteLater()

    def addDutyFromSelection(self) -> None:
        span = self.document.selectedSpan()
        if self._detail is None or self._detail.contract.id is None:
            return
        if span is None:
            QMessageBox.information(
                self, self.tr("Add a duty"), self.tr("First select the clause's words in the contract text.")
            )
            return
        contract_id = self._detail.contract.id
        answer = self._askDuty(duty_from_selection(span), None, adding=True)
        if answer is None:
            return
        duty, lead_times = answer
        added: list[int] = []

        def save() -> None:
            record = self._service.add_duty(contract_id, duty)
            if lead_times is not None:
                self._service.set_duty_lead_times(record.id, lead_times, version=record.version)
            added.append(record.id)

        if self._write(save):
            self.selectDuty(added[0])

    def saveFacts(self) -> None:
        """Saves the facts form if nobody saved the contract since the form was loaded; else asks
        whether to reload theirs or overwrite it with these."""
        if self._detail is None or self._detail.contract.id is None:
            return
        contract_id = self._detail.contract.id
        changes, events = self.facts.contractChanges(), self.facts.eventChanges()

        def save(version: int | None) -> None:
            self._service.update_contract(contract_id, version=version, **changes)
            for anchor, day in events.items():
                self._service.record_event(contract_id, anchor, day)

        self.saveFactsButton.setEnabled(False)
        try:
            save(self._factsVersion)
        except ConflictError:
            if self._overwriteChosen():
                self._write(lambda: save(None))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Could not save"), str(exc))
        self.reload()
        self._loadFacts()

    def _overwriteChosen(self) -> bool:
        """Asks what to do about a contract saved elsewhere meanwhile: True to overwrite it."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changed elsewhere"),
                          self.tr("Someone else saved this contract's facts after you opened them."),
                          parent=self)
        box.setInformativeText(self.tr("Reload shows their version and drops your edits; Overwrite "
                                       "saves yours over theirs."))
        box.setObjectName("conflictBox")
        reload = box.addButton(self.tr("Reload"), QMessageBox.ButtonRole.RejectRole)
        overwrite = box.addButton(self.tr("Overwrite"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reload)
        box.exec()
        chosen = box.clickedButton() is overwrite
        box.deleteLater()
        return chosen

    def confirmFacts(self) -> None:
        """The facts read from the text become the user's: no re-import changes them."""
        if self._detail is not None and self._detail.contract.id is not None:
            contract_id = self._detail.contract.id
            self._write(lambda: self._service.confirm_facts([contract_id]))

    def _toggleDone(self, record: DeadlineRecord) -> None:
        if record.state is ReminderState.DONE:
            self._write(lambda: self._service.reopen(record.id))
        else:
            self._write(lambda: self._service.mark_done(record.id))
