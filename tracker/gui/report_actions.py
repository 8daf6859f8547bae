"""File › Print, Save as PDF and Export: the renewal report through tracker.printing, calendar (.ics) and
CSV files through tracker.services.exports. Files are written on a worker thread, so the window stays live.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QPageSize
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
from tracker.printing.report_pdf import paint_report, write_report_pdf
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


def report_html(service: TrackerService, language: str | None = None) -> str:
    """The renewal report for the next 90 days in the UI language."""
    return exports.report_html(service, days=REPORT_DAYS, lang=language or ui_language())


def print_preview(parent: QWidget | None, service: TrackerService) -> QPrintPreviewDialog:
    """The report for the next 90 days in a print preview, from which the user may print it."""
    html = report_html(service)
    today = service.today()
    dialog = QPrintPreviewDialog(parent)  # owns its printer, which must outlive the dialog's use of it
    dialog.printer().setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog.setWindowTitle(_t("Print preview: renewal report"))
    dialog.paintRequested.connect(lambda printer: paint_report(printer, html, printed_on=today))
    dialog.open()
    return dialog


def print_report(parent: QWidget | None, service: TrackerService) -> None:
    """Print the report through the system's print dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    try:
        paint_report(printer, report_html(service), printed_on=service.today())
    except OSError as exc:  # no printer, or a file it cannot write
        QMessageBox.warning(parent, _t("Could not print"), str(exc))


def save_report_pdf(parent: QWidget | None, service: TrackerService) -> FileJob | None:
    """Ask where, then write the report as an A4 PDF on a worker thread."""
    today = service.today()
    path = _save_path(
        parent, _t("Save report as PDF"), f"renewal-report-{today.isoformat()}.pdf", _t("PDF files (*.pdf)")
    )
    if path is None:
        return None
    language = ui_language()

    def work() -> int:
        return write_report_pdf(report_html(service, language), path, printed_on=today, lang=language)

    return FileJob(parent, FileJob.PDF, path, work).start()


class IcsOptionsDialog(QDialog):
    """What goes into the calendar file: all deadlines, one contract's, or a date range; alarms or not."""

    def __init__(self, service: TrackerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        settings = service.settings()
        today = service.today()
        self.scopeCombo = QComboBox()
        self.scopeCombo.addItem("", None)
        for summary in service.list_contracts():
            self.scopeCombo.addItem(summary.contract.title, summary.contract.id)
        self.rangeCheck = QCheckBox()
        self.firstEdit = DateField(today)
        self.lastEdit = DateField(today + timedelta(days=365))
        for edit in (self.firstEdit, self.lastEdit):
            edit.setEnabled(False)
            self.rangeCheck.toggled.connect(edit.setEnabled)
        self.alarmsCheck = QCheckBox()
        self.alarmsCheck.setChecked(settings.ics_alarms)
        self.eventsCheck = QCheckBox()
        self.eventsCheck.setChecked(exports.reminder_events_on(settings))
        ok_cancel = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok_cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scopeLabel, self.firstLabel, self.lastLabel = QLabel(), QLabel(), QLabel()
        form = QFormLayout(self)
        form.addRow(self.scopeLabel, self.scopeCombo)
        form.addRow(self.rangeCheck)
        form.addRow(self.firstLabel, self.firstEdit)
        form.addRow(self.lastLabel, self.lastEdit)
        form.addRow(self.alarmsCheck)
        form.addRow(self.eventsCheck)
        form.addRow(buttons)
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
