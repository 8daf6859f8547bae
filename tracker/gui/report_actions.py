"""File › Print, Save as PDF and Export: the renewal report through tracker.printing, calendar (.ics) and
CSV files through tracker.services.exports. Files are written on a worker thread, so the window stays live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from tracker.gui.date_field import DateField
from tracker.gui.formatting import ui_language
from tracker.printing.report_pdf import paint_report, report_page_layout, write_report_pdf
from tracker.services import exports
from tracker.services.app import TrackerService

REPORT_DAYS = 90


def _t(text: str) -> str:
    return QCoreApplication.translate("report_actions", text)


class FileJob(QObject):
    """Writes one file on the thread pool, then says so in the status bar, or shows why it failed.

    `finished(message)` and `failed(reason)` are emitted on the GUI thread: the worker only emits the
    private `_outcome`, which the job (living on the GUI thread) receives through a queued connection.
    """

    finished = Signal(str)
    failed = Signal(str)
    _outcome = Signal(bool, int, str)

    PDF, ICS, CSV = "pdf", "ics", "csv"

    def __init__(self, parent: QWidget | None, kind: str, path: str, work: Callable[[], int]) -> None:
        """`work` writes `path` and returns how many pages (PDF) or deadlines (ICS, CSV) it wrote."""
        super().__init__(parent)
        self._parent = parent
        self._kind = kind
        self._path = path
        self._work = work
        label = {
            self.PDF: self.tr("Writing the report…"),
            self.ICS: self.tr("Writing the calendar file…"),
            self.CSV: self.tr("Writing the CSV file…"),
        }[kind]
        self.progress = QProgressDialog(label, "", 0, 0, parent)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(400)  # only when it takes long enough to notice
        self._outcome.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> FileJob:
        QThreadPool.globalInstance().start(self._run)
        return self

    def _run(self) -> None:
        """On a pool thread: only the work and one signal."""
        try:
            count = self._work()
        except (OSError, ValueError, RuntimeError) as exc:
            self._outcome.emit(False, 0, str(exc))
        else:
            self._outcome.emit(True, count, "")

    def _describe(self, count: int) -> str:
        if self._kind == self.PDF:
            return self.tr("Report saved: %1 (%n page(s))", "", count).replace("%1", self._path)
        if self._kind == self.ICS:
            return self.tr("%n deadline(s) exported to %1", "", count).replace("%1", self._path)
        return self.tr("%n deadline(s) exported to %1 as CSV", "", count).replace("%1", self._path)

    def _report(self, ok: bool, count: int, error: str) -> None:
        self.progress.reset()
        self.progress.deleteLater()
        text = self._describe(count) if ok else error
        if ok:
            window = self._parent.window() if self._parent is not None else None
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(text, 8000)
            self.finished.emit(text)
        else:
            QMessageBox.warning(self._parent, self.tr("Could not write the file"), text)
            self.failed.emit(text)
        self.deleteLater()


def _save_path(parent: QWidget | None, title: str, name: str, filter_: str) -> str | None:
    path, _chosen = QFileDialog.getSaveFileName(parent, title, name, filter_)
    return path or None


def _contract_combo(service: TrackerService) -> QComboBox:
    """'All contracts' (first, no data; its text set by the dialog) and each contract by title."""
    combo = QComboBox()
    combo.addItem("", None)
    for summary in service.list_contracts():
        combo.addItem(summary.contract.title, summary.contract.id)
    return combo


def _range_edits(first: date, last: date) -> tuple[DateField, DateField]:
    """A from and a to date field, off until a range is asked for."""
    first_edit, last_edit = DateField(first), DateField(last)
    for edit in (first_edit, last_edit):
        edit.setEnabled(False)
    return first_edit, last_edit


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class ReportOptionsDialog(QDialog):
    """What the report covers: the next 30, 90 or 365 days or a date range; every contract or one."""

    PERIODS = (30, REPORT_DAYS, 365)

    def __init__(self, service: TrackerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = self._today = service.today()
        self.periodCombo = QComboBox()
        for days in self.PERIODS:
            self.periodCombo.addItem("", days)
        self.periodCombo.addItem("", None)  # a date range
        self.periodCombo.setCurrentIndex(self.PERIODS.index(REPORT_DAYS))
        self.firstEdit, self.lastEdit = _range_edits(today, today + timedelta(days=REPORT_DAYS))
        self.periodCombo.currentIndexChanged.connect(self._periodChosen)
        self.scopeCombo = _contract_combo(service)
        self.periodLabel, self.firstLabel, self.lastLabel = QLabel(), QLabel(), QLabel()
        self.scopeLabel = QLabel()
        form = QFormLayout(self)
        form.addRow(self.periodLabel, self.periodCombo)
        form.addRow(self.firstLabel, self.firstEdit)
        form.addRow(self.lastLabel, self.lastEdit)
        form.addRow(self.scopeLabel, self.scopeCombo)
        form.addRow(_ok_cancel(self))
        self.retranslateUi()

    def _periodChosen(self) -> None:
        ranged = self.periodCombo.currentData() is None
        self.firstEdit.setEnabled(ranged)
        self.lastEdit.setEnabled(ranged)

    def selectContract(self, contract_id: int) -> None:
        self.scopeCombo.setCurrentIndex(max(0, self.scopeCombo.findData(contract_id)))

    def options(self) -> dict[str, Any]:
        """Keyword arguments for exports.report_html."""
        days = self.periodCombo.currentData()
        first = last = None
        if days is None:  # a range: a to date before the from date (or none typed) ends on the from date
            first = self.firstEdit.value() or self._today
            last = max(self.lastEdit.value() or first, first)
        return {"days": days or REPORT_DAYS, "first": first, "last": last,
                "contract_id": self.scopeCombo.currentData()}

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Renewal report"))
        self.periodLabel.setText(self.tr("Period:"))
        for index, days in enumerate(self.PERIODS):
            self.periodCombo.setItemText(index, self.tr("The next %1 days").replace("%1", str(days)))
        self.periodCombo.setItemText(len(self.PERIODS), self.tr("A date range"))
        self.firstLabel.setText(self.tr("From:"))
        self.lastLabel.setText(self.tr("To:"))
        self.scopeLabel.setText(self.tr("Contracts:"))
        self.scopeCombo.setItemText(0, self.tr("All contracts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def ask_report_options(
    parent: QWidget | None, service: TrackerService, contract_id: int | None = None
) -> dict[str, Any] | None:
    """The report's period and contracts as the user chose them (the contract shown preselected), or
    None if cancelled."""
    dialog = ReportOptionsDialog(service, parent)
    if contract_id is not None:
        dialog.selectContract(contract_id)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


def report_html(service: TrackerService, language: str | None = None, **options: Any) -> str:
    """The renewal report in the UI language for the chosen period and contracts."""
    return exports.report_html(service, lang=language or ui_language(), **options)


def print_preview(
    parent: QWidget | None, service: TrackerService, contract_id: int | None = None
) -> QPrintPreviewDialog | None:
    """The report in a print preview, paged as the PDF is, from which the user may print it."""
    options = ask_report_options(parent, service, contract_id)
    if options is None:
        return None
    html = report_html(service, **options)
    today = service.today()
    dialog = QPrintPreviewDialog(parent)  # owns its printer, which must outlive the dialog's use of it
    dialog.printer().setPageLayout(report_page_layout())
    dialog.setWindowTitle(_t("Print preview: renewal report"))
    dialog.paintRequested.connect(lambda printer: paint_report(printer, html, printed_on=today))
    dialog.open()
    return dialog


def print_report(parent: QWidget | None, service: TrackerService, contract_id: int | None = None) -> None:
    """Print the report through the system's print dialog."""
    options = ask_report_options(parent, service, contract_id)
    if options is None:
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(report_page_layout())
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        paint_report(printer, report_html(service, **options), printed_on=service.today())
    except OSError as exc:  # no printer, or a file it cannot write
        QMessageBox.warning(parent, _t("Could not print"), str(exc))


