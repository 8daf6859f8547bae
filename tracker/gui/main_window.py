"""The main window: menus, toolbar and shortcuts, the Contracts / Calendar / Reminders pages, drag-and-drop
import, the count of due reminders in the status bar, and the layout remembered between runs.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import weakref
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker import __version__
from tracker.gui.names import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from tracker.domain import ImportResult
    from tracker.services.app import TrackerService

# The pages and the services behind them load in `attach`, after the first paint: importing them
# (SQLAlchemy, the exports) takes longer than showing the window.

_GEOMETRY_KEY = "mainWindow/geometry"
_STATE_KEY = "mainWindow/state"
_TAB_KEY = "mainWindow/page"


def dropped_paths(event: QDropEvent) -> list[str]:
    """Local files and folders in a drag; other URLs (web links) are not contracts."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


def _reports() -> ModuleType:
    """Printing and exports load on first use: they pull in the PDF and iCalendar machinery, which
    would slow every start."""
    return importlib.import_module("tracker.gui.report_actions")


class _ChangeRelay(QObject):
    """Carries the service's change notifications, possibly from a worker thread, to the GUI thread."""

    changed = Signal()


class MainWindow(QMainWindow):
    """Without a service it is an empty frame that paints at once, saying the contracts are opening;
    `attach` then builds the pages on the service a background load opened (gui/service_loader)."""

    def __init__(self, service: TrackerService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = QSettings(ORGANIZATION, APPLICATION)
        self._dirty: set[QWidget] = set()
        self.setWindowTitle(self.tr("Contract Deadline Tracker"))
        opening = QLabel(self.tr("Opening the contracts…"))
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening)
        self._restoreGeometry()
        if service is not None:
            self.attach(service)

    def attach(self, service: TrackerService) -> None:
        """Build the pages on the opened service and show its data."""
        from tracker.gui.calendar_page import CalendarPage
        from tracker.gui.contract_view import ContractView
        from tracker.gui.contracts_page import ContractsPage
        from tracker.gui.import_worker import ImportController
        from tracker.gui.main_actions import MainActions
        from tracker.gui.reminder_banner import ReminderBanner
        from tracker.gui.reminder_notifier import ReminderNotifier
        from tracker.gui.reminders import RemindersPage
        from tracker.gui.roll_over import RollOver
        from tracker.services.exports import enable_live_ics

        self._service = service
        self.setAcceptDrops(True)

        self.contractsPage = ContractsPage(service)
        self.contractView = ContractView(service)
        self.contractsStack = QStackedWidget()
        self.contractsStack.addWidget(self.contractsPage)
        self.contractsStack.addWidget(self.contractView)
        self.calendarPage = CalendarPage(service)
        self.remindersPage = RemindersPage(service)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page in (self.contractsStack, self.calendarPage, self.remindersPage):
            self.tabs.addTab(page, "")
        self.banner = ReminderBanner()
        self.banner.showRequested.connect(self.showReminders)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.importer = ImportController(service, self)
        self.importer.finished.connect(self._importFinished)
        self.notifier = ReminderNotifier(service, self)
        self.notifier.showWindowRequested.connect(self.showNormalAndRaise)
        self.notifier.quitRequested.connect(self.quit)
        # the periodic check finds reminders that fell due since (after midnight): list them too,
        # and say so in the banner (on start too), whatever the desktop does with notifications
        self.notifier.remindersAnnounced.connect(self._remindersFellDue)
        self.notifier.digestAnnounced.connect(self._remindersFellDue)
        enable_live_ics(service)  # the .ics file a calendar subscribes to, if a folder is set

        self.dueButton = QPushButton()
        self.dueButton.setFlat(True)
        self.dueButton.clicked.connect(self.showReminders)
        self.statusBar().addPermanentWidget(self.dueButton)
        self._due = 0
        self.mainActions = MainActions(self, self.tabs.count())
        self._connectActions()
        self._addUndo()

        self.contractsPage.contractActivated.connect(self.openContract)
        self.contractsPage.selectionChanged.connect(self._updateActions)
        self.contractView.backRequested.connect(self.showContractList)
        self.calendarPage.clauseRequested.connect(self.openContract)
        self.remindersPage.clauseRequested.connect(self.openContract)
        self.remindersPage.dueCountChanged.connect(self._setDueCount)
        self.tabs.currentChanged.connect(self._pageShown)

        self._relay = _ChangeRelay(self)
        self._refreshTimer = QTimer(self)
        self._refreshTimer.setSingleShot(True)
        self._refreshTimer.setInterval(100)  # several writes in a row refresh once
        self._refreshTimer.timeout.connect(self.refresh)
        self._relay.changed.connect(self._refreshTimer.start)
        relay = weakref.ref(self._relay)

        def notify() -> None:
            target = relay()
            if target is not None:
                with contextlib.suppress(RuntimeError):  # the window is gone: nothing to refresh
                    target.changed.emit()

        service.add_change_listener(notify)
        self.rollOver = RollOver(service, self)  # deadlines moved on to today, off this thread
        self.rollOver.start()

        # children that take text drops (the search field…) leave dropped files to the window
        for child in self.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

        self.retranslateUi()
        self.contractsPage.refresh()
        self._setDueCount(len(self.remindersPage.due))
        self.banner.announce(self.remindersPage.due)  # on start: whatever is due, announced or not
        self._restoreLayout()
        self._updateActions()

    def _connectActions(self) -> None:
        actions, service = self.mainActions, self._service
        for action, slot in (
            (actions.importFiles, self.chooseFiles),
            (actions.importFolder, self.chooseFolder),
            (actions.samples, self.loadSamples),
            (actions.exportIcs, self.exportIcs),
            (actions.exportCsv, lambda: _reports().export_csv(self, service)),
            (actions.savePdf, lambda: _reports().save_report_pdf(self, service, self._shownContractId())),
            (actions.printPreview, lambda: _reports().print_preview(self, service, self._shownContractId())),
            (actions.print, lambda: _reports().print_report(self, service, self._shownContractId())),
            (actions.settings, self.openSettings),
            (actions.quit, self.quit),
            (actions.find, self.focusSearch),
            (actions.delete, self.deleteContract),
            (actions.refresh, self.refreshAll),
            (actions.back, self.showContractList),
            (actions.about, self.about),
        ):
            action.triggered.connect(slot)
        for index, action in enumerate(actions.pages):
            action.triggered.connect(functools.partial(self.tabs.setCurrentIndex, index))

    def _addUndo(self) -> None:
        """Edit › Undo / Redo for what was done to reminders (a dismissal by mistake comes back)."""
        stack = self.remindersPage.undoStack
        self.undoAction = stack.createUndoAction(self)
        self.redoAction = stack.createRedoAction(self)
        self.undoAction.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redoAction.setShortcuts(QKeySequence.StandardKey.Redo)
        menu = self.mainActions.editMenu
        first = menu.actions()[0]
        menu.insertActions(first, [self.undoAction, self.redoAction])
        menu.insertSeparator(first)

    def showReminders(self) -> None:
        self.tabs.setCurrentWidget(self.remindersPage)

    def _remindersFellDue(self, _count: int) -> None:
        self.remindersPage.refresh()
        self.banner.announce(self.notifier.due)

    def retranslateUi(self) -> None:
        self._updateTitle()
        titles = (self.tr("&Contracts"), self.tr("C&alendar"), self.tr("&Reminders"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
        self.mainActions.retranslate(titles)
        self._setDueCount(self._due)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # pages and refresh

    def _setDueCount(self, count: int) -> None:
        self._due = count
        if self.banner.isVisibleTo(self):  # a reminder handled leaves the banner too
            self.banner.announce(self.remindersPage.due)
        if count:
            self.dueButton.setText(self.tr("Reminders due: %1").replace("%1", str(count)))
            self.dueButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        else:
            self.dueButton.setText(self.tr("No reminders due"))
            self.dueButton.setIcon(QIcon())

    def refresh(self) -> None:
        """After a change: the visible page now, the others when they are next shown."""
        if self.importer.isRunning():
            return  # one refresh when the import ends, not one per imported file
        self.remindersPage.refresh()  # small, and it keeps the count of due reminders current
        self._dirty = {self.contractsPage, self.calendarPage}
        if self.contractsStack.currentWidget() is self.contractView:
            self.contractView.reload()
            self._updateTitle()  # the title may have been edited
        self._pageShown()

    def refreshAll(self) -> None:
        self.refresh()
        self.notifier.check()

    def _pageShown(self) -> None:
        page = self.tabs.currentWidget()
        if page is self.remindersPage:
            self.banner.hide()  # the page itself lists them: the room goes to the list
        if page is self.contractsStack and self.contractsPage in self._dirty:
            self._dirty.discard(self.contractsPage)
            self.contractsPage.refresh()
        elif page is self.calendarPage and self.calendarPage in self._dirty:
            self._dirty.discard(self.calendarPage)
            self.calendarPage.refresh()
        self._updateActions()

    def _updateActions(self) -> None:
        in_view = self.contractsStack.currentWidget() is self.contractView
        on_contracts = self.tabs.currentWidget() is self.contractsStack
        has_contract = in_view or self.contractsPage.selectedContractId() is not None
        self.mainActions.delete.setEnabled(on_contracts and has_contract)
        self.mainActions.back.setEnabled(on_contracts and in_view)
        for action in (self.mainActions.importFiles, self.mainActions.importFolder, self.mainActions.samples):
            action.setEnabled(not self.importer.isRunning())

    def _updateTitle(self) -> None:
        """The application's name, after the contract shown if any."""
        title = self.tr("Contract Deadline Tracker")
        # Qt adds the display name to every window title: in the UI language, never the English twice
        QApplication.setApplicationDisplayName(title)
        if self.contractsStack.currentWidget() is self.contractView:
            title = f"{self.contractView.titleLabel.text()} — {title}"
        self.setWindowTitle(title)

    def openContract(self, contract_id: int, duty_id: int = -1) -> None:
        """Show a contract's view, its duty selected and its clause scrolled into sight."""
        self.tabs.setCurrentWidget(self.contractsStack)
        if not self.contractView.showContract(contract_id, duty_id):
            self.statusBar().showMessage(self.tr("That contract has been removed."), 5000)
            self.showContractList()
            return
        self.contractsStack.setCurrentWidget(self.contractView)
        self._updateTitle()
        self.contractsPage.selectContract(contract_id)
        self._updateActions()

    def showContractList(self) -> None:
        self.tabs.setCurrentWidget(self.contractsStack)
        self.contractsStack.setCurrentWidget(self.contractsPage)
        self._updateTitle()
        self._pageShown()
        self.contractsPage.table.setFocus()

    def focusSearch(self) -> None:
        self.showContractList()
        self.contractsPage.search.setFocus()
        self.contractsPage.search.selectAll()

    def deleteContract(self) -> None:
        in_view = self.contractsStack.currentWidget() is self.contractView
        contract_id = self.contractView.contractId() if in_view else self.contractsPage.selectedContractId()
        if contract_id is not None and self.contractsPage.deleteContract(contract_id) and in_view:
            self.showContractList()

    def _shownContractId(self) -> int | None:
        """The contract whose view is open: the report and the calendar file offer it first."""
        in_view = self.contractsStack.currentWidget() is self.contractView
        return self.contractView.contractId() if in_view else None

    def exportIcs(self) -> None:
        """The calendar file; from a contract's view it is that contract's deadlines by default."""
        _reports().export_ics(self, self._service, self._shownContractId())

    # import

    def chooseFiles(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import contracts"),
            "",
            self.tr("Contracts (*.txt *.pdf *.docx *.md *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff)"
                    ";;All files (*)"),
        )
        if paths:
            self.importPaths(paths)

    def chooseFolder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of contracts"))
        if folder:
            self.importPaths([folder])

    def importPaths(self, paths: list[str]) -> bool:
        started = self.importer.importPaths(paths)
        self._updateActions()
        return started

    def loadSamples(self) -> bool:
        started = self.importer.loadSamples()
        self._updateActions()
        return started

    def _importFinished(self, result: ImportResult | None) -> None:
        self.refresh()
        self._refreshTimer.stop()  # the import's change notices are all in: no second refresh
        self._updateActions()
        if result is None:
            return
        message = self.importMessage(result)
        dateless = self.contractsPage.needingDate(result.imported + result.updated)
        if dateless:
            message += " · " + self.tr("%n need a date (see Needs you)", "", dateless)
        self.statusBar().showMessage(message, 8000)
        if len(result.imported) == 1:
            self.contractsPage.selectContract(result.imported[0])
        self.notifier.check()

    def importMessage(self, result: ImportResult) -> str:
        """New contracts and files already known are counted apart: a re-import makes no duplicate."""
        parts = []
        if result.imported or not result.updated:
            parts.append(self.tr("Contracts imported: %1").replace("%1", str(len(result.imported))))
        if result.updated:
            known = len(result.updated)
            parts.append(self.tr("%n already in the tracker (updated, not duplicated)", "", known))
        return " · ".join(parts)

    def dragEnterEvent(self, event: QDragEnterEvent | QDragMoveEvent) -> None:
        if dropped_paths(event) and not self.importer.isRunning():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths and self.importPaths(paths):
            event.acceptProposedAction()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragMoveEvent):
            if dropped_paths(event):
                self.dragEnterEvent(event)
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent) and dropped_paths(event):
            self.dropEvent(event)
            return True
        return super().eventFilter(watched, event)

    # dialogs and lifetime

    def openSettings(self) -> None:
        from tracker.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._service, self)
        if dialog.exec():
            self.refresh()

    def aboutText(self) -> str:
        """The version first: what a support question needs to know."""
        return self.tr("Version %1").replace("%1", __version__) + "\n\n" + self.tr(
            "Finds the time-bound duties in your contracts and keeps their deadlines.\n"
            "Contracts never leave this computer.\n\nDatabase: %1"
        ).replace("%1", self._service.database_location())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Contract Deadline Tracker"), self.aboutText())

    def showNormalAndRaise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _restoreGeometry(self) -> None:
        geometry = self._settings.value(_GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 800)

    def _restoreLayout(self) -> None:
        state = self._settings.value(_STATE_KEY)
        if state is not None:
            self.restoreState(state)
        for key, splitter in self.contractView.splitters().items():
            saved = self._settings.value(key)
            if saved is not None:
                splitter.restoreState(saved)
        tab = self._settings.value(_TAB_KEY, 0, int)
        self.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)

    def saveLayout(self) -> None:
        self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(_STATE_KEY, self.saveState())
        self._settings.setValue(_TAB_KEY, self.tabs.currentIndex())
        for key, splitter in self.contractView.splitters().items():
            self._settings.setValue(key, splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.saveLayout()
        if self.notifier.keepsRunningOnClose():
            self.hide()
            self.notifier.announceKeptRunning()
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop background work: an import in progress is cancelled after its current file."""
        self.importer.cancel()
        self.notifier.timer.stop()
        self.rollOver.wait()

    def quit(self) -> None:
        self.saveLayout()
        self.shutdown()
        app = QApplication.instance()
        if app is not None:
            app.quit()
