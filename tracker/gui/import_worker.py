"""Imports on a worker thread behind a progress dialog, so the window never freezes.

The worker is a QObject moved to its own QThread; progress and the result come back through queued
signals to the controller, which lives in the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from tracker.domain import ImportProgress, ImportResult
from tracker.gui.plain_text import as_rich_text

if TYPE_CHECKING:
    from tracker.services.app import TrackerService


class ImportWorker(QObject):
    """Runs svc.import_paths (or load_samples when no paths are given) in the thread it was moved to."""

    progressed = Signal(int, int, str, int, int)  # files done, files, path, OCR pages done, pages
    finished = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, service: TrackerService, paths: Sequence[str | Path] | None) -> None:
        super().__init__()
        self._service = service
        self._paths = paths
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Thread-safe: the service checks it between files and between the pages of a scan."""
        self._cancel.set()

    def _progress(self, progress: ImportProgress) -> None:
        self.progressed.emit(progress.done, progress.total, progress.path, progress.pages_done,
                             progress.pages)

    @Slot()
    def run(self) -> None:
        try:
            if self._paths is None:
                result = self._service.load_samples(progress=self._progress)
            else:
                result = self._service.import_paths(
                    self._paths, progress=self._progress, cancelled=self._cancel.is_set
                )
        except Exception as exc:  # any failure must reach the user, not end the thread silently
            self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self.finished.emit(result)


class ImportController(QObject):
    """Starts one import at a time with a window-modal progress dialog; reports the outcome."""

    started = Signal()
    finished = Signal(object)  # ImportResult, or None when the import failed as a whole

    def __init__(self, service: TrackerService, window: QWidget) -> None:
        super().__init__(window)
        self._service = service
        self._window = window
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._dialog: QProgressDialog | None = None

    def isRunning(self) -> bool:
        return self._thread is not None

    def importPaths(self, paths: Sequence[str | Path]) -> bool:
        return self._start(list(paths))

    def loadSamples(self) -> bool:
        return self._start(None)

    def _start(self, paths: list[str | Path] | None) -> bool:
        if self._thread is not None:
            return False
        dialog = QProgressDialog(self._window)
        dialog.setWindowTitle(self.tr("Importing contracts"))
        dialog.setLabelText(self.tr("Reading contracts…"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(400)  # quick imports finish without a flashing dialog
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._dialog = dialog
        worker = ImportWorker(self._service, paths)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        dialog.canceled.connect(worker.cancel)
        self._worker, self._thread = worker, thread
        thread.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask the worker to stop after the current file and wait for it (used when quitting)."""
        if self._worker is not None and self._thread is not None:
            self._worker.cancel()
            self._thread.quit()
            self._thread.wait()

    @Slot(int, int, str, int, int)
    def _progressed(self, done: int, total: int, path: str, pages_done: int, pages: int) -> None:
        if self._dialog is None:
            return
        label = (self.tr("Importing %1 (%2 of %3)")
                 .replace("%1", Path(path).name)
                 .replace("%2", str(min(done + 1, total)))
                 .replace("%3", str(total)))
        if pages:  # a scan: the bar follows its pages, which take seconds each
            self._dialog.setMaximum(pages)
            self._dialog.setValue(pages_done)
            label += "\n" + (self.tr("Reading the scanned pages (OCR): %1 of %2")
                             .replace("%1", str(pages_done)).replace("%2", str(pages)))
        else:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
        self._dialog.setLabelText(label)

    def _stop(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None

    @Slot(object)
    def _finished(self, result: ImportResult) -> None:
        self._stop()
        if result.failed:
            lines = "\n".join(f"{Path(path).name}: {reason}" for path, reason in result.failed)
            QMessageBox.warning(
                self._window,
                self.tr("Some files were not imported"),
                as_rich_text(self.tr("These files could not be read:") + "\n\n" + lines),
            )
        self.finished.emit(result)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._stop()
        QMessageBox.critical(self._window, self.tr("Import failed"), as_rich_text(message))
        self.finished.emit(None)