def save_report_pdf(
    parent: QWidget | None, service: TrackerService, contract_id: int | None = None
) -> FileJob | None:
    """Ask what and where, then write the report as an A4 PDF on a worker thread."""
    options = ask_report_options(parent, service, contract_id)
    if options is None:
        return None
    today = service.today()
    path = _save_path(
        parent, _t("Save report as PDF"), f"renewal-report-{today.isoformat()}.pdf", _t("PDF files (*.pdf)")
    )
    if path is None:
        return None
    language = ui_language()

    def work() -> int:
        return write_report_pdf(report_html(service, language, **options), path, printed_on=today,
                                lang=language)

    return FileJob(parent, FileJob.PDF, path, work).start()


class IcsOptionsDialog(QDialog):
    """What goes into the calendar file: all deadlines, one contract's, or a date range; alarms or not."""

    def __init__(self, service: TrackerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = service.settings()
        today = service.today()
        self.scopeCombo = _contract_combo(service)
        self.rangeCheck = QCheckBox()
        self.firstEdit, self.lastEdit = _range_edits(today, today + timedelta(days=365))
        for edit in (self.firstEdit, self.lastEdit):
            self.rangeCheck.toggled.connect(edit.setEnabled)
        self.alarmsCheck = QCheckBox()
        self.alarmsCheck.setChecked(settings.ics_alarms)
        self.eventsCheck = QCheckBox()
        self.eventsCheck.setChecked(exports.reminder_events_on(settings))
        self.scopeLabel, self.firstLabel, self.lastLabel = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.addRow(self.scopeLabel, self.scopeCombo)
        form.addRow(self.rangeCheck)
        form.addRow(self.firstLabel, self.firstEdit)
        form.addRow(self.lastLabel, self.lastEdit)
        form.addRow(self.alarmsCheck)
        form.addRow(self.eventsCheck)
        form.addRow(_ok_cancel(self))
        self.retranslateUi()

    def selectContract(self, contract_id: int) -> None:
        self.scopeCombo.setCurrentIndex(max(0, self.scopeCombo.findData(contract_id)))

    def options(self) -> dict[str, Any]:
        """Keyword arguments for exports.export_ics."""
        ranged = self.rangeCheck.isChecked()
        return {
            "contract_id": self.scopeCombo.currentData(),
            "first": self.firstEdit.value() if ranged else None,
            "last": self.lastEdit.value() if ranged else None,
            "alarms": self.alarmsCheck.isChecked(),
            "reminder_events": self.eventsCheck.isChecked(),
        }

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Export calendar"))
        self.scopeLabel.setText(self.tr("Contracts:"))
        self.scopeCombo.setItemText(0, self.tr("All contracts"))
        self.rangeCheck.setText(self.tr("Only deadlines in a date range"))
        self.firstLabel.setText(self.tr("From:"))
        self.lastLabel.setText(self.tr("To:"))
        self.alarmsCheck.setText(self.tr("Include alarms"))
        self.eventsCheck.setText(self.tr("Also write reminders as separate all-day events"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def export_ics(
    parent: QWidget | None, service: TrackerService, contract_id: int | None = None
) -> FileJob | None:
    """Ask what and where, then write the iCalendar file (stable UIDs: re-importing updates events)."""
    dialog = IcsOptionsDialog(service, parent)
    if contract_id is not None:
        dialog.selectContract(contract_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    path = _save_path(parent, _t("Export calendar"), "contract-deadlines.ics", _t("iCalendar files (*.ics)"))
    if path is None:
        return None
    language = ui_language()

    def work() -> int:
        return exports.export_ics(service, path, lang=language, **options)

    return FileJob(parent, FileJob.ICS, path, work).start()


def export_csv(parent: QWidget | None, service: TrackerService) -> FileJob | None:
    """Ask where, then write every deadline as CSV (UTF-8 with BOM, for Excel)."""
    path = _save_path(parent, _t("Export CSV"), "contract-deadlines.csv", _t("CSV files (*.csv)"))
    if path is None:
        return None
    language = ui_language()

    def work() -> int:
        return exports.export_csv(service, path, lang=language)

    return FileJob(parent, FileJob.CSV, path, work).start()
